# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

from __future__ import annotations

import datetime  # noqa: F401  (used by some annotations)
from typing import Any, Literal, cast  # noqa: F401

import attrs

from .bulk_job_operation import BulkJobOperation
from .bulk_job_status import BulkJobStatus


@attrs.define(kw_only=True, slots=True)
class ContactBulkJobAccepted:
    """Asynchronous acceptance (100 ids or more): poll `GET /api/v1/contacts/bulk-jobs/{jobId}/progress`
    every 2 s."""

    job_id: str = attrs.field(metadata={"wire": "jobId", "minLength": 1})
    status: BulkJobStatus | str = attrs.field(metadata={"wire": "status"})
    operation: BulkJobOperation | str = attrs.field(metadata={"wire": "operation"})
    requested_count: int = attrs.field(metadata={"wire": "requestedCount"})
    progress: int = attrs.field(metadata={"wire": "progress"})
    mode: Literal["async"] = attrs.field(default="async", metadata={"wire": "mode"})
    group_id: str | None = attrs.field(default=None, metadata={"wire": "groupId", "minLength": 1})
    message: str | None = attrs.field(default=None, metadata={"wire": "message"})
    additional_properties: dict[str, Any] = attrs.field(factory=dict, metadata={"extra": True})
    """JSON members the spec does not name: kept when parsing, sent as they are."""
