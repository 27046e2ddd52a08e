"""Every documented response goes through its generated parser and the one converter, and comes out typed.

Fixtures are `fixtures/responses/<operationId>.<status>[.<variant>].json`; errors are `fixtures/errors/*.json`.
"""

from __future__ import annotations

import copy
import datetime
import importlib
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
import yaml

from msgflash_async._converter import structure
from msgflash_async._errors import (
    ERROR_CODES,
    STATUS_CLASSES,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    GoneError,
    NotFoundError,
    PermissionDeniedError,
    PlanLimitError,
    ProviderError,
    QuotaExceededError,
    RateLimitError,
    ServerError,
    TeamScopeError,
    TemplateError,
    TooManyRequestsError,
    UnprocessableEntityError,
    error_class,
)
from msgflash_async._generated import models as m
from msgflash_async._operation import UnexpectedStatus

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
RESPONSES = sorted((FIXTURES / "responses").glob("*.json"))
ERRORS = sorted((FIXTURES / "errors").glob("*.json"))
UTC = datetime.UTC


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "msgflash.yaml").read_text())
    return loaded


@cache
def operations() -> dict[str, dict[str, Any]]:
    """operationId → operation object, for every operation of the spec."""
    return {
        op["operationId"]: op
        for item in spec()["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


def endpoint(operation_id: str) -> ModuleType:
    """The generated sans-I/O module of an operation, found through its tag in the spec."""
    tag = operations()[operation_id]["tags"][0]
    return importlib.import_module(f"msgflash_async._generated.api.{tag}.{operation_id}")


def load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def fixture(name: str) -> Any:
    return load(FIXTURES / "responses" / f"{name}.json")


def parse(operation_id: str, status: int, payload: object) -> Any:
    return endpoint(operation_id).parse_response(status, payload, structure)


def target(path: Path) -> tuple[str, int]:
    operation_id, status, *_ = path.name.split(".")
    return operation_id, int(status)


# The payload (the `data` member) each documented success status parses into, written out from the spec.
# `list` entries are (list, item class); `dict` is a free-form object.
PAYLOADS: dict[tuple[str, int], type | tuple[type, type]] = {
    ("instances_list", 200): (list, m.Instance),
    ("instances_get", 200): m.Instance,
    ("instances_get_state", 200): m.InstanceState,
    ("instances_get_health", 200): m.InstanceHealth,
    ("messages_send", 201): m.SentMessage,
    ("messages_schedule", 201): m.ScheduledMessage,
    ("messages_list", 200): m.MessagePage,
    ("messages_get", 200): m.Message,
    ("campaigns_create", 201): m.Campaign,
    ("campaigns_get", 200): m.Campaign,
    ("campaigns_get_stats", 200): m.CampaignStatsReport,
    ("campaigns_pause", 200): m.Campaign,
    ("campaigns_resume", 200): m.Campaign,
    ("templates_list", 200): m.TemplatePage,
    ("templates_create", 201): m.Template,
    ("templates_get", 200): m.Template,
    ("templates_update", 200): m.Template,
    ("templates_delete", 200): m.DeleteResult,
    ("templates_preview", 200): m.TemplatePreview,
    ("contacts_list", 200): m.ContactPage,
    ("contacts_create", 201): m.Contact,
    ("contacts_get", 200): m.Contact,
    ("contacts_update", 200): m.Contact,
    ("contacts_delete", 200): m.DeleteResult,
    ("contacts_bulk_delete", 200): m.BulkDeleteResult,
    ("contacts_bulk_delete", 202): m.ContactBulkJobAccepted,
    ("contacts_list_groups", 200): m.ContactGroupList,
    ("contact_bulk_jobs_list", 200): m.ContactBulkJobPage,
    ("contact_bulk_jobs_get", 200): m.ContactBulkJob,
    ("contact_bulk_jobs_get_progress", 200): m.ContactBulkJob,
    ("contact_bulk_jobs_cancel", 200): m.ContactBulkJob,
    ("contact_groups_list", 200): m.ContactGroupPage,
    ("contact_groups_create", 201): m.ContactGroup,
    ("contact_groups_get", 200): m.ContactGroup,
    ("contact_groups_update", 200): m.ContactGroup,
    ("contact_groups_delete", 200): m.DeleteResult,
    ("contact_groups_add_members", 200): m.AddGroupMembersResult,
    ("contact_groups_add_members", 202): m.ContactBulkJobAccepted,
    ("contact_groups_remove_members", 200): m.RemoveGroupMembersResult,
    ("contact_groups_remove_members", 202): m.ContactBulkJobAccepted,
    ("contact_groups_list_members", 200): m.GroupMemberPage,
    ("number_lookups_create", 200): m.NumberLookupSyncResult,
    ("number_lookups_create", 202): m.NumberLookupAccepted,
    ("number_lookups_list", 200): m.NumberLookupPage,
    ("number_lookups_get", 200): m.NumberLookup,
    ("number_lookups_get_progress", 200): m.NumberLookup,
    ("number_lookups_cancel", 200): m.NumberLookup,
    ("number_lookups_import_contacts", 200): m.ImportLookupContactsResult,
    ("webhooks_list", 200): (list, m.Webhook),
    ("webhooks_create", 201): m.CreatedWebhook,
    ("webhooks_delete", 200): m.DeleteResult,
    ("statuses_create", 201): m.PostedStatus,
    ("billing_list_plans", 200): (list, m.Plan),
    ("billing_get_subscription", 200): m.SubscriptionOverview,
    ("billing_get_usage", 200): m.UsageReport,
    ("billing_list_payments", 200): m.PaymentPage,
    ("account_get", 200): dict,
    ("account_get_usage", 200): m.UsageReport,
}


# --- the wire and the model agree, member by member ------------------------------------------------


def assert_same_as_wire(value: Any, wire: Any, path: str = "$") -> None:
    """`value` (parsed) carries exactly what `wire` (decoded JSON) said: every member, no coercion."""
    if attrs.has(type(value)):
        assert isinstance(wire, dict), path
        fields = [f for f in attrs.fields(type(value)) if "wire" in f.metadata]
        known = {f.metadata["wire"] for f in fields}
        for field in fields:
            name = field.metadata["wire"]
            if name in wire:
                assert_same_as_wire(getattr(value, field.name), wire[name], f"{path}.{name}")
            else:
                assert getattr(value, field.name) == field.default, f"{path}.{name} absent but not defaulted"
        assert value.additional_properties == {k: v for k, v in wire.items() if k not in known}, path
    elif isinstance(value, datetime.datetime):
        assert isinstance(wire, str), path
        assert value.tzinfo is not None, f"{path} parsed as a naive datetime"
        assert value == datetime.datetime.fromisoformat(wire), path
    elif isinstance(value, list):
        assert isinstance(wire, list), path
        assert len(value) == len(wire), path
        for index, (item, raw) in enumerate(zip(value, wire, strict=True)):
            assert_same_as_wire(item, raw, f"{path}[{index}]")
    elif isinstance(value, float) and type(wire) is int:
        assert value == wire, path
    else:
        assert value == wire, path
        assert type(value) is type(wire), f"{path}: {type(value).__name__} from {type(wire).__name__}"


# --- every fixture ---------------------------------------------------------------------------------


def test_payload_table_covers_every_documented_success_status() -> None:
    """PAYLOADS names a payload for exactly the 2xx statuses the spec documents."""
    documented = {
        (operation_id, int(status))
        for operation_id, op in operations().items()
        for status in op["responses"]
        if status.startswith("2")
    }
    assert set(PAYLOADS) == documented


def test_every_documented_success_status_has_a_fixture() -> None:
    """Each (operation, 2xx status) pair is exercised by at least one response fixture."""
    assert {target(path) for path in RESPONSES} == set(PAYLOADS)


@pytest.mark.parametrize("path", RESPONSES, ids=lambda p: p.name)
def test_fixture_parses_into_the_documented_payload(path: Path) -> None:
    """The generated parser of the fixture's operation returns the payload model of its status."""
    operation_id, status = target(path)
    parsed = parse(operation_id, status, load(path))
    expected = PAYLOADS[operation_id, status]
    if isinstance(expected, tuple):
        container, item = expected
        assert container is list
        assert isinstance(parsed, list)
        assert parsed, "a list fixture should hold at least one item"
        assert all(type(element) is item for element in parsed)
    else:
        assert type(parsed) is expected


@pytest.mark.parametrize("path", RESPONSES, ids=lambda p: p.name)
def test_fixture_round_trips_member_by_member(path: Path) -> None:
    """Every member of `data` is either a field with the same value (dates tz-aware) or kept as extra."""
    operation_id, status = target(path)
    raw = load(path)
    parsed = parse(operation_id, status, copy.deepcopy(raw))
    assert_same_as_wire(parsed, raw["data"], "$.data")


def test_parser_does_not_mutate_the_payload() -> None:
    """Parsing leaves the decoded JSON as it was (callers may log or re-use it)."""
    raw = fixture("messages_get.200")
    before = copy.deepcopy(raw)
    parse("messages_get", 200, raw)
    assert raw == before


# --- key values, exactly -----------------------------------------------------------------------------


def test_contacts_list_values() -> None:
    """A contact page: ids, counts, cursor state and millisecond date-times come through exactly."""
    page = parse("contacts_list", 200, fixture("contacts_list.200"))
    assert isinstance(page, m.ContactPage)
    assert [c.id for c in page.contacts] == [
        "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
        "1c2d3e4f-5a6b-4c7d-9e8f-0a1b2c3d4e5f",
    ]
    assert (page.total, page.limit, page.sort, page.next_cursor, page.has_more) == (
        2,
        50,
        "createdAt_desc",
        None,
        False,
    )
    second = page.contacts[1]
    assert (second.name, second.phone, second.tags, second.temperature) == ("Koffi Mensah", "+22912345678", [], None)
    assert second.created_at == datetime.datetime(2026, 3, 31, 16, 45, 10, 512000, tzinfo=UTC)
    assert second.created_at.utcoffset() == datetime.timedelta(0)


def test_bulk_delete_sync_and_async_shapes() -> None:
    """200 gives BulkDeleteResult (with ids not found); 202 gives the accepted job to poll."""
    done = parse("contacts_bulk_delete", 200, fixture("contacts_bulk_delete.200"))
    assert isinstance(done, m.BulkDeleteResult)
    assert (done.requested, done.deleted, done.not_found) == (3, 2, ["2d3e4f5a-6b7c-4d8e-8f9a-1b2c3d4e5f60"])
    job = parse("contacts_bulk_delete", 202, fixture("contacts_bulk_delete.202"))
    assert isinstance(job, m.ContactBulkJobAccepted)
    assert (job.mode, job.job_id, job.status, job.operation) == (
        "async",
        "job_abc123",
        "pending",
        "bulk_delete_contacts",
    )
    assert (job.requested_count, job.progress) == (2500, 0)


def test_number_lookup_async_acceptance() -> None:
    """202 on number lookups carries the lookup id and requested count."""
    accepted = parse("number_lookups_create", 202, fixture("number_lookups_create.202"))
    assert isinstance(accepted, m.NumberLookupAccepted)
    assert accepted.lookup_id == "4a5b6c7d-8e9f-4a0b-8c1d-2e3f4a5b6c7d"
    assert accepted.requested == 1250


def test_message_values() -> None:
    """A stored message: nulls stay None, `from` maps to `from_`, timestamps are aware UTC datetimes."""
    message = parse("messages_get", 200, fixture("messages_get.200"))
    assert isinstance(message, m.Message)
    assert (message.id, message.status, message.type_, message.direction) == (
        "6f1c2d3e-4b5a-4978-8d6c-5e4f3a2b1c0d",
        "delivered",
        "text",
        "outbound",
    )
    assert (message.from_, message.contact_id, message.error) == (None, None, None)
    assert message.provider_message_id == "BAE5D1A2B3C4D5E6"
    assert message.updated_at == datetime.datetime(2026, 4, 1, 10, 1, 10, tzinfo=UTC)
    assert message.updated_at.tzinfo is not None


def test_campaign_values() -> None:
    """A created campaign: recipients as returned (an open shape); nested numbers keep their type."""
    campaign = parse("campaigns_create", 201, fixture("campaigns_create.201"))
    assert isinstance(campaign, m.Campaign)
    assert isinstance(campaign.recipients, m.CampaignRecipientsInfo)
    assert (campaign.recipients.type_, campaign.recipients.value) == ("tags", ["vip"])
    assert campaign.schedule == datetime.datetime(2026, 4, 2, 10, 0, tzinfo=UTC)
    assert campaign.safety is not None
    assert campaign.safety.applied_limits is not None
    assert campaign.safety.applied_limits.max_cold_ratio == 0.4
    assert campaign.safety.score == 56


def test_subscription_values() -> None:
    """Billing: a whole-number price parses as a float; period bounds keep their milliseconds."""
    overview = parse("billing_get_subscription", 200, fixture("billing_get_subscription.200"))
    assert isinstance(overview, m.SubscriptionOverview)
    assert overview.subscription is not None
    assert overview.period is not None
    plan = overview.subscription.plan
    assert plan.code == "pro"
    assert plan.price_eur == 19.0
    assert isinstance(plan.price_eur, float)
    assert overview.period.end == datetime.datetime(2026, 4, 30, 23, 59, 59, 999000, tzinfo=UTC)
    bare = parse("billing_get_subscription", 200, fixture("billing_get_subscription.200.no_subscription"))
    assert (bare.subscription, bare.period) == (None, None)


def test_free_form_me_is_a_plain_dict() -> None:
    """`GET /me` has no documented shape: its `data` comes back as the decoded object itself."""
    raw = fixture("account_get.200")
    assert parse("account_get", 200, raw) == raw["data"]


# --- open to what the server may add -------------------------------------------------------------------


def test_unknown_members_are_kept_in_additional_properties() -> None:
    """Members the spec does not name land in `additional_properties`, at every depth."""
    raw = fixture("contacts_list.200")
    raw["data"]["contacts"][0]["loyaltyTier"] = {"level": 2, "since": "2026-01-01"}
    raw["data"]["pageToken"] = "p2"
    page = parse("contacts_list", 200, raw)
    assert page.contacts[0].additional_properties == {"loyaltyTier": {"level": 2, "since": "2026-01-01"}}
    assert page.contacts[1].additional_properties == {}
    assert page.additional_properties == {"pageToken": "p2"}
    assert page.contacts[0].name == "Awa Doe"


def test_unknown_top_level_member_does_not_break_parsing() -> None:
    """An extra member beside `data` (say a request id) is tolerated."""
    raw = fixture("contacts_get.200")
    raw["requestId"] = "req_1"
    contact = parse("contacts_get", 200, raw)
    assert isinstance(contact, m.Contact)
    assert contact.additional_properties == {}


def _set(document: Any, trail: tuple[str | int, ...], value: object) -> None:
    for step in trail[:-1]:
        document = document[step]
    document[trail[-1]] = value


def _get(value: Any, trail: tuple[str | int, ...]) -> Any:
    for step in trail:
        value = value[step] if isinstance(step, int) else getattr(value, step)
    return value


@pytest.mark.parametrize(
    ("name", "wire_trail", "python_trail", "new_value"),
    [
        ("messages_get.200", ("data", "status"), ("status",), "archived"),
        ("messages_list.200", ("data", "messages", 0, "status"), ("messages", 0, "status"), "archived"),
        ("billing_list_plans.200", ("data", 0, "code"), (0, "code"), "ultra"),
        (
            "billing_get_subscription.200",
            ("data", "subscription", "plan", "code"),
            ("subscription", "plan", "code"),
            "ultra",
        ),
        ("instances_get.200", ("data", "status"), ("status",), "banned"),
        ("campaigns_get.200", ("data", "status"), ("status",), "archived"),
        ("contact_bulk_jobs_get.200", ("data", "status"), ("status",), "paused"),
        ("contacts_list.200", ("data", "sort"), ("sort",), "phone_asc"),
    ],
    ids=lambda value: value if isinstance(value, str) and "." in value else None,
)
def test_unknown_enum_value_still_parses(
    name: str, wire_trail: tuple[str | int, ...], python_trail: tuple[str | int, ...], new_value: str
) -> None:
    """A response enum value the spec does not list (a new status, a new plan) parses as the plain string."""
    raw = fixture(name)
    _set(raw, wire_trail, new_value)
    operation_id, status = name.split(".")[:2]
    assert _get(parse(operation_id, int(status), raw), python_trail) == new_value


# --- statuses the spec does not document -------------------------------------------------------------


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_undocumented_success_status_raises(operation_id: str) -> None:
    """A 2xx status the operation does not document raises UnexpectedStatus, whatever the body."""
    documented = {int(s) for s in operations()[operation_id]["responses"] if s.startswith("2")}
    undocumented = next(s for s in (201, 200, 204, 206) if s not in documented)
    body = fixture(next(p.stem for p in RESPONSES if target(p)[0] == operation_id))
    with pytest.raises(UnexpectedStatus) as caught:
        parse(operation_id, undocumented, body)
    assert caught.value.status == undocumented
    assert str(undocumented) in str(caught.value)


# --- errors --------------------------------------------------------------------------------------------------

# fixture → (HTTP status it comes with, the class it must map to)
ERROR_FIXTURES: dict[str, tuple[int, type[APIStatusError]]] = {
    "api_rate_limit_exceeded": (429, RateLimitError),
    "conflict": (409, ConflictError),
    "lookup_cannot_be_cancelled": (400, BadRequestError),
    "monthly_api_request_quota_exceeded": (429, QuotaExceededError),
    "monthly_outbound_quota_exceeded": (429, QuotaExceededError),
    "not_found": (404, NotFoundError),
    "team_key_not_allowed": (403, TeamScopeError),
    "team_key_required": (403, TeamScopeError),
    "unauthorized": (401, AuthenticationError),
    "unknown_code": (403, PermissionDeniedError),
    "validation_error": (400, BadRequestError),
}


def test_every_error_fixture_is_in_the_table() -> None:
    """ERROR_FIXTURES names every file of fixtures/errors."""
    assert {path.stem for path in ERRORS} == set(ERROR_FIXTURES)


@pytest.mark.parametrize("path", ERRORS, ids=lambda p: p.stem)
def test_error_fixture_maps_to_its_class(path: Path) -> None:
    """The error envelope parses, and its code (at its status) picks exactly the expected class."""
    status, expected = ERROR_FIXTURES[path.stem]
    envelope = structure(load(path), m.ErrorResponse)
    assert isinstance(envelope, m.ErrorResponse)
    code = envelope.error.code
    cls = error_class(status, code)
    assert cls is expected
    error = cls(envelope.error.message, status=status, code=code, details=envelope.error.details or ())
    assert (error.status, error.code, error.message) == (status, code, envelope.error.message)
    assert code in str(error)


def test_quota_is_not_a_rate_limit() -> None:
    """Quota 429s are never retried as rate limits: QuotaExceededError is not a RateLimitError."""
    assert not issubclass(QuotaExceededError, RateLimitError)
    assert not issubclass(RateLimitError, QuotaExceededError)
    for code in ("MONTHLY_API_REQUEST_QUOTA_EXCEEDED", "MONTHLY_OUTBOUND_QUOTA_EXCEEDED"):
        cls = error_class(429, code)
        assert cls is QuotaExceededError
        assert not issubclass(cls, RateLimitError)
    assert error_class(429, "API_RATE_LIMIT_EXCEEDED") is RateLimitError


def test_specific_codes() -> None:
    """The codes the docs single out map to their specific classes."""
    assert error_class(403, "TEAM_KEY_NOT_ALLOWED") is TeamScopeError
    assert error_class(409, "CONFLICT") is ConflictError
    assert error_class(400, "LOOKUP_CANNOT_BE_CANCELLED") is BadRequestError
    assert error_class(502, "PROVIDER_TIMEOUT") is ProviderError
    assert error_class(403, "WEBHOOKS_NOT_AVAILABLE_ON_PLAN") is PlanLimitError
    assert error_class(400, "TEMPLATE_INVALID") is TemplateError


def test_unknown_code_falls_back_to_the_status_class_and_keeps_the_code() -> None:
    """An unknown code gets its status class; the code itself is kept on the error."""
    cls = error_class(403, "SOME_FUTURE_CODE")
    assert cls is PermissionDeniedError
    error = cls("An error code this SDK does not know yet", status=403, code="SOME_FUTURE_CODE")
    assert error.code == "SOME_FUTURE_CODE"
    assert "SOME_FUTURE_CODE" in str(error)
    assert error_class(429, "SOME_FUTURE_CODE") is TooManyRequestsError
    assert error_class(418, "SOME_FUTURE_CODE") is APIStatusError
    assert error_class(503, None) is ServerError


def test_code_at_a_disagreeing_status_keeps_the_status_class() -> None:
    """A known code with an unexpected status does not pick the code's class (a 500 NOT_FOUND is a ServerError)."""
    assert error_class(500, "NOT_FOUND") is ServerError
    assert error_class(400, "API_RATE_LIMIT_EXCEEDED") is BadRequestError
    assert error_class(404, "PROVIDER_ERROR") is NotFoundError


# Catalog §5, every code, written out literally: code → (HTTP, class).
CATALOG_CODES: dict[str, tuple[int, type[APIStatusError]]] = {
    "UNAUTHORIZED": (401, AuthenticationError),
    "FORBIDDEN": (403, PermissionDeniedError),
    "SUBSCRIPTION_INACTIVE": (403, PlanLimitError),
    "API_RATE_LIMIT_EXCEEDED": (429, RateLimitError),
    "MONTHLY_API_REQUEST_QUOTA_EXCEEDED": (429, QuotaExceededError),
    "MONTHLY_OUTBOUND_QUOTA_EXCEEDED": (429, QuotaExceededError),
    "MAX_INSTANCES_REACHED": (403, PlanLimitError),
    "API_KEYS_NOT_AVAILABLE_ON_PLAN": (403, PlanLimitError),
    "MAX_API_KEYS_REACHED": (403, PlanLimitError),
    "WEBHOOKS_NOT_AVAILABLE_ON_PLAN": (403, PlanLimitError),
    "MAX_WEBHOOK_ENDPOINTS_REACHED": (403, PlanLimitError),
    "CAMPAIGNS_NOT_AVAILABLE_ON_PLAN": (403, PlanLimitError),
    "STATUSES_NOT_AVAILABLE_ON_PLAN": (403, PlanLimitError),
    "MAX_CONTACT_GROUPS_REACHED": (403, PlanLimitError),
    "FEATURE_NOT_AVAILABLE_ON_PLAN": (403, PlanLimitError),
    "UNSUPPORTED_FEATURE": (403, PermissionDeniedError),
    "VALIDATION_ERROR": (400, BadRequestError),
    "BAD_REQUEST": (400, BadRequestError),
    "TEMPLATE_INVALID": (400, TemplateError),
    "TEMPLATE_VARIABLES_MISSING": (400, TemplateError),
    "TEMPLATE_CONTEXT_UNAVAILABLE": (400, TemplateError),
    "INVALID_DESTINATION": (422, UnprocessableEntityError),
    "NOT_FOUND": (404, NotFoundError),
    "CONFLICT": (409, ConflictError),
    "LOOKUP_NOT_FOUND": (404, NotFoundError),
    "LOOKUP_CANNOT_BE_CANCELLED": (400, BadRequestError),
    "INTERNAL_ERROR": (500, ServerError),
    "PROVIDER_TIMEOUT": (502, ProviderError),
    "PROVIDER_UNAVAILABLE": (502, ProviderError),
    "PROVIDER_ERROR": (502, ProviderError),
    "TEAM_KEY_REQUIRED": (403, TeamScopeError),
    "TEAM_KEY_NOT_ALLOWED": (403, TeamScopeError),
    "INSTANCE_NOT_ASSIGNED": (403, TeamScopeError),
    # Catalog §5's team, invite, billing-role and e-mail codes (console pages, the FAQ, the product's spec).
    "TEAM_NOT_FOUND": (404, NotFoundError),
    "TEAM_ACCESS_DENIED": (403, TeamScopeError),
    "TEAM_FEATURE_UNAVAILABLE": (403, PlanLimitError),
    "TEAM_LIMIT_REACHED": (403, PlanLimitError),
    "TEAM_SEAT_LIMIT_REACHED": (403, PlanLimitError),
    "INVITE_INVALID_OR_EXPIRED": (410, GoneError),
    "INVITE_EMAIL_MISMATCH": (403, TeamScopeError),
    "INVITE_DUPLICATE_MEMBER": (409, ConflictError),
    "PLAN_CHANGE_BLOCKED_ACTIVE_TEAMS": (409, ConflictError),
    "BILLING_PAYMENTS_TEAM_OWNER_ONLY": (403, TeamScopeError),
    "BILLING_TEAM_MUTATION_FORBIDDEN": (403, TeamScopeError),
    "EMAIL_NOT_VERIFIED": (401, AuthenticationError),
}


def test_error_table_is_the_catalog_list() -> None:
    """ERROR_CODES holds exactly the catalog's codes, each with the class written here."""
    assert dict(ERROR_CODES) == {code: cls for code, (_, cls) in CATALOG_CODES.items()}


def test_spec_error_code_enum_is_the_error_table() -> None:
    """The spec's `ErrorCode` enum, the catalog's codes and ERROR_CODES are one set: none can drift alone."""
    enum = spec()["components"]["schemas"]["ErrorCode"]["enum"]
    assert len(enum) == len(set(enum))
    assert set(enum) == set(ERROR_CODES) == set(CATALOG_CODES)


def test_other_documented_statuses_of_a_code_keep_their_status_class() -> None:
    """Where sources disagree on a code's status, the other status still gets a class of that status."""
    assert error_class(400, "INVITE_INVALID_OR_EXPIRED") is BadRequestError
    assert error_class(400, "PLAN_CHANGE_BLOCKED_ACTIVE_TEAMS") is BadRequestError
    assert error_class(410, "SOME_FUTURE_CODE") is GoneError


@pytest.mark.parametrize("code", sorted(CATALOG_CODES))
def test_catalog_code_maps_to_a_class_of_its_status(code: str) -> None:
    """Each public code at its documented status picks its class, and that class belongs to the status."""
    status, expected = CATALOG_CODES[code]
    assert error_class(status, code) is expected
    if status >= 500:
        assert issubclass(expected, ServerError)
    else:
        assert issubclass(expected, STATUS_CLASSES[status])
