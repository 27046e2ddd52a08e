# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal  # noqa: F401

import attrs

from .bulk_job_operation import BulkJobOperation
from .bulk_job_status import BulkJobStatus
from .contact_bulk_job_summary import ContactBulkJobSummary


@attrs.define(kw_only=True, slots=True)
class ContactBulkJob:
    """An asynchronous contact bulk job."""

    id: str = attrs.field(metadata={"wire": "id", "minLength": 1})
    operation: BulkJobOperation | str = attrs.field(metadata={"wire": "operation"})
    status: BulkJobStatus | str = attrs.field(metadata={"wire": "status"})
    requested_count: int = attrs.field(metadata={"wire": "requestedCount"})
    processed_count: int = attrs.field(metadata={"wire": "processedCount"})
    progress: int = attrs.field(metadata={"wire": "progress"})
    summary: ContactBulkJobSummary = attrs.field(metadata={"wire": "summary"})
    completed_at: datetime.datetime | None = attrs.field(metadata={"wire": "completedAt"})
    group_id: str | None = attrs.field(default=None, metadata={"wire": "groupId", "minLength": 1})
    error: Any | None = attrs.field(default=None, metadata={"wire": "error"})
    created_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "createdAt"})
    updated_at: datetime.datetime | None = attrs.field(default=None, metadata={"wire": "updatedAt"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
