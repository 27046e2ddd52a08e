"""`MSGFLASH_LOG=debug|info|warning`: turn on the SDK's logging without touching code.

For users who cannot change the program (a deployed service, a CLI run): the `msgflash_async` logger gets a
stderr handler at that level. Nothing happens when the variable is unset, or when the application has
already given the logger a handler of its own (its configuration wins).
"""

from __future__ import annotations

import logging
import os
from typing import Final

LOGGER_NAME: Final = "msgflash_async"
_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}


def configure_from_env(environ: dict[str, str] | None = None) -> logging.Handler | None:
    """Install the handler `MSGFLASH_LOG` asks for; the handler, or None when nothing was installed."""
    raw = (os.environ if environ is None else environ).get("MSGFLASH_LOG", "").strip().lower()
    logger = logging.getLogger(LOGGER_NAME)
    if not raw or logger.handlers:
        return None
    level = _LEVELS.get(raw)
    if level is None:
        logger.warning("MSGFLASH_LOG=%r is not one of %s; ignored", raw[:20], ", ".join(_LEVELS))
        return None
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    return handler
