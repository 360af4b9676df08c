"""Web chat load benchmark: a server on Redis + PostgreSQL, driven over HTTP from this process.

    .venv/bin/python -m bench.webchat_load [--workers 2] [--users 3000] [--turns 5] [--runs 3]

Prints, per run and as medians: closed-loop throughput (turns/s) with p50/p99 latency, open-loop
latency at --rate turns/s offered, and the server's peak memory (PSS and RSS, all its processes
together).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import psutil

from bench.loadgen import Results, Script, run

ROOT = Path(__file__).resolve().parents[1]
API_TOKEN = "bench-webchat-token"  # the load generator names its users, as a trusted server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class MemorySampler(threading.Thread):
    """Peak memory of a process and its children, sampled every 50 ms: the sum of their
    proportional set sizes (PSS: a page shared by n processes counts 1/n in each, so the sum
    is the memory the server holds) and the sum of their resident sets (RSS: a shared page
    counts in every process; forked workers share the master's loaded application)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.peak_pss = 0
        self.peak_rss = 0
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
                infos = [p.memory_full_info() for p in procs]
                self.peak_pss = max(self.peak_pss, sum(i.pss for i in infos))
                self.peak_rss = max(self.peak_rss, sum(i.rss for i in infos))
            except psutil.Error:
                pass
            time.sleep(0.05)


def _create_database(admin_url: str, name: str) -> str:
    import asyncpg

    async def create() -> None:
        conn = await asyncpg.connect(admin_url.replace("postgresql+asyncpg", "postgresql"))
        await conn.execute(f'CREATE DATABASE "{name}"')
        await conn.close()

    asyncio.run(create())
    return admin_url.rsplit("/", 1)[0] + f"/{name}"


def _drop_database(admin_url: str, name: str) -> None:
    import asyncpg

    async def drop() -> None:
        conn = await asyncpg.connect(admin_url.replace("postgresql+asyncpg", "postgresql"))
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.close()

    asyncio.run(drop())


def _server_env(args: argparse.Namespace, database_url: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PRAKERJA_DATABASE_URL=database_url,
        PRAKERJA_REDIS_URL=args.redis_url,
        PRAKERJA_SECRET_KEY="bench-secret-key-not-for-production-0123456789",
        PRAKERJA_WEBCHAT_API_TOKEN=API_TOKEN,
        PRAKERJA_LOGGING__LEVEL="WARNING",
    )
    return env


def _seed(args: argparse.Namespace, database_url: str) -> None:
    """The demo programme data (courses to browse): a PostgreSQL database only gets it from an
    explicit ``prakerja db seed``."""
    cmd = [sys.executable, "-m", "bot.cli", "db", "seed"]
    subprocess.run(cmd, cwd=ROOT, env=_server_env(args, database_url), check=True)


def _start_server(
    args: argparse.Namespace, port: int, database_url: str
) -> subprocess.Popen[bytes]:
    env = _server_env(args, database_url)
    cmd = [
        sys.executable,
        "-m",
        "bot.cli",
        "serve",
        "--port",
        str(port),
        "--workers",
        str(args.workers),
    ]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env)
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            pass
        if proc.poll() is not None:
            raise SystemExit("server exited during start-up")
        time.sleep(0.3)
    proc.terminate()
    raise SystemExit("server did not become healthy")


def _script(categories: list[str]) -> Script:
    def step(user: str, turn: int) -> dict[str, str]:
        n = int(user.rsplit("-", 1)[1])
        body = {
            "user_id": f"{user}-{uuid.uuid4().hex[:6]}" if turn == 0 else user,
            "message_id": f"{user}-{turn}",
        }
        category = categories[n % len(categories)]
        choices = [
            {"payload": "start"},
            {"payload": "courses"},
            {"payload": f"courses:1:{category}"},
            {"payload": f"courses:2:{category}"},
            {"text": "gmn cara daftar min"},
            {"payload": "topic:waves"},
            {"payload": "menu"},
        ]
        body.update(choices[turn % len(choices)])
        return body

    return step


def _categories(port: int) -> list[str]:
    response = httpx.post(
        f"http://127.0.0.1:{port}/api/webchat/messages",
        json={"user_id": "bench-probe", "payload": "courses"},
        headers={"Authorization": f"Bearer {API_TOKEN}"},
        timeout=30,
    )
    if response.status_code != 200:
        raise SystemExit(f"probe failed: {response.status_code} {response.text}")
    reply = response.json()
    categories = [
        b["payload"].split(":", 2)[2]
        for b in reply["replies"][0]["buttons"]
        if b["payload"].startswith("courses:")
    ]
    if not categories:
        raise SystemExit(f"no course categories offered (is the catalogue seeded?): {reply}")
    return categories


def _report(label: str, result: Results) -> dict[str, float]:
    rate = result.turns / result.elapsed if result.elapsed else 0.0
    figures = {
        "turns_per_s": rate,
        "p50_ms": result.percentile(0.50) * 1000,
        "p99_ms": result.percentile(0.99) * 1000,
        "errors": float(result.errors + sum(v for k, v in result.statuses.items() if k != 200)),
    }
    print(
        f"  {label:<22} {result.turns:>6} turns  {rate:8.0f} turns/s  "
        f"p50 {figures['p50_ms']:6.1f} ms  p99 {figures['p99_ms']:6.1f} ms  "
        f"non-200/errors {int(figures['errors'])}"
    )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--users", type=int, default=3000)
    parser.add_argument("--turns", type=int, default=5)
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--rate", type=float, default=500.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--pg-admin-url", default="postgresql+asyncpg://postgres@127.0.0.1:5432/test"
    )
    parser.add_argument(
        "--redis-url", default="redis://127.0.0.1:6379/14", help="a Redis database it may empty"
    )
    args = parser.parse_args()

    import redis

    redis.Redis.from_url(args.redis_url).flushdb()  # a database of its own: start empty
    name = f"prakerja_bench_{uuid.uuid4().hex[:8]}"
    database_url = _create_database(args.pg_admin_url, name)
    _seed(args, database_url)
    port = _free_port()
    server = _start_server(args, port, database_url)
    sampler = MemorySampler(server.pid)
    sampler.start()
    closed: list[dict[str, float]] = []
    opened: list[dict[str, float]] = []
    try:
        script = _script(_categories(port))
        print(
            f"server: {args.workers} worker(s) on Redis + PostgreSQL; "
            f"{args.users} users x {args.turns} turns per run"
        )
        for n in range(args.runs):
            print(f"run {n + 1}:")
            result = asyncio.run(
                run(
                    "127.0.0.1",
                    port,
                    users=args.users,
                    turns=args.turns,
                    script=script,
                    token=API_TOKEN,
                    connections=args.connections,
                )
            )
            closed.append(_report("closed loop (max)", result))
            result = asyncio.run(
                run(
                    "127.0.0.1",
                    port,
                    users=args.users // 2,
                    turns=args.turns,
                    script=script,
                    token=API_TOKEN,
                    connections=args.connections,
                    rate=args.rate,
                )
            )
            opened.append(_report(f"open loop {args.rate:.0f}/s", result))
    finally:
        sampler.stop.set()
        server.terminate()
        server.wait(30)
        _drop_database(args.pg_admin_url, name)

    def med(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(row[key] for row in rows)

    print(f"median of {args.runs} runs:")
    print(
        f"  throughput {med(closed, 'turns_per_s'):.0f} turns/s "
        f"(p50 {med(closed, 'p50_ms'):.1f} ms, p99 {med(closed, 'p99_ms'):.1f} ms)"
    )
    print(
        f"  at {args.rate:.0f} turns/s offered: p50 {med(opened, 'p50_ms'):.1f} ms, "
        f"p99 {med(opened, 'p99_ms'):.1f} ms"
    )
    print(
        f"  server peak memory {sampler.peak_pss / 2**20:.0f} MB PSS (all processes, shared "
        f"pages once); RSS summed over processes {sampler.peak_rss / 2**20:.0f} MB"
    )


if __name__ == "__main__":
    main()
