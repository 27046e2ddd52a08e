"""The MsgFlash API's models (generated from the spec): what you construct (`SendTextMessage`, …) and receive.

Every model turns into JSON-ready data with the API's wire names and back, with one pair of functions:

```python
data = to_dict(contact)                # {"id": "…", "name": "…", "createdAt": "2026-…Z", …}
contact = from_dict(Contact, data)     # checked against the spec; unknown members kept
```

FastAPI returns models directly (`-> Contact` or `response_model=Contact`): they serialise with their wire
names. The `{data: …}` envelopes of the API's responses are not here: the SDK unwraps them for you.
"""

from __future__ import annotations

# `datetime`, `Any` and `Literal` are in this namespace on purpose: the models' annotations name them, and a
# class that reports this module as its own has its annotations resolved here.
import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar  # noqa: F401  (Literal: see above)

import attrs

from ._converter import structure
from ._generated.public import *  # noqa: F403
from ._generated.public import __all__ as _public_names

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
    from pydantic.json_schema import JsonSchemaValue
    from pydantic_core import CoreSchema

__all__ = [*_public_names, "from_dict", "to_dict"]

_M = TypeVar("_M")


def to_dict(model: Any) -> dict[str, Any]:
    """JSON-ready data of a model, with the API's wire names: what `json.dumps` (or FastAPI) can send as is.

    Date-times become ISO 8601 strings, nested models and lists are converted too, members the spec does not
    name (`additional_properties`) are kept, and optional members that are `None` are left out.
    """
    if not attrs.has(type(model)):
        raise TypeError(f"to_dict() takes a msgflash_async model, not {type(model).__name__}")
    return _model_data(model)


def from_dict(cls: type[_M], data: Mapping[str, Any]) -> _M:
    """The model `cls` from JSON data with wire names (as `to_dict` makes, or as the API sends).

    The data is checked as the SDK checks responses: a mismatch raises `ResponseValidationError` naming the
    JSON path of the first problem.
    """
    # The converter takes over what it structures: the model must keep no list or dict of the caller's.
    result: _M = structure({key: _copied(item) for key, item in data.items()}, cls)
    return result


def _copied(value: Any) -> Any:
    """`value` with every dict and list in it copied; other values are kept as they are."""
    if type(value) is dict:
        return {key: _copied(item) for key, item in value.items()}
    if type(value) is list:
        return [_copied(item) for item in value]
    return value


def _model_data(model: Any) -> dict[str, Any]:
    data: dict[str, Any] = dict(model.additional_properties) if model.additional_properties else {}
    for field in attrs.fields(type(model)):
        wire = field.metadata.get("wire")
        if wire is None:
            continue
        value = getattr(model, field.name)
        if value is None and field.default is not attrs.NOTHING:
            continue  # optional and unset: the API leaves it out too; a required null stays null
        data[wire] = _data(value)
    return data


def _data(value: Any) -> Any:
    if attrs.has(type(value)):
        return _model_data(value)
    if isinstance(value, list | tuple):
        return [_data(item) for item in value]
    if isinstance(value, dict):
        return {key: _data(item) for key, item in value.items()}
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(datetime.UTC)  # the API's own format: UTC, milliseconds, `Z`
        return value.isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return value


def _pydantic_core_schema(cls: type[Any], _source: Any, _handler: GetCoreSchemaHandler) -> CoreSchema:
    """Let pydantic (and so FastAPI's `response_model` and return annotations) take and give SDK models."""
    from pydantic_core import core_schema

    def validate(value: object) -> object:
        return value if isinstance(value, cls) else from_dict(cls, value)  # type: ignore[arg-type]

    return core_schema.no_info_plain_validator_function(
        validate, serialization=core_schema.plain_serializer_function_ser_schema(to_dict)
    )


def _pydantic_json_schema(cls: type[Any], _schema: CoreSchema, _handler: GetJsonSchemaHandler) -> JsonSchemaValue:
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    return {"type": "object", "title": cls.__name__, "description": doc, "additionalProperties": True}


def _publish(name: str) -> None:
    """Report this module as the class's home, and teach pydantic to carry it (one rule for every model)."""
    cls = globals()[name]
    if not (isinstance(cls, type) and attrs.has(cls)):
        return  # a type alias (a union, an open string, a free-form object)
    cls.__module__ = __name__
    cls.__get_pydantic_core_schema__ = classmethod(_pydantic_core_schema)  # type: ignore[attr-defined]
    cls.__get_pydantic_json_schema__ = classmethod(_pydantic_json_schema)  # type: ignore[attr-defined]


for _name in _public_names:
    _publish(_name)
