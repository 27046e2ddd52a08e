"""The whole simulated MsgFlash: accounts, keys, limits, faults and the clock."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Literal, cast

from aiohttp import web

from msgflash_async._generated.operations import ROUTES

from ._config import Plan, SandboxConfig
from ._engine import Engine
from ._faults import Faults
from ._state import Account, ApiKey, Counters, Team, Workspace, make_personal_key, make_team_key
from ._util import ApiError
from ._webhooks import WebhookDispatcher

__all__ = ["Ctx", "Handler", "Route", "Scope", "World"]

# workspace: personal or team key; personal: personal key only; any: both, no workspace needed.
Scope = Literal["workspace", "personal", "any"]

UNAUTHORIZED_MESSAGE = "Invalid or missing API key"


@dataclass
class Ctx:
    """What a handler needs: the world, the caller's key and workspace."""

    world: World
    key: ApiKey
    request: web.Request

    @property
    def ws(self) -> Workspace:
        """The workspace selected by the key (and X-Team-Id)."""
        return self.key.workspace

    @property
    def account(self) -> Account:
        """The key owner (for team keys: the team owner)."""
        return self.key.account


Handler = Callable[[Ctx], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class Route:
    """One documented operation and its handler; method, path and key scope come from the spec."""

    operation_id: str
    handler: Handler

    @property
    def method(self) -> str:
        return ROUTES[self.operation_id][0]

    @property
    def path(self) -> str:
        return ROUTES[self.operation_id][1]

    @property
    def scope(self) -> Scope:
        return cast("Scope", ROUTES[self.operation_id][2])


class World:
    """Registry of accounts/teams/keys plus the shared machinery."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.accounts: list[Account] = []
        self.teams: dict[str, Team] = {}
        self.keys: dict[str, ApiKey] = {}
        self.counters = Counters()
        self.faults = Faults(seed=config.seed)
        self.dispatcher = WebhookDispatcher(config)
        self.engine = Engine(config, self.dispatcher)
        self._windows: dict[str, deque[float]] = {}

    # -- registry -----------------------------------------------------------

    def add_account(self, plan: Plan, email: str | None = None, name: str = "Ada Lovelace") -> Account:
        """A new user with a seeded personal workspace and a personal key."""
        n = len(self.accounts) + 1
        account = Account(plan, email or f"user{n}@example.test", name)
        account.workspace.seed()
        account.seed_payments()
        self.accounts.append(account)
        self.add_personal_key(account)
        return account

    def add_personal_key(self, account: Account) -> str:
        """Another personal key for the same account (same workspace)."""
        key = make_personal_key()
        self.keys[key] = ApiKey(key, account)
        return key

    def add_team(self, owner: Account, name: str = "Team") -> Team:
        """A team owned by `owner`, with a seeded workspace and a team key."""
        team = Team(owner, name)
        team.workspace.seed()
        self.teams[team.id] = team
        self.add_team_key(team)
        return team

    def add_team_key(self, team: Team, role: Literal["owner", "admin", "collaborator"] = "owner") -> str:
        """Another team key for `team`, acting as a member with `role`."""
        key = make_team_key()
        self.keys[key] = ApiKey(key, team.owner, team, role=role)
        return key

    def keys_of(self, account: Account, team: Team | None = None) -> list[str]:
        """Live keys of an account's personal workspace (or of a team)."""
        return [k for k, v in self.keys.items() if v.account is account and v.team is team and not v.revoked]

    # -- request gates ------------------------------------------------------

    def authenticate(self, request: web.Request, scope: Scope) -> ApiKey:
        """Apply the documented key and X-Team-Id rules (catalog §1.2)."""
        raw = request.headers.get("x-api-key", "")
        key = self.keys.get(raw)
        if key is None or key.revoked:
            raise ApiError(401, "UNAUTHORIZED", UNAUTHORIZED_MESSAGE)
        team_header = request.headers.get("x-team-id", "").strip()
        if key.team is None:
            if team_header and scope == "workspace":
                raise ApiError(403, "TEAM_KEY_REQUIRED", "X-Team-Id requires a team API key (msgf_team_...)")
            return key
        if scope == "personal":
            raise ApiError(403, "TEAM_KEY_NOT_ALLOWED", "This route is not available with a team API key")
        if team_header != key.team.id:
            # Same answer as an invalid key: a team key never leaks which teams exist.
            raise ApiError(401, "UNAUTHORIZED", UNAUTHORIZED_MESSAGE)
        return key

    def rate_limit(self, key: ApiKey) -> None:
        """Sliding 1-second window per API key; refusals do not count."""
        limit = self.config.rate_limit_per_second
        if limit is None:
            return
        t = time.monotonic()
        window = self._windows.setdefault(key.key, deque())
        while window and window[0] <= t - 1.0:
            window.popleft()
        if len(window) >= limit:
            headers: dict[str, str] = {}
            if self.config.send_retry_after:
                # Whole seconds, as HTTP wants; at least 1.
                headers["Retry-After"] = "1"
            raise ApiError(429, "API_RATE_LIMIT_EXCEEDED", "Too many API requests", headers=headers)
        window.append(t)

    def count_api_request(self, key: ApiKey) -> None:
        """Monthly API request quota of the (team) owner's subscription."""
        usage = key.account.usage
        if usage.api_requests_count >= key.account.plan.monthly_api_request_quota:
            raise ApiError(429, "MONTHLY_API_REQUEST_QUOTA_EXCEEDED", "Monthly API request quota exceeded")
        usage.api_requests_count += 1

    def check_outbound(self, ws: Workspace, extra: int = 1) -> None:
        """429 when the monthly outbound quota (messages + statuses) is used up."""
        if ws.usage.outbound + extra > ws.plan.monthly_outbound_quota:
            raise ApiError(429, "MONTHLY_OUTBOUND_QUOTA_EXCEEDED", "Monthly outbound quota exceeded")

    async def close(self) -> None:
        """Stop the clock and in-flight deliveries."""
        self.engine.close()
        await self.dispatcher.close()
