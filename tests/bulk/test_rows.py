"""Rows to messages (CSV and JSONL, placeholders, template variables), every problem found without I/O."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from msgflash_async import InvalidRequestError
from msgflash_async.bulk import RowError, RowMapping, read_rows
from msgflash_async.models import SendTemplateMessage, SendTextMessage


def test_csv_rows_with_placeholders(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("id,phone,name\nc1,+33612345678,Ada\n")
    mapping = RowMapping("inst", key_column="id", text="Hi {name}")
    item = mapping.item(next(read_rows(path)), 1)
    assert item.key == "c1"
    assert item.message == SendTextMessage(instance_id="inst", to="+33612345678", text="Hi Ada")


def test_jsonl_rows_with_a_template(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"phone": "+33612345678", "code": "X1"}) + "\n\n")
    mapping = RowMapping("inst", template_id="tpl", variables={"code": "code"})
    [row] = list(read_rows(path))
    item = mapping.item(row, 1)
    assert item.key == "row-1"
    assert item.message == SendTemplateMessage(instance_id="inst", to="+33612345678", template_id="tpl",
                                               variables={"code": "X1"})  # fmt: skip


@pytest.mark.parametrize(
    ("row", "problem"),
    [
        ({"phone": "0612"}, "must match the pattern"),
        ({"phone": ""}, "column 'phone' is missing or empty"),
        ({"phone": "+33612345678", "name": "x" * 5000}, "4096"),
    ],
)
def test_bad_rows_name_their_row_and_reason(row: dict[str, str], problem: str) -> None:
    mapping = RowMapping("inst", text="Hi {name}")
    with pytest.raises(RowError, match=problem) as caught:
        mapping.item({"name": "Ada", **row}, 7)
    assert caught.value.number == 7
    assert str(caught.value).startswith("row 7: ")


def test_a_missing_placeholder_column_is_a_row_error() -> None:
    with pytest.raises(RowError, match="no column 'nme'"):
        RowMapping("inst", text="Hi {nme}").item({"phone": "+33612345678"}, 1)


def test_exactly_one_of_text_and_template() -> None:
    with pytest.raises(InvalidRequestError, match="exactly one"):
        RowMapping("inst")
    with pytest.raises(InvalidRequestError, match="exactly one"):
        RowMapping("inst", text="a", template_id="t")
