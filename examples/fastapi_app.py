"""A FastAPI backend on MsgFlash: send messages, receive their status webhooks, follow each message's progress.

    MSGFLASH_API_KEY=msgf_live_… MSGFLASH_WEBHOOK_SECRET=whsec_… uvicorn examples.fastapi_app:app

- One MsgFlash client for the whole process, opened and closed in the lifespan, handed to the endpoints through
  a dependency (one connection pool and one rate limiter for every request).
- Webhooks are verified with the secret MsgFlash returned when the endpoint was registered; the app refuses to
  start without one. During a rotation put the old secret in MSGFLASH_WEBHOOK_SECRET_PREVIOUS: both are read on
  every delivery, so neither change needs a restart.
- A request the SDK refuses before sending it (a too-long text, a bad id) is the caller's mistake: 422. An error
  MsgFlash answered is passed on with its code: 502.
"""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Annotated, TypedDict

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from msgflash_async import APIStatusError, ConfigurationError, InvalidRequestError, MsgFlash
from msgflash_async.models import SendTextMessage, SentMessage
from msgflash_async.webhooks import Event, MessageStatusEvent, webhook_router

logger = logging.getLogger(__name__)


def webhook_secrets() -> list[str]:
    """The secrets deliveries may be signed with: the current one, and the previous one during a rotation."""
    names = ("MSGFLASH_WEBHOOK_SECRET", "MSGFLASH_WEBHOOK_SECRET_PREVIOUS")
    return [secret for secret in map(os.environ.get, names) if secret]


class State(TypedDict):
    msgflash: MsgFlash


@asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[State]:
    if not webhook_secrets():
        raise ConfigurationError("MSGFLASH_WEBHOOK_SECRET is not set: webhooks could not be verified")
    async with MsgFlash() as mf:  # MSGFLASH_API_KEY (and MSGFLASH_TEAM_ID, MSGFLASH_BASE_URL) from the environment
        yield {"msgflash": mf}


def get_msgflash(request: Request) -> MsgFlash:
    """The process's client (FastAPI dependency)."""
    client: MsgFlash = request.state.msgflash
    return client


Client = Annotated[MsgFlash, Depends(get_msgflash)]

# What each message went through, in the order the webhooks arrived. A real app writes this to its database.
statuses: defaultdict[str, list[str]] = defaultdict(list)


async def on_event(event: Event) -> None:
    """Called once per verified delivery; raising makes MsgFlash deliver the event again."""
    if isinstance(event, MessageStatusEvent) and event.message_id and event.status:
        statuses[event.message_id].append(event.status)
    else:
        logger.info("MsgFlash event %s", event.event)


app = FastAPI(lifespan=lifespan)
app.include_router(webhook_router(webhook_secrets, on_event))


@app.exception_handler(InvalidRequestError)
@app.exception_handler(ConfigurationError)
async def refused_before_sending(request: Request, exc: Exception) -> JSONResponse:
    return JSONResponse(status_code=422, content={"detail": str(exc)})  # the key is never in str(exc)


@app.exception_handler(APIStatusError)
async def refused_by_msgflash(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, APIStatusError)
    return JSONResponse(status_code=502, content={"detail": exc.message, "code": exc.code})


class Notification(BaseModel):
    instance_id: str
    to: str
    text: str


@app.post("/messages", status_code=201)
async def send_message(notification: Notification, mf: Client) -> SentMessage:
    """Send a text; the SDK's model is returned as is (JSON with the API's field names)."""
    return await mf.messages.send(
        SendTextMessage(instance_id=notification.instance_id, to=notification.to, text=notification.text)
    )


@app.get("/messages/{message_id}/statuses")
async def message_statuses(message_id: str) -> list[str]:
    """The statuses the webhooks reported for a message, oldest first."""
    return statuses.get(message_id, [])
