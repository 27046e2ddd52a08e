"""Contract tests for openapi/msgflash.yaml: structure, conventions and documented examples."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_schema_validator import OAS31Validator, oas31_format_checker
from openapi_spec_validator import validate as validate_spec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "openapi" / "msgflash.yaml"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SPEC_URI = "urn:msgflash:openapi"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Catalog §3: the 53 documented public routes, plus GET /api/v1/me (referenced, §3.12),
# each with its operationId.
EXPECTED_OPERATIONS = {
    ("GET", "/api/v1/instances"): "instances_list",
    ("GET", "/api/v1/instances/{id}"): "instances_get",
    ("GET", "/api/v1/instances/{id}/state"): "instances_get_state",
    ("GET", "/api/v1/instances/{id}/health"): "instances_get_health",
    ("POST", "/api/v1/messages/send"): "messages_send",
    ("POST", "/api/v1/messages/schedule"): "messages_schedule",
    ("GET", "/api/v1/messages"): "messages_list",
    ("GET", "/api/v1/messages/{id}"): "messages_get",
    ("POST", "/api/v1/campaigns"): "campaigns_create",
    ("GET", "/api/v1/campaigns/{id}"): "campaigns_get",
    ("GET", "/api/v1/campaigns/{id}/stats"): "campaigns_get_stats",
    ("POST", "/api/v1/campaigns/{id}/pause"): "campaigns_pause",
    ("POST", "/api/v1/campaigns/{id}/resume"): "campaigns_resume",
    ("GET", "/api/v1/templates"): "templates_list",
    ("POST", "/api/v1/templates"): "templates_create",
    ("GET", "/api/v1/templates/{id}"): "templates_get",
    ("PUT", "/api/v1/templates/{id}"): "templates_update",
    ("DELETE", "/api/v1/templates/{id}"): "templates_delete",
    ("POST", "/api/v1/templates/{id}/preview"): "templates_preview",
    ("GET", "/api/v1/contacts"): "contacts_list",
    ("POST", "/api/v1/contacts"): "contacts_create",
    ("GET", "/api/v1/contacts/{id}"): "contacts_get",
    ("PUT", "/api/v1/contacts/{id}"): "contacts_update",
    ("DELETE", "/api/v1/contacts/{id}"): "contacts_delete",
    ("POST", "/api/v1/contacts/bulk-delete"): "contacts_bulk_delete",
    ("GET", "/api/v1/contacts/bulk-jobs"): "contact_bulk_jobs_list",
    ("GET", "/api/v1/contacts/bulk-jobs/{jobId}"): "contact_bulk_jobs_get",
    (
        "GET",
        "/api/v1/contacts/bulk-jobs/{jobId}/progress",
    ): "contact_bulk_jobs_get_progress",
    ("POST", "/api/v1/contacts/bulk-jobs/{jobId}/cancel"): "contact_bulk_jobs_cancel",
    ("GET", "/api/v1/contacts/groups"): "contact_groups_list",
    ("POST", "/api/v1/contacts/groups"): "contact_groups_create",
    ("GET", "/api/v1/contacts/groups/{groupId}"): "contact_groups_get",
    ("PUT", "/api/v1/contacts/groups/{groupId}"): "contact_groups_update",
    ("DELETE", "/api/v1/contacts/groups/{groupId}"): "contact_groups_delete",
    ("POST", "/api/v1/contacts/groups/{groupId}/members"): "contact_groups_add_members",
    (
        "DELETE",
        "/api/v1/contacts/groups/{groupId}/members",
    ): "contact_groups_remove_members",
    ("GET", "/api/v1/contacts/groups/{groupId}/members"): "contact_groups_list_members",
    ("GET", "/api/v1/contacts/{id}/groups"): "contacts_list_groups",
    ("POST", "/api/v1/number-lookups"): "number_lookups_create",
    ("GET", "/api/v1/number-lookups"): "number_lookups_list",
    ("GET", "/api/v1/number-lookups/{id}"): "number_lookups_get",
    ("GET", "/api/v1/number-lookups/{id}/progress"): "number_lookups_get_progress",
    ("POST", "/api/v1/number-lookups/{id}/cancel"): "number_lookups_cancel",
    (
        "POST",
        "/api/v1/number-lookups/{id}/import-contacts",
    ): "number_lookups_import_contacts",
    ("GET", "/api/v1/webhooks"): "webhooks_list",
    ("POST", "/api/v1/webhooks"): "webhooks_create",
    ("DELETE", "/api/v1/webhooks/{id}"): "webhooks_delete",
    ("POST", "/api/v1/statuses"): "statuses_create",
    ("GET", "/api/v1/billing/plans"): "billing_list_plans",
    ("GET", "/api/v1/billing/subscription"): "billing_get_subscription",
    ("GET", "/api/v1/billing/usage"): "billing_get_usage",
    ("GET", "/api/v1/billing/payments"): "billing_list_payments",
    ("GET", "/api/v1/usage"): "account_get_usage",
    ("GET", "/api/v1/me"): "account_get",
}

# Untagged variants allowed in a oneOf: template mode (templateId, no `type`).
TEMPLATE_MODE_VARIANTS = {
    "SendTemplateMessage",
    "ScheduleTemplateMessage",
    "CreateTemplateCampaign",
}


@cache
def spec() -> dict[str, Any]:
    """Load the spec once."""
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


@cache
def registry() -> Registry:
    """A registry holding the whole spec so that `#/components/...` refs resolve."""
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    built: Registry = Registry().with_resource(SPEC_URI, resource)
    return built


def validator(pointer: str) -> OAS31Validator:
    """Validator for the schema at a JSON pointer inside the spec."""
    return OAS31Validator(
        {"$ref": f"{SPEC_URI}#{pointer}"},
        registry=registry(),
        format_checker=oas31_format_checker,
    )


def schema_validator(schema_name: str) -> OAS31Validator:
    """Validator for a named component schema."""
    return validator(f"/components/schemas/{schema_name}")


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """Follow local `$ref`s inside the spec."""
    while "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target: Any = spec()
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def operations() -> list[tuple[str, str, dict[str, Any]]]:
    """Every (METHOD, path, operation) in the spec."""
    return [
        (method.upper(), path, op)
        for path, item in spec()["paths"].items()
        for method, op in item.items()
        if method in METHODS
    ]


def operation_by_id(operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """Find one operation by its operationId."""
    found = [entry for entry in operations() if entry[2]["operationId"] == operation_id]
    assert len(found) == 1, f"operationId {operation_id!r} found {len(found)} times"
    return found[0]


def response_pointer(operation_id: str, status: str) -> str:
    """JSON pointer of the JSON schema of one success response."""
    method, path, op = operation_by_id(operation_id)
    assert status in op["responses"], f"{operation_id} has no {status} response"
    escaped = path.replace("~", "~0").replace("/", "~1")
    return f"/paths/{escaped}/{method.lower()}/responses/{status}/content/application~1json/schema"


def success_payload(op: dict[str, Any]) -> dict[str, Any]:
    """The resolved `data` payload schema of an operation's first 2xx response."""
    status = next(s for s in op["responses"] if s.startswith("2"))
    envelope = resolve(op["responses"][status]["content"]["application/json"]["schema"])
    return resolve(envelope["properties"]["data"])


def fixture_files(kind: str) -> list[Path]:
    """Sorted fixture files of one kind (responses, requests, errors)."""
    return sorted((FIXTURES / kind).glob("*.json"))


def load(path: Path) -> Any:
    """Read one JSON fixture."""
    return json.loads(path.read_text(encoding="utf-8"))


def walk(node: Any, trail: str = ""):
    """Yield (trail, dict) for every mapping inside a document."""
    if isinstance(node, dict):
        yield trail, node
        for key, value in node.items():
            yield from walk(value, f"{trail}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk(value, f"{trail}/{index}")


def const_keys(variant: dict[str, Any]) -> set[str]:
    """Required properties of a variant that carry a `const`."""
    props = variant.get("properties", {})
    return {key for key in variant.get("required", []) if "const" in resolve(props.get(key, {}))}


# ---------------------------------------------------------------- 1
def test_spec_is_valid_openapi_31() -> None:
    """The spec validates with openapi-spec-validator as OpenAPI 3.1."""
    assert spec()["openapi"] == "3.1.0"
    validate_spec(spec())


# ---------------------------------------------------------------- 2
def test_routes_match_the_catalog() -> None:
    """The (METHOD, path) pairs are the 53 catalog routes plus GET /api/v1/me, with the agreed ids."""
    actual = {(method, path): op["operationId"] for method, path, op in operations()}
    assert len(EXPECTED_OPERATIONS) == 54
    assert set(actual) - set(EXPECTED_OPERATIONS) == set(), "routes not in the catalog"
    assert set(EXPECTED_OPERATIONS) - set(actual) == set(), "catalog routes missing"
    assert actual == EXPECTED_OPERATIONS
    assert spec()["servers"] == [{"url": "https://srv.msgflash.com"}]


# ---------------------------------------------------------------- 3
def test_operation_conventions() -> None:
    """Every operation has ApiKey security, one tag, a `<tag>_<name>` id, declared path params."""
    assert spec()["components"]["securitySchemes"]["ApiKey"] == {
        **spec()["components"]["securitySchemes"]["ApiKey"],
        "type": "apiKey",
        "in": "header",
        "name": "x-api-key",
    }
    ids = []
    for method, path, op in operations():
        where = f"{method} {path}"
        team_too: list[dict[str, list[str]]] = [{"ApiKey": []}, {"ApiKey": [], "TeamId": []}]
        expected_security = [{"ApiKey": []}] if op.get("x-personal-key-only") else team_too
        assert op.get("security") == expected_security, where
        assert len(op.get("tags", [])) == 1, where
        tag = op["tags"][0]
        assert re.fullmatch(rf"{re.escape(tag)}_[a-z][a-z_]*", op["operationId"]), where
        assert op.get("summary"), where
        assert op.get("description"), where
        ids.append(op["operationId"])
        declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
        assert declared == set(re.findall(r"{([^}]+)}", path)), where
        for param in op.get("parameters", []):
            if param["in"] == "path":
                assert param["required"] is True, where
                assert param["schema"] == {"type": "string", "minLength": 1}, where
    assert len(ids) == len(set(ids)) == 54
    personal = {op["operationId"] for _, _, op in operations() if op.get("x-personal-key-only")}
    assert personal == {
        "account_get",
        "account_get_usage",
        "billing_get_subscription",
        "billing_get_usage",
        "billing_list_payments",
    }


def test_no_uuid_format_and_no_inline_objects() -> None:
    """Ids are opaque (no `format: uuid`) and every object schema with properties is named."""
    for trail, node in walk(spec()):
        assert node.get("format") != "uuid", trail
        if node.get("type") == "object" and "properties" in node:
            assert re.fullmatch(r"/components/schemas/[A-Za-z0-9]+", trail), f"inline object at {trail}"


def test_success_bodies_are_named_envelopes() -> None:
    """Every 2xx body is a named `<Thing>Response` schema with a required `data`."""
    for method, path, op in operations():
        for status, response in op["responses"].items():
            schema = resolve(response)["content"]["application/json"]["schema"]
            if not status.startswith("2"):
                assert schema == {"$ref": "#/components/schemas/ErrorResponse"}, f"{method} {path} {status}"
                continue
            assert status in {"200", "201", "202"}, f"{method} {path} {status}"
            ref = schema.get("$ref", "")
            assert ref.endswith("Response"), f"{method} {path} {status}"
            envelope = resolve(schema)
            assert envelope["required"] == ["data"], ref
            data = envelope["properties"]["data"]
            assert "$ref" in data or "$ref" in data.get("items", {}), ref


def test_team_header_is_declared() -> None:
    """`X-Team-Id` is a security scheme: personal key alone, or team key + team id (workspace routes only)."""
    assert spec()["components"]["securitySchemes"]["TeamId"] == {
        **spec()["components"]["securitySchemes"]["TeamId"],
        "type": "apiKey",
        "in": "header",
        "name": "X-Team-Id",
    }


def test_server_and_provider_failures_are_declared() -> None:
    """500 on every operation; 502 provider errors where a route calls the provider; 422 where a recipient is given."""
    provider = {"instances_get_state", "messages_send", "statuses_create", "number_lookups_create"}
    for method, path, op in operations():
        statuses = set(op["responses"])
        assert "500" in statuses, f"{method} {path}"
        assert ("502" in statuses) == (op["operationId"] in provider), f"{method} {path}"
        assert ("422" in statuses) == (op["operationId"] in {"messages_send", "messages_schedule"}), f"{method} {path}"


def test_webhook_urls_are_https_only() -> None:
    """The webhooks guide requires HTTPS: `http://` is refused by the request schema (loopback excepted)."""
    check = schema_validator("CreateWebhookRequest")
    assert check.is_valid({"url": "https://example.test/h", "events": ["message.sent"]})
    assert not check.is_valid({"url": "http://example.test/h", "events": ["message.sent"]})


def test_common_errors_declared() -> None:
    """401 and 429 on every operation, 404 on every `{...}` route, 400 on every write route."""
    for method, path, op in operations():
        statuses = set(op["responses"])
        assert {"401", "429"} <= statuses, f"{method} {path}"
        if "{" in path:
            assert "404" in statuses, f"{method} {path}"
        if method in {"POST", "PUT", "DELETE"}:
            assert "400" in statuses, f"{method} {path}"


# ---------------------------------------------------------------- 4
def test_pagination_extensions() -> None:
    """Cursor and page lists carry `x-pagination` and their payload has the items list and page fields."""
    seen = {}
    for method, path, op in operations():
        params = {p["name"] for p in op.get("parameters", []) if p["in"] == "query"}
        pagination = op.get("x-pagination")
        if "cursor" in params:
            assert (pagination or {}).get("style") == "cursor", f"{method} {path}"
        if "page" in params:
            assert (pagination or {}).get("style") == "page", f"{method} {path}"
        if not pagination:
            continue
        seen[op["operationId"]] = (pagination["style"], pagination["items"])
        payload = success_payload(op)
        items = payload["properties"][pagination["items"]]
        assert items["type"] == "array", op["operationId"]
        assert "$ref" in items["items"], op["operationId"]
        if pagination["style"] == "cursor":
            assert {pagination["items"], "nextCursor", "hasMore"} <= set(payload["required"])
            assert payload["properties"]["nextCursor"]["type"] == ["string", "null"]
            assert payload["properties"]["hasMore"]["type"] == "boolean"
        else:
            assert {pagination["items"], "total"} <= set(payload["required"])
    assert seen == {
        "messages_list": ("cursor", "messages"),
        "contacts_list": ("cursor", "contacts"),
        "contact_groups_list": ("cursor", "groups"),
        "contact_groups_list_members": ("cursor", "contacts"),
        "contact_bulk_jobs_list": ("cursor", "jobs"),
        "number_lookups_list": ("cursor", "lookups"),
        "templates_list": ("page", "templates"),
        "billing_list_payments": ("page", "payments"),
    }


# ---------------------------------------------------------------- 5
def test_no_defaults_on_parameters_or_request_properties() -> None:
    """No parameter and no request-body schema carries a `default` (the server applies its own)."""
    for method, path, op in operations():
        for param in op.get("parameters", []):
            assert "default" not in resolve(param["schema"]), f"{method} {path} {param['name']}"
    for trail, node in walk(spec()["components"]["schemas"]):
        assert "default" not in node, trail


# ---------------------------------------------------------------- 6
def _fixture_target(path: Path) -> tuple[str, str]:
    """Split `<operationId>.<status>[.<variant>].json`."""
    operation_id, status, *_ = path.name.removesuffix(".json").split(".")
    return operation_id, status


@pytest.mark.parametrize("path", fixture_files("responses"), ids=lambda p: p.name)
def test_response_fixture_matches_spec(path: Path) -> None:
    """A documented response example validates against the spec's schema for that operation and status."""
    operation_id, status = _fixture_target(path)
    validator(response_pointer(operation_id, status)).validate(load(path))


def test_every_success_response_has_a_fixture() -> None:
    """Each (operation, 2xx status) pair has at least one response fixture."""
    have = {_fixture_target(p) for p in fixture_files("responses")}
    for _, _, op in operations():
        for status in op["responses"]:
            if status.startswith("2"):
                assert (op["operationId"], status) in have, (op["operationId"], status)


@pytest.mark.parametrize("path", fixture_files("requests"), ids=lambda p: p.name)
def test_request_fixture_matches_spec(path: Path) -> None:
    """A documented request body validates against that operation's request body schema."""
    operation_id = path.name.split(".")[0]
    _, _, op = operation_by_id(operation_id)
    schema = op["requestBody"]["content"]["application/json"]["schema"]
    schema_validator(schema["$ref"].rsplit("/", 1)[1]).validate(load(path))


@pytest.mark.parametrize("path", fixture_files("errors"), ids=lambda p: p.name)
def test_error_fixture_matches_error_response(path: Path) -> None:
    """An error envelope validates against ErrorResponse."""
    schema_validator("ErrorResponse").validate(load(path))


def test_older_and_open_values_still_parse() -> None:
    """Unknown enum values in responses and the oldest schedule shape are accepted."""
    schema_validator("ScheduledMessageResponse").validate({"data": {"id": "msg_1", "status": "queued"}})
    schema_validator("MessageResponse").validate(
        {
            "data": {
                **load(FIXTURES / "responses" / "messages_get.200.json")["data"],
                "status": "some_new_status",
            }
        }
    )
    schema_validator("ErrorBody").validate({"code": "BRAND_NEW_CODE", "message": "x"})


def test_invalid_requests_are_rejected() -> None:
    """Request bodies outside the documented limits fail validation."""
    send = schema_validator("SendMessageRequest")
    text = load(FIXTURES / "requests" / "messages_send.text.json")
    assert send.is_valid(text)
    assert not send.is_valid({**text, "text": ""})
    assert not send.is_valid({**text, "text": "x" * 4097})
    assert not send.is_valid({**text, "templateId": "tmpl_1"}), "both content modes"
    assert not send.is_valid({k: v for k, v in text.items() if k != "type"}), "no content mode"
    buttons = load(FIXTURES / "requests" / "messages_send.buttons.json")
    assert not send.is_valid({**buttons, "buttons": buttons["buttons"] * 2}), "more than 2 buttons"
    assert not send.is_valid({**buttons, "buttons": []})
    ids = schema_validator("BulkDeleteContactsRequest")
    assert not ids.is_valid({"contactIds": []})
    assert not ids.is_valid({"contactIds": ["c"] * 10001})
    assert ids.is_valid({"contactIds": ["c"] * 10000})
    hooks = schema_validator("CreateWebhookRequest")
    assert not hooks.is_valid({"url": "https://example.com/h", "events": ["message.sent"] * 51})
    assert not hooks.is_valid({"url": "https://example.com/h", "events": ["message.bogus"]})
    # Webhook URLs are https (`pattern: '^https://'`, case-sensitive), whatever their length.
    assert hooks.is_valid({"url": "https://example.com/" + "p" * 5000, "events": ["message.sent"]})
    assert not hooks.is_valid({"url": "http://example.com/h", "events": ["message.sent"]})
    assert not hooks.is_valid({"url": "http://127.0.0.1.example.com/h", "events": ["message.sent"]})
    assert hooks.is_valid({"url": "http://127.0.0.1:8080/hook", "events": ["message.sent"]})  # a local receiver
    assert not hooks.is_valid({"url": "ftp://example.com/h", "events": ["message.sent"]})
    assert not hooks.is_valid({"url": "HTTPS://example.com/h", "events": ["message.sent"]})


# ---------------------------------------------------------------- 7
def union_schemas() -> dict[str, list[str]]:
    """Every oneOf in the spec, keyed by a readable location, with its variant names."""
    unions = {}
    for trail, node in walk(spec()):
        if "oneOf" in node:
            variants = [v["$ref"].rsplit("/", 1)[1] for v in node["oneOf"]]
            unions[trail] = variants
    return unions


def test_union_variants_are_tagged_with_a_const() -> None:
    """Each oneOf variant has a required const property (only template mode is untagged), consts distinct."""
    unions = union_schemas()
    assert set(unions) == {
        "/components/schemas/Button",
        "/components/schemas/SendMessageRequest",
        "/components/schemas/ScheduleMessageRequest",
        "/components/schemas/CampaignRecipients",
        "/components/schemas/CreateCampaignRequest",
        "/components/schemas/CreateTemplateRequest",
        "/components/schemas/CreateStatusRequest",
    }
    schemas = spec()["components"]["schemas"]
    for where, variants in unions.items():
        tags = []
        for name in variants:
            variant = schemas[name]
            keys = const_keys(variant)
            if name in TEMPLATE_MODE_VARIANTS:
                assert not keys, name
                assert "type" not in variant["properties"], name
                assert "templateId" in variant["required"], name
                continue
            # Buttons are keyed by `title`, as the product's contract names it (design §2); the rest by `type`.
            key = "title" if where.endswith("/Button") else "type"
            assert keys == {key}, f"{where}: {name} lacks a required const `{key}`"
            tags.append(variant["properties"][key]["const"])
        assert len(tags) == len(set(tags)), where
    schedule = spec()["components"]["schemas"]["ScheduleMessageRequest"]["oneOf"]
    for ref in schedule:
        variant = resolve(ref)
        assert "scheduledAt" in variant["required"]
        assert "allOf" not in variant


def _matching_variants(union_name: str, instance: Any) -> list[str]:
    """Names of the variants of a named union that accept an instance."""
    variants = [v["$ref"].rsplit("/", 1)[1] for v in spec()["components"]["schemas"][union_name]["oneOf"]]
    return [name for name in variants if schema_validator(name).is_valid(instance)]


@pytest.mark.parametrize(
    ("fixture", "union_name", "expected"),
    [
        ("messages_send.text", "SendMessageRequest", "SendTextMessage"),
        ("messages_send.image", "SendMessageRequest", "SendImageMessage"),
        ("messages_send.location", "SendMessageRequest", "SendLocationMessage"),
        ("messages_send.contact", "SendMessageRequest", "SendContactMessage"),
        ("messages_send.buttons", "SendMessageRequest", "SendButtonsMessage"),
        ("messages_send.template", "SendMessageRequest", "SendTemplateMessage"),
        ("messages_schedule.text", "ScheduleMessageRequest", "ScheduleTextMessage"),
        (
            "messages_schedule.buttons",
            "ScheduleMessageRequest",
            "ScheduleButtonsMessage",
        ),
        (
            "campaigns_create.template",
            "CreateCampaignRequest",
            "CreateTemplateCampaign",
        ),
        ("campaigns_create.text_tags", "CreateCampaignRequest", "CreateTextCampaign"),
        ("campaigns_create.text_group", "CreateCampaignRequest", "CreateTextCampaign"),
        ("templates_create.text", "CreateTemplateRequest", "CreateTextTemplate"),
        ("statuses_create.text", "CreateStatusRequest", "TextStatus"),
    ],
)
def test_example_matches_exactly_one_variant(fixture: str, union_name: str, expected: str) -> None:
    """A documented example matches exactly one variant of its union, the expected one."""
    assert _matching_variants(union_name, load(FIXTURES / "requests" / f"{fixture}.json")) == [expected]


def test_nested_union_examples_match_exactly_one_variant() -> None:
    """Buttons and campaign recipients in the fixtures each match exactly one variant."""
    buttons = load(FIXTURES / "requests" / "messages_send.buttons.json")["buttons"]
    assert [_matching_variants("Button", b) for b in buttons] == [
        ["ReplyButton"],
        ["UrlButton"],
    ]
    # The schedule and campaign guide examples' `type` key is not the product's contract: refused.
    assert _matching_variants("Button", {"type": "reply", "displayText": "x", "id": "y"}) == []
    recipients = {
        name: load(FIXTURES / "requests" / f"campaigns_create.{name}.json")["recipients"]
        for name in ("template", "text_tags", "text_group")
    }
    assert _matching_variants("CampaignRecipients", recipients["template"]) == ["ExplicitRecipients"]
    assert _matching_variants("CampaignRecipients", recipients["text_tags"]) == ["TagRecipients"]
    assert _matching_variants("CampaignRecipients", recipients["text_group"]) == ["GroupRecipients"]
    assert _matching_variants("CampaignRecipients", {"type": "all"}) == ["AllRecipients"]


def test_request_examples_are_the_request_fixtures() -> None:
    """The spec carries every documented request example (schemathesis' examples phase runs them against the
    sandbox), and each is exactly the fixture of that name."""
    in_spec = {}
    for _, _, op in operations():
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        for variant, example in body.get("examples", {}).items():
            in_spec[f"{op['operationId']}.{variant}"] = example["value"]
    fixtures = {p.stem: load(p) for p in sorted((FIXTURES / "requests").glob("*.json"))}
    assert in_spec == fixtures
    assert len(in_spec) == 21


def test_response_enums_are_open_everywhere() -> None:
    """No schema a success response reaches names a closed enum except as `anyOf [enum, string]`, nor a
    const-tagged oneOf (design §2): a new value (recipient type, status, plan code…) never breaks parsing."""
    schemas = spec()["components"]["schemas"]
    enums = {name for name, schema in schemas.items() if "enum" in schema}

    def closed_refs(node: Any, where: str, seen: set[str]) -> list[str]:
        found: list[str] = []
        if isinstance(node, list):
            for index, item in enumerate(node):
                found += closed_refs(item, f"{where}[{index}]", seen)
        elif isinstance(node, dict):
            if "anyOf" in node and any(isinstance(v, dict) and v.get("type") == "string" for v in node["anyOf"]):
                return found  # an open enum
            name = node.get("$ref", "").rsplit("/", 1)[-1]
            if name in enums or "oneOf" in node:  # a oneOf of const-tagged variants is closed too
                found.append(where)
            elif name and name not in seen:
                seen.add(name)
                found += closed_refs(schemas[name], name, seen)
            for key, value in node.items():
                found += closed_refs(value, f"{where}/{key}", seen)
        return found

    seen: set[str] = set()
    problems: list[str] = []
    for method, path, op in operations():
        for status, response in op["responses"].items():
            if status.startswith("2"):
                problems += closed_refs(response["content"]["application/json"]["schema"], f"{method} {path}", seen)
    assert problems == []
    assert {"Campaign", "CampaignRecipientsInfo", "Payment", "SafetyAssessment", "Instance"} <= seen
