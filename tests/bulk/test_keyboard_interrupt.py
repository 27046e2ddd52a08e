"""Ctrl-C in a user's own program (`asyncio.run` turns SIGINT into cancelling the main task): the in-flight sends
settle into the ledger, and the ledger agrees with the server's records."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROGRAM = """
import asyncio, json, os, signal, sys
from msgflash_async import MsgFlash
from msgflash_async.bulk import Item, Ledger
from msgflash_async.models import SendTextMessage
from msgflash_async.testing import Sandbox

async def main(path):
    async with Sandbox(rate_limit_per_second=None) as sb:
        sb.faults.add("latency", "POST", "/api/v1/messages/send", times=None, latency=0.05)
        rows = [Item(f"row-{n}", SendTextMessage(instance_id=sb.workspace().connected_instance.id,
                                                 to=f"+3367{n:07d}", text="hi")) for n in range(500)]
        try:
            async with MsgFlash(sb.personal_key, base_url=sb.base_url, rate_limit=None) as mf:
                with Ledger.open(path) as ledger:
                    async with mf.send_many(rows, concurrency=8, ledger=ledger) as run:
                        async for result in run:
                            if result.index == 40:
                                os.kill(os.getpid(), signal.SIGINT)
        finally:
            created = sorted(m.to for m in sb.workspace().messages.values())
            with open(path + ".server.json", "w") as out:
                json.dump(created, out)

asyncio.run(main(sys.argv[1]))
"""


def test_ctrl_c_in_a_users_program_leaves_a_consistent_ledger(tmp_path: Path) -> None:
    ledger_path = tmp_path / "run.ledger"
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, str(ledger_path)], capture_output=True, text=True, timeout=120, check=False
    )
    assert "KeyboardInterrupt" in done.stderr  # the program was interrupted, as a user would see it
    import json
    import sqlite3

    created = json.loads(Path(str(ledger_path) + ".server.json").read_text())
    db = sqlite3.connect(ledger_path)
    states = dict(db.execute("SELECT recipient, state FROM items").fetchall())
    db.close()
    assert len(created) == len(set(created))  # nothing sent twice
    assert 40 <= len(created) < 500
    assert "pending" not in states.values()  # the sends in flight settled before the program ended
    assert sorted(to for to, state in states.items() if state == "accepted") == created
