"""Send one message per CSV row, at the API's pace, reporting every row's fate.

    MSGFLASH_API_KEY=msgf_live_… python examples/bulk_send.py rows.csv <instance-id>

rows.csv has `phone,text` columns. Rows are read lazily, so the file can be as large as you like.
"""

from __future__ import annotations

import asyncio
import csv
import sys
from collections import Counter
from collections.abc import Iterator

from msgflash_async import MsgFlash
from msgflash_async.models import SendTextMessage


def rows(path: str, instance_id: str) -> Iterator[SendTextMessage]:
    with open(path, newline="") as handle:
        for row in csv.DictReader(handle):
            yield SendTextMessage(instance_id=instance_id, to=row["phone"], text=row["text"])


async def main(path: str, instance_id: str) -> int:
    outcomes: Counter[str] = Counter()
    async with MsgFlash() as mf:
        async for result in mf.send_many(rows(path, instance_id), concurrency=16):
            outcomes[result.outcome] += 1
            if result.outcome != "sent":
                print(f"row {result.index + 1}: {result.outcome}: {result.error or result.reason}")
    print(dict(outcomes))
    return 0 if outcomes.keys() <= {"sent"} else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1], sys.argv[2])))
