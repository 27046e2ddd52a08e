"""Every request and response model of the MsgFlash API (generated from the spec), under a stable public name."""

from __future__ import annotations

from ._generated.models import *  # noqa: F403
from ._generated.models import __all__ as _model_names
from ._generated.unions import *  # noqa: F403
from ._generated.unions import __all__ as _union_names

__all__ = [*_model_names, *_union_names]
