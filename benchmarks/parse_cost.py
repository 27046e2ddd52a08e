"""Benchmark 4: the cost of parsing a 1,000-contact `contacts_list` page, side by side in one run.

    python benchmarks/parse_cost.py [repeats]

Variants (each the median over `repeats` interleaved rounds, in milliseconds per page):

- `json.loads`, `orjson.loads`: decoding the bytes alone, the floor.
- `msgflash structure`: our generated `parse_response` + the strict cattrs converter, from decoded JSON.
- `stock from_dict`: the stock openapi-python-client models of the same spec (`from_dict`, no type checks),
  generated into a temporary folder for this run (no custom templates, no post-hooks), from decoded JSON.
- `msgflash orjson + structure` and `stock json.loads + from_dict`: bytes to models, as each client does it.

Self-contained (stdlib, orjson, msgflash_async and the temporary stock client) so that the benchmark
runner can call `run(repeats)` as benchmark 4.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Final

import orjson

from msgflash_async._converter import structure
from msgflash_async._generated.api.contacts import contacts_list
from msgflash_async._generated.models import ContactPage

SPEC: Final = Path(__file__).resolve().parent.parent / "openapi" / "msgflash.yaml"
STOCK_PACKAGE: Final = "msgflash_stock_parse_cost"
CONTACTS: Final = 1000
PARSES_PER_ROUND: Final = 10  # one timed sample = this many parses (a single parse is too short to time well)


def contact_page(count: int = CONTACTS) -> dict[str, Any]:
    """A `contacts_list` 200 body with `count` contacts, shaped like the API's own examples."""
    contacts: list[dict[str, Any]] = []
    for index in range(count):
        contact: dict[str, Any] = {
            "id": f"{index:08x}-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
            "name": f"Contact {index}",
            "phone": f"+3361234{index:04d}",
            "tags": ["vip", "newsletter"][: index % 3],
            "temperature": None,
            "createdAt": f"2026-03-{1 + index % 28:02d}T10:{index % 60:02d}:00.{index % 1000:03d}Z",
            "updatedAt": "2026-04-01T10:00:00.000Z",
        }
        if index % 4 == 0:
            contact["meta"] = {"source": "website", "city": "Cotonou"}
        contacts.append(contact)
    return {
        "data": {
            "contacts": contacts,
            "total": count,
            "limit": count,
            "sort": "createdAt_desc",
            "nextCursor": "Y3JlYXRlZEF0fGlk",
            "hasMore": True,
        }
    }


def _generator() -> str:
    beside = Path(sys.executable).parent / "openapi-python-client"
    found = str(beside) if beside.exists() else shutil.which("openapi-python-client")
    if found is None:
        raise RuntimeError("openapi-python-client is not installed: pip install -r codegen/requirements.txt")
    return found


@contextlib.contextmanager
def stock_models() -> Iterator[Any]:
    """Generate the stock client of our spec into a temporary folder; yield its `models` module."""
    with tempfile.TemporaryDirectory(prefix="msgflash-parse-cost-") as folder:
        root = Path(folder)
        config = root / "config.yml"
        config.write_text("post_hooks: []\n")
        command = [_generator(), "generate", "--path", str(SPEC), "--meta", "none"]
        command += ["--output-path", str(root / STOCK_PACKAGE), "--config", str(config)]
        subprocess.run(command, check=True, capture_output=True, timeout=300)
        sys.path.insert(0, str(root))
        try:
            yield importlib.import_module(f"{STOCK_PACKAGE}.models")
        finally:
            sys.path.remove(str(root))
            for name in [m for m in sys.modules if m == STOCK_PACKAGE or m.startswith(f"{STOCK_PACKAGE}.")]:
                del sys.modules[name]


def _variants(body: bytes, stock: Any) -> dict[str, Callable[[], object]]:
    decoded = json.loads(body)
    stock_page = stock.ContactPageResponse

    def ours(payload: object) -> ContactPage:
        return contacts_list.parse_response(200, payload, structure)

    return {
        "json.loads": lambda: json.loads(body),
        "orjson.loads": lambda: orjson.loads(body),
        "msgflash structure": lambda: ours(decoded),
        "stock from_dict": lambda: stock_page.from_dict(decoded),
        "msgflash orjson + structure": lambda: ours(orjson.loads(body)),
        "stock json.loads + from_dict": lambda: stock_page.from_dict(json.loads(body)),
    }


def _check(variants: dict[str, Callable[[], object]]) -> None:
    """Both clients really parse the page (and the first call builds the converter's hooks)."""
    ours = variants["msgflash structure"]()
    theirs: Any = variants["stock from_dict"]()
    if not (
        isinstance(ours, ContactPage)
        and len(ours.contacts) == len(theirs.data.contacts) == CONTACTS
        and ours.contacts[-1].created_at == theirs.data.contacts[-1].created_at
    ):
        raise RuntimeError("the two clients disagree on the page: refusing to time a broken variant")


def run(repeats: int) -> dict[str, float]:
    """Median milliseconds per 1,000-contact page for each variant, measured interleaved in one process."""
    if repeats < 1:
        raise ValueError(f"repeats must be at least 1, got {repeats}")
    body = json.dumps(contact_page(), separators=(",", ":")).encode()
    with stock_models() as stock:
        variants = _variants(body, stock)
        _check(variants)
        for parse in variants.values():  # warm-up: imports, hook building, caches
            parse()
        samples: dict[str, list[float]] = {name: [] for name in variants}
        names = list(variants)
        for round_number in range(repeats):
            # Rotate the order each round so that no variant always runs first (or right after another).
            shift = round_number % len(names)
            for name in names[shift:] + names[:shift]:
                parse = variants[name]
                gc.collect()  # start each sample from the same heap state; collections inside it still count
                started = time.perf_counter()
                for _ in range(PARSES_PER_ROUND):
                    parse()
                samples[name].append((time.perf_counter() - started) * 1e3 / PARSES_PER_ROUND)
    return {name: statistics.median(values) for name, values in samples.items()}


def _table(results: dict[str, float]) -> str:
    stock = results["stock from_dict"]
    lines = [f"{'variant':<30} {'ms/page':>8} {'vs stock from_dict':>19}"]
    lines += [f"{name:<30} {value:>8.2f} {value / stock:>18.2f}x" for name, value in results.items()]
    return "\n".join(lines)


if __name__ == "__main__":
    print(_table(run(int(sys.argv[1]) if len(sys.argv) > 1 else 30)))
