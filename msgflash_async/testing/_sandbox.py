"""The public Sandbox object: start/stop the server, reach and seed its state."""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from types import TracebackType
from typing import Any, Literal, NamedTuple

from aiohttp import web

from ._config import Plan, SandboxConfig, resolve_plan
from ._faults import Faults
from ._server import build_app
from ._state import Account, ApiKey, Counters, Instance, Message, Team, Workspace
from ._util import iso, now
from ._webhooks import WebhookDelivery
from ._world import World

__all__ = ["Sandbox", "TeamCredentials"]


class TeamCredentials(NamedTuple):
    """What a client needs to reach a team workspace."""

    team_id: str
    team_key: str


class Sandbox:
    """A stateful fake MsgFlash server on 127.0.0.1.

    ``async with Sandbox() as sb:`` starts it on an ephemeral port; point a
    client at ``sb.base_url`` with ``sb.personal_key``, or ``sb.team_key`` +
    ``sb.team_id``. Every workspace starts with two instances (one connected,
    one disconnected).
    """

    def __init__(self, config: SandboxConfig | None = None, **overrides: Any) -> None:
        cfg = config or SandboxConfig()
        if overrides:
            cfg = dataclasses.replace(cfg, **overrides)
        self.config = cfg
        self.state = World(cfg)
        self.account = self.state.add_account(cfg.resolved_plan())
        self.personal_key = self.state.keys_of(self.account)[0]
        self.team = self.state.add_team(self.account, "Sandbox team")
        self.team_id = self.team.id
        self.team_key = self.state.keys_of(self.account, self.team)[0]
        self._runner: web.AppRunner | None = None
        self._base_url: str | None = None

    # -- lifecycle -----------------------------------------------------------

    async def start(self) -> Sandbox:
        """Bind and serve; returns self."""
        if self._runner is not None:
            return self
        runner = web.AppRunner(build_app(self.state), access_log=None, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.config.host, self.config.port)
        try:
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        port = runner.addresses[0][1]
        self._base_url = f"http://{self.config.host}:{port}"
        return self

    async def close(self) -> None:
        """Stop serving, cancel background work; idempotent."""
        await self.state.close()
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> Sandbox:
        return await self.start()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT`` (only once started)."""
        if self._base_url is None:
            raise RuntimeError("Sandbox is not started: use `async with Sandbox()` or `await sb.start()`")
        return self._base_url

    @property
    def port(self) -> int:
        """The bound port."""
        return int(self.base_url.rsplit(":", 1)[1])

    # -- observation ---------------------------------------------------------

    @property
    def counters(self) -> Counters:
        """Requests received/handled per (method, route) and entities created."""
        return self.state.counters

    @property
    def faults(self) -> Faults:
        """Fault-injection rules."""
        return self.state.faults

    @property
    def deliveries(self) -> list[WebhookDelivery]:
        """Every webhook delivery made (or refused), oldest first."""
        return self.state.dispatcher.deliveries

    @property
    def internal_errors(self) -> list[BaseException]:
        """Exceptions raised inside the sandbox itself (should stay empty)."""
        return self.state.engine.errors

    # -- keys, accounts, teams ----------------------------------------------

    def _key(self, key: str | None) -> ApiKey:
        return self.state.keys[key or self.personal_key]

    def workspace(self, key: str | None = None) -> Workspace:
        """The workspace a key reaches (default: the personal key's)."""
        return self._key(key).workspace

    def headers(self, key: str | None = None) -> dict[str, str]:
        """Request headers for a key; a team key also gets its X-Team-Id."""
        api_key = self._key(key)
        out = {"x-api-key": api_key.key}
        if api_key.team is not None:
            out["X-Team-Id"] = api_key.team.id
        return out

    def add_personal_key(self, key: str | None = None) -> str:
        """Another personal key of the same account as `key` (same workspace)."""
        return self.state.add_personal_key(self._key(key).account)

    def add_account(self, plan: str | Plan | None = None, *, name: str = "Grace Hopper") -> str:
        """A new, isolated user; returns its personal key."""
        account = self.state.add_account(
            resolve_plan(plan, self.config.catalogue) if plan is not None else self.account.plan, name=name
        )
        return self.state.keys_of(account)[0]

    def add_team(self, owner_key: str | None = None, name: str = "Team") -> TeamCredentials:
        """A new team owned by the account of `owner_key`."""
        team = self.state.add_team(self._key(owner_key).account, name)
        return TeamCredentials(team.id, self.state.keys_of(team.owner, team)[0])

    def add_team_key(self, team_id: str | None = None) -> str:
        """Another key of a team (default: the sandbox team)."""
        return self.state.add_team_key(self._team(team_id))

    def add_collaborator(
        self, team_id: str | None = None, *, role: Literal["admin", "collaborator"] = "collaborator"
    ) -> str:
        """A team key acting as a new member with `role` (default: the sandbox team).

        A collaborator may send only through the instances assigned to them (`assign_instance`); anything
        else answers 403 `INSTANCE_NOT_ASSIGNED`, as the teams guide says. An admin may use every instance.
        """
        return self.state.add_team_key(self._team(team_id), role=role)

    def assign_instance(self, member_key: str, instance_id: str) -> None:
        """Assign an instance of the team to the member behind `member_key`."""
        self.state.keys[member_key].assigned_instances.add(instance_id)

    def _team(self, team_id: str | None) -> Team:
        return self.state.teams[team_id or self.team_id]

    def revoke_key(self, key: str) -> None:
        """Revoke a key immediately (next request: 401)."""
        self.state.keys[key].revoked = True

    def delete_team(self, team_id: str) -> None:
        """Delete a team: its keys are revoked immediately."""
        team = self.state.teams.pop(team_id)
        for api_key in self.state.keys.values():
            if api_key.team is team:
                api_key.revoked = True

    def account_of(self, key: str | None = None) -> Account:
        """The account (subscription, usage) behind a key."""
        return self._key(key).account

    def set_plan(self, plan: str | Plan, key: str | None = None) -> None:
        """Change the subscription of the account behind `key`."""
        self._key(key).account.plan = resolve_plan(plan, self.config.catalogue)

    # -- seeding and simulation ----------------------------------------------

    def add_instance(
        self,
        key: str | None = None,
        *,
        name: str = "Extra",
        status: str = "connected",
        wa_number: str = "+22900000001",
        business: bool = True,
    ) -> Instance:
        """Add an instance to a workspace."""
        instance = Instance(name=name, wa_number=wa_number, status="disconnected", business=business)
        ws = self.workspace(key)
        ws.instances[instance.id] = instance
        if status != "disconnected":
            instance.status = status  # type: ignore[assignment]
            instance.first_connected_at = now() if status == "connected" else None
        return instance

    def set_instance_status(self, instance_id: str, status: str, key: str | None = None) -> None:
        """Connect/disconnect an instance; fires instance.* webhooks."""
        ws = self.workspace(key)
        self.state.engine.set_instance_status(ws, ws.instances[instance_id], status)

    def receive_message(self, instance_id: str, from_: str, text: str, key: str | None = None) -> Message:
        """Simulate an inbound text message; fires message.received."""
        ws = self.workspace(key)
        msg = Message(
            user_id=ws.owner.id,
            instance_id=instance_id,
            type="text",
            to=ws.instances[instance_id].wa_number,
            body=text,
            direction="inbound",
            from_=from_,
            status="delivered",
        )
        ws.messages[msg.id] = msg
        payload = {
            "event": "message.received",
            "instanceId": instance_id,
            "messageId": msg.id,
            "from": from_,
            "type": "text",
            "body": text,
            "timestamp": iso(msg.created_at),
        }
        self.state.engine.emit(ws, "message.received", payload)
        return msg

    # -- waiting helpers -----------------------------------------------------

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - a test helper's deadline, like pytest's
        interval: float = 0.005,
    ) -> None:
        """Poll `predicate` until true; TimeoutError after `timeout` seconds."""
        async with asyncio.timeout(timeout):
            # Polling: state changes come from many places, none of which signal.
            while not predicate():  # noqa: ASYNC110
                await asyncio.sleep(interval)

    async def wait_for_deliveries(
        self,
        count: int,
        timeout: float = 5.0,  # noqa: ASYNC109 - test helper deadline
    ) -> list[WebhookDelivery]:
        """Wait until `count` deliveries reached a final state."""
        await self.wait_for(lambda: sum(1 for d in self.deliveries if d.state != "pending") >= count, timeout=timeout)
        return [d for d in self.deliveries if d.state != "pending"]
