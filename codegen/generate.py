"""Regenerate `msgflash_async/_generated/` from `openapi/msgflash.yaml`, or check that it has not drifted.

    python codegen/generate.py           # regenerate in place
    python codegen/generate.py --check   # regenerate into a temporary folder; exit 1 on any difference

Deterministic: a pinned generator (refused if another version is installed, or if its stock templates
changed since `templates.lock` was written), our templates, and a pinned ruff with an explicit config.
"""

from __future__ import annotations

import argparse
import ast
import difflib
import filecmp
import hashlib
import importlib.metadata
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

if TYPE_CHECKING:
    from openapi_python_client.schema.untrusted_string import UntrustedString

ROOT = Path(__file__).resolve().parent.parent
SPEC = Path(__import__("os").environ.get("MSGFLASH_SPEC", ROOT / "openapi" / "msgflash.yaml"))
TARGET = ROOT / "msgflash_async" / "_generated"
HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
LOCK = HERE / "templates.lock"
PINS = {"openapi-python-client": "0.29.1", "ruff": "0.17.6"}


def main() -> int:
    if sys.argv[1:2] == ["--run-generator"]:  # the child process of generate_into
        return run_generator(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on drift instead of rewriting")
    parser.add_argument("--write-lock", action="store_true", help="record the stock templates we override")
    args = parser.parse_args()
    check_pins()
    if args.write_lock:
        LOCK.write_text(json.dumps(stock_template_hashes(), indent=2, sort_keys=True) + "\n")
        return 0
    check_lock()
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "_generated"
        generate_into(fresh)
        if args.check:
            return report_drift(fresh, TARGET)
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(fresh, TARGET)
    print(f"regenerated {TARGET.relative_to(ROOT)} ({count_files(TARGET)} files)")
    return 0


def check_pins() -> None:
    for name, version in PINS.items():
        installed = importlib.metadata.version(name)
        if installed != version:
            sys.exit(
                f"{name} {installed} is installed; codegen is pinned to {version} (codegen/requirements.txt)"
            )


def stock_template_hashes() -> dict[str, str]:
    """sha256 of each stock template that a template of ours replaces."""
    import openapi_python_client

    stock = Path(openapi_python_client.__file__).parent / "templates"
    ours = sorted(p.name for p in TEMPLATES.glob("*.jinja") if (stock / p.name).exists())
    return {name: hashlib.sha256((stock / name).read_bytes()).hexdigest() for name in ours}


def check_lock() -> None:
    locked = json.loads(LOCK.read_text())
    current = stock_template_hashes()
    if current != locked:
        changed = sorted(set(current.items()) ^ set(locked.items()))
        sys.exit(
            f"the generator's stock templates differ from templates.lock: {changed}; review, then --write-lock"
        )


def generate_into(package: Path) -> None:
    work = package.parent / "gen"
    run(
        sys.executable, __file__, "--run-generator", "generate", "--path", str(SPEC), "--meta", "none",
        "--output-path", str(work), "--config", str(HERE / "config.yml"),
        "--custom-template-path", str(TEMPLATES),
    )  # fmt: skip
    shutil.copytree(work, package)
    render_extras(package)
    render_structure_functions(package)
    render_unstructure_functions(package)
    narrow_model_imports(package)
    ruff = ["ruff", "--config", str(HERE / "ruff.toml")]
    run(*ruff[:1], "check", "--fix", "--unsafe-fixes", "--quiet", "--no-cache", *ruff[1:], str(package))
    run(*ruff[:1], "format", "--quiet", "--no-cache", *ruff[1:], str(package))
    # The generator's marker goes: msgflash_async/py.typed (hand-written) marks the whole package.
    (package / "py.typed").unlink(missing_ok=True)


# One snake_case rule for every Python name derived from the spec: words split at case changes, an acronym
# stays one word (`SMSCount` -> `sms_count`), a number keeps its unit (`outbound1h` -> `outbound_1h`), and brand
# names are single words (`onWhatsAppCount` -> `on_whatsapp_count`).
_ONE_WORD = ("WhatsApp",)
_WORD = re.compile("|".join((*_ONE_WORD, r"[A-Z]+(?![a-z])", r"[A-Z]?[a-z]+", r"[0-9]+[a-z]*")))


def snake_case(value: "str | UntrustedString") -> str:
    """The Python name of a spec name (`uniqueRecipients24h` -> `unique_recipients_24h`)."""
    from openapi_python_client import strings
    from openapi_python_client.schema.untrusted_string import UntrustedString

    if isinstance(value, UntrustedString):
        value = value.get_untrusted_value()
    return "_".join(_WORD.findall(strings.sanitize(value))).lower()


def run_generator(args: list[str]) -> int:
    """openapi-python-client's command line, with our `snake_case` in place of its own."""
    import openapi_python_client
    from openapi_python_client import cli, strings

    strings.snake_case = snake_case  # every Python name goes through this one function (or the filter below)
    openapi_python_client.TEMPLATE_FILTERS["snakecase"] = snake_case
    cli.app(args, standalone_mode=False)
    return 0


def render_extras(package: Path) -> None:
    """Render the two files built from vendor extensions and tags, which generator templates cannot see."""
    spec = yaml.safe_load(SPEC.read_text())
    operations = [op for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)]
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True
    )
    tags = sorted({op["tags"][0] for op in operations})
    unions = [
        (name, [ref["$ref"].rsplit("/", 1)[-1] for ref in schema["oneOf"]])
        for name, schema in sorted(spec["components"]["schemas"].items())
        if "oneOf" in schema
    ]
    context = {
        "personal_only": sorted(op["operationId"] for op in operations if op.get("x-personal-key-only")),
        "paginated": sorted(
            (op["operationId"], op["x-pagination"]["style"], op["x-pagination"]["items"])
            for op in operations
            if "x-pagination" in op
        ),
        "may_duplicate": may_duplicate(spec),
        "routes": sorted(
            (str(op["operationId"]), method.upper(), path, key_scope(op))
            for path, item in spec["paths"].items()
            for method, op in item.items()
            if isinstance(op, dict)
        ),
        "unions": unions,
        "query_bounds": query_bounds(operations, spec["components"]["schemas"]),
        "union_members": sorted({member for _, members in unions for member in members}),
        "tags": [(tag, "".join(part.capitalize() for part in tag.split("_")) + "Resource") for tag in tags],
        "public_models": public_models(spec, package),
    }
    for name in ("operations.py", "public.py", "resources.py", "unions.py"):
        (package / name).write_text(env.get_template(f"extra/{name}.jinja").render(**context))


def render_structure_functions(package: Path) -> None:
    """One straight-line structure function per model (`structure/<model module>.py`), planned from the
    freshly generated attrs classes themselves, so the plan reads exactly the types the converter reads."""
    from structure_plan import plan_models  # noqa: PLC0415 (codegen-only helper next to this file)

    render_per_model(package / "structure", plan_models(package / "models"))


def render_unstructure_functions(package: Path) -> None:
    """One straight-line unstructure function per model a request body can hold (`unstructure/<module>.py`):
    the models each endpoint's `BODY_TYPE` names, and every model they contain."""
    from structure_plan import request_models  # noqa: PLC0415 (codegen-only helper next to this file)

    render_per_model(package / "unstructure", request_models(package / "models", body_types(package / "api")))


def render_per_model(folder: Path, contexts: Iterable[dict[str, Any]]) -> None:
    """`extra/<folder>.py.jinja` rendered once per planned model, and an `__init__` listing the modules."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), undefined=StrictUndefined, keep_trailing_newline=True
    )
    template = env.get_template(f"extra/{folder.name}.py.jinja")
    folder.mkdir()
    modules = []
    for context in contexts:
        (folder / f"{context['module']}.py").write_text(template.render(**context))
        modules.append(context["module"])
    init = env.get_template(f"extra/{folder.name}_init.py.jinja")
    (folder / "__init__.py").write_text(init.render(modules=repr(tuple(sorted(modules)))))


def body_types(api: Path) -> set[str]:
    """The model names in the `BODY_TYPE` of every generated endpoint module."""
    names: set[str] = set()
    for path in sorted(api.rglob("*.py")):
        for node in ast.parse(path.read_text()).body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "BODY_TYPE":
                names.update(n.id for n in ast.walk(node.value) if isinstance(n, ast.Name))
    return names


STAR_IMPORT = (
    "from ...models import *  # noqa: F403  (narrowed by generate.py to the models this module names)"
)


def narrow_model_imports(package: Path) -> None:
    """Replace each api module's star import of the models with imports of the models it names, so the
    first use of a resource loads those modules only (the models package itself imports nothing eagerly).
    A model a method imports itself (the request model of a flat-body method) is left to that method."""
    init = (package / "models" / "__init__.py").read_text()
    modules = {name: module for module, name in re.findall(r"from (\.\w+) import (\w+)", init)}
    for path in sorted((package / "api").rglob("*.py")):
        text = path.read_text()
        if STAR_IMPORT not in text:
            continue
        imported_in_a_method = set(re.findall(r"^ +from \.\.\.models\.\w+ import (\w+)$", text, re.MULTILINE))
        named = sorted(
            set(re.findall(r"\b[A-Z][A-Za-z0-9_]*\b", text.replace(STAR_IMPORT, "")))
            & set(modules) - imported_in_a_method
        )
        imports = "".join(f"from ...models{modules[name]} import {name}\n" for name in named)
        path.write_text(text.replace(STAR_IMPORT + "\n", imports))


def public_models(spec: dict[str, Any], package: Path) -> list[str]:
    """Every generated model but the `{data: …}` envelopes and the error body, which the SDK unwraps for users."""
    schemas = spec["components"]["schemas"]
    hidden = {name for name, schema in schemas.items() if set(schema.get("properties", {})) == {"data"}}
    hidden.add("ErrorResponse")
    tree = ast.parse((package / "models" / "__init__.py").read_text())
    names = next(
        ast.literal_eval(node.value)
        for node in tree.body
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "__all__"
    )
    return sorted(name for name in names if name not in hidden and not name.startswith("ErrorResponse"))


def query_bounds(
    operations: list[dict[str, object]], schemas: dict[str, dict[str, object]]
) -> list[tuple[str, list[tuple[str, str]]]]:
    """Per operation, the type, closed enum and bounds of its query parameters, as Python dict literals."""
    keys = ("type", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern")
    table = []
    for op in sorted(operations, key=lambda op: str(op["operationId"])):
        params = []
        for param in op.get("parameters", []):  # type: ignore[attr-defined]
            schema = param["schema"]
            if "$ref" in schema:  # a named enum (MessageStatus, ContactSort)
                schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
            bounds = {key: schema[key] for key in keys if param["in"] == "query" and key in schema}
            if "enum" in bounds:
                bounds["enum"] = tuple(bounds["enum"])
            if bounds:
                params.append((param["name"], repr(dict(sorted(bounds.items())))))
        if params:
            table.append((str(op["operationId"]), params))
    return table


def key_scope(op: dict[str, object]) -> str:
    """Which keys a route takes: `personal` (no team key), `any` (no workspace), else `workspace`."""
    if op.get("x-personal-key-only"):
        return "personal"
    return "any" if op.get("x-workspace") is False else "workspace"


def may_duplicate(spec: dict[str, dict[str, dict[str, object]]]) -> list[str]:
    """Operations whose repetition could create something twice (`x-repeat-may-duplicate`).

    Every POST must say so explicitly, true or false: a new POST that forgot would otherwise be retried
    after it may have acted. GET, PUT and DELETE are idempotent by HTTP's definition unless they say otherwise.
    """
    undeclared = sorted(
        str(op["operationId"])
        for m, op in iter_methods(spec)
        if m == "post" and "x-repeat-may-duplicate" not in op
    )
    if undeclared:
        raise SystemExit(f"these POST operations lack x-repeat-may-duplicate: {', '.join(undeclared)}")
    return sorted(
        str(op["operationId"]) for _, op in iter_methods(spec) if op.get("x-repeat-may-duplicate") is True
    )


def iter_methods(spec: dict[str, dict[str, dict[str, object]]]) -> list[tuple[str, dict[str, object]]]:
    return [
        (method, op) for item in spec["paths"].values() for method, op in item.items() if isinstance(op, dict)
    ]


def run(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    noise = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if line.strip() and "Generating" not in line
    ]
    if result.returncode != 0 or any("Warning" in line or "Error" in line for line in noise):
        sys.exit(f"{' '.join(command[:2])} failed:\n" + "\n".join(noise))


def report_drift(fresh: Path, committed: Path) -> int:
    """Compare both directions: missing, extra and changed files all count as drift."""
    drift = sorted(diff_trees(fresh, committed))
    if not drift:
        print(
            f"no drift: {committed.relative_to(ROOT)} matches the spec and templates ({count_files(fresh)} files)"
        )
        return 0
    print(f"drift in {len(drift)} file(s); run `python codegen/generate.py` and commit:")
    for line in drift:
        print(line)
    return 1


def diff_trees(fresh: Path, committed: Path) -> list[str]:
    ours = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
    theirs = {
        p.relative_to(committed) for p in committed.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    problems = [f"  missing: {p}" for p in ours - theirs] + [f"  not generated: {p}" for p in theirs - ours]
    for path in ours & theirs:
        if not filecmp.cmp(fresh / path, committed / path, shallow=False):
            delta = difflib.unified_diff(
                (committed / path).read_text().splitlines(),
                (fresh / path).read_text().splitlines(),
                lineterm="",
                n=0,
            )
            problems.append(f"  changed: {path}\n    " + "\n    ".join(list(delta)[2:8]))
    return problems


def count_files(folder: Path) -> int:
    return sum(1 for p in folder.rglob("*.py"))


if __name__ == "__main__":
    sys.exit(main())
