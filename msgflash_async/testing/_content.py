"""Per-type message content rules shared by send, schedule and campaigns."""

from __future__ import annotations

from typing import Any

from ._validation import Body

__all__ = ["BUTTON_FIELDS", "CAMPAIGN_TYPES", "MEDIA_TYPES", "MESSAGE_TYPES", "validate_content"]

MESSAGE_TYPES = ("text", "image", "video", "audio", "document", "voice_note", "location", "contact", "buttons")
CAMPAIGN_TYPES = ("text", "image", "video", "audio", "document", "voice_note", "buttons")
MEDIA_TYPES = ("image", "video", "audio", "document", "voice_note")
# Types whose `text`/`body` is an optional caption.
CAPTIONED = ("image", "video", "document")

# Required fields per button kind; the kind key is `title`, as the product's contract names it (design §2).
BUTTON_FIELDS: dict[str, tuple[str, ...]] = {
    "reply": ("displayText", "id"),
    "url": ("displayText", "url"),
    "call": ("displayText", "phoneNumber"),
    "copy": ("displayText", "copyCode"),
    "pix": ("displayText", "currency", "name", "keyType", "key"),
}

MAX_TEXT = 4096


def validate_content(body: Body, msg_type: str, text_key: str) -> dict[str, Any]:
    """Check the direct-mode fields of `msg_type`; returns the stored content.

    `text_key` is `text` for send/schedule and `body` for campaigns.
    """
    content: dict[str, Any] = {}
    if msg_type == "text":
        # 1-4096 for send/schedule `text` (spec and docs); the campaign `body` has only minLength 1.
        content["text"] = body.string(text_key, required=True, max_len=MAX_TEXT if text_key == "text" else None)
    elif msg_type in MEDIA_TYPES:
        content["mediaUrl"] = body.url("mediaUrl", required=True)
        if msg_type in CAPTIONED:
            content["text"] = body.string(text_key, min_len=0)
    elif msg_type == "location":
        # Any finite number: the docs (and the spec) give no range, only "decimal".
        content["latitude"] = body.number("latitude", required=True)
        content["longitude"] = body.number("longitude", required=True)
        content["locationName"] = body.string("locationName", min_len=0)
        content["locationAddress"] = body.string("locationAddress", min_len=0)
    elif msg_type == "contact":
        content["contactId"] = body.ident("contactId", required=True)
    elif msg_type == "buttons":
        content.update(_validate_buttons(body))
    return {k: v for k, v in content.items() if v is not None}


def _validate_buttons(body: Body) -> dict[str, Any]:
    content: dict[str, Any] = {
        "title": body.string("title", required=True),
        "description": body.string("description", required=True),
        "footer": body.string("footer", min_len=0),
    }
    items = body.array("buttons", required=True, min_items=1, max_items=2)
    if items is None:
        return content
    buttons: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        path = f"buttons.{index}"
        if not isinstance(item, dict):
            body.problem(path, "Expected object")
            continue
        sub = body.child(item, f"{path}.")
        kind = sub.string("title", required=True, choices=tuple(BUTTON_FIELDS))
        for name in BUTTON_FIELDS.get(kind or "", ()):
            sub.string(name, required=True)
        buttons.append(dict(item))
    content["buttons"] = buttons
    return content
