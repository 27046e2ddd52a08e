"""The README's tables are the code's: every resource method and every error code, exactly.

`python tests/test_readme.py` rewrites the README's error-code table from ERROR_CODES.
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

from msgflash_async import ERROR_CODES
from msgflash_async._generated.resources import Resources

README_PATH = Path(__file__).parent.parent / "README.md"
README = README_PATH.read_text()
ERROR_ROW = re.compile(r"\| `[A-Z_]+` \| `\w+Error` \|")


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
    table = [line for line in README.splitlines() if ERROR_ROW.match(line)]
    assert table == error_lines(), "run `python tests/test_readme.py` to regenerate the table"


def test_readme_test_command_is_what_ci_runs() -> None:
    """.ci/run runs the README's test command verbatim."""
    ci = (Path(__file__).parent.parent / ".ci" / "run").read_text()
    command = ci.strip().splitlines()[-1]
    assert command in README


def write_error_table() -> None:
    """Replace the README's error-code rows, in place, with the rows of ERROR_CODES."""
    lines = README.splitlines()
    rows = [index for index, line in enumerate(lines) if ERROR_ROW.match(line)]
    lines[rows[0] : rows[-1] + 1] = error_lines()
    README_PATH.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    write_error_table()
