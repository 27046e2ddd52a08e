"""The converter is strict: a body that breaks the spec raises ResponseValidationError at its exact JSON path."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from msgflash_async import ResponseValidationError
from msgflash_async._converter import structure
from msgflash_async._generated.models import (
    AllRecipients,
    CallButton,
    CampaignResponse,
    ContactBulkJobAcceptedResponse,
    ContactPageResponse,
    CopyButton,
    ExplicitRecipients,
    GroupRecipients,
    MessageResponse,
    PixButton,
    ReplyButton,
    SendAudioMessage,
    SendButtonsMessage,
    SendContactMessage,
    SendDocumentMessage,
    SendImageMessage,
    SendLocationMessage,
    SendTemplateMessage,
    SendTextMessage,
    SendVideoMessage,
    SendVoiceNoteMessage,
    TagRecipients,
    UrlButton,
)
from msgflash_async._generated.unions import CampaignRecipients as _CampaignRecipients

RESPONSES = Path(__file__).resolve().parent / "fixtures" / "responses"
# The body union of messages_send (Any: a union is not a `type` for mypy, though structure() takes it).
RecipientsBody: Any = _CampaignRecipients
SendBody: Any = (
    SendAudioMessage
    | SendButtonsMessage
    | SendContactMessage
    | SendDocumentMessage
    | SendImageMessage
    | SendLocationMessage
    | SendTemplateMessage
    | SendTextMessage
    | SendVideoMessage
    | SendVoiceNoteMessage
)


def fixture(name: str) -> Any:
    return json.loads((RESPONSES / f"{name}.json").read_text(encoding="utf-8"))


def contact_page() -> dict[str, Any]:
    """The contacts page fixture, grown to four contacts so that index 3 exists."""
    page: dict[str, Any] = fixture("contacts_list.200")
    contacts = page["data"]["contacts"]
    contacts.extend(copy.deepcopy(contacts))
    for index, contact in enumerate(contacts):
        contact["id"] = f"c{index}"
    return page


def failure(payload: object, cl: type) -> ResponseValidationError:
    with pytest.raises(ResponseValidationError) as caught:
        structure(payload, cl)
    return caught.value


def reason(error: ResponseValidationError) -> str:
    """The message without the ` @ path (HTTP status)` suffix."""
    text = str(error)
    assert text.endswith(f" @ {error.path} (HTTP 200)"), text
    return text.rpartition(" @ ")[0]


def assert_clear(text: str, *needles: str) -> None:
    """Short, free of internal module paths, and naming what was expected and what came."""
    assert len(text) <= 120, text
    assert "msgflash_async" not in text, text
    for needle in needles:
        assert needle in text, f"{needle!r} not in {text!r}"


def mutate(body: dict[str, Any], change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    change(body)
    return body


# case → (change to the 4-contact page, exact JSON path, substrings the message must contain)
PAGE_CASES: dict[str, tuple[Callable[[dict[str, Any]], object], str, tuple[str, ...]]] = {
    "string for an int": (lambda b: b["data"].update(total="5"), "$.data.total", ("int", "'5'")),
    "bool for an int": (lambda b: b["data"].update(total=True), "$.data.total", ("int", "True")),
    "float for an int": (lambda b: b["data"].update(limit=2.5), "$.data.limit", ("int", "2.5")),
    "null for a required int": (lambda b: b["data"].update(total=None), "$.data.total", ("int", "None")),
    "int for a string": (lambda b: b["data"]["contacts"][3].update(phone=5), "$.data.contacts[3].phone", ("str", "5")),
    "int for a required string": (lambda b: b["data"]["contacts"][2].update(name=7), "$.data.contacts[2].name", ("7",)),
    "string for a bool": (lambda b: b["data"].update(hasMore="false"), "$.data.hasMore", ("bool", "'false'")),
    "int for a bool": (lambda b: b["data"].update(hasMore=0), "$.data.hasMore", ("bool", "0")),
    "string for a list": (lambda b: b["data"]["contacts"][0].update(tags="vip"), "$.data.contacts[0].tags", ("'vip'",)),
    "int inside a string list": (
        lambda b: b["data"]["contacts"][1]["tags"].append(3),
        "$.data.contacts[1].tags[0]",
        ("str", "3"),
    ),
    "malformed date-time": (
        lambda b: b["data"]["contacts"][2].update(createdAt="yesterday"),
        "$.data.contacts[2].createdAt",
        ("date", "'yesterday'"),
    ),
    "number for a date-time": (
        lambda b: b["data"]["contacts"][0].update(updatedAt=1712000000),
        "$.data.contacts[0].updatedAt",
        ("date", "1712000000"),
    ),
    "missing required field": (
        lambda b: b["data"]["contacts"][1].pop("name"),
        "$.data.contacts[1].name",
        ("required field missing",),
    ),
    "missing required camelCase field": (
        lambda b: b["data"].pop("hasMore"),
        "$.data.hasMore",
        ("required field missing",),
    ),
    "missing list": (lambda b: b["data"].pop("contacts"), "$.data.contacts", ("required field missing",)),
    "object for a list": (lambda b: b["data"].update(contacts={"a": 1}), "$.data.contacts", ()),
    "string for an item object": (lambda b: b["data"]["contacts"].__setitem__(1, "x"), "$.data.contacts[1]", ("'x'",)),
    "list for the data object": (lambda b: b.update(data=[]), "$.data", ("object",)),
    "open enum that is not a string": (lambda b: b["data"].update(sort=1), "$.data.sort", ("str", "1")),
}


@pytest.mark.parametrize("case", list(PAGE_CASES))
def test_wrong_member_raises_at_its_json_path(case: str) -> None:
    """Each spec violation raises ResponseValidationError whose path is the exact JSON path (wire names)."""
    change, path, needles = PAGE_CASES[case]
    error = failure(mutate(contact_page(), change), ContactPageResponse)
    assert error.path == path
    assert error.status == 200
    assert_clear(reason(error), *needles)


def test_the_unchanged_page_parses() -> None:
    """The baseline for the cases above is valid: four contacts."""
    parsed = structure(contact_page(), ContactPageResponse)
    assert [c.id for c in parsed.data.contacts] == ["c0", "c1", "c2", "c3"]


@pytest.mark.parametrize("body", [[], "x", None, 5, b"{}"], ids=repr)
def test_body_that_is_not_an_object(body: object) -> None:
    """A body that is not a JSON object fails at `$`."""
    error = failure(body, ContactPageResponse)
    assert error.path == "$"
    assert_clear(reason(error), "object")


def test_first_problem_is_reported_when_there_are_several() -> None:
    """With several problems, one of them is reported, with its own path (not a merged one)."""
    body = contact_page()
    body["data"]["total"] = "2"
    body["data"]["contacts"][3]["phone"] = 5
    assert failure(body, ContactPageResponse).path in {"$.data.total", "$.data.contacts[3].phone"}


def test_const_discriminator_must_match() -> None:
    """A const member with another value (`mode: "sync"` on the async acceptance) is refused at its path."""
    body = fixture("contacts_bulk_delete.202")
    body["data"]["mode"] = "sync"
    error = failure(body, ContactBulkJobAcceptedResponse)
    assert error.path == "$.data.mode"
    assert_clear(reason(error), "'sync'", "'async'")


def test_nullable_members_accept_null_but_not_other_types() -> None:
    """`error: null` is fine on a message; `from: 5` is not."""
    body = fixture("messages_get.200")
    assert structure(body, MessageResponse).data.from_ is None
    body["data"]["from"] = 5
    assert failure(body, MessageResponse).path == "$.data.from"


# --- unions dispatch on their const -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("recipients", "expected"),
    [
        ({"type": "all"}, AllRecipients()),
        ({"type": "explicit", "value": ["c1", "c2"]}, ExplicitRecipients(value=["c1", "c2"])),
        ({"type": "group", "groupId": "g1"}, GroupRecipients(group_id="g1")),
        ({"type": "tags", "value": ["vip"]}, TagRecipients(value=["vip"])),
        # `value` alone must not make a `group` look like `explicit`: the const decides.
        (
            {"type": "group", "groupId": "g2", "value": ["x"]},
            GroupRecipients(group_id="g2", additional_properties={"value": ["x"]}),
        ),
    ],
    ids=lambda value: value["type"] if isinstance(value, dict) else None,
)
def test_campaign_recipients_dispatch_on_type(recipients: dict[str, Any], expected: object) -> None:
    """Each (request) campaign recipients variant is chosen by its `type` const, whatever else is present."""
    assert structure(recipients, RecipientsBody) == expected


def test_campaign_reply_recipients_are_open() -> None:
    """A campaign reply's recipients never fail on a new recipient type: the response schema is open."""
    body = fixture("campaigns_get.200")
    body["data"]["recipients"] = {"type": "segment", "value": ["x"], "segmentId": "s1"}
    recipients = structure(body, CampaignResponse).data.recipients
    assert (recipients.type_, recipients.value, recipients.additional_properties) == (
        "segment",
        ["x"],
        {"segmentId": "s1"},
    )


@pytest.mark.parametrize(
    ("recipients", "path", "needles"),
    [
        ({"type": "segment", "value": ["x"]}, "$", ("'segment'",)),
        ({"value": ["x"]}, "$", ("type",)),
        ({"type": "group"}, "$.groupId", ("required field missing",)),
        ({"type": "tags", "value": "vip"}, "$.value", ("'vip'",)),
        ({"type": "explicit", "value": [1]}, "$.value[0]", ("str",)),
        ("all", "$", ("object",)),
    ],
    ids=["unknown-type", "no-type", "variant-missing-field", "variant-wrong-type", "variant-item", "not-an-object"],
)
def test_campaign_recipients_errors(recipients: object, path: str, needles: tuple[str, ...]) -> None:
    """An unknown or missing tag fails at the (closed, request) union; a bad member of the chosen variant fails
    at its own path."""
    error = failure(recipients, RecipientsBody)
    assert error.path == path
    assert_clear(reason(error), *needles)


def test_buttons_dispatch_on_type() -> None:
    """The five button kinds inside a list are each chosen by `title`; camelCase members land in their fields."""
    wire: dict[str, Any] = {
        "instanceId": "i",
        "to": "+1",
        "type": "buttons",
        "title": "t",
        "description": "d",
        "buttons": [
            {"title": "reply", "displayText": "r", "id": "r1"},
            {"title": "url", "displayText": "u", "url": "https://x.test"},
            {"title": "call", "displayText": "c", "phoneNumber": "+2"},
            {"title": "copy", "displayText": "k", "copyCode": "CODE"},
            {"title": "pix", "displayText": "p", "currency": "BRL", "name": "n", "keyType": "email", "key": "k@x"},
        ],
    }
    message = structure(wire, SendButtonsMessage)
    assert message.buttons == [
        ReplyButton(display_text="r", id="r1"),
        UrlButton(display_text="u", url="https://x.test"),
        CallButton(display_text="c", phone_number="+2"),
        CopyButton(display_text="k", copy_code="CODE"),
        PixButton(display_text="p", currency="BRL", name="n", key_type="email", key="k@x"),
    ]
    wire["buttons"][3] = {"title": "share", "displayText": "s"}
    error = failure(wire, SendButtonsMessage)
    assert error.path == "$.buttons[3]"
    assert_clear(reason(error), "'share'")


def test_message_union_falls_back_to_the_untagged_template_variant() -> None:
    """Send bodies: `type` picks the direct variant; no `type` means the untagged template mode."""
    text = structure({"instanceId": "i", "to": "+1", "type": "text", "text": "hi"}, SendBody)
    assert text == SendTextMessage(instance_id="i", to="+1", text="hi")
    template = structure({"instanceId": "i", "to": "+1", "templateId": "t"}, SendBody)
    assert template == SendTemplateMessage(instance_id="i", to="+1", template_id="t")
    image = structure({"instanceId": "i", "to": "+1", "type": "image", "mediaUrl": "https://x.test/a.jpg"}, SendBody)
    assert isinstance(image, SendImageMessage)
    error = failure({"instanceId": "i", "to": "+1", "type": "image"}, SendBody)
    assert error.path == "$.mediaUrl"
