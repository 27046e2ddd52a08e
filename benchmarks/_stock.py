"""A stock openapi-python-client (httpx) client of our own spec, generated at benchmark time, never committed.

This is what a user gets by pointing the generator at the spec themselves: the fair "what else would I use".
"""

from __future__ import annotations

import contextlib
import importlib
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

SPEC = Path(__file__).resolve().parent.parent / "openapi" / "msgflash.yaml"
PACKAGE = "stock_client"


def _generator() -> list[str]:
    # The CLI installed next to this interpreter (the venv's), else whichever is on PATH.
    beside = Path(sys.executable).parent / "openapi-python-client"
    found = str(beside) if beside.exists() else shutil.which("openapi-python-client")
    if found is None:
        raise RuntimeError("openapi-python-client is not installed: pip install -r codegen/requirements.txt")
    return [found]


@contextlib.contextmanager
def stock_client() -> Iterator[ModuleType]:
    """Generate the stock client into a temporary folder and yield its package; removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="msgflash-bench-") as folder:
        root = Path(folder)
        config = root / "config.yml"
        config.write_text("post_hooks: []\n")  # no formatter run: we only import the code
        command = [
            *_generator(),
            "generate",
            "--path",
            str(SPEC),
            "--meta",
            "none",
            "--output-path",
            str(root / PACKAGE),
            "--config",
            str(config),
        ]
        subprocess.run(command, check=True, capture_output=True, timeout=300)
        sys.path.insert(0, str(root))
        try:
            yield importlib.import_module(PACKAGE)
        finally:
            sys.path.remove(str(root))
            for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
                del sys.modules[name]


def module(name: str) -> ModuleType:
    """A submodule of the generated package, e.g. `api.instances.instances_get`."""
    return importlib.import_module(f"{PACKAGE}.{name}")
