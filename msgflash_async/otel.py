"""OpenTelemetry tracing for msgflash-async (`pip install 'msgflash-async[otel]'`).

```python
from msgflash_async import MsgFlash
from msgflash_async.otel import OpenTelemetryHooks

mf = MsgFlash(hooks=[OpenTelemetryHooks()])  # the global tracer provider, or tracer_provider=…
```

One span per logical call, named `msgflash <operation id>` (kind CLIENT, a child of the span current where the
call is made), with one `msgflash.attempt` event per attempt and one `msgflash.retry` event per retry.
Attributes: the operation, HTTP method, final status, `error.code`, retries, the rate-limit wait, and whether a
failed call may have been sent. Never the key, a header, a query string or a message body.
"""

from __future__ import annotations

from typing import Final

try:
    from opentelemetry import trace
    from opentelemetry.trace import Span, SpanKind, Status, StatusCode
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("msgflash_async.otel needs OpenTelemetry: pip install 'msgflash-async[otel]'") from exc

from ._version import __version__
from .hooks import AttemptFinished, AttemptStarted, CallFinished, CallInfo, Hooks, RetryScheduled

__all__ = ["OpenTelemetryHooks"]

OPERATION: Final = "msgflash.operation"
METHOD: Final = "http.request.method"
STATUS: Final = "http.response.status_code"
ERROR_CODE: Final = "msgflash.error.code"
ERROR_TYPE: Final = "error.type"
RETRIES: Final = "msgflash.retries"
RATE_LIMIT_WAIT: Final = "msgflash.rate_limit.wait_s"
MAY_HAVE_BEEN_SENT: Final = "msgflash.may_have_been_sent"
ATTEMPT: Final = "msgflash.attempt"
DURATION: Final = "msgflash.attempt.duration_s"
RETRY_DELAY: Final = "msgflash.retry.delay_s"


class OpenTelemetryHooks(Hooks):
    """Hooks that trace every call as a span, and its attempts as events of that span."""

    def __init__(self, tracer_provider: trace.TracerProvider | None = None) -> None:
        self._tracer = trace.get_tracer("msgflash_async", __version__, tracer_provider=tracer_provider)
        self._spans: dict[CallInfo, Span] = {}

    def on_call_start(self, call: CallInfo) -> None:
        self._spans[call] = self._tracer.start_span(
            f"msgflash {call.operation_id}",
            kind=SpanKind.CLIENT,
            attributes={OPERATION: call.operation_id, METHOD: call.method},
        )

    def before_attempt(self, event: AttemptStarted) -> None:
        span = self._spans.get(event.call)
        if span is not None:
            span.add_event("msgflash.attempt.start", {ATTEMPT: event.attempt, RATE_LIMIT_WAIT: event.limiter_wait})

    def after_attempt(self, event: AttemptFinished) -> None:
        span = self._spans.get(event.call)
        if span is None:
            return
        attributes: dict[str, str | int | float | bool] = {
            ATTEMPT: event.attempt,
            DURATION: event.duration,
            MAY_HAVE_BEEN_SENT: event.may_have_been_sent,
        }
        if event.status is not None:
            attributes[STATUS] = event.status
        if event.error_code is not None:
            attributes[ERROR_CODE] = event.error_code
        if event.error is not None:
            attributes[ERROR_TYPE] = type(event.error).__name__
        span.add_event("msgflash.attempt", attributes)

    def on_retry(self, event: RetryScheduled) -> None:
        span = self._spans.get(event.call)
        if span is not None:
            span.add_event("msgflash.retry", {ATTEMPT: event.attempt, RETRY_DELAY: event.delay})

    def on_call_end(self, event: CallFinished) -> None:
        span = self._spans.pop(event.call, None)
        if span is None:
            return
        span.set_attribute(RETRIES, event.retries)
        span.set_attribute(RATE_LIMIT_WAIT, event.limiter_wait)
        if event.status is not None:
            span.set_attribute(STATUS, event.status)
        if event.error is None:
            span.set_status(Status(StatusCode.OK))
        else:
            span.set_attribute(ERROR_TYPE, type(event.error).__name__)
            span.set_attribute(MAY_HAVE_BEEN_SENT, event.may_have_been_sent)
            if event.error_code is not None:
                span.set_attribute(ERROR_CODE, event.error_code)
            # The class name only: an error's message may quote what the user sent.
            span.set_status(Status(StatusCode.ERROR, type(event.error).__name__))
        span.end()
