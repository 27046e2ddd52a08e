"""MkDocs hook: the parts of the site that must equal the code are rendered from it at build time.

- `<!-- table: errors -->`: every documented `error.code` and the class it raises (`ERROR_CODES`);
- `<!-- table: resources -->`: every `mf.<resource>` and its methods (the generated `Resources`);
- `resources/<name>.md`: one generated page per resource (its method table and its API reference).
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from msgflash_async import ERROR_CODES
from msgflash_async._generated.resources import Resources

if TYPE_CHECKING:  # the tables render without MkDocs (the tests check them)
    from mkdocs.structure.files import Files


def resource_classes() -> dict[str, type]:
    """`mf.<name>` -> its class, for every resource property of the client."""
    names = sorted(name for name, member in vars(Resources).items() if isinstance(member, property))
    probe = Resources(caller=None)  # type: ignore[arg-type]  # resources are built lazily and make no call here
    return {name: type(getattr(probe, name)) for name in names}


def methods(cls: type) -> list[tuple[str, str]]:
    """Public methods of a resource class, each with the first line of its docstring."""
    found = []
    for name, member in sorted(vars(cls).items()):
        if not name.startswith("_") and inspect.isfunction(member):
            doc = inspect.getdoc(member) or ""
            found.append((name, doc.splitlines()[0] if doc else ""))
    return found


def error_table() -> str:
    rows = [
        f"| `{code}` | [`{cls.__name__}`][msgflash_async.{cls.__name__}] |" for code, cls in sorted(ERROR_CODES.items())
    ]
    return "\n".join(["| `error.code` | Raises |", "|---|---|", *rows])


def resources_table() -> str:
    rows = [
        f"| [`mf.{name}`]({name}.md) | " + ", ".join(f"`{m}`" for m, _ in methods(cls)) + " |"
        for name, cls in resource_classes().items()
    ]
    return "\n".join(["| Resource | Methods |", "|---|---|", *rows])


def resource_page(name: str, cls: type) -> str:
    rows = [f"| `mf.{name}.{method}` | {summary} |" for method, summary in methods(cls)]
    return "\n".join(
        [
            f"# `mf.{name}`",
            "",
            "Every method is `async`; path ids are positional, everything else is keyword-only. Generated from the",
            "OpenAPI spec, like this page.",
            "",
            "| Method | What it does |",
            "|---|---|",
            *rows,
            "",
            f"::: {cls.__module__}.{cls.__qualname__}",
            "    options:",
            "      show_root_heading: false",
            "      show_root_toc_entry: false",
            "",
        ]
    )


MARKERS = {"<!-- table: errors -->": error_table, "<!-- table: resources -->": resources_table}


def on_files(files: Files, config: Any) -> Files:
    """Add `resources/<name>.md` for every resource (never written to disk, so never stale)."""
    from mkdocs.structure.files import File

    for name, cls in resource_classes().items():
        files.append(File.generated(config, f"resources/{name}.md", content=resource_page(name, cls)))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Files) -> str:
    for marker, render in MARKERS.items():
        if marker in markdown:
            markdown = markdown.replace(marker, render())
    return markdown
