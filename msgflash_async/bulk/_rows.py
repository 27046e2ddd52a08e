"""Rows of a CSV or JSONL file turned into keyed send requests, checked without any I/O.

A `RowMapping` says which column holds the recipient (and the row key), and what to send: a text with
`{column}` placeholders, or a template id with `custom.*` variables taken from columns. Every row is
checked the way the client checks a request before sending it (the spec's bounds and patterns, JSON
encoding), so a dry run finds every bad row and a real run never starts with one.
"""

from __future__ import annotations

import csv
import json
import string
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

from msgflash_async._client import encode_body
from msgflash_async._errors import InvalidRequestError
from msgflash_async._generated.models import SendTemplateMessage, SendTextMessage
from msgflash_async.bulk._results import Item


class RowError(InvalidRequestError):
    """A row cannot become a message: `number` is its 1-based row number in the file (header excluded)."""

    def __init__(self, number: int, reason: str) -> None:
        super().__init__(f"row {number}: {reason}")
        self.number = number
        self.reason = reason


@attrs.frozen
class RowMapping:
    """How a row becomes a message. Exactly one of `text` and `template_id`."""

    instance_id: str
    to_column: str = "phone"
    key_column: str | None = None
    text: str | None = None
    template_id: str | None = None
    variables: Mapping[str, str] = attrs.field(factory=dict)  # template variable → column

    def __attrs_post_init__(self) -> None:
        if (self.text is None) == (self.template_id is None):
            raise InvalidRequestError("give exactly one of a text (with {column} placeholders) and a template id")
        if self.text is not None:
            for _, field, _, _ in string.Formatter().parse(self.text):
                if field is not None and not field.strip():
                    raise InvalidRequestError("an empty {} placeholder must name a column")

    def item(self, row: Mapping[str, Any], number: int) -> Item:
        """The keyed request for row `number`, checked as the client would check it; RowError if it cannot be."""
        to = self._column(row, self.to_column, number)
        key = self._column(row, self.key_column, number) if self.key_column else f"row-{number}"
        message: SendTextMessage | SendTemplateMessage
        if self.template_id is None:
            message = SendTextMessage(instance_id=self.instance_id, to=to, text=self._render(row, number))
        else:
            values = {name: self._column(row, column, number) for name, column in self.variables.items()}
            message = SendTemplateMessage(
                instance_id=self.instance_id,
                to=to,
                template_id=self.template_id,
                variables=values or None,
            )
        try:
            encode_body(message)  # as the client will: the spec's bounds and patterns, and JSON encoding
        except Exception as error:
            raise RowError(number, str(error)) from error
        return Item(key, message)

    def _render(self, row: Mapping[str, Any], number: int) -> str:
        try:
            return (self.text or "").format_map({k: "" if v is None else v for k, v in row.items()})
        except KeyError as missing:
            raise RowError(number, f"no column {missing} for the text's placeholder") from None

    @staticmethod
    def _column(row: Mapping[str, Any], column: str | None, number: int) -> str:
        value = row.get(column) if column else None
        if value is None or str(value).strip() == "":
            raise RowError(number, f"column {column!r} is missing or empty")
        return str(value).strip()


def read_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    """The rows of a `.csv` (header line) or `.jsonl` (one object per line) file, lazily."""
    path = Path(path)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from _jsonl(path)
        return
    with path.open(newline="", encoding="utf-8-sig") as handle:
        yield from csv.DictReader(handle)


def _jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if not isinstance(row, dict):
                raise RowError(number, "a JSONL line must be an object")
            yield row
