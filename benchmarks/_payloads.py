"""Fixed response bodies for the lean server, shaped exactly like the sandbox's (and the API's) answers.

Fixed bytes, so that every variant of a benchmark parses the very same body and only the client differs.
"""

from __future__ import annotations

import json
from typing import Final

INSTANCE_ID: Final = "5df4e137-2977-4602-a6af-f78af6a4b0dd"
API_KEY: Final = "msgf_live_" + "b" * 64  # the lean server checks nothing; the SDK checks the key's form
_STAMP: Final = "2026-10-30T14:58:06.488Z"


def _dumps(value: object) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()


def instance() -> dict[str, object]:
    return {
        "id": INSTANCE_ID,
        "name": "Main",
        "waNumber": "+22912345678",
        "status": "connected",
        "webhook": None,
        "meta": None,
        "deletedAt": None,
        "createdAt": _STAMP,
        "updatedAt": _STAMP,
    }


def contact(index: int) -> dict[str, object]:
    # Realistic variety: some tags, some metadata, all the documented members.
    return {
        "id": f"070b83be-6be3-458a-ae67-{index:012d}",
        "name": f"Contact {index}",
        "phone": f"+229910{index:05d}",
        "tags": ["customer", "vip"] if index % 3 == 0 else [],
        "temperature": None,
        "meta": {"source": "import", "score": index % 7} if index % 2 == 0 else {},
        "createdAt": _STAMP,
        "updatedAt": _STAMP,
    }


def contact_page(size: int) -> dict[str, object]:
    return {
        "data": {
            "contacts": [contact(i) for i in range(size)],
            "total": size * 10,
            "limit": size,
            "sort": "createdAt_desc",
            "nextCursor": "Y3Vyc29yLTE",
            "hasMore": True,
        }
    }


def sent_message() -> dict[str, object]:
    safety = {"decision": "allow", "riskLevel": "low", "state": "stable", "score": 82}
    return {
        "data": {
            "id": "b1397fc6-078c-4a12-ae43-e630ac320c4f",
            "userId": "a385f468-d679-4bc7-8c36-3ed42c1f0b7d",
            "instanceId": INSTANCE_ID,
            "contactId": None,
            "campaignId": None,
            "direction": "outbound",
            "type": "text",
            "from": None,
            "to": "+22991000001",
            "body": "hi",
            "mediaUrl": None,
            "status": "queued",
            "error": None,
            "meta": {"providerResult": {}, "workerSafety": safety},
            "providerMessageId": None,
            "warnings": [],
            "safety": {**safety, "reasons": [], "recommendations": []},
            "createdAt": _STAMP,
            "updatedAt": _STAMP,
        }
    }


INSTANCE_BODY: Final = _dumps({"data": instance()})
CONTACTS_100_BODY: Final = _dumps(contact_page(100))
# Page-size scaling: the lean server picks the body by `search=size<N>` (the API caps `limit` at 100, and
# the SDK refuses more before any I/O, so the size travels in another parameter both clients send).
PAGE_SIZES: Final = (10, 100, 1_000)
CONTACTS_BODIES: Final = {f"size{size}": _dumps(contact_page(size)) for size in PAGE_SIZES}
SENT_BODY: Final = _dumps(sent_message())
