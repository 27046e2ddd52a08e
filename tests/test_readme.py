"""The README's tables are the code's: every resource method and every error code, exactly."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from msgflash_async import ERROR_CODES
from msgflash_async._generated.resources import Resources

README = (Path(__file__).parent.parent / "README.md").read_text()


def resource_lines() -> list[str]:
    """One README line per resource: `mf.<tag>`: its methods, alphabetically."""
    lines = []
    for tag in sorted(name for name, member in vars(Resources).items() if isinstance(member, property)):
        methods = sorted(name for name, _ in inspect.getmembers(type(_resource(tag))) if not name.startswith("_"))
        lines.append(f"| `mf.{tag}` | " + ", ".join(f"`{m}`" for m in methods) + " |")
    return lines


def _resource(tag: str) -> object:
    return getattr(Resources(caller=None), tag)  # type: ignore[arg-type]


def error_lines() -> list[str]:
    """One README line per documented error code and the class it raises."""
    return [f"| `{code}` | `{cls.__name__}` |" for code, cls in sorted(ERROR_CODES.items())]


def test_readme_lists_every_resource_method() -> None:
    """Each generated resource and its methods appear in the README's resource table."""
    for line in resource_lines():
        assert line in README, f"README is missing or has a stale line; expected:\n{line}"


def test_readme_error_table_matches_the_code_table() -> None:
    """The README's error-code table is ERROR_CODES, row for row."""
    table = [line for line in README.splitlines() if re.match(r"\| `[A-Z_]+` \| `\w+Error` \|", line)]
    assert table == error_lines()


def test_readme_test_command_is_what_ci_runs() -> None:
    """.ci/run runs the README's test command verbatim."""
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    command = ci.strip().splitlines()[-1]
    assert command in README
