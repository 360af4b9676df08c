"""A small HTTP/1.1 keep-alive load generator for the web chat API (asyncio streams).

Written for this benchmark instead of using httpx: on a 2-core machine the client must cost far
less CPU than the server it measures, and raw keep-alive streams do ~10x less work per request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson

Script = Callable[[str, int], dict[str, str]]  # (user id, turn number) -> request body


@dataclass
class Results:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=dict)
    started: float = 0.0
    finished: float = 0.0

    @property
    def turns(self) -> int:
        return len(self.latencies)

    @property
    def elapsed(self) -> float:
        return self.finished - self.started

    def percentile(self, q: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


class Connection:
    def __init__(self, host: str, port: int, token: str) -> None:
        self.host, self.port, self.token = host, port, token
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        head = (
            f"POST {path} HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/json\r\n"
            f"Authorization: Bearer {self.token}\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        self.writer.write(head + body)
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.lower() == b"content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()


async def _user(
    conn: Connection,
    user: str,
    turns: int,
    script: Script,
    results: Results,
    pace: asyncio.Queue[None] | None,
) -> None:
    for turn in range(turns):
        if pace is not None:
            await pace.get()
        body = orjson.dumps(script(user, turn))
        started = time.perf_counter()
        try:
            status = await conn.post("/api/webchat/messages", body)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            results.errors += 1
            await conn.close()
            conn.writer = None
            continue
        results.latencies.append(time.perf_counter() - started)
        results.statuses[status] = results.statuses.get(status, 0) + 1


async def _ticker(rate: float, total: int, pace: asyncio.Queue[None]) -> None:
    """Open-loop pacing: release one turn every 1/rate seconds regardless of answers."""
    start = time.perf_counter()
    for n in range(total):
        delay = start + n / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        pace.put_nowait(None)


async def run(
    host: str,
    port: int,
    *,
    users: int,
    turns: int,
    script: Script,
    token: str,
    connections: int = 64,
    rate: float | None = None,
) -> Results:
    """Drive ``users`` conversations of ``turns`` turns each over ``connections`` sockets,
    as a trusted server (web chat API ``token``) naming its own users.

    Closed loop (rate None): each connection sends as fast as answers come back.
    Open loop (rate set): turns are released at ``rate`` per second.
    """
    results = Results()
    pace: asyncio.Queue[None] | None = asyncio.Queue() if rate else None
    conns = [Connection(host, port, token) for _ in range(connections)]
    queue: asyncio.Queue[str] = asyncio.Queue()
    for n in range(users):
        queue.put_nowait(f"bench-{n}")

    async def worker(conn: Connection) -> None:
        while not queue.empty():
            await _user(conn, queue.get_nowait(), turns, script, results, pace)
        await conn.close()

    results.started = time.perf_counter()
    ticker = asyncio.create_task(_ticker(rate, users * turns, pace)) if rate and pace else None
    await asyncio.gather(*(worker(c) for c in conns))
    results.finished = time.perf_counter()
    if ticker:
        ticker.cancel()
    return results
