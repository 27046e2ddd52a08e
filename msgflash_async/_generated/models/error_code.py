# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The closed set of documented `ErrorCode` values."""

from typing import Literal, TypeAlias

ErrorCode: TypeAlias = Literal[
    "API_KEYS_NOT_AVAILABLE_ON_PLAN",
    "API_RATE_LIMIT_EXCEEDED",
    "BAD_REQUEST",
    "CAMPAIGNS_NOT_AVAILABLE_ON_PLAN",
    "CONFLICT",
    "FEATURE_NOT_AVAILABLE_ON_PLAN",
    "FORBIDDEN",
    "INSTANCE_NOT_ASSIGNED",
    "INTERNAL_ERROR",
    "INVALID_DESTINATION",
    "LOOKUP_CANNOT_BE_CANCELLED",
    "LOOKUP_NOT_FOUND",
    "MAX_API_KEYS_REACHED",
    "MAX_CONTACT_GROUPS_REACHED",
    "MAX_INSTANCES_REACHED",
    "MAX_WEBHOOK_ENDPOINTS_REACHED",
    "MONTHLY_API_REQUEST_QUOTA_EXCEEDED",
    "MONTHLY_OUTBOUND_QUOTA_EXCEEDED",
    "NOT_FOUND",
    "PROVIDER_ERROR",
    "PROVIDER_TIMEOUT",
    "PROVIDER_UNAVAILABLE",
    "STATUSES_NOT_AVAILABLE_ON_PLAN",
    "SUBSCRIPTION_INACTIVE",
    "TEAM_ACCESS_DENIED",
    "TEAM_KEY_NOT_ALLOWED",
    "TEAM_KEY_REQUIRED",
    "TEAM_NOT_FOUND",
    "TEMPLATE_CONTEXT_UNAVAILABLE",
    "TEMPLATE_INVALID",
    "TEMPLATE_VARIABLES_MISSING",
    "UNAUTHORIZED",
    "UNSUPPORTED_FEATURE",
    "VALIDATION_ERROR",
    "WEBHOOKS_NOT_AVAILABLE_ON_PLAN",
]
