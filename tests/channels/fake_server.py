"""A tiny HTTP server on loopback (aiohttp, in the test's own event loop) that records requests
and can be told to fail or be slow for the next calls."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Fault:
    status: int
    body: dict[str, Any]
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Recorded:
    name: str  # the API method (Telegram) or endpoint (Graph API)
    params: dict[str, Any]
    headers: dict[str, str]
    at: float


class FakeServer:
    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._delays: deque[float] = deque()
        self.down = False  # every call answers 500 while True
        self._runner: web.AppRunner | None = None
        self.base_url = ""

    def routes(self) -> list[web.RouteDef]:
        raise NotImplementedError

    async def start(self) -> str:
        app = web.Application()
        app.add_routes(self.routes())
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None
        port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        return self.base_url

    async def close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    # -- steering ---------------------------------------------------------------------------

    def fail(self, name: str, fault: Fault, times: int = 1) -> None:
        self._faults.setdefault(name, deque()).extend([fault] * times)

    def slow(self, seconds: float, times: int = 1) -> None:
        self._delays.extend([seconds] * times)

    async def record(self, name: str, params: dict[str, Any], headers: dict[str, str]) -> None:
        self.requests.append(Recorded(name, params, headers, time.monotonic()))
        if self._delays:
            await asyncio.sleep(self._delays.popleft())

    def fault_for(self, name: str) -> Fault | None:
        queue = self._faults.get(name)
        return queue.popleft() if queue else None

    # -- reading ----------------------------------------------------------------------------

    def calls(self, name: str) -> list[dict[str, Any]]:
        return [r.params for r in self.requests if r.name == name]

    async def wait_for(self, condition: Callable[[], bool], within: float = 5.0) -> None:
        deadline = time.monotonic() + within
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; requests so far: {self.requests}")
            await asyncio.sleep(0.01)
