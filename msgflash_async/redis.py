"""One API key, many processes: a rate limiter and a webhook duplicate filter shared through Redis.

Needs the `redis` extra (`pip install 'msgflash-async[redis]'`, redis-py's asyncio client).

```python
# not run: needs a Redis server and a real key
from redis.asyncio import Redis
from msgflash_async import MsgFlash
from msgflash_async.redis import RedisRateLimiter

limiter = RedisRateLimiter(Redis.from_url("redis://localhost:6379/0"), api_key=key)
async with MsgFlash(key, rate_limit=limiter) as mf:
    ...
```

**The algorithm: a sliding log of reserved arrivals, kept and computed inside Redis.** One Lua script reads
Redis's own `TIME`, finds the earliest moment at which fewer than N of the key's recorded arrivals fall in the
window before it, records the caller's arrival there and returns how long to wait. No host's clock takes
part (a host only sleeps a duration, which skew does not change), and each grant is one round trip with no
polling: the caller is told its slot, not asked to come back. Why not GCRA: its only configuration that
keeps every one-second window at N or fewer is a burst of one (a GCRA with burst N is a token bucket, which
lets 2N - 1 through some window), which spaces even an idle key's first few requests 1/rate apart. The log
lets a burst of N go at once and still never puts N + 1 in a window, as the in-process limiter does.

What the window guarantee needs beyond the log:
- *Latency.* The server counts a request when it arrives. The log holds estimated arrivals: slot + this
  process's one-way latency (half its fastest round trip seen), or + `_COLD` for a process's first requests,
  before any answer, whose connections are still opening. The window is 1 s plus `margin` (40 ms), the
  jitter absorbed; throughput is N / (1 s + margin), 9.6 req/s for 10. A caller woken later than half the
  margin after its slot (a starved host) gives the slot up and reserves again rather than arrive late, and
  a request whose round trip shows it arrived more than `_CORRECTION` late moves its entry (one extra
  command, only then), for the reservations still to come.
- *One reservation outstanding per process.* Tasks of a process queue locally; only the head talks to
  Redis. So a fleet has at most one unsent reservation per process, and a pause reaches all of them fast.
  (It also caps one process at one grant per Redis round trip, thousands a second: far above 10.)
- *A 429* (`pause`) is recorded in Redis: every later reservation of every process starts after it.
  A monthly-quota error (`quota_exceeded`) stops the key for `quota_hold` seconds: every process's
  `acquire` then raises `QuotaStopError` (a `QuotaExceededError`) without sending anything.
- *Redis restarted or flushed.* The log is gone. The script notices (its epoch key is missing, or differs
  from the one the caller knew, or the caller brings arrivals it made without Redis) and holds every grant
  for two windows from then: slots granted before the loss lie at most one window ahead (one per process,
  for a fleet of no more processes than the limit), so they cannot share a window with a new burst.
- *Redis unreachable.* By default `acquire` raises `RateLimiterUnavailableError`, an `APIConnectionError`
  for a request that was never sent, so the client retries it like a refused connection (`max_retries`) and
  `send_many` reports it `failed`, never `unknown`. With `fallback_rate=r`, each process instead goes on with
  a local sliding window of at most r requests in any second (whole requests: ⌊r⌋ when r ≥ 1; choose
  r ≤ limit / number of processes), after two windows in which the fleet's last Redis grants arrive; it
  tries Redis again after `retry_interval`, and hands Redis the arrivals it made meanwhile so that they
  still count.

Redis keys are `msgflash:rl:{<digest>}:…`, the digest a SHA-256 of the API key: the key itself never
reaches Redis. One limiter serves every task of one event loop (create one per process, or per loop).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import math
import os
import secrets
from collections import deque
from typing import TYPE_CHECKING, Any, Final

import attrs

from ._errors import APIConnectionError, APITimeoutError, QuotaExceededError
from ._limiter import SlidingWindowLimiter
from ._settings import ApiKey, env_value, is_positive_number

try:
    from redis.exceptions import RedisError
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("msgflash_async.redis needs redis-py: pip install 'msgflash-async[redis]'") from exc

if TYPE_CHECKING:
    from redis.asyncio import Redis
    from redis.commands.core import AsyncScript

__all__ = [
    "QuotaStopError",
    "RateLimiterTimeoutError",
    "RateLimiterUnavailableError",
    "RedisDeduplicator",
    "RedisRateLimiter",
    "redis_key_prefix",
]

logger = logging.getLogger("msgflash_async")
_REDIS_ERRORS: Final = (RedisError, OSError)
_CORRECTION: Final = 0.020  # seconds: a request later than its recorded arrival by more moves its entry
_COLD: Final = 0.25  # seconds: how late a process's first request (new connection: TCP, TLS) may arrive
_KEEPALIVE: Final = 15.0  # seconds an idle pooled connection lives (aiohttp's default keep-alive)
_EPOCH_TTL: Final = 7 * 86_400  # seconds: the epoch key outlives any pause between two runs of a fleet

# KEYS: log, pause, stop, epoch. ARGV: limit, window, max_wait (-1: none), member, offset (this process's
# one-way latency), known epoch ('' if none), new epoch, delay (the entry's arrival after its slot), then
# the ages of arrivals made without Redis.
_RESERVE: Final = """
local limit, window, max_wait = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local offset = tonumber(ARGV[5])
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local stop = redis.call('GET', KEYS[3])
if stop then
  return {'stop', tostring(redis.call('PTTL', KEYS[3]) / 1000), stop}
end
local epoch = redis.call('GET', KEYS[4])
local reset
if not epoch then
  epoch = ARGV[7]
  redis.call('SET', KEYS[4], epoch, 'EX', EPOCH_TTL)
  -- Lost (restart, flush) if the caller knew a log, or sent requests while it could not reach one.
  reset = ARGV[6] ~= '' or #ARGV >= 9
else
  redis.call('EXPIRE', KEYS[4], EPOCH_TTL)
  reset = ARGV[6] ~= '' and ARGV[6] ~= epoch  -- lost while this caller was away
end
if reset then
  -- Slots granted from the lost log lie up to a window ahead (one per process), and a window more must
  -- pass before a new burst cannot meet them.
  local hold = now + 2 * window
  if hold > tonumber(redis.call('GET', KEYS[2]) or '0') then
    redis.call('SET', KEYS[2], string.format('%.6f', hold), 'PX', math.ceil(window * 2000) + 1000)
  end
end
for i = 9, #ARGV do
  redis.call('ZADD', KEYS[1], now - tonumber(ARGV[i]), ARGV[4] .. ':' .. i)
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
local at = now
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > at then at = paused end
local nth = redis.call('ZRANGE', KEYS[1], -limit, -limit, 'WITHSCORES')
if nth[2] then
  local free = tonumber(nth[2]) + window - offset
  if free > at then at = free end
end
local wait = at - now
if max_wait >= 0 and wait > max_wait then
  return {'busy', string.format('%.6f', wait), epoch}
end
redis.call('ZADD', KEYS[1], at + tonumber(ARGV[8]), ARGV[4])
local last = redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')
redis.call('PEXPIRE', KEYS[1], math.ceil((tonumber(last[2]) - now + window) * 1000) + 1000)
return {'ok', string.format('%.6f', wait), epoch}
""".replace("EPOCH_TTL", str(_EPOCH_TTL))

# KEYS: pause. ARGV: seconds. Pauses only ever lengthen.
_PAUSE: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
local till = now + tonumber(ARGV[1])
if till > tonumber(redis.call('GET', KEYS[1]) or '0') then
  redis.call('SET', KEYS[1], string.format('%.6f', till), 'PX', math.ceil(tonumber(ARGV[1]) * 1000) + 1000)
end
return 1
"""


class RateLimiterUnavailableError(APIConnectionError):
    """The shared limiter's Redis could not be reached, so the request was not sent (retried like a refusal)."""


class RateLimiterTimeoutError(APITimeoutError):
    """The key's next free slot is further away than the limiter's `max_wait`; nothing was sent."""


class QuotaStopError(QuotaExceededError):
    """A process of this key got a monthly-quota error recently: refused locally, nothing was sent."""


def redis_key_prefix(api_key: str, namespace: str = "msgflash") -> str:
    """`msgflash:rl:{<digest>}`: the Redis key prefix of one API key (a digest, never the key).

    The braces are a Redis Cluster hash tag: every key of one API key lives in one slot, as a script needs.
    """
    digest = hashlib.sha256(b"msgflash-async rate limit\0" + api_key.encode()).hexdigest()[:32]
    return f"{namespace}:rl:{{{digest}}}"


@attrs.define(slots=True)
class _Grant:
    """One granted request: its entry in the Redis log and how far its arrival may already be off."""

    member: str
    delay: float  # how long after its slot its entry assumed it arrives
    lateness: float  # how much later than its slot acquire() returned
    corrected: float = 0.0  # seconds already added to its entry


@attrs.define(slots=True)
class _LocalGrant:
    """A request granted by the fallback limiter while Redis was unreachable."""

    limiter: SlidingWindowLimiter
    slot: object


@attrs.define(slots=True)
class _Reply:
    status: str  # ok, busy, stop
    wait: float
    detail: str  # the member (ok), the epoch (busy) or the quota code (stop)
    delay: float  # the arrival delay its entry assumed


class RedisRateLimiter:
    """A `RateLimiter` for every process that uses one API key: at most `rate` requests in any window at the server.

    Args:
        redis: a `redis.asyncio.Redis` (its connection settings and timeouts are yours).
        api_key: the key whose budget this is (default `MSGFLASH_API_KEY`); only a digest of it is used.
        rate: the key's requests per second (MsgFlash: 10).
        margin: seconds added to the one-second window, absorbing latency jitter between processes.
        max_wait: longest a caller queues for a slot (None: no bound); past it `RateLimiterTimeoutError`.
        fallback_rate: None to raise `RateLimiterUnavailableError` while Redis is unreachable, or the
            requests per second this process may send on its own meanwhile.
        retry_interval: seconds in fallback before Redis is tried again.
        quota_hold: seconds every process refuses requests after a monthly-quota error.
    """

    __slots__ = (
        "_background",
        "_epoch",
        "_fallback",
        "_fallback_sent",
        "_fallback_starts",
        "_fallback_until",
        "_keys",
        "_last_answer",
        "_lock",
        "_min_latency",
        "_pause_script",
        "_paused_until",
        "_prefix",
        "_redis",
        "_reserve_script",
        "_sequence",
        "_stopped",
        "_tag",
        "fallback_rate",
        "limit",
        "margin",
        "max_wait",
        "quota_hold",
        "rate",
        "retry_interval",
        "round_trips",
        "window",
    )

    def __init__(
        self,
        redis: Redis,
        api_key: str | None = None,
        *,
        rate: float = 10.0,
        margin: float = 0.04,
        max_wait: float | None = None,
        fallback_rate: float | None = None,
        retry_interval: float = 1.0,
        quota_hold: float = 60.0,
    ) -> None:
        key = ApiKey.parse(api_key if api_key is not None else env_value("MSGFLASH_API_KEY") or "")
        for name, value in (("rate", rate), ("retry_interval", retry_interval), ("quota_hold", quota_hold)):
            if not is_positive_number(value):
                raise ValueError(f"{name} must be a positive number, got {value!r}")
        for name, optional in (("max_wait", max_wait), ("fallback_rate", fallback_rate)):
            if optional is not None and not is_positive_number(optional):
                raise ValueError(f"{name} must be a positive number or None, got {optional!r}")
        if not 0 <= margin < 1:
            raise ValueError(f"margin must be between 0 and 1 second, got {margin!r}")
        self.rate = float(rate)
        self.limit = max(1, int(rate))
        self.margin = float(margin)
        self.window = self.limit / self.rate + self.margin
        self.max_wait = max_wait
        self.fallback_rate = fallback_rate
        self.retry_interval = retry_interval
        self.quota_hold = quota_hold
        self.round_trips = 0  # commands this limiter sent to Redis (benchmarks read it)
        self._redis = redis
        self._prefix = redis_key_prefix(key.value)
        self._keys = [f"{self._prefix}:{name}" for name in ("log", "pause", "stop", "epoch")]
        self._reserve_script: AsyncScript = redis.register_script(_RESERVE)
        self._pause_script: AsyncScript = redis.register_script(_PAUSE)
        self._tag = f"{os.getpid()}-{secrets.token_hex(4)}"
        self._sequence = 0
        self._epoch = ""
        self._lock = asyncio.Lock()
        self._min_latency = math.inf
        self._last_answer = -math.inf  # loop time
        self._paused_until = 0.0  # loop time
        self._stopped: tuple[str, float] | None = None  # quota code, loop time it ends
        self._fallback = _fallback_limiter(fallback_rate) if fallback_rate is not None else None
        self._fallback_until = 0.0  # loop time until which Redis is not tried again
        self._fallback_starts: float | None = None  # loop time of the first local grant of this outage
        self._fallback_sent: deque[float] = deque()
        self._background: set[asyncio.Task[Any]] = set()

    def __repr__(self) -> str:
        return f"RedisRateLimiter(rate={self.rate:g}, prefix={self._prefix!r})"

    # -- the RateLimiter protocol ---------------------------------------------------------------------

    async def acquire(self) -> _Grant | _LocalGrant:
        loop = asyncio.get_running_loop()
        deadline = None if self.max_wait is None else loop.time() + self.max_wait
        try:
            async with asyncio.timeout_at(deadline):
                await self._lock.acquire()  # one reservation outstanding per process: see the module doc
        except TimeoutError:
            raise self._timeout(f"no turn within max_wait={self.max_wait} s") from None
        try:
            while True:
                self._raise_if_stopped(loop.time())
                await self._sleep_until(self._paused_until, deadline)
                if self._fallback is not None and loop.time() < self._fallback_until:
                    return await self._local_grant(self._fallback, deadline)
                try:
                    reply = await self._reserve_retrying_once(deadline)
                except _REDIS_ERRORS as exc:
                    self._redis_failed(exc)
                    continue
                grant = await self._take(reply, deadline)
                if grant is not None:
                    return grant
        finally:
            self._lock.release()

    def completed(self, token: object, latency: float) -> None:
        if isinstance(token, _LocalGrant):
            token.limiter.completed(token.slot, latency)
        elif isinstance(token, _Grant):
            self._min_latency = min(self._min_latency, latency)
            # Conservative: all of the round trip beyond the assumed one-way latency may have been on the way there.
            self._last_answer = asyncio.get_running_loop().time()
            self._correct(token, token.lateness + latency - token.delay - self._offset())

    def pause(self, seconds: float) -> None:
        loop = asyncio.get_running_loop()
        self._paused_until = max(self._paused_until, loop.time() + seconds)
        self._in_background(self._pause_script(keys=[self._keys[1]], args=[f"{seconds:.6f}"]))

    def quota_exceeded(self, error: QuotaExceededError) -> None:
        """A monthly quota is used up: every process of the key refuses requests for `quota_hold` seconds."""
        if isinstance(error, QuotaStopError):
            return  # our own refusal, not news from the server
        code = error.code or "MONTHLY_QUOTA_EXCEEDED"
        self._stopped = (code, asyncio.get_running_loop().time() + self.quota_hold)
        self._in_background(self._redis.set(self._keys[2], code, ex=math.ceil(self.quota_hold), nx=True))

    async def aclose(self) -> None:
        """Wait for the pauses and corrections still being written to Redis (the Redis client stays yours)."""
        if self._background:
            await asyncio.gather(*self._background, return_exceptions=True)

    # -- steps of acquire ------------------------------------------------------------------------------

    async def _reserve_retrying_once(self, deadline: float | None) -> _Reply:
        """A pooled connection that a Redis restart killed fails once; a second try takes a new one."""
        try:
            return await self._reserve(deadline)
        except _REDIS_ERRORS:
            return await self._reserve(deadline)

    async def _reserve(self, deadline: float | None) -> _Reply:
        loop = asyncio.get_running_loop()
        self._sequence += 1
        member = f"{self._tag}:{self._sequence}"
        max_wait = -1.0 if deadline is None else max(0.0, deadline - loop.time())
        now = loop.time()
        ages = [f"{now - at:.6f}" for at in self._fallback_sent if now - at < self.window]
        args: list[str | int] = [self.limit, f"{self.window:.6f}", f"{max_wait:.6f}", member, f"{self._offset():.6f}"]
        delay = self._delay(now)
        args += [self._epoch, secrets.token_hex(8), f"{delay:.6f}", *ages]
        self.round_trips += 1
        status, value, detail = await self._reserve_script(keys=self._keys, args=args)
        self._fallback_sent.clear()  # handed over to Redis
        self._fallback_starts = None
        reply = _Reply(_text(status), float(value), _text(detail), delay)
        if reply.status != "stop":
            self._epoch = reply.detail
        reply.detail = member if reply.status == "ok" else reply.detail
        return reply

    async def _take(self, reply: _Reply, deadline: float | None) -> _Grant | None:
        """Wait for the reserved slot; None when a pause learned meanwhile voids it (reserve again)."""
        loop = asyncio.get_running_loop()
        if reply.status == "stop":
            self._stopped = (reply.detail, loop.time() + max(reply.wait, 1.0))
            self._raise_if_stopped(loop.time())
        if reply.status == "busy":
            raise self._timeout(f"the key's next free slot is {reply.wait:.2f} s away, over max_wait")
        slot = loop.time() + reply.wait
        if reply.wait > 0:
            await asyncio.sleep(reply.wait)
        now = loop.time()
        if now < self._paused_until:
            return None  # a 429 arrived while we waited; the slot is forfeit
        if now - slot > self.margin / 2:
            # Woken too late (a starved host): sent now, it could share a window with the slot ten later,
            # which other processes may already hold. Its entry stays (harmless); reserve again.
            return None
        return _Grant(reply.detail, reply.delay, max(0.0, now - slot))

    async def _local_grant(self, fallback: SlidingWindowLimiter, deadline: float | None) -> _LocalGrant:
        loop = asyncio.get_running_loop()
        if self._fallback_starts is not None:
            await self._sleep_until(self._fallback_starts, deadline)
        try:
            async with asyncio.timeout_at(deadline):
                slot = await fallback.acquire()
        except TimeoutError:
            raise self._timeout("no fallback slot within max_wait") from None
        now = loop.time()
        self._fallback_sent.append(now)
        while self._fallback_sent and now - self._fallback_sent[0] >= self.window:
            self._fallback_sent.popleft()
        return _LocalGrant(fallback, slot)

    def _redis_failed(self, exc: BaseException) -> None:
        if self._fallback is None:
            raise RateLimiterUnavailableError(
                f"the shared rate limiter's Redis is unreachable ({type(exc).__name__}); the request was not sent"
            ) from exc
        logger.warning(
            "rate limiter: Redis unreachable (%s); %g req/s locally for %g s",
            type(exc).__name__,
            self.fallback_rate,
            self.retry_interval,
        )
        now = asyncio.get_running_loop().time()
        self._fallback_until = now + self.retry_interval
        if self._fallback_starts is None:
            # The fleet's last grants (and slots reserved up to a window ahead) must leave the window first.
            self._fallback_starts = now + 2 * self.window

    async def _sleep_until(self, when: float, deadline: float | None) -> None:
        loop = asyncio.get_running_loop()
        if when <= loop.time():
            return
        if deadline is not None and when > deadline:
            raise self._timeout(f"the key is paused for {when - loop.time():.2f} s more, over max_wait")
        await asyncio.sleep(when - loop.time())

    def _raise_if_stopped(self, now: float) -> None:
        if self._stopped is None:
            return
        code, until = self._stopped
        if now >= until:
            self._stopped = None
            return
        raise QuotaStopError(
            f"refused locally for {until - now:.0f} s more: a process of this key got {code}",
            status=429,
            code=code,
        )

    def _timeout(self, why: str) -> RateLimiterTimeoutError:
        return RateLimiterTimeoutError(f"rate limiter: {why} (max_wait={self.max_wait} s); nothing was sent")

    # -- latency bookkeeping ---------------------------------------------------------------------------

    def _offset(self) -> float:
        """This process's one-way latency to the API: half its fastest round trip (0 before the first)."""
        return 0.0 if self._min_latency == math.inf else self._min_latency / 2

    def _delay(self, now: float) -> float:
        """How long after its slot a request is taken to arrive: this process's one-way latency, or `_COLD`
        before its first answer or after a keep-alive without one (its connections are new: TCP, TLS)."""
        cold = now - self._last_answer > _KEEPALIVE  # also true before the first answer
        return _COLD if cold else self._offset()

    def _correct(self, grant: _Grant, late_by: float) -> None:
        """Move a grant's recorded arrival later when it arrived notably later than recorded."""
        extra = late_by - grant.corrected
        if extra < _CORRECTION:
            return
        grant.corrected += extra
        self._in_background(self._redis.zincrby(self._keys[0], extra, grant.member))

    def _in_background(self, command: Any) -> None:
        """Send a write whose answer nobody waits for (a pause, a stop, a correction)."""
        self.round_trips += 1
        task = asyncio.get_running_loop().create_task(_quietly(command))
        self._background.add(task)
        task.add_done_callback(self._background.discard)


def _fallback_limiter(rate: float) -> SlidingWindowLimiter:
    """At most `rate` requests in any one-second window: whole requests per second (a window of 1/rate s below 1).

    A fractional rate above 1 would give the local limiter a window shorter than a second (2.5/s: 2 per 0.8 s),
    and so up to 4 requests in some second; the fleet's arithmetic (processes × rate ≤ limit) needs the second.
    """
    return SlidingWindowLimiter(math.floor(rate) if rate >= 1 else rate)


async def _quietly(command: Any) -> None:
    try:
        await command
    except _REDIS_ERRORS as exc:  # best effort: the window guarantee does not depend on it
        logger.warning("rate limiter: a Redis write failed (%s)", type(exc).__name__)


def _text(value: object) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


class RedisDeduplicator:
    """The webhook `DeliveryDeduplicator` shared by every replica: each delivery is processed once.

    `claim` marks a delivery *in progress* for `lease` seconds (SET NX): exactly one replica wins; a replica
    that crashes mid-handler loses its lease, so MsgFlash's re-delivery is processed again. `complete`
    marks it *seen* for `ttl` seconds; `release` forgets this replica's claim (the handler failed: let a
    re-delivery in), and never another replica's that took over after the lease ran out.
    Keys are `<namespace>:wh:<sha256 of the delivery id>`.
    """

    __slots__ = ("_claims", "_namespace", "_redis", "_release_script", "lease", "ttl")

    def __init__(
        self, redis: Redis, *, namespace: str = "msgflash", lease: float = 60.0, ttl: float = 7 * 86_400.0
    ) -> None:
        for name, value in (("lease", lease), ("ttl", ttl)):
            if not is_positive_number(value):
                raise ValueError(f"{name} must be a positive number of seconds, got {value!r}")
        self._redis = redis
        self._namespace = namespace
        self._release_script: AsyncScript = redis.register_script(_RELEASE)
        self._claims: dict[str, str] = {}  # delivery id -> the token of this replica's claim
        self.lease = lease
        self.ttl = ttl

    async def claim(self, delivery_id: str) -> bool:
        """True: process it now. False: already processed, or in progress in another replica."""
        token = "claim:" + secrets.token_hex(8)
        if not await self._redis.set(self._key(delivery_id), token, px=_ms(self.lease), nx=True):
            return False
        self._claims[delivery_id] = token
        return True

    async def complete(self, delivery_id: str) -> None:
        """The handler succeeded: remember the delivery as seen for `ttl` seconds."""
        self._claims.pop(delivery_id, None)
        await self._redis.set(self._key(delivery_id), "seen", px=_ms(self.ttl))

    async def release(self, delivery_id: str) -> None:
        """The handler failed: drop this replica's claim, so that a re-delivery is processed."""
        token = self._claims.pop(delivery_id, None)
        if token is not None:
            await self._release_script(keys=[self._key(delivery_id)], args=[token])

    def _key(self, delivery_id: str) -> str:
        return f"{self._namespace}:wh:{hashlib.sha256(delivery_id.encode()).hexdigest()}"


# KEYS: the delivery's key. ARGV: the claim's token. Deletes only a claim that is still ours.
_RELEASE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""


def _ms(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))
