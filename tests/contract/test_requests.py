"""Requests: typed models serialise to exactly the documented wire bodies; bounds and paths are checked before I/O.

Fixtures are `fixtures/requests/<operationId>.<variant>.json`.
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msgflash_async import InvalidRequestError, MsgFlash
from msgflash_async._converter import structure, unstructure
from msgflash_async._generated.api.campaigns import campaigns_create, campaigns_pause
from msgflash_async._generated.api.contact_bulk_jobs import contact_bulk_jobs_get
from msgflash_async._generated.api.contact_groups import (
    contact_groups_add_members,
    contact_groups_create,
    contact_groups_list_members,
    contact_groups_remove_members,
)
from msgflash_async._generated.api.contacts import (
    contacts_bulk_delete,
    contacts_create,
    contacts_delete,
    contacts_get,
    contacts_list,
)
from msgflash_async._generated.api.messages import messages_list, messages_schedule, messages_send
from msgflash_async._generated.api.number_lookups import number_lookups_create
from msgflash_async._generated.api.statuses import statuses_create
from msgflash_async._generated.api.templates import templates_create, templates_list, templates_preview
from msgflash_async._generated.api.webhooks import webhooks_create
from msgflash_async._generated.models import (
    AddGroupMembersRequest,
    BulkDeleteContactsRequest,
    CreateContactGroupRequest,
    CreateContactRequest,
    CreateNumberLookupRequest,
    CreateTemplateCampaign,
    CreateTextCampaign,
    CreateTextTemplate,
    CreateWebhookRequest,
    ExplicitRecipients,
    GroupRecipients,
    RemoveGroupMembersRequest,
    ReplyButton,
    ScheduleButtonsMessage,
    ScheduleTextMessage,
    SendButtonsMessage,
    SendContactMessage,
    SendImageMessage,
    SendLocationMessage,
    SendTemplateMessage,
    SendTextMessage,
    TagRecipients,
    TemplatePreviewRequest,
    TextStatus,
    UrlButton,
)
from msgflash_async._operation import Request, query_pairs

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "requests"
UTC = datetime.UTC
INSTANCE = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
TO = "+33612345678"
TEMPLATE = "d9c8b7a6-9584-4736-a251-40f3e2d1c0b9"
CONTACT_1 = "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"
CONTACT_2 = "1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f"
CONTACT_3 = "2d3e4f5a-6b7c-4d8e-8f9a-1b2c3d4e5f60"
PERSONAL_KEY = "msgf_live_" + "ab12" * 16


def at(hour: int, day: int = 2) -> datetime.datetime:
    return datetime.datetime(2026, 4, day, hour, 0, tzinfo=UTC)


# fixture name → (expected method, expected path, the request built from typed models)
REQUESTS: dict[str, tuple[str, str, Callable[[], Request]]] = {
    "messages_send.text": (
        "POST",
        "/api/v1/messages/send",
        lambda: messages_send.build_request(body=SendTextMessage(instance_id=INSTANCE, to=TO, text="Bonjour")),
    ),
    "messages_send.image": (
        "POST",
        "/api/v1/messages/send",
        lambda: messages_send.build_request(
            body=SendImageMessage(
                instance_id=INSTANCE, to=TO, media_url="https://cdn.example.com/promo.jpg", text="Découvrez notre offre"
            )
        ),
    ),
    "messages_send.location": (
        "POST",
        "/api/v1/messages/send",
        lambda: messages_send.build_request(
            body=SendLocationMessage(
                instance_id=INSTANCE,
                to=TO,
                latitude=48.8584,
                longitude=2.2945,
                location_name="Tour Eiffel",
                location_address="Champ de Mars, 5 Av. Anatole France, 75007 Paris",
            )
        ),
    ),
    "messages_send.contact": (
        "POST",
        "/api/v1/messages/send",
        lambda: messages_send.build_request(body=SendContactMessage(instance_id=INSTANCE, to=TO, contact_id=CONTACT_1)),
    ),
    "messages_send.template": (
        "POST",
        "/api/v1/messages/send",
        lambda: messages_send.build_request(
            body=SendTemplateMessage(
                instance_id=INSTANCE, to=TO, template_id=TEMPLATE, variables={"code": "PROMO10"}, contact_id=CONTACT_1
            )
        ),
    ),
    "messages_send.buttons": (
        "POST",
        "/api/v1/messages/send",
        lambda: messages_send.build_request(
            body=SendButtonsMessage(
                instance_id=INSTANCE,
                to=TO,
                title="Choisissez une option",
                description="Que souhaitez-vous faire ?",
                footer="Répondez rapidement",
                buttons=[
                    ReplyButton(display_text="Voir le menu", id="menu_option"),
                    UrlButton(display_text="Visiter le site", url="https://example.com"),
                ],
            )
        ),
    ),
    "messages_schedule.text": (
        "POST",
        "/api/v1/messages/schedule",
        lambda: messages_schedule.build_request(
            body=ScheduleTextMessage(instance_id=INSTANCE, to=TO, text="Bonjour dans 30 minutes", scheduled_at=at(8))
        ),
    ),
    "messages_schedule.buttons": (
        "POST",
        "/api/v1/messages/schedule",
        lambda: messages_schedule.build_request(
            body=ScheduleButtonsMessage(
                instance_id=INSTANCE,
                to=TO,
                title="Rappel programmé",
                description="Votre rendez-vous est dans 30 minutes",
                scheduled_at=at(8),
                buttons=[ReplyButton(display_text="Confirmer", id="confirm_appointment")],
            )
        ),
    ),
    "campaigns_create.template": (
        "POST",
        "/api/v1/campaigns",
        lambda: campaigns_create.build_request(
            body=CreateTemplateCampaign(
                instance_id=INSTANCE,
                name="Promo Black Friday",
                schedule=at(10),
                repeat="none",
                recipients=ExplicitRecipients(value=[CONTACT_1, CONTACT_2]),
                template_id=TEMPLATE,
                variables={"code": "PROMO10"},
            )
        ),
    ),
    "campaigns_create.text_group": (
        "POST",
        "/api/v1/campaigns",
        lambda: campaigns_create.build_request(
            body=CreateTextCampaign(
                instance_id=INSTANCE,
                name="Daily reminder",
                schedule=at(8),
                repeat="daily",
                recipients=GroupRecipients(group_id="5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"),
                body="N'oubliez pas votre rendez-vous.",
            )
        ),
    ),
    "campaigns_create.text_tags": (
        "POST",
        "/api/v1/campaigns",
        lambda: campaigns_create.build_request(
            body=CreateTextCampaign(
                instance_id=INSTANCE,
                name="Weekly news",
                schedule=at(9, day=6),
                repeat="weekly",
                recipients=TagRecipients(value=["vip", "newsletter"]),
                body="Bonjour, découvrez notre promo.",
            )
        ),
    ),
    "contacts_create.tags_meta": (
        "POST",
        "/api/v1/contacts",
        lambda: contacts_create.build_request(
            body=CreateContactRequest(
                name="Awa Doe",
                phone="+33612345000",
                tags=["vip", "newsletter"],
                meta={"source": "website", "city": "Cotonou"},
            )
        ),
    ),
    "contacts_bulk_delete.basic": (
        "POST",
        "/api/v1/contacts/bulk-delete",
        lambda: contacts_bulk_delete.build_request(
            body=BulkDeleteContactsRequest(contact_ids=[CONTACT_1, CONTACT_2, CONTACT_3])
        ),
    ),
    "contact_groups_create.basic": (
        "POST",
        "/api/v1/contacts/groups",
        lambda: contact_groups_create.build_request(
            body=CreateContactGroupRequest(name="VIP", description="Best customers", color="#F59E0B")
        ),
    ),
    "contact_groups_add_members.basic": (
        "POST",
        "/api/v1/contacts/groups/g-1/members",
        lambda: contact_groups_add_members.build_request(
            "g-1", body=AddGroupMembersRequest(contact_ids=[CONTACT_1, CONTACT_2, CONTACT_3])
        ),
    ),
    "contact_groups_remove_members.basic": (
        "DELETE",
        "/api/v1/contacts/groups/g-1/members",
        lambda: contact_groups_remove_members.build_request(
            "g-1", body=RemoveGroupMembersRequest(contact_ids=[CONTACT_1, CONTACT_2])
        ),
    ),
    "number_lookups_create.basic": (
        "POST",
        "/api/v1/number-lookups",
        lambda: number_lookups_create.build_request(
            body=CreateNumberLookupRequest(instance_id=INSTANCE, numbers=[TO, "+22912345678"])
        ),
    ),
    "statuses_create.text": (
        "POST",
        "/api/v1/statuses",
        lambda: statuses_create.build_request(
            body=TextStatus(
                instance_id=INSTANCE, content="Nouvelle collection disponible !", background_color="#00a884"
            )
        ),
    ),
    "templates_create.text": (
        "POST",
        "/api/v1/templates",
        lambda: templates_create.build_request(
            body=CreateTextTemplate(name="Promo code", body="Hello {{contact.firstName}}, use code {{custom.code}}")
        ),
    ),
    "templates_preview.basic": (
        "POST",
        f"/api/v1/templates/{TEMPLATE}/preview",
        lambda: templates_preview.build_request(
            TEMPLATE,
            body=TemplatePreviewRequest(instance_id=INSTANCE, contact_id=CONTACT_1, variables={"code": "PROMO10"}),
        ),
    ),
    "webhooks_create.basic": (
        "POST",
        "/api/v1/webhooks",
        lambda: webhooks_create.build_request(
            body=CreateWebhookRequest(
                url="https://example.com/webhooks/msgflash",
                events=["message.sent", "message.delivered", "message.read", "message.failed"],
            )
        ),
    ),
}


def load(name: str) -> Any:
    return json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))


def test_every_request_fixture_has_a_typed_twin() -> None:
    """REQUESTS covers exactly the files of fixtures/requests."""
    assert {path.stem for path in FIXTURES.glob("*.json")} == set(REQUESTS)


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_typed_request_serialises_to_the_fixture(name: str) -> None:
    """build_request(typed model) describes the right route, and its body unstructures to the fixture exactly."""
    method, path, build = REQUESTS[name]
    request = build()
    assert (request.operation_id, request.method, request.path, request.params) == (
        name.split(".")[0],
        method,
        path,
        (),
    )
    assert unstructure(request.body) == load(name)


@pytest.mark.parametrize("name", sorted(REQUESTS))
def test_fixture_structures_back_to_the_same_model(name: str) -> None:
    """The fixture, structured into the model's class (unions dispatched on their const), equals the model."""
    model = REQUESTS[name][2]().body
    assert structure(load(name), type(model)) == model


def test_wire_details() -> None:
    """Omitted optionals are absent (not null), const discriminators are present, names are camelCase."""
    wire = unstructure(SendImageMessage(instance_id=INSTANCE, to=TO, media_url="https://x.test/a.jpg"))
    assert wire == {"instanceId": INSTANCE, "to": TO, "type": "image", "mediaUrl": "https://x.test/a.jpg"}
    template = unstructure(SendTemplateMessage(instance_id=INSTANCE, to=TO, template_id=TEMPLATE))
    assert template == {"instanceId": INSTANCE, "to": TO, "templateId": TEMPLATE}
    assert "type" not in template


def test_extra_members_are_sent_as_they_are() -> None:
    """`additional_properties` on a request model goes on the wire unchanged (for fields newer than the spec)."""
    message = SendTextMessage(instance_id=INSTANCE, to=TO, text="hi", additional_properties={"linkPreview": False})
    assert unstructure(message) == {
        "instanceId": INSTANCE,
        "to": TO,
        "type": "text",
        "text": "hi",
        "linkPreview": False,
    }


def test_date_times_go_out_in_utc_with_milliseconds() -> None:
    """Aware date-times in any zone are sent as the API writes them: UTC, milliseconds, `Z`."""
    paris = datetime.timezone(datetime.timedelta(hours=2))
    message = ScheduleTextMessage(
        instance_id=INSTANCE,
        to=TO,
        text="x",
        scheduled_at=datetime.datetime(2026, 4, 2, 10, 0, 0, 123456, tzinfo=paris),
    )
    wire = unstructure(message)
    assert isinstance(wire, dict)
    assert wire["scheduledAt"] == "2026-04-02T08:00:00.123Z"


# --- build_request: paths and queries ---------------------------------------------------------------


def test_path_parameters_are_percent_encoded() -> None:
    """An id cannot change the route: `/`, `?`, `#`, `%` and spaces are encoded."""
    assert contacts_get.build_request("a/b?c").path == "/api/v1/contacts/a%2Fb%3Fc"
    assert contacts_delete.build_request("x#y z%").path == "/api/v1/contacts/x%23y%20z%25"
    assert contact_bulk_jobs_get.build_request("job_abc123").path == "/api/v1/contacts/bulk-jobs/job_abc123"
    assert campaigns_pause.build_request("../../me").path == "/api/v1/campaigns/..%2F..%2Fme/pause"


@pytest.mark.parametrize("dots", [".", ".."])
def test_dot_segments_cannot_change_the_route(dots: str) -> None:
    """An id of `.` or `..` is refused: quoting leaves dots alone, and servers resolve dot segments."""
    with pytest.raises(InvalidRequestError, match="would change the route"):
        campaigns_pause.build_request(dots)


@pytest.mark.parametrize("bad", ["", None, 5])
def test_empty_or_non_string_id_is_refused(bad: Any) -> None:
    """An empty (or non-string) id raises InvalidRequestError naming the parameter, before any request exists."""
    with pytest.raises(InvalidRequestError, match="id must be a non-empty string"):
        contacts_get.build_request(bad)
    with pytest.raises(InvalidRequestError, match="group_id"):
        contact_groups_list_members.build_request(bad)


def test_query_parameters() -> None:
    """None is omitted; values are strings under their wire names, in declaration order."""
    assert contacts_list.build_request().params == ()
    assert contacts_list.build_request(limit=100, sort="name_asc").params == (("limit", "100"), ("sort", "name_asc"))
    assert messages_list.build_request(instance_id=INSTANCE, status="read", cursor="c1").params == (
        ("cursor", "c1"),
        ("instanceId", INSTANCE),
        ("status", "read"),
    )
    assert templates_list.build_request(page=2).params == (("page", "2"),)


def test_query_pairs_encoding() -> None:
    """The helper generated code uses: bool → "true"/"false", lists repeated, None dropped, numbers as text."""
    assert query_pairs(("a", True), ("b", False), ("c", None), ("d", ["x", "y"]), ("e", 1.5), ("f", "")) == (
        ("a", "true"),
        ("b", "false"),
        ("d", "x"),
        ("d", "y"),
        ("e", "1.5"),
        ("f", ""),
    )


# --- bounds, before any I/O -----------------------------------------------------------------------------


def text_message(text: str) -> SendTextMessage:
    return SendTextMessage(instance_id=INSTANCE, to=TO, text=text)


def buttons_message(count: int) -> SendButtonsMessage:
    buttons = [ReplyButton(display_text=f"b{i}", id=f"b{i}") for i in range(count)]
    return SendButtonsMessage(instance_id=INSTANCE, to=TO, title="t", description="d", buttons=[*buttons])


BOUNDS: dict[str, tuple[Callable[[], object], str, str]] = {
    "text 4097 chars": (lambda: text_message("x" * 4097), "$.text", "at most 4096 characters"),
    "text empty": (lambda: text_message(""), "$.text", "at least 1 characters"),
    "0 buttons": (lambda: buttons_message(0), "$.buttons", "at least 1 items"),
    "3 buttons": (lambda: buttons_message(3), "$.buttons", "at most 2 items"),
    "empty button text": (
        lambda: SendButtonsMessage(
            instance_id=INSTANCE, to=TO, title="t", description="d", buttons=[ReplyButton(display_text="", id="x")]
        ),
        "$.buttons[0].displayText",
        "at least 1 characters",
    ),
    "10001 contact ids": (
        lambda: BulkDeleteContactsRequest(contact_ids=[f"c{i}" for i in range(10001)]),
        "$.contactIds",
        "at most 10000 items",
    ),
    "0 contact ids": (lambda: AddGroupMembersRequest(contact_ids=[]), "$.contactIds", "at least 1 items"),
    "10001 numbers": (
        lambda: CreateNumberLookupRequest(instance_id=INSTANCE, numbers=["+1"] * 10001),
        "$.numbers",
        "at most 10000 items",
    ),
    "51 webhook events": (
        lambda: CreateWebhookRequest(url="https://x.test/h", events=["message.sent"] * 51),
        "$.events",
        "at most 50 items",
    ),
    "nested recipients": (
        lambda: CreateTextCampaign(
            instance_id=INSTANCE, name="n", schedule=at(8), recipients=TagRecipients(value=[]), body="b"
        ),
        "$.recipients.value",
        "at least 1 items",
    ),
    "naive scheduledAt": (
        lambda: ScheduleTextMessage(
            instance_id=INSTANCE, to=TO, text="x", scheduled_at=datetime.datetime(2026, 4, 2, 8, 0)
        ),
        "$.scheduledAt",
        "timezone-aware",
    ),
}


@pytest.mark.parametrize("case", sorted(BOUNDS))
def test_bounds_raise_with_the_json_path(case: str) -> None:
    """A value outside the spec's bounds raises InvalidRequestError naming the rule and the JSON path."""
    build, path, rule = BOUNDS[case]
    with pytest.raises(InvalidRequestError) as caught:
        unstructure(build())
    message = str(caught.value)
    assert message.endswith(f"@ {path}")
    assert rule in message


def test_bounds_at_the_limits_pass() -> None:
    """Exactly at the limits is fine: 4096 chars, 1 and 2 buttons, 10000 ids, 50 events."""
    assert len(unstructure(text_message("x" * 4096))["text"]) == 4096  # type: ignore[index]
    assert len(unstructure(buttons_message(1))["buttons"]) == 1  # type: ignore[index]
    assert len(unstructure(buttons_message(2))["buttons"]) == 2  # type: ignore[index]
    ids = [f"c{i}" for i in range(10000)]
    assert unstructure(BulkDeleteContactsRequest(contact_ids=ids)) == {"contactIds": ids}
    events = unstructure(CreateWebhookRequest(url="https://x.test/h", events=["message.read"] * 50))
    assert len(events["events"]) == 50  # type: ignore[index]


async def test_client_refuses_bounds_before_any_io() -> None:
    """Through the client, a bound violation raises InvalidRequestError and never reaches the network."""
    # Port 9 (discard) on loopback has nothing listening: reaching the network would raise APIConnectionError.
    async with MsgFlash(PERSONAL_KEY, base_url="http://127.0.0.1:9", max_retries=0, rate_limit=None) as mf:
        with pytest.raises(InvalidRequestError, match=re.escape("@ $.text")):
            await mf.messages.send(text_message("x" * 4097))
        with pytest.raises(InvalidRequestError, match=re.escape("@ $.contactIds")):
            await mf.contacts.bulk_delete(contact_ids=[f"c{i}" for i in range(10001)])
        with pytest.raises(InvalidRequestError, match=re.escape("@ $.events")):
            await mf.webhooks.create(url="https://x.test/h", events=["message.sent"] * 51)
        with pytest.raises(InvalidRequestError, match=re.escape("@ $.scheduledAt")):
            await mf.messages.schedule(
                ScheduleTextMessage(instance_id=INSTANCE, to=TO, text="x", scheduled_at=datetime.datetime(2026, 4, 2))
            )
        with pytest.raises(InvalidRequestError, match="id must be a non-empty string"):
            await mf.contacts.get("")
