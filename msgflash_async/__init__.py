"""msgflash-async: the async Python SDK for the MsgFlash WhatsApp messaging API."""

from __future__ import annotations

from ._client import MsgFlash
from ._errors import (
    ERROR_CODES,
    AcceptedButUnparsedError,
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientStateError,
    ConfigurationError,
    ConflictError,
    GoneError,
    InvalidRequestError,
    MsgFlashError,
    NotFoundError,
    PermissionDeniedError,
    PlanLimitError,
    ProviderError,
    QuotaExceededError,
    RateLimitError,
    ResponseValidationError,
    ServerError,
    TeamScopeError,
    TemplateError,
    TooManyRequestsError,
    UnprocessableEntityError,
)
from ._limiter import RateLimiter, SlidingWindowLimiter
from ._pagination import AsyncPaginator
from ._settings import ApiKey, Timeouts
from ._transport import RawResponse
from ._version import __version__

__all__ = [
    "ERROR_CODES",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AcceptedButUnparsedError",
    "ApiKey",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "ClientStateError",
    "ConfigurationError",
    "ConflictError",
    "GoneError",
    "InvalidRequestError",
    "MsgFlash",
    "MsgFlashError",
    "NotFoundError",
    "PermissionDeniedError",
    "PlanLimitError",
    "ProviderError",
    "QuotaExceededError",
    "RateLimitError",
    "RateLimiter",
    "RawResponse",
    "ResponseValidationError",
    "ServerError",
    "SlidingWindowLimiter",
    "TeamScopeError",
    "TemplateError",
    "Timeouts",
    "TooManyRequestsError",
    "UnprocessableEntityError",
    "__version__",
]


def _publish() -> None:
    """Public classes report this module (reprs, tracebacks, docs), not the private one that defines them."""
    import attrs

    for name in __all__:
        obj = globals()[name]
        if isinstance(obj, type) and obj.__module__.startswith(f"{__name__}._"):
            if attrs.has(obj):
                attrs.resolve_types(obj)  # while the defining module still resolves its annotations
            obj.__module__ = __name__


_publish()
