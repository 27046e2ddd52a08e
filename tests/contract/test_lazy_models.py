"""The first use of a resource loads the models it names (and those they refer to), never all of them."""

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


def loaded_on_first_use(tag: str) -> set[str]:
    script = (
        "import sys, json\n"
        "from msgflash_async._generated.resources import Resources\n"
        f"Resources(None).{tag}\n"  # no call is made, so no caller is needed
        "prefix = 'msgflash_async._generated.models.'\n"
        "print(json.dumps(sorted(m[len(prefix):] for m in sys.modules if m.startswith(prefix))))\n"
    )
    output = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(output))


@pytest.mark.parametrize("tag", ["contacts", "messages", "billing"])
def test_first_use_of_a_resource_loads_only_the_models_it_names(tag: str) -> None:
    expected = models_named_by(sorted((GENERATED / "api" / tag).glob("*.py")))
    every_model = {p.stem for p in (GENERATED / "models").glob("*.py")} - {"__init__"}
    assert expected  # the resource does name models
    assert loaded_on_first_use(tag) == expected
    assert len(expected) < len(every_model) / 2
