"""Fault injection: make chosen requests fail the ways real networks fail.

A rule matches a method and a route template (or ``"*"``) and fires either on
the next N matching requests or with a probability drawn from a seeded RNG, so
runs are reproducible. Counters tell whether the handler ran, which is what a
client needs to know to decide whether a create may have happened.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Literal

__all__ = ["FaultKind", "FaultRule", "Faults"]

FaultKind = Literal[
    "status",  # an error response; handler not run
    "latency",  # extra delay, then normal processing
    "reset_before",  # connection reset before the handler: nothing happened
    "reset_after",  # handler ran (the create happened), then the connection is reset
    "html_502",  # a gateway's text/html 502 page; handler not run
    "truncated_json",  # handler ran, the JSON body is cut short
]


@dataclass
class FaultRule:
    """One fault; see :meth:`Faults.add` for the meaning of each field."""

    kind: FaultKind
    method: str = "*"
    route: str = "*"
    times: int | None = 1
    probability: float = 1.0
    status: int = 500
    code: str = "INTERNAL_ERROR"
    message: str = "Internal server error"
    retry_after: float | None = None
    latency: float = 0.0
    # truncated_json: "content_length" declares the full length but sends half
    # then closes; "body" sends a shorter, well-framed but invalid JSON body.
    truncate: Literal["content_length", "body"] = "content_length"
    fired: int = 0

    def matches(self, method: str, route: str) -> bool:
        """Whether the rule applies to that request."""
        if self.times is not None and self.fired >= self.times:
            return False
        method_ok = self.method == "*" or self.method.upper() == method.upper()
        return method_ok and (self.route == "*" or self.route == route)


@dataclass
class Faults:
    """The fault rules of a sandbox (``sb.faults``)."""

    seed: int = 0
    rules: list[FaultRule] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._rng = random.Random(self.seed)  # noqa: S311 - reproducible fault draws, not crypto

    def add(
        self,
        kind: FaultKind,
        method: str = "*",
        route: str = "*",
        *,
        times: int | None = 1,
        probability: float = 1.0,
        status: int = 500,
        code: str = "INTERNAL_ERROR",
        message: str = "Internal server error",
        retry_after: float | None = None,
        latency: float = 0.0,
        truncate: Literal["content_length", "body"] = "content_length",
    ) -> FaultRule:
        """Add a rule.

        `route` is the route template as registered, e.g. ``"/api/v1/messages/send"``
        or ``"/api/v1/messages/{id}"``. `times` is how many matching requests fire
        (None = unlimited); `probability` is drawn per matching request from the
        seeded RNG. For ``status`` faults, `status`/`code`/`message` make the error
        body and `retry_after` adds a ``Retry-After`` header. For ``latency`` faults
        `latency` is the added delay in seconds.
        """
        if not 0.0 <= probability <= 1.0:
            raise ValueError("probability must be within [0, 1]")
        rule = FaultRule(
            kind=kind,
            method=method,
            route=route,
            times=times,
            probability=probability,
            status=status,
            code=code,
            message=message,
            retry_after=retry_after,
            latency=latency,
            truncate=truncate,
        )
        self.rules.append(rule)
        return rule

    def status(
        self,
        status: int,
        code: str,
        method: str = "*",
        route: str = "*",
        *,
        times: int | None = 1,
        message: str | None = None,
        retry_after: float | None = None,
    ) -> FaultRule:
        """Shortcut: answer `status`/`code` instead of running the handler."""
        return self.add(
            "status",
            method,
            route,
            times=times,
            status=status,
            code=code,
            message=message or f"Injected {code}",
            retry_after=retry_after,
        )

    def clear(self) -> None:
        """Remove every rule."""
        self.rules.clear()

    def pick(self, method: str, route: str) -> list[FaultRule]:
        """The rules that fire for this request (consumes `times`).

        Every matching latency rule fires; of the other kinds only the first
        matching rule fires (a request fails one way), in insertion order.
        """
        fired: list[FaultRule] = []
        terminal = False
        for rule in self.rules:
            if not rule.matches(method, route) or (terminal and rule.kind != "latency"):
                continue
            if rule.probability < 1.0 and self._rng.random() >= rule.probability:
                continue
            rule.fired += 1
            fired.append(rule)
            terminal = terminal or rule.kind != "latency"
        return fired
