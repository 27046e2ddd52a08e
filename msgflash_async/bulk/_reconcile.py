"""Settle a ledger's `unknown` inputs against the API's own record (`messages.list`).

For each instance with unknown inputs, the message history is scanned newest first back to the earliest
attempt (minus a clock-skew margin). An unknown input matches an outbound message to the same recipient,
of the same kind (and, for text, the same body) created after its attempt and not already claimed by an
accepted input of the ledger:

- as many matches as unknown inputs of that shape (or fewer): the matched ones become `accepted` (with
  the message id), the others, once older than `settle_after` seconds, `skipped` "safe to resend";
- more matches than unknown inputs (someone else sent the same thing): left `unknown`, counted unsettled.
A template input matches on recipient alone (the server stores the rendered text), so it settles only when
nothing else went to that recipient meanwhile.
Identical inputs are interchangeable, so which of them is called accepted does not matter.
"""

from __future__ import annotations

import time
from collections import defaultdict
from typing import TYPE_CHECKING, Final

import attrs

from ._ledger import Entry, Ledger

if TYPE_CHECKING:
    from msgflash_async._client import MsgFlash
    from msgflash_async._generated.models import Message

RESEND_REASON: Final = "reconciled: not found on the server after the attempt; safe to resend"
Shape = tuple[str | None, str | None, str | None]


@attrs.frozen
class ReconcileReport:
    """How many unknown inputs were settled each way, and how many could not be."""

    accepted: int
    resend: int
    unsettled: int
    scanned: int

    def __str__(self) -> str:
        return (
            f"{self.accepted} accepted (found on the server), {self.resend} safe to resend,"
            f" {self.unsettled} could not be settled ({self.scanned} server messages scanned)"
        )


async def reconcile(
    client: MsgFlash, ledger: Ledger, *, settle_after: float = 60.0, skew: float = 5.0
) -> ReconcileReport:
    """Settle the ledger's unknown inputs (see the module doc); `settle_after` guards a send still in flight."""
    unknown = list(ledger.entries("unknown", "pending"))
    claimed = {e.message_id for e in ledger.entries("accepted") if e.message_id}
    by_instance: dict[str | None, list[Entry]] = defaultdict(list)
    for entry in unknown:
        by_instance[entry.instance_id].append(entry)
    accepted = resend = unsettled = scanned = 0
    now = time.time()
    for instance_id, entries in by_instance.items():
        since = min(e.attempted_at or 0.0 for e in entries) - skew
        found = await _outbound_since(client, instance_id, since, claimed)
        scanned += len(found)
        for shape, group in _by_shape(entries).items():
            matches = [m for m in found if _fits(shape, m)]
            if len(matches) > len(group):
                unsettled += len(group)
                continue
            matches.sort(key=lambda m: m.created_at)
            for entry, match in zip(group, matches, strict=False):
                ledger.mark(entry.key, "accepted", reason="reconciled: found on the server", message_id=match.id)
                accepted += 1
            for entry in group[len(matches) :]:
                if (entry.attempted_at or now) <= now - settle_after:
                    ledger.mark(entry.key, "skipped", reason=RESEND_REASON)
                    resend += 1
                else:
                    unsettled += 1
    return ReconcileReport(accepted, resend, unsettled, scanned)


async def _outbound_since(client: MsgFlash, instance_id: str | None, since: float, claimed: set[str]) -> list[Message]:
    found: list[Message] = []
    async for message in client.messages.list(instance_id=instance_id, limit=100):
        if message.created_at.timestamp() < since:
            break  # newest first: everything further is older than the earliest attempt
        if str(message.direction) == "outbound" and message.id not in claimed:
            found.append(message)
    return found


def _by_shape(entries: list[Entry]) -> dict[Shape, list[Entry]]:
    groups: dict[Shape, list[Entry]] = defaultdict(list)
    for entry in sorted(entries, key=lambda e: e.index):
        kind = None if entry.kind == "template" else entry.kind  # the server stores the template's own type
        groups[(entry.recipient, kind, entry.content if kind == "text" else None)].append(entry)
    return groups


def _fits(shape: Shape, message: Message) -> bool:
    """Could `message` be the one an input of this shape created? (A template input fits any kind: safe, as
    more candidates than inputs leaves them unsettled.)"""
    recipient, kind, text = shape
    if message.to != recipient:
        return False
    if kind is None:
        return True
    return str(message.type_) == kind and (kind != "text" or message.body == text)
