"""The package surface: its exported names, its version, and what `import msgflash_async` loads."""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys
from pathlib import Path

import msgflash_async


def test_all_is_sorted_and_complete() -> None:
    """`__all__` lists every public name the package module defines, once."""
    # (pytest rewrites the package, which hosts our pytest plugin, adding its "@py_…" helpers)
    public = {name for name in vars(msgflash_async) if not name.startswith(("_", "@")) and name != "annotations"}
    submodules = {"bulk", "cli", "jobs", "webhooks", "models", "testing", "hooks", "otel", "redis"}  # loaded on use
    public -= submodules
    assert set(msgflash_async.__all__) - {"__version__"} == public
    assert len(set(msgflash_async.__all__)) == len(msgflash_async.__all__)  # (ruff RUF022 keeps it sorted)


def test_version_matches_the_installed_metadata() -> None:
    """`__version__` is what the installed distribution says."""
    assert msgflash_async.__version__ == importlib.metadata.version("msgflash-async")


def test_import_loads_no_generated_models_or_resources() -> None:
    """Models and resources load on first use: importing the package (and making a client) stays cheap."""
    code = (
        "import sys, msgflash_async\n"
        "client = msgflash_async.MsgFlash('msgf_live_' + 'a' * 64)\n"
        "loaded = [m for m in sys.modules if m.startswith(('msgflash_async._generated.models', "
        "'msgflash_async._generated.api', 'msgflash_async.testing'))]\n"
        "print(len(loaded))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"


def test_changelog_has_a_dated_section_for_this_version() -> None:
    """CHANGELOG.md documents the version being released, under a dated Keep-a-Changelog heading."""
    changelog = (Path(__file__).parent.parent / "CHANGELOG.md").read_text()
    assert re.search(rf"^## \[{re.escape(msgflash_async.__version__)}\] - \d{{4}}-\d{{2}}-\d{{2}}$", changelog, re.M)
