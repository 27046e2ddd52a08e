"""OpenTelemetry: one span per call, an event per attempt, the documented attributes and never a secret."""

from __future__ import annotations

import json

import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from msgflash_async import MsgFlash, ServerError
from msgflash_async.models import SendTextMessage
from msgflash_async.otel import OpenTelemetryHooks
from msgflash_async.testing import Sandbox

from .conftest import connected_instance_id

INSTANCES = ("GET", "/api/v1/instances")
SEND = ("POST", "/api/v1/messages/send")
SECRET_TEXT = "a message body nobody may trace"


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


def traced(client: MsgFlash, exporter: InMemorySpanExporter) -> MsgFlash:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return client.with_options(hooks=[OpenTelemetryHooks(tracer_provider=provider)])


def dump(span: ReadableSpan) -> str:
    return str(span.to_json())


async def test_a_retried_call_is_one_span_with_an_event_per_attempt(
    mf: MsgFlash, msgflash_sandbox: Sandbox, exporter: InMemorySpanExporter
) -> None:
    """A 500 then 200: one CLIENT span, two attempt events, one retry event, retries=1, status 200, OK."""
    msgflash_sandbox.faults.status(500, "INTERNAL_ERROR", *INSTANCES, times=1)
    await traced(mf, exporter).instances.list()
    (span,) = exporter.get_finished_spans()
    assert span.name == "msgflash instances_list"
    assert span.kind is SpanKind.CLIENT
    assert span.status.status_code is StatusCode.OK
    attributes = dict(span.attributes or {})
    assert attributes["msgflash.operation"] == "instances_list"
    assert attributes["http.request.method"] == "GET"
    assert attributes["http.response.status_code"] == 200
    assert attributes["msgflash.retries"] == 1
    assert attributes["msgflash.rate_limit.wait_s"] == 0.0
    attempts = [event for event in span.events if event.name == "msgflash.attempt"]
    assert [dict(event.attributes or {}).get("http.response.status_code") for event in attempts] == [500, 200]
    assert dict(attempts[0].attributes or {})["msgflash.error.code"] == "INTERNAL_ERROR"
    assert [event.name for event in span.events] == [
        "msgflash.attempt.start",
        "msgflash.attempt",
        "msgflash.retry",
        "msgflash.attempt.start",
        "msgflash.attempt",
    ]


async def test_a_failed_send_is_an_error_span_without_key_or_body(
    mf: MsgFlash, msgflash_sandbox: Sandbox, exporter: InMemorySpanExporter
) -> None:
    """A 502 on a send: ERROR status, the error code and may_have_been_sent; the key and the text nowhere."""
    sb = msgflash_sandbox
    instance_id = await connected_instance_id(mf)
    sb.faults.status(502, "PROVIDER_UNAVAILABLE", *SEND, times=1, message=f"echo {sb.personal_key} {SECRET_TEXT}")
    with pytest.raises(ServerError):
        await traced(mf, exporter).messages.send(
            SendTextMessage(instance_id=instance_id, to="+33612345678", text=SECRET_TEXT)
        )
    (span,) = exporter.get_finished_spans()
    attributes = dict(span.attributes or {})
    assert span.status.status_code is StatusCode.ERROR
    assert attributes["msgflash.error.code"] == "PROVIDER_UNAVAILABLE"
    assert attributes["error.type"] == "ProviderError"
    assert attributes["msgflash.may_have_been_sent"] is True
    assert attributes["msgflash.retries"] == 0
    text = dump(span)
    assert sb.personal_key not in text
    assert sb.personal_key[10:] not in text
    assert SECRET_TEXT not in text
    assert "+33612345678" not in text


async def test_the_span_is_a_child_of_the_callers_span(mf: MsgFlash, exporter: InMemorySpanExporter) -> None:
    """Made inside the application's span, the call's span is its child (same trace)."""
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    client = mf.with_options(hooks=[OpenTelemetryHooks(tracer_provider=provider)])
    with provider.get_tracer("app").start_as_current_span("handle request"):
        await client.instances.list()
    sdk_span, app_span = exporter.get_finished_spans()
    assert sdk_span.parent is not None
    assert sdk_span.parent.span_id == app_span.context.span_id
    assert sdk_span.context.trace_id == app_span.context.trace_id


async def test_sample_trace_is_json(mf: MsgFlash, exporter: InMemorySpanExporter) -> None:
    """The exported span serialises (what a collector receives), with the operation in its attributes."""
    await traced(mf, exporter).instances.list()
    (span,) = exporter.get_finished_spans()
    exported = json.loads(dump(span))
    assert exported["attributes"]["msgflash.operation"] == "instances_list"
