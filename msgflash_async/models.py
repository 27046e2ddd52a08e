"""Every request and response model of the MsgFlash API (generated from the spec), under a stable public name."""

from __future__ import annotations

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as __all__
