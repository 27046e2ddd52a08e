# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Operation facts that live in spec vendor extensions, which the generator's templates cannot see."""

from __future__ import annotations

from typing import Final

#: `x-personal-key-only`: routes a team key may not call (MsgFlash answers 403 TEAM_KEY_NOT_ALLOWED).
PERSONAL_KEY_ONLY: Final[frozenset[str]] = frozenset(
    {
        "account_get",
        "account_get_usage",
        "billing_get_subscription",
        "billing_get_usage",
        "billing_list_payments",
    }
)

#: `x-pagination`: operation id → (style, wire name of the item list).
PAGINATION: Final[dict[str, tuple[str, str]]] = {
    "billing_list_payments": ("page", "payments"),
    "contact_bulk_jobs_list": ("cursor", "jobs"),
    "contact_groups_list": ("cursor", "groups"),
    "contact_groups_list_members": ("cursor", "contacts"),
    "contacts_list": ("cursor", "contacts"),
    "messages_list": ("cursor", "messages"),
    "number_lookups_list": ("cursor", "lookups"),
    "templates_list": ("page", "templates"),
}

#: Query parameter rules (JSON type, closed enum, minimum/maximum, minLength/maxLength), checked on the typed
#: value before any request is sent.
QUERY_BOUNDS: Final[dict[str, dict[str, dict[str, int | float | str | tuple[str, ...]]]]] = {
    "billing_list_payments": {
        "page": {"minimum": 1, "type": "integer"},
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
    },
    "contact_bulk_jobs_list": {
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "cursor": {"minLength": 1, "type": "string"},
    },
    "contact_groups_list": {
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "cursor": {"minLength": 1, "type": "string"},
        "search": {"maxLength": 100, "minLength": 1, "type": "string"},
    },
    "contact_groups_list_members": {
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "cursor": {"minLength": 1, "type": "string"},
        "search": {"maxLength": 100, "minLength": 1, "type": "string"},
    },
    "contacts_list": {
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
        "cursor": {"minLength": 1, "type": "string"},
        "search": {"maxLength": 100, "minLength": 1, "type": "string"},
        "sort": {"enum": ("createdAt_desc", "name_asc"), "type": "string"},
    },
    "messages_list": {
        "limit": {"minimum": 1, "type": "integer"},
        "cursor": {"minLength": 1, "type": "string"},
        "instanceId": {"minLength": 1, "type": "string"},
        "status": {
            "enum": ("queued", "sent", "delivered", "read", "failed", "cancelled", "received"),
            "type": "string",
        },
    },
    "number_lookups_list": {
        "limit": {"minimum": 1, "type": "integer"},
        "cursor": {"minLength": 1, "type": "string"},
    },
    "templates_list": {
        "page": {"minimum": 1, "type": "integer"},
        "limit": {"maximum": 100, "minimum": 1, "type": "integer"},
    },
}

#: `x-repeat-may-duplicate`: operations that could create something twice if repeated. Once such a request
#: may have reached the server it is never sent again; every other operation is safe to repeat.
MAY_DUPLICATE: Final[frozenset[str]] = frozenset(
    {
        "campaigns_create",
        "contact_groups_add_members",
        "contact_groups_create",
        "contacts_bulk_delete",
        "contacts_create",
        "messages_schedule",
        "messages_send",
        "number_lookups_create",
        "number_lookups_import_contacts",
        "statuses_create",
        "templates_create",
        "webhooks_create",
    }
)

#: Every operation: id → (HTTP method, path template, key scope: workspace / personal / any). The sandbox's
#: route table, so that a route is declared once, in the spec.
ROUTES: Final[dict[str, tuple[str, str, str]]] = {
    "account_get": ("GET", "/api/v1/me", "personal"),
    "account_get_usage": ("GET", "/api/v1/usage", "personal"),
    "billing_get_subscription": ("GET", "/api/v1/billing/subscription", "personal"),
    "billing_get_usage": ("GET", "/api/v1/billing/usage", "personal"),
    "billing_list_payments": ("GET", "/api/v1/billing/payments", "personal"),
    "billing_list_plans": ("GET", "/api/v1/billing/plans", "any"),
    "campaigns_create": ("POST", "/api/v1/campaigns", "workspace"),
    "campaigns_get": ("GET", "/api/v1/campaigns/{id}", "workspace"),
    "campaigns_get_stats": ("GET", "/api/v1/campaigns/{id}/stats", "workspace"),
    "campaigns_pause": ("POST", "/api/v1/campaigns/{id}/pause", "workspace"),
    "campaigns_resume": ("POST", "/api/v1/campaigns/{id}/resume", "workspace"),
    "contact_bulk_jobs_cancel": ("POST", "/api/v1/contacts/bulk-jobs/{jobId}/cancel", "workspace"),
    "contact_bulk_jobs_get": ("GET", "/api/v1/contacts/bulk-jobs/{jobId}", "workspace"),
    "contact_bulk_jobs_get_progress": ("GET", "/api/v1/contacts/bulk-jobs/{jobId}/progress", "workspace"),
    "contact_bulk_jobs_list": ("GET", "/api/v1/contacts/bulk-jobs", "workspace"),
    "contact_groups_add_members": ("POST", "/api/v1/contacts/groups/{groupId}/members", "workspace"),
    "contact_groups_create": ("POST", "/api/v1/contacts/groups", "workspace"),
    "contact_groups_delete": ("DELETE", "/api/v1/contacts/groups/{groupId}", "workspace"),
    "contact_groups_get": ("GET", "/api/v1/contacts/groups/{groupId}", "workspace"),
    "contact_groups_list": ("GET", "/api/v1/contacts/groups", "workspace"),
    "contact_groups_list_members": ("GET", "/api/v1/contacts/groups/{groupId}/members", "workspace"),
    "contact_groups_remove_members": ("DELETE", "/api/v1/contacts/groups/{groupId}/members", "workspace"),
    "contact_groups_update": ("PUT", "/api/v1/contacts/groups/{groupId}", "workspace"),
    "contacts_bulk_delete": ("POST", "/api/v1/contacts/bulk-delete", "workspace"),
    "contacts_create": ("POST", "/api/v1/contacts", "workspace"),
    "contacts_delete": ("DELETE", "/api/v1/contacts/{id}", "workspace"),
    "contacts_get": ("GET", "/api/v1/contacts/{id}", "workspace"),
    "contacts_list": ("GET", "/api/v1/contacts", "workspace"),
    "contacts_list_groups": ("GET", "/api/v1/contacts/{id}/groups", "workspace"),
    "contacts_update": ("PUT", "/api/v1/contacts/{id}", "workspace"),
    "instances_get": ("GET", "/api/v1/instances/{id}", "workspace"),
    "instances_get_health": ("GET", "/api/v1/instances/{id}/health", "workspace"),
    "instances_get_state": ("GET", "/api/v1/instances/{id}/state", "workspace"),
    "instances_list": ("GET", "/api/v1/instances", "workspace"),
    "messages_get": ("GET", "/api/v1/messages/{id}", "workspace"),
    "messages_list": ("GET", "/api/v1/messages", "workspace"),
    "messages_schedule": ("POST", "/api/v1/messages/schedule", "workspace"),
    "messages_send": ("POST", "/api/v1/messages/send", "workspace"),
    "number_lookups_cancel": ("POST", "/api/v1/number-lookups/{id}/cancel", "workspace"),
    "number_lookups_create": ("POST", "/api/v1/number-lookups", "workspace"),
    "number_lookups_get": ("GET", "/api/v1/number-lookups/{id}", "workspace"),
    "number_lookups_get_progress": ("GET", "/api/v1/number-lookups/{id}/progress", "workspace"),
    "number_lookups_import_contacts": ("POST", "/api/v1/number-lookups/{id}/import-contacts", "workspace"),
    "number_lookups_list": ("GET", "/api/v1/number-lookups", "workspace"),
    "statuses_create": ("POST", "/api/v1/statuses", "workspace"),
    "templates_create": ("POST", "/api/v1/templates", "workspace"),
    "templates_delete": ("DELETE", "/api/v1/templates/{id}", "workspace"),
    "templates_get": ("GET", "/api/v1/templates/{id}", "workspace"),
    "templates_list": ("GET", "/api/v1/templates", "workspace"),
    "templates_preview": ("POST", "/api/v1/templates/{id}/preview", "workspace"),
    "templates_update": ("PUT", "/api/v1/templates/{id}", "workspace"),
    "webhooks_create": ("POST", "/api/v1/webhooks", "workspace"),
    "webhooks_delete": ("DELETE", "/api/v1/webhooks/{id}", "workspace"),
    "webhooks_list": ("GET", "/api/v1/webhooks", "workspace"),
}
