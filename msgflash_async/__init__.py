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
