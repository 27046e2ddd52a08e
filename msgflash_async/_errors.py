"""Every error msgflash-async raises, and the one table from MsgFlash `error.code` to class.

```
MsgFlashError
├── ConfigurationError (also ValueError)       bad/missing key, team id, base URL: raised before any I/O
├── InvalidRequestError (also ValueError)      an argument the spec forbids: raised before any I/O
├── ClientStateError (also RuntimeError)      used after aclose(), or from another event loop
├── APIConnectionError → APITimeoutError       network failures, chained with `from`
├── ResponseValidationError                    a 2xx body that does not match the spec, with a JSON path
│   └── AcceptedButUnparsedError               …of a create: it WAS accepted (.id, .raw); never re-send it
└── APIStatusError  .status .code .message .details .headers
    ├── BadRequestError 400 → TemplateError
    ├── AuthenticationError 401
    ├── PermissionDeniedError 403 → PlanLimitError, TeamScopeError
    ├── NotFoundError 404 · ConflictError 409 · GoneError 410 · UnprocessableEntityError 422
    ├── TooManyRequestsError 429 → RateLimitError (retried), QuotaExceededError (never retried)
    └── ServerError 5xx → ProviderError
```
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Final

_NOT_RETRIED_NOTE = (
    " The request may have reached MsgFlash and been carried out, so it was not retried:"
    " check (e.g. list recent messages) before sending it again."
)


def _note(may_have_been_sent: bool, repeat_safe: bool) -> str:
    # Only a request that could create something twice is held back for having maybe been sent.
    return _NOT_RETRIED_NOTE if may_have_been_sent and not repeat_safe else ""


class MsgFlashError(Exception):
    """Base class of every error this SDK raises."""


class ConfigurationError(MsgFlashError, ValueError):
    """The client was configured wrongly (key, team id, base URL); raised before any I/O."""


class InvalidRequestError(MsgFlashError, ValueError):
    """An argument breaks the spec (a bound, a required field); raised before any I/O."""


class APIConnectionError(MsgFlashError):
    """The request failed on the network; `may_have_been_sent` says whether the server could have acted."""

    def __init__(self, message: str, *, may_have_been_sent: bool = False, repeat_safe: bool = False) -> None:
        super().__init__(message + _note(may_have_been_sent, repeat_safe))
        self.may_have_been_sent = may_have_been_sent


class APITimeoutError(APIConnectionError, TimeoutError):
    """The request, or the wait for its answer, took longer than its timeout."""


class ResponseValidationError(MsgFlashError):
    """A success response whose body does not match the spec; `path` names the offending JSON member."""

    def __init__(self, reason: str, *, status: int, path: str = "$") -> None:
        super().__init__(f"{reason} @ {path} (HTTP {status})")
        self.reason = reason
        self.status = status
        self.path = path


class AcceptedButUnparsedError(ResponseValidationError):
    """A create answered 2xx, but its body does not match the spec: the thing WAS created.

    Not a failure: do not send it again. `id` is the new resource's id when the raw body has one
    (`data.id`, or the `jobId`/`lookupId` of an accepted job), `raw` the body exactly as received.
    """

    def __init__(self, reason: str, *, status: int, path: str = "$", id: str | None, raw: bytes) -> None:
        super().__init__(reason, status=status, path=path)
        self.args = (f"accepted (HTTP {status}, id {id!r}) but the body does not match the spec: {reason} @ {path}",)
        self.id = id
        self.raw = raw


_ID_MEMBERS: Final = ("id", "jobId", "lookupId", "providerMessageId")
# A body cut short still names its id when that is the first member of `data`, as MsgFlash writes it.
_CUT_SHORT_ID: Final = re.compile(
    rb'\A\s*\{\s*"data"\s*:\s*\{\s*"(?:id|jobId|lookupId|providerMessageId)"\s*:\s*"([^"\\]{1,200})"'
)


def created_id(payload: object, raw: bytes) -> str | None:
    """The id a create's reply names (`data.id`, an accepted job's `jobId`/`lookupId`…), if any.

    `payload` is the decoded JSON, or None when the reply was not labelled JSON: then `raw` is tried.
    """
    if payload is None:
        try:
            payload = json.loads(raw)
        except ValueError:  # includes UnicodeDecodeError
            found = _CUT_SHORT_ID.match(raw)
            return found.group(1).decode(errors="replace") if found else None
    data = payload.get("data") if isinstance(payload, dict) else None
    if isinstance(data, dict):
        for member in _ID_MEMBERS:
            if isinstance(data.get(member), str) and data[member]:
                return str(data[member])
    return None


class APIStatusError(MsgFlashError):
    """MsgFlash answered with an error status; `code` is its `error.code` (None when the body had none)."""

    def __init__(
        self,
        message: str,
        *,
        status: int,
        code: str | None,
        details: Sequence[object] = (),
        headers: Mapping[str, str] | None = None,
        may_have_been_sent: bool = False,
        repeat_safe: bool = False,
    ) -> None:
        label = f"{status} {code}" if code else str(status)
        super().__init__(f"{label}: {message}" + _note(may_have_been_sent, repeat_safe))
        self.status = status
        self.code = code
        self.message = message
        self.details = list(details)
        # A plain dict with lower-case names: picklable, and independent of the response it came from.
        self.headers: Mapping[str, str] = {name.lower(): value for name, value in (headers or {}).items()}
        self.may_have_been_sent = may_have_been_sent


class BadRequestError(APIStatusError):
    """400: the request was refused as invalid (`VALIDATION_ERROR`, `BAD_REQUEST`, …)."""


class TemplateError(BadRequestError):
    """400: a template placeholder is invalid, or its variables or context cannot be resolved."""


class AuthenticationError(APIStatusError):
    """401: the key is missing, invalid or revoked, or a team key's `X-Team-Id` does not match."""


class PermissionDeniedError(APIStatusError):
    """403: the key is valid but may not do this."""


class PlanLimitError(PermissionDeniedError):
    """403: the plan lacks the feature, or one of its limits (instances, keys, teams, seats…) is reached."""


class TeamScopeError(PermissionDeniedError):
    """403: the key kind or the caller's team role does not allow this (team key on a personal-only route,
    a collaborator on an instance not assigned to them, a non-owner on team billing, and the like)."""


class NotFoundError(APIStatusError):
    """404: no such resource in this workspace (it may belong to another one)."""


class ConflictError(APIStatusError):
    """409: a uniqueness conflict, e.g. a contact group name already used."""


class GoneError(APIStatusError):
    """410: the thing existed but is gone for good (e.g. an expired team invitation)."""


class UnprocessableEntityError(APIStatusError):
    """422: e.g. `INVALID_DESTINATION`."""


class TooManyRequestsError(APIStatusError):
    """429 with a code this SDK does not know: not retried."""


class RateLimitError(TooManyRequestsError):
    """429 `API_RATE_LIMIT_EXCEEDED`: the 10 req/s window was exceeded; transient, retried."""


class QuotaExceededError(TooManyRequestsError):
    """429 `MONTHLY_*_QUOTA_EXCEEDED`: the month's quota is used up; never retried."""


class ServerError(APIStatusError):
    """5xx: MsgFlash failed."""


class ProviderError(ServerError):
    """502 `PROVIDER_*`: the WhatsApp provider behind MsgFlash failed or timed out."""


STATUS_CLASSES: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    410: GoneError,
    422: UnprocessableEntityError,
    429: TooManyRequestsError,
}

#: Every `error.code` the docs, the catalog and the FAQ name, mapped to its most specific class (rendered in the
#: README; kept equal to the spec's `ErrorCode` enum by tests/contract). A code only picks its class at a status
#: that class belongs to: `INVITE_INVALID_OR_EXPIRED` is 410 in the product's spec and 400 on the error page, so
#: a 400 one is a `BadRequestError`; `PLAN_CHANGE_BLOCKED_ACTIVE_TEAMS` is 409 (page) or 400 (product spec).
ERROR_CODES: Final[Mapping[str, type[APIStatusError]]] = {
    "VALIDATION_ERROR": BadRequestError,
    "BAD_REQUEST": BadRequestError,
    "LOOKUP_CANNOT_BE_CANCELLED": BadRequestError,
    "TEMPLATE_INVALID": TemplateError,
    "TEMPLATE_VARIABLES_MISSING": TemplateError,
    "TEMPLATE_CONTEXT_UNAVAILABLE": TemplateError,
    "UNAUTHORIZED": AuthenticationError,
    "FORBIDDEN": PermissionDeniedError,
    "SUBSCRIPTION_INACTIVE": PlanLimitError,
    "UNSUPPORTED_FEATURE": PermissionDeniedError,
    "MAX_INSTANCES_REACHED": PlanLimitError,
    "API_KEYS_NOT_AVAILABLE_ON_PLAN": PlanLimitError,
    "MAX_API_KEYS_REACHED": PlanLimitError,
    "WEBHOOKS_NOT_AVAILABLE_ON_PLAN": PlanLimitError,
    "MAX_WEBHOOK_ENDPOINTS_REACHED": PlanLimitError,
    "CAMPAIGNS_NOT_AVAILABLE_ON_PLAN": PlanLimitError,
    "STATUSES_NOT_AVAILABLE_ON_PLAN": PlanLimitError,
    "MAX_CONTACT_GROUPS_REACHED": PlanLimitError,
    "FEATURE_NOT_AVAILABLE_ON_PLAN": PlanLimitError,
    "TEAM_KEY_REQUIRED": TeamScopeError,
    "TEAM_KEY_NOT_ALLOWED": TeamScopeError,
    "INSTANCE_NOT_ASSIGNED": TeamScopeError,
    "TEAM_ACCESS_DENIED": TeamScopeError,
    "INVITE_EMAIL_MISMATCH": TeamScopeError,
    "BILLING_TEAM_MUTATION_FORBIDDEN": TeamScopeError,
    "BILLING_PAYMENTS_TEAM_OWNER_ONLY": TeamScopeError,
    "TEAM_FEATURE_UNAVAILABLE": PlanLimitError,
    "TEAM_LIMIT_REACHED": PlanLimitError,
    "TEAM_SEAT_LIMIT_REACHED": PlanLimitError,
    "EMAIL_NOT_VERIFIED": AuthenticationError,
    "NOT_FOUND": NotFoundError,
    "LOOKUP_NOT_FOUND": NotFoundError,
    "TEAM_NOT_FOUND": NotFoundError,
    "CONFLICT": ConflictError,
    "INVITE_DUPLICATE_MEMBER": ConflictError,
    "PLAN_CHANGE_BLOCKED_ACTIVE_TEAMS": ConflictError,
    "INVITE_INVALID_OR_EXPIRED": GoneError,
    "INVALID_DESTINATION": UnprocessableEntityError,
    "API_RATE_LIMIT_EXCEEDED": RateLimitError,
    "MONTHLY_API_REQUEST_QUOTA_EXCEEDED": QuotaExceededError,
    "MONTHLY_OUTBOUND_QUOTA_EXCEEDED": QuotaExceededError,
    "INTERNAL_ERROR": ServerError,
    "PROVIDER_TIMEOUT": ProviderError,
    "PROVIDER_UNAVAILABLE": ProviderError,
    "PROVIDER_ERROR": ProviderError,
}


def error_class(status: int, code: str | None) -> type[APIStatusError]:
    """The most specific class for a status and code; an unknown code falls back to the status class."""
    by_code = ERROR_CODES.get(code) if code else None
    if by_code is not None and _status_fits(by_code, status):
        return by_code
    if status == 429 and code is None:
        # No JSON body (a proxy's 429): nothing says it is a quota, so treat it as the transient limit.
        return RateLimitError
    if status >= 500:
        return ServerError
    return STATUS_CLASSES.get(status, APIStatusError)


def _status_fits(cls: type[APIStatusError], status: int) -> bool:
    """A code only picks its class when the status agrees (a 500 `NOT_FOUND` stays a ServerError)."""
    if issubclass(cls, ServerError):
        return status >= 500
    return any(issubclass(cls, base) and s == status for s, base in STATUS_CLASSES.items())


class ClientStateError(MsgFlashError, RuntimeError):
    """The client cannot be used here: it is closed, or it belongs to another event loop.

    `may_have_been_sent` is True when `aclose()` cut the call short after its request could have left.
    """

    def __init__(self, message: str, *, may_have_been_sent: bool = False) -> None:
        super().__init__(message)
        self.may_have_been_sent = may_have_been_sent
