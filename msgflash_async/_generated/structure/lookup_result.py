# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""Structure decoded JSON into `LookupResult` in one pass; anything unexpected takes the converter's detailed path."""

from __future__ import annotations

import datetime  # noqa: F401

from ..._structuring import Reject, as_float, as_object, member  # noqa: F401
from ..models.lookup_result import LookupResult

fromisoformat = datetime.datetime.fromisoformat
new = object.__new__

_KNOWN = frozenset(("invalid", "notOnWhatsApp", "onWhatsApp"))


def structure(data: object) -> LookupResult:
    """`LookupResult` from decoded JSON, or `Reject` (or the KeyError/TypeError/ValueError met) to fall back."""

    if type(data) is not dict:
        raise Reject
    # As many members as the model names: if every lookup below finds its key, no member is unknown, so
    # each is looked up directly (a missing one raises KeyError: the detailed path) and none is searched for.
    dense = len(data) == 3
    # The generated models have no validators or converters: attrs' __init__ would only store the values.
    model = new(LookupResult)

    value = data["onWhatsApp"]
    if type(value) is not list:
        raise Reject
    model.on_whatsapp = value

    value = data["notOnWhatsApp"]
    if type(value) is not list:
        raise Reject
    model.not_on_whatsapp = value

    value = data["invalid"]
    if type(value) is not list:
        raise Reject
    model.invalid = value

    model.additional_properties = (
        {} if dense or _KNOWN.issuperset(data) else {k: v for k, v in data.items() if k not in _KNOWN}
    )
    return model
