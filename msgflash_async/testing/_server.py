"""The aiohttp application: routing, the request gates and fault injection."""

from __future__ import annotations

import asyncio
import re
import socket
import struct
from collections.abc import Awaitable, Callable

from aiohttp import web

from ._faults import FaultRule
from ._routes_campaigns import ROUTES as CAMPAIGN_ROUTES
from ._routes_contacts import ROUTES as CONTACT_ROUTES
from ._routes_core import ROUTES as CORE_ROUTES
from ._routes_lookups import ROUTES as LOOKUP_ROUTES
from ._routes_messages import ROUTES as MESSAGE_ROUTES
from ._util import ApiError, json_response
from ._world import Ctx, Route, World

__all__ = ["ALL_ROUTES", "WORLD", "build_app"]

ALL_ROUTES: tuple[Route, ...] = (
    *CORE_ROUTES,
    *MESSAGE_ROUTES,
    *CAMPAIGN_ROUTES,
    *CONTACT_ROUTES,
    *LOOKUP_ROUTES,
)
WORLD = web.AppKey("msgflash_world", World)

HTML_502 = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


def _template_regex(template: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template)) + "$")


_TEMPLATES: dict[str, set[str]] = {}
for _route in ALL_ROUTES:
    _TEMPLATES.setdefault(_route.path, set()).add(_route.method)
_REGEXES = [(_template_regex(t), t) for t in _TEMPLATES]


def _allowed(path: str) -> set[str]:
    """Methods of the most specific documented template matching `path`.

    aiohttp would list the union over every resource that matches (e.g. the
    static `/contacts/bulk-delete` and the dynamic `/contacts/{id}`); clients
    and spec checkers expect the methods of the documented path only.
    """
    matches = [t for rx, t in _REGEXES if rx.match(path)]
    if not matches:
        return set()
    return _TEMPLATES[min(matches, key=lambda t: t.count("{"))]


def _reset(request: web.Request) -> web.Response:
    """Abort the TCP connection with an RST: the client sees a reset, no response."""
    transport = request.transport
    if transport is not None:
        sock = transport.get_extra_info("socket")
        if sock is not None:
            # SO_LINGER 0 turns close() into a reset instead of a clean FIN.
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        transport.abort()
    # Never written: the transport is gone. aiohttp ignores it quietly.
    return web.Response(status=500)


async def _truncated(request: web.Request, resp: web.Response, rule: FaultRule) -> web.StreamResponse:
    body = resp.body if isinstance(resp.body, bytes) else b""
    cut = body[: max(1, len(body) // 2)]
    if rule.truncate == "body":
        # Well-framed HTTP, broken JSON.
        return web.Response(body=cut, status=resp.status, content_type="application/json")
    stream = web.StreamResponse(status=resp.status, headers={"Content-Type": "application/json"})
    stream.content_length = len(body)
    await stream.prepare(request)
    await stream.write(cut)
    if request.transport is not None:
        request.transport.close()
    return stream


def _fault_before(rules: list[FaultRule], request: web.Request) -> web.StreamResponse | None:
    for rule in rules:
        if rule.kind == "reset_before":
            return _reset(request)
        if rule.kind == "status":
            headers = {"Retry-After": _seconds(rule.retry_after)} if rule.retry_after is not None else None
            return ApiError(rule.status, rule.code, rule.message, headers=headers).response()
        if rule.kind == "html_502":
            return web.Response(status=502, text=HTML_502, content_type="text/html")
    return None


def _seconds(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _wrap(world: World, route: Route) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    mk = (route.method, route.path)

    async def handle(request: web.Request) -> web.StreamResponse:
        world.counters.received[mk] += 1
        rules = world.faults.pick(route.method, route.path)
        for rule in rules:
            if rule.kind == "latency":
                await asyncio.sleep(rule.latency)
        early = _fault_before(rules, request)
        if early is not None:
            return early
        try:
            key = world.authenticate(request, route.scope)
            world.rate_limit(key)
            world.count_api_request(key)
            world.counters.handled[mk] += 1
            resp = await route.handler(Ctx(world, key, request))
        except ApiError as exc:
            resp = exc.response()
        for rule in rules:
            if rule.kind == "reset_after":
                return _reset(request)
            if rule.kind == "truncated_json" and isinstance(resp, web.Response):
                return await _truncated(request, resp, rule)
        return resp

    handle.__name__ = f"msgflash_{route.handler.__name__}"
    return handle


@web.middleware
async def _envelope(
    request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
) -> web.StreamResponse:
    """Router 404/405 and unexpected bugs answer with the documented envelope."""
    try:
        return await handler(request)
    except web.HTTPMethodNotAllowed as exc:
        allow = ", ".join(sorted(_allowed(request.path) or exc.allowed_methods))
        return ApiError(405, "METHOD_NOT_ALLOWED", "Method not allowed", headers={"Allow": allow}).response()
    except web.HTTPNotFound:
        return ApiError(404, "NOT_FOUND", "Route not found").response()
    except web.HTTPException:
        raise
    except Exception as exc:  # a sandbox bug must still answer, and be recorded
        request.app[WORLD].engine.errors.append(exc)
        return json_response({"error": {"code": "INTERNAL_ERROR", "message": f"Sandbox bug: {exc!r}"}}, status=500)


def build_app(world: World) -> web.Application:
    """An aiohttp app serving every documented route against `world`."""
    app = web.Application(middlewares=[_envelope], client_max_size=16 * 1024 * 1024)
    app[WORLD] = world
    for route in ALL_ROUTES:
        app.router.add_route(route.method, route.path, _wrap(world, route))
    return app
