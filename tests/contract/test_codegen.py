"""The generated package: no drift from the spec, no I/O library, one module and method per operation, typed."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import os
import re
import shutil
import subprocess
import sys
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, get_args, get_origin

import attrs
import pytest
import yaml

from msgflash_async._generated import operations as generated_operations

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "msgflash_async" / "_generated"
TYPING = ROOT / "tests" / "typing"
HEADER = "# Generated from openapi/msgflash.yaml"


@cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load((ROOT / "openapi" / "msgflash.yaml").read_text())
    return loaded


@cache
def operations() -> dict[str, tuple[str, dict[str, Any]]]:
    """operationId → (HTTP method, operation object)."""
    return {
        op["operationId"]: (method, op)
        for item in spec()["paths"].values()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    }


def tool_env() -> dict[str, str]:
    """The environment for the generator: the venv's scripts (openapi-python-client, ruff) on PATH."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MSGFLASH_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    return env


def run_generate(script: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(script), *args], capture_output=True, text=True, env=tool_env(), check=False, timeout=110
    )


# --- (a) drift ------------------------------------------------------------------------------------------


def test_generated_code_has_not_drifted() -> None:
    """`codegen/generate.py --check` regenerates from the spec into a temp dir and finds no difference (~2–10 s)."""
    result = run_generate(ROOT / "codegen" / "generate.py", "--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no drift" in result.stdout


def test_drift_check_catches_edits_deletions_and_strays(tmp_path: Path) -> None:
    """In a copy of the repo layout: a hand edit, a deleted file and a stray file each fail the check, by name.

    The copy is regenerated first, so this test does not depend on the repo's own drift state (~5–20 s).
    """
    for folder in ("openapi", "codegen", "msgflash_async/_generated"):
        shutil.copytree(ROOT / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    script = tmp_path / "codegen" / "generate.py"
    regenerated = run_generate(script)
    assert regenerated.returncode == 0, regenerated.stdout + regenerated.stderr

    copy = tmp_path / "msgflash_async" / "_generated"
    edited = copy / "models" / "contact.py"
    edited.write_text(edited.read_text().replace('"wire": "phone"', '"wire": "phoneNumber"'))
    (copy / "api" / "contacts" / "contacts_get.py").unlink()
    (copy / "models" / "stray.py").write_text(HEADER + "\n")

    result = run_generate(script, "--check")
    assert result.returncode == 1, result.stdout + result.stderr
    lines = {line.strip() for line in result.stdout.splitlines()}
    assert "drift in 3 file(s); run `python codegen/generate.py` and commit:" in lines
    assert "changed: models/contact.py" in lines
    assert "missing: api/contacts/contacts_get.py" in lines
    assert "not generated: models/stray.py" in lines
    assert '-    phone: str | None = attrs.field(default=None, metadata={"wire": "phoneNumber"})' in lines


# --- (b) what the generated code may contain --------------------------------------------------------------


def generated_files() -> list[Path]:
    return sorted(p for p in GENERATED.rglob("*.py") if "__pycache__" not in p.parts)


def test_generated_code_imports_no_http_library() -> None:
    """Generated modules are sans-I/O: neither aiohttp nor httpx is imported anywhere in them."""
    files = generated_files()
    assert len(files) > 100
    pattern = re.compile(r"^\s*(import|from)\s+(aiohttp|httpx)\b", re.MULTILINE)
    offenders = [str(p.relative_to(GENERATED)) for p in files if pattern.search(p.read_text())]
    assert offenders == []


def test_generated_code_imports_nothing_outside_the_package_and_light_libraries() -> None:
    """Top-level imports of generated code are limited to the stdlib typing bits, attrs and the package itself."""
    # importlib: lazy models; math: `isfinite` in the unstructure functions
    allowed = {"__future__", "datetime", "typing", "attrs", "builtins", "importlib", "math"}
    pattern = re.compile(r"^(?:import|from)\s+([\w.]+)", re.MULTILINE)
    for path in generated_files():
        modules = {name for name in pattern.findall(path.read_text()) if not name.startswith(".")}
        assert modules <= allowed, f"{path.relative_to(GENERATED)} imports {modules - allowed}"


def test_every_generated_file_carries_the_header() -> None:
    """Each generated file starts with the "Generated from openapi/msgflash.yaml" header (never edit by hand)."""
    missing = [str(p.relative_to(GENERATED)) for p in generated_files() if not p.read_text().startswith(HEADER)]
    assert missing == []


# --- (c) the template lock --------------------------------------------------------------------------------


def load_generate_script() -> ModuleType:
    loader_spec = importlib.util.spec_from_file_location("_msgflash_codegen_generate", ROOT / "codegen" / "generate.py")
    assert loader_spec is not None
    assert loader_spec.loader is not None
    module = importlib.util.module_from_spec(loader_spec)
    loader_spec.loader.exec_module(module)
    return module


def test_template_lock_matches_the_installed_generator() -> None:
    """templates.lock records the sha256 of every stock template we override, as installed now."""
    generate = load_generate_script()
    locked = json.loads((ROOT / "codegen" / "templates.lock").read_text())
    current = generate.stock_template_hashes()
    assert current == locked
    assert "endpoint_module.py.jinja" in locked
    assert "model.py.jinja" in locked
    assert all(re.fullmatch(r"[0-9a-f]{64}", digest) for digest in locked.values())


# --- (d) one module and one method per operation ---------------------------------------------------------------


def resource_class(tag: str) -> type:
    package = importlib.import_module(f"msgflash_async._generated.api.{tag}")
    cls: type = getattr(package, "".join(part.capitalize() for part in tag.split("_")) + "Resource")
    return cls


def method_name(operation_id: str, tag: str) -> str:
    assert operation_id.startswith(f"{tag}_"), operation_id
    return operation_id.removeprefix(f"{tag}_")


def test_spec_has_the_54_operations() -> None:
    """The checks below walk all 54 operations of the spec."""
    assert len(operations()) == 54


@pytest.mark.parametrize("operation_id", sorted(operations()))
def test_operation_has_endpoint_module_and_resource_method(operation_id: str) -> None:
    """`api/<tag>/<operationId>.py` has build_request/parse_response; the tag resource has the short-named method."""
    _, op = operations()[operation_id]
    tag = op["tags"][0]
    module = importlib.import_module(f"msgflash_async._generated.api.{tag}.{operation_id}")
    assert operation_id == module.OPERATION_ID
    assert callable(module.build_request)
    assert callable(module.parse_response)
    assert list(inspect.signature(module.parse_response).parameters) == ["status", "payload", "structure"]
    resource_method = getattr(resource_class(tag), method_name(operation_id, tag))
    source = inspect.getsource(resource_method)
    assert f"{operation_id}.build_request(" in source
    assert f"{operation_id}.parse_response" in source
    if "x-pagination" not in op:
        assert inspect.iscoroutinefunction(resource_method), operation_id


def test_resources_have_no_method_outside_the_spec() -> None:
    """Every public method of every resource class maps back to an operation of the spec."""
    expected = {(op["tags"][0], method_name(oid, op["tags"][0])) for oid, (_, op) in operations().items()}
    found = set()
    for tag in {tag for tag, _ in expected}:
        cls = resource_class(tag)
        found |= {(tag, name) for name, _ in inspect.getmembers(cls, inspect.isfunction) if not name.startswith("_")}
    assert found == expected


def test_client_has_one_attribute_per_tag() -> None:
    """`Resources` (and so `MsgFlash`) exposes each tag as an attribute of its resource class."""
    from msgflash_async._generated.resources import Resources

    tags = {op["tags"][0] for _, op in operations().values()}
    assert {name for name, member in vars(Resources).items() if isinstance(member, property)} == tags


PAGINATED = sorted(oid for oid, (_, op) in operations().items() if "x-pagination" in op)


@pytest.mark.parametrize("operation_id", PAGINATED)
def test_paginated_method_returns_a_paginator_over_the_items_list(operation_id: str) -> None:
    """An `x-pagination` operation's method returns AsyncPaginator[item, page] walking the spec's `items` list."""
    _, op = operations()[operation_id]
    tag, style, items_wire = op["tags"][0], op["x-pagination"]["style"], op["x-pagination"]["items"]
    module = importlib.import_module(f"msgflash_async._generated.api.{tag}.{operation_id}")
    page_class_name = inspect.signature(module.parse_response).return_annotation
    page_class = getattr(importlib.import_module("msgflash_async._generated.models"), page_class_name)
    attrs.resolve_types(page_class)
    items_field = next(f for f in attrs.fields(page_class) if f.metadata.get("wire") == items_wire)
    assert get_origin(items_field.type) is list, items_field.type
    (item_class,) = get_args(items_field.type)

    resource_method = getattr(resource_class(tag), method_name(operation_id, tag))
    annotation = inspect.signature(resource_method).return_annotation
    assert annotation == f"AsyncPaginator[{item_class.__name__}, {page_class_name}]"
    assert not inspect.iscoroutinefunction(resource_method)
    source = inspect.getsource(resource_method)
    assert re.search(rf"lambda (\w+): \1\.{items_field.name},", source), source
    assert ("paginate_cursor(" if style == "cursor" else "paginate_pages(") in source


def test_operation_tables_match_the_spec() -> None:
    """PERSONAL_KEY_ONLY, PAGINATION and MAY_DUPLICATE are exactly what the spec's extensions say."""
    ops = operations()
    assert {
        oid for oid, (_, op) in ops.items() if op.get("x-personal-key-only")
    } == generated_operations.PERSONAL_KEY_ONLY
    assert {
        "account_get",
        "account_get_usage",
        "billing_get_subscription",
        "billing_get_usage",
        "billing_list_payments",
    } == generated_operations.PERSONAL_KEY_ONLY
    assert {
        oid: (op["x-pagination"]["style"], op["x-pagination"]["items"])
        for oid, (_, op) in ops.items()
        if "x-pagination" in op
    } == generated_operations.PAGINATION
    assert all("x-repeat-may-duplicate" in op for method, op in ops.values() if method == "post")
    assert {
        oid for oid, (_, op) in ops.items() if op.get("x-repeat-may-duplicate")
    } == generated_operations.MAY_DUPLICATE
    # Repeating these creates nothing twice: they are retried like reads.
    assert {oid for oid, (method, op) in ops.items() if method == "post" and not op["x-repeat-may-duplicate"]} == {
        "campaigns_pause",
        "campaigns_resume",
        "contact_bulk_jobs_cancel",
        "number_lookups_cancel",
        "templates_preview",
    }


# --- (e) the generated signatures catch user mistakes under mypy --strict ------------------------------------------


def test_user_code_type_checks(tmp_path: Path) -> None:
    """mypy --strict passes tests/typing/user_code_ok.py and reports exactly the `# E:` lines of user_code_errors.py.

    One mypy process for both files (about 5–30 s: it analyses the package and its dependencies from scratch).
    """
    ok, bad = TYPING / "user_code_ok.py", TYPING / "user_code_errors.py"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            f"--cache-dir={tmp_path / 'mypy-cache'}",
            "--config-file=pyproject.toml",
            "--follow-imports=silent",  # report our two files only, not the package's own state
            "--show-error-codes",
            "--no-error-summary",
            "--hide-error-context",
            "--no-pretty",
            str(ok.relative_to(ROOT)),
            str(bad.relative_to(ROOT)),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=tool_env(),
        check=False,
        timeout=110,
    )
    assert result.returncode == 1, result.stdout + result.stderr  # 1: type errors found (2 would be a crash)
    reported: dict[tuple[str, int], set[str]] = {}
    for match in re.finditer(r"^(.+?):(\d+): error: .*\[([\w-]+)\]$", result.stdout, re.MULTILINE):
        reported.setdefault((Path(match[1]).name, int(match[2])), set()).add(match[3])
    assert not [key for key in reported if key[0] == ok.name], result.stdout

    planted: dict[tuple[str, int], set[str]] = {}
    for number, line in enumerate(bad.read_text().splitlines(), start=1):
        marker = re.search(r"  # E: ([\w-]+(?:, [\w-]+)*)$", line)
        if marker:
            planted[bad.name, number] = set(marker[1].split(", "))
    assert len(planted) >= 6
    assert reported == planted, result.stdout
