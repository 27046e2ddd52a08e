"""Template placeholders: `{{namespace.path}}` parsing and rendering (catalog §8)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ._state import Account, Contact, Instance

__all__ = ["TemplateSyntaxError", "build_context", "parse_variables", "render"]

_PLACEHOLDER = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_VARIABLE = re.compile(r"^(contact|user|instance|custom)\.[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)*$")


class TemplateSyntaxError(ValueError):
    """A placeholder outside the grammar (-> 400 TEMPLATE_INVALID)."""


def parse_variables(body: str | None) -> list[str]:
    """Variable paths in order of first appearance; raises on bad placeholders."""
    if not body:
        return []
    found: list[str] = []
    for match in _PLACEHOLDER.finditer(body):
        name = match.group(1).strip()
        if not _VARIABLE.match(name):
            raise TemplateSyntaxError(
                f"Invalid placeholder {{{{{match.group(1)}}}}}: expected {{{{namespace.variable}}}} "
                "with namespace contact, user, instance or custom"
            )
        if name not in found:
            found.append(name)
    # A lone '{{' or '}}' left once valid placeholders are removed is a typo.
    rest = _PLACEHOLDER.sub("", body)
    if "{{" in rest or "}}" in rest:
        raise TemplateSyntaxError("Unbalanced placeholder braces")
    return found


def render(body: str | None, context: Mapping[str, str]) -> tuple[str, list[str]]:
    """Substitute known variables; unknown ones stay and are reported missing."""
    if not body:
        return "", []
    missing: list[str] = []

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name in context:
            return context[name]
        if name not in missing:
            missing.append(name)
        return match.group(0)

    return _PLACEHOLDER.sub(substitute, body), missing


def _scalar(value: Any) -> str | None:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return None


def _flatten(prefix: str, value: Any, out: dict[str, str]) -> None:
    if isinstance(value, Mapping):
        for key, sub in value.items():
            _flatten(f"{prefix}.{key}", sub, out)
        return
    text = _scalar(value)
    if text is not None:
        out[prefix] = text


def build_context(
    user: Account,
    contact: Contact | None,
    instance: Instance | None,
    variables: Mapping[str, Any] | None,
) -> dict[str, str]:
    """Every resolvable `namespace.path` for the given context objects."""
    ctx: dict[str, str] = {}
    first, _, last = user.name.partition(" ")
    ctx.update({"user.id": user.id, "user.name": user.name, "user.firstName": first, "user.email": user.email})
    if last:
        ctx["user.lastName"] = last
    if contact is not None:
        # Meta first so the documented fields win on a name clash.
        _flatten("contact", contact.meta, ctx)
        _flatten("contact.meta", contact.meta, ctx)
        first, _, last = contact.name.partition(" ")
        ctx.update(
            {
                "contact.id": contact.id,
                "contact.name": contact.name,
                "contact.firstName": first,
                "contact.phone": contact.phone,
                "contact.tags": ", ".join(contact.tags),
            }
        )
        if last:
            ctx["contact.lastName"] = last
    if instance is not None:
        ctx.update({"instance.id": instance.id, "instance.name": instance.name})
        if instance.wa_number:
            ctx["instance.waNumber"] = instance.wa_number
    for key, value in (variables or {}).items():
        # Keys come without the `custom.` prefix; tolerate it anyway.
        name = key[len("custom.") :] if key.startswith("custom.") else key
        _flatten(f"custom.{name}", value, ctx)
    return ctx
