"""RedisDeduplicator on a real redis-server: one winner per delivery across clients and processes, leases, release."""

from __future__ import annotations

import asyncio
import subprocess
import sys

from redis.asyncio import Redis

from msgflash_async.redis import RedisDeduplicator
from msgflash_async.testing.redis_server import RedisServer
from msgflash_async.webhooks import DeliveryDeduplicator


def _fits(dedup: RedisDeduplicator) -> DeliveryDeduplicator:
    return dedup  # mypy (nox -s mypy) checks the signatures; the test below checks the names at runtime


def test_it_has_the_shape_the_webhook_router_takes(redis_server: RedisServer) -> None:
    assert isinstance(_fits(RedisDeduplicator(Redis.from_url(redis_server.url))), DeliveryDeduplicator)


_CLAIM_IN_A_PROCESS = """
import asyncio, sys
from redis.asyncio import Redis
from msgflash_async.redis import RedisDeduplicator
from msgflash_async.webhooks import DeliveryDeduplicator

async def main():
    redis = Redis.from_url(sys.argv[1])
    print(await RedisDeduplicator(redis).claim("evt-42"))
    await redis.aclose()

asyncio.run(main())
"""


async def test_concurrent_claims_from_several_clients_have_exactly_one_winner(redis_server: RedisServer) -> None:
    clients = [Redis.from_url(redis_server.url) for _ in range(5)]
    filters = [RedisDeduplicator(client) for client in clients]
    for delivery in ("evt-1", "evt-2", "evt-3"):
        won = await asyncio.gather(*(filters[i % 5].claim(delivery) for i in range(20)))
        assert won.count(True) == 1
    for client in clients:
        await client.aclose()


async def test_concurrent_claims_from_several_processes_have_exactly_one_winner(redis_server: RedisServer) -> None:
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", _CLAIM_IN_A_PROCESS, redis_server.url, stdout=subprocess.PIPE
        )
        for _ in range(4)
    ]
    answers = [(await process.communicate())[0].decode().strip() for process in processes]
    assert sorted(answers) == ["False", "False", "False", "True"]


async def test_a_completed_delivery_stays_seen_for_its_ttl(redis: Redis) -> None:
    dedup = RedisDeduplicator(redis, lease=0.2, ttl=60)
    assert await dedup.claim("evt-1")
    await dedup.complete("evt-1")
    await asyncio.sleep(0.3)  # past the lease: the long TTL holds now
    assert not await RedisDeduplicator(redis).claim("evt-1")
    ttl = await redis.pttl(dedup._key("evt-1"))
    assert 50_000 < ttl <= 60_000


async def test_a_released_delivery_is_processed_again(redis: Redis) -> None:
    dedup = RedisDeduplicator(redis)
    assert await dedup.claim("evt-1")
    assert not await dedup.claim("evt-1")  # in progress
    await dedup.release("evt-1")  # the handler failed
    assert await RedisDeduplicator(redis).claim("evt-1")  # the re-delivery, in another replica


async def test_a_crashed_replicas_lease_expires(redis: Redis) -> None:
    crashed = RedisDeduplicator(redis, lease=0.2)
    assert await crashed.claim("evt-1")  # ... and never completes nor releases
    assert not await RedisDeduplicator(redis).claim("evt-1")
    await asyncio.sleep(0.3)
    assert await RedisDeduplicator(redis).claim("evt-1")


async def test_a_late_release_does_not_drop_the_claim_of_the_replica_that_took_over(redis: Redis) -> None:
    slow, other = RedisDeduplicator(redis, lease=0.2), RedisDeduplicator(redis)
    assert await slow.claim("evt-1")
    await asyncio.sleep(0.3)
    assert await other.claim("evt-1")  # the lease ran out; another replica processes it
    await slow.release("evt-1")  # the slow replica's handler failed at last
    assert not await RedisDeduplicator(redis).claim("evt-1")  # the other replica's claim stands


async def test_keys_hold_a_digest_of_the_delivery_id(redis: Redis) -> None:
    dedup = RedisDeduplicator(redis)
    assert await dedup.claim("evt-secret-looking-id")
    names = [name.decode() if isinstance(name, bytes) else name for name in await redis.keys("*")]
    assert len(names) == 1
    assert names[0].startswith("msgflash:wh:")
    assert "evt-secret" not in names[0]
