"""Using a resource loads the models its signatures name; a method's first call loads its own operation's.

Never all of them: each step loads the models the code at hand names (and those they refer to) only.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

GENERATED = Path(__file__).resolve().parents[2] / "msgflash_async" / "_generated"


def models_named_by(files: list[Path]) -> set[str]:
    """The model modules these files import, closed over the models' own imports of each other."""
    found: set[str] = set()
    todo = [m for f in files for m in re.findall(r"^from \.\.\.models\.(\w+) import", f.read_text(), re.MULTILINE)]
    while todo:
        module = todo.pop()
        if module not in found:
            found.add(module)
            todo += re.findall(r"^from \.(\w+) import", (GENERATED / "models" / f"{module}.py").read_text(), re.M)
    return found


def loaded_after(statements: str) -> set[str]:
    script = (
        "import sys, json\n"
        "from msgflash_async._generated.resources import Resources\n"
        f"{statements}\n"
        "prefix = 'msgflash_async._generated.models.'\n"
        "print(json.dumps(sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix))))\n"
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(output))


@pytest.mark.parametrize("tag", ["contacts", "messages", "billing"])
def test_first_use_of_a_resource_loads_only_the_models_it_names(tag: str) -> None:
    resource = GENERATED / "api" / tag / "__init__.py"
    expected = models_named_by([resource])
    every_model = {p.stem for p in (GENERATED / "models").glob("*.py")} - {"__init__"}
    assert expected  # the signatures do name models
    assert loaded_after(f"Resources(None).{tag}") == expected  # no call is made, so no caller is needed
    assert len(expected) < len(every_model) / 2


def test_a_methods_first_call_loads_its_operations_models_and_no_others() -> None:
    statements = (
        "import asyncio\n"
        "class Caller:\n"  # returns nothing: the call runs up to its I/O, which is not made
        "    async def call(self, request, parse): return None\n"
        "contacts = Resources(Caller()).contacts\n"
        "asyncio.run(contacts.create(name='Ada', phone='+22990000000'))"
    )
    expected = models_named_by([GENERATED / "api" / "contacts" / f for f in ("__init__.py", "contacts_create.py")])
    loaded = loaded_after(statements)
    assert "create_contact_request" in loaded  # the flat-body method's own request model, imported on call
    assert loaded == expected
    assert "contact_page_response" not in loaded  # another operation's envelope stays unloaded


def test_an_operation_module_replaces_its_stand_in_on_first_use() -> None:
    """Before the first call the resource package holds a stand-in; after it, the module itself."""
    script = (
        "import asyncio, types\n"
        "from msgflash_async._generated.api import instances\n"
        "from msgflash_async._generated.resources import Resources\n"
        "class Caller:\n"
        "    async def call(self, request, parse): return request\n"
        "before = instances.instances_get\n"
        "request = asyncio.run(Resources(Caller()).instances.get('i-1'))\n"
        "print(type(before).__name__, isinstance(instances.instances_get, types.ModuleType), request.path)\n"
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert output.split() == ["_LazySubmodule", "True", "/api/v1/instances/i-1"]
