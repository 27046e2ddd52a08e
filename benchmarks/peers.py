"""Benchmark 12: a peer SDK against the same lean server, used generically (optional: skipped if absent).

openai-python's `AsyncOpenAI` is the best-known hand-written async SDK; its generic `get(path,
cast_to=object)` sends a request through its whole client (httpx, retries, options, response wrapper) and
returns the decoded JSON, untyped. Sequential calls, interleaved with raw aiohttp + `json.loads`.
"""

from __future__ import annotations

import statistics

from . import _clients, _payloads
from ._results import Outcome, Row, spread_of
from ._stats import Batch, interleaved


async def run(base_url: str, *, calls: int, rounds: int) -> Outcome:
    outcome = Outcome()
    try:
        import openai
    except ImportError:
        print("[peers] openai is not installed: no peer row")
        return outcome
    client = openai.AsyncOpenAI(
        api_key=_payloads.API_KEY,
        base_url=base_url,
        max_retries=0,
        default_headers={"x-api-key": _payloads.API_KEY},
        http_client=openai.DefaultAsyncHttpxClient(),
    )
    path = f"/api/v1/instances/{_payloads.INSTANCE_ID}"

    async def peer() -> None:
        for _ in range(calls):
            await client.get(path, cast_to=object)

    async with _clients.raw_session() as session, client:
        url = base_url + path

        async def raw() -> None:
            for _ in range(calls):
                await _clients.raw_get_json(session, url)

        batches: tuple[Batch, Batch] = (peer, raw)
        for batch in batches:
            await batch()
        ratio, peer_times, _ = await interleaved(peer, raw, rounds)
    per_call = statistics.median(peer_times) / calls * 1e6
    outcome.rows.append(
        Row(
            12,
            f"Peer: openai-python {openai.__version__} generic get (small call)",
            f"peer time ÷ raw aiohttp + json.loads time ({per_call:.0f} µs per call; compare row 1)",
            ratio.median,
            "×",
            "",
            None,
            spread_of(ratio),
        )
    )
    outcome.chart["openai-python generic get"] = ratio.median
    return outcome
