"""Code blocks of the documentation, as the runner sees them.

Every fenced ```python block of `docs/**/*.md` runs, in page order, in one namespace per page (later blocks use
what earlier ones defined), against a fresh sandbox. Conventions for authors:

- `# not run: <reason>` as a block's first line skips it (the reason is reported);
- `# file: <name>` as a block's first line writes the block to a file of that name in an empty folder, and
  when the page has a `test_*.py` file block, that folder is run by pytest in a subprocess (the folder's
  `conftest.py` and `pytest.ini` blocks, written as ```python / ```ini, take part);
- a `--8<-- "path"` line (pymdownx.snippets) runs the file it includes, as the site shows it;
- blocks may use top-level `await` (as `python -m asyncio` and notebooks do) or call `asyncio.run(...)`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# ```python, or the attribute form ``` { .python title="…" } (ruff leaves those alone: snippet lines survive).
FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```(?:[ \t]*\{[ \t]*\.)?(?P<lang>[\w+-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$",
    re.M | re.S,
)
SKIP = re.compile(r"#\s*not run:\s*(?P<reason>\S.*)")
SNIPPET = re.compile(r'^--8<-- "(?P<path>[^"]+)"$', re.M)  # pymdownx.snippets: the site shows that file here
FILE = re.compile(r"#\s*file:\s*(?P<name>[\w./-]+)")


@dataclass(frozen=True)
class Block:
    """One fenced block: where it is, its language and its code (dedented to the fence)."""

    page: Path
    line: int
    lang: str
    code: str

    @property
    def first_line(self) -> str:
        return self.code.split("\n", 1)[0].strip()

    @property
    def skip_reason(self) -> str | None:
        match = SKIP.fullmatch(self.first_line)
        return match["reason"] if match else None

    @property
    def file_name(self) -> str | None:
        match = FILE.fullmatch(self.first_line)
        return match["name"] if match else None

    @property
    def where(self) -> str:
        page = self.page.relative_to(ROOT) if self.page.is_relative_to(ROOT) else self.page
        return f"{page}:{self.line}"


def pages() -> list[Path]:
    """Every Markdown page of the site (the guides of every author included), sorted."""
    return sorted(p for p in DOCS.rglob("*.md") if "_hooks" not in p.parts)


def blocks(page: Path) -> list[Block]:
    """The python and ini blocks of a page, in order."""
    text = page.read_text()
    found = []
    for match in FENCE.finditer(text):
        lang = match["lang"].lower()
        if lang not in {"python", "py", "ini"}:
            continue
        indent = len(match["indent"])
        code = "\n".join(line[indent:] for line in match["body"].splitlines())
        code = SNIPPET.sub(lambda snippet: (ROOT / snippet["path"]).read_text().rstrip("\n"), code)
        found.append(Block(page, text.count("\n", 0, match.start()) + 1, "python" if lang == "py" else lang, code))
    return found
