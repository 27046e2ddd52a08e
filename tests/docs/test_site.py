"""The site's structure follows the code: a page per resource in the nav, tables rendered from the code."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType
from typing import Any

import yaml

from msgflash_async import ERROR_CODES

from .blocks import ROOT


def hooks() -> ModuleType:
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "docs" / "_hooks" / "tables.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def nav_pages(entries: list[Any]) -> list[str]:
    found: list[str] = []
    for entry in entries:
        for value in entry.values() if isinstance(entry, dict) else [entry]:
            found.extend(nav_pages(value) if isinstance(value, list) else [value])
    return found


def test_every_resource_has_a_page_in_the_nav() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)  # noqa: S506 - ours, no tags
    listed = {page for page in nav_pages(config["nav"]) if page.startswith("resources/")}
    expected = {f"resources/{name}.md" for name in hooks().resource_classes()} | {"resources/index.md"}
    assert listed == expected


def test_the_tables_are_the_codes() -> None:
    tables = hooks()
    error_rows = tables.error_table().splitlines()[2:]
    assert len(error_rows) == len(ERROR_CODES)
    for row, (code, cls) in zip(error_rows, sorted(ERROR_CODES.items()), strict=True):
        assert row.startswith(f"| `{code}` | [`{cls.__name__}`]")
    resource_rows = tables.resources_table().splitlines()[2:]
    assert (
        "| [`mf.contacts`](contacts.md) | `bulk_delete`, `create`, `delete`, `get`, `list`, `list_groups`, `update` |"
        in resource_rows
    )


def test_every_nav_page_exists_or_is_generated() -> None:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(), Loader=yaml.BaseLoader)  # noqa: S506
    generated = {f"resources/{name}.md" for name in hooks().resource_classes()}
    missing = [p for p in nav_pages(config["nav"]) if p not in generated and not (ROOT / "docs" / p).is_file()]
    assert missing == []
    assert Path(ROOT / "docs" / "internals" / "design-notes.md").is_file()


def test_every_exported_error_class_has_a_reference_entry() -> None:
    """A new error class cannot go undocumented: the errors reference names each one msgflash_async exports."""
    import msgflash_async

    reference = (ROOT / "docs" / "reference" / "errors.md").read_text()
    errors = [
        name
        for name in msgflash_async.__all__
        if isinstance(obj := getattr(msgflash_async, name), type) and issubclass(obj, msgflash_async.MsgFlashError)
    ]
    assert len(errors) > 20
    assert [name for name in errors if f"::: msgflash_async.{name}\n" not in reference] == []
