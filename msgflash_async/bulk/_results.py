"""What a bulk run hands back: one `SendResult` per input, with the user's own key."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

import attrs

from msgflash_async._errors import AuthenticationError, MsgFlashError, PlanLimitError, QuotaExceededError

if TYPE_CHECKING:
    from msgflash_async._generated.models import SentMessage
    from msgflash_async._generated.unions import SendMessageRequest

#: `accepted`: the API took it (a 2xx). `failed`: refused, not sent. `unknown`: may have reached the API;
#: never re-sent automatically. `skipped`: not attempted (`reason` says why).
Outcome = Literal["accepted", "failed", "unknown", "skipped"]
OUTCOMES: Final[tuple[Outcome, ...]] = ("accepted", "failed", "unknown", "skipped")
#: The outcomes a resumed run never sends again (the ledger's final states).
FINAL_OUTCOMES: Final = frozenset({"accepted", "failed"})

#: Errors that will fail every later send too: stop sending and skip the rest.
BATCH_STOPPERS: Final = (QuotaExceededError, AuthenticationError, PlanLimitError)


class InputSourceError(MsgFlashError):
    """The iterable of inputs raised: every input it had handed over got its result first (`__cause__`)."""


class UnexpectedSendError(MsgFlashError):
    """A send raised something the SDK does not expect after the request may have left (`__cause__`); after a
    2xx, the engine reports `AcceptedButUnparsedError` instead, so such a send is `unknown`, never `failed`."""


@attrs.frozen(slots=True)
class Item:
    """One input with the caller's own key (a row id), echoed on its result and used by the ledger."""

    key: str
    message: SendMessageRequest


@attrs.frozen(slots=True)
class SendResult:
    """What became of input number `index` (key `key`).

    `message` is the accepted message when its reply parsed; `message_id` is set whenever the API said which
    message it created, even if the rest of the reply did not parse (then `raw` keeps the body).
    """

    index: int
    key: str
    request: object
    outcome: Outcome
    message: SentMessage | None = None
    message_id: str | None = None
    error: MsgFlashError | None = None
    reason: str | None = None
    raw: bytes | None = None

    @property
    def is_final(self) -> bool:
        """Accepted or refused: a resumed run will not send it again."""
        return self.outcome in FINAL_OUTCOMES
