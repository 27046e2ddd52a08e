"""A project that merely has msgflash-async installed: its pytest run must be exactly what it would be without."""

import sys
from pathlib import Path


def test_arithmetic() -> None:
    assert sum(range(10)) == 45


def test_tmp_path_works(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("hi")
    assert (tmp_path / "x.txt").read_text() == "hi"


def test_pytest_loaded_nothing_of_msgflash_async() -> None:
    """Installing the SDK adds no plugin: pytest never imported it (nor orjson / pytest-asyncio for it)."""
    assert [name for name in sys.modules if name.split(".")[0] == "msgflash_async"] == []
