"""A FastAPI backend: one MsgFlash client for the process (opened and closed in the lifespan), webhooks in.

MSGFLASH_API_KEY=msgf_live_… MSGFLASH_WEBHOOK_SECRET=whsec_… uvicorn examples.fastapi_app:app
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, HTTPException

from msgflash_async import MsgFlash, MsgFlashError
from msgflash_async.models import SendTextMessage
from msgflash_async.webhooks import MessageStatusEvent, WebhookEvent, webhook_router

clients: dict[str, MsgFlash] = {}


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    # One client (one connection pool, one rate limiter) for every request; closed on shutdown.
    async with MsgFlash() as mf:
        clients["msgflash"] = mf
        yield


async def on_event(event: WebhookEvent) -> None:
    if isinstance(event, MessageStatusEvent):
        print(f"message {event.message_id} is {event.status}")


app = FastAPI(lifespan=lifespan)
app.include_router(webhook_router(os.environ.get("MSGFLASH_WEBHOOK_SECRET", "unset"), on_event))


@app.post("/notify/{phone}")
async def notify(phone: str, text: str, instance_id: str) -> dict[str, str]:
    try:
        sent = await clients["msgflash"].messages.send(SendTextMessage(instance_id=instance_id, to=phone, text=text))
    except MsgFlashError as exc:
        raise HTTPException(status_code=502, detail=str(exc)) from exc  # the key is never in str(exc)
    return {"id": sent.id, "status": str(sent.status)}
