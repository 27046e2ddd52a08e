# Generated from openapi/msgflash.yaml by openapi-python-client with the templates in codegen/templates.
# Do not edit by hand: change the spec or the templates, then run `python codegen/generate.py`.

"""The `instances` resource: one typed async method per operation of the tag.

Each operation module (and so the request and envelope models only it needs) is imported on its method's
first call: using the resource loads this module and the models its signatures name, nothing more.
"""

from __future__ import annotations

import builtins  # noqa: F401  (methods named `list` shadow the builtin inside the class)
from typing import TYPE_CHECKING

from ...._operation import Caller, Request, lazy_submodules  # noqa: F401
from ...._pagination import AsyncPaginator  # noqa: F401
from ...models.instance import Instance
from ...models.instance_health import InstanceHealth
from ...models.instance_state import InstanceState

if TYPE_CHECKING:
    from . import instances_get, instances_get_health, instances_get_state, instances_list
else:  # each stand-in imports its module on first use, and that import rebinds the name to the module
    (
        instances_get,
        instances_get_health,
        instances_get_state,
        instances_list,
    ) = lazy_submodules(
        __name__,
        "instances_get",
        "instances_get_health",
        "instances_get_state",
        "instances_list",
    )


class InstancesResource:
    """Operations under the `instances` tag of the spec."""

    __slots__ = ("_caller",)

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    async def get(
        self,
        id: str,
        /,
    ) -> Instance:
        """Get an instance

        Return one instance (same object as a list item; the oldest example omits `webhook`, `meta`,
        `deletedAt`).

        """
        request = instances_get.build_request(
            id,
        )
        return await self._caller.call(request, instances_get.parse_response)

    async def get_health(
        self,
        id: str,
        /,
    ) -> InstanceHealth:
        """Get the warm-up health of an instance

        Return warm-up and sending-safety guidance: safety state and score, the warm-up caps in force,
        recent traffic and recommendations. V1 returns guidance only; it does not itself block sends.

        """
        request = instances_get_health.build_request(
            id,
        )
        return await self._caller.call(request, instances_get_health.parse_response)

    async def get_state(
        self,
        id: str,
        /,
    ) -> InstanceState:
        """Get the live state of an instance

        Return the instance status and the live provider state (`open` is the only documented provider
        state).

        """
        request = instances_get_state.build_request(
            id,
        )
        return await self._caller.call(request, instances_get_state.parse_response)

    async def list(
        self,
    ) -> builtins.list[Instance]:
        """List instances

        List the WhatsApp instances of the workspace (no pagination, no query parameters). Pick an instance
        whose `status` is `connected` and use its `id` as `instanceId` elsewhere. Instances are created,
        connected (QR or pairing code), logged out and deleted only from the dashboard: the public API is
        read-only for instances.

        """
        request = instances_list.build_request()
        return await self._caller.call(request, instances_list.parse_response)
