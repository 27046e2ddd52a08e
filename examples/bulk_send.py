"""Send one message per CSV row, at the API's pace, with a ledger: rerun it after a crash and nothing is sent twice.

    MSGFLASH_API_KEY=msgf_live_… python examples/bulk_send.py rows.csv <instance-id>

rows.csv has `id,phone,text` columns. Rows are read lazily, so the file can be as large as you like; every
row's fate goes to rows.csv.ledger as it happens (the `msgflash` command does all this, with a progress bar).
"""

from __future__ import annotations

import asyncio
import csv
import sys
from collections import Counter
from collections.abc import Iterator

from msgflash_async import MsgFlash
from msgflash_async.bulk import Item, Ledger, reconcile
from msgflash_async.models import SendTextMessage


def rows(path: str, instance_id: str) -> Iterator[Item]:
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            yield Item(row["id"], SendTextMessage(instance_id=instance_id, to=row["phone"], text=row["text"]))


async def main(path: str, instance_id: str) -> int:
    outcomes: Counter[str] = Counter()
    with Ledger.open(path + ".ledger") as ledger:
        async with MsgFlash() as mf:
            if ledger.counts()["unknown"]:  # an earlier run died with sends in flight: settle them first
                print("reconcile:", await reconcile(mf, ledger))
            async with mf.send_many(rows(path, instance_id), concurrency=16, ledger=ledger) as results:
                async for result in results:
                    outcomes[result.outcome] += 1
                    if result.outcome in ("failed", "unknown"):
                        print(f"{result.key}: {result.outcome}: {result.error or result.reason}")
    print(dict(outcomes))
    return 0 if outcomes.keys() <= {"accepted", "skipped"} else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1], sys.argv[2])))
