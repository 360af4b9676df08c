"""``prakerja serve --workers 2``: a real pre-forking server (gunicorn master, uvicorn workers)
on Redis, whose workers share the master's loaded application and answer chat turns."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from bot.prefork import WORKER_CLASS, PreforkOptions, gunicorn_settings
from tests.support.services import require_redis
from tests.support.webchat import TRUSTED, WEBCHAT_TOKEN

ROOT = Path(__file__).parents[2]
SHARED_MB = 40
"""A forked worker shares the master's imported modules and NLU model (well over 100 MB); a
spawned one shares only the interpreter's and libraries' code pages (under 20 MB here)."""


def test_the_master_preloads_and_forks_uvicorn_workers() -> None:
    settings = gunicorn_settings(PreforkOptions("127.0.0.1", 8123, 3, "warning"))
    assert settings["preload_app"] is True
    assert settings["worker_class"] == WORKER_CLASS
    assert settings["bind"] == ["127.0.0.1:8123"] and settings["workers"] == 3
    assert settings["accesslog"] is None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_healthy(base: str, server: subprocess.Popen[bytes], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "the server exited"
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    pytest.fail("the server did not answer /healthz")


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, psutil.Process]]:
    """One server for the module (start-up loads the application in three processes)."""
    require_redis()
    tmp_path = tmp_path_factory.mktemp("prefork")
    port = _free_port()
    env = dict(
        os.environ,
        PRAKERJA_DATA_DIR=str(tmp_path / "data"),
        PRAKERJA_REDIS_URL="redis://127.0.0.1:6379/12",
        PRAKERJA_WEBCHAT_API_TOKEN=WEBCHAT_TOKEN,
        PRAKERJA_NLU__MODEL_DIR=str(ROOT / ".prakerja" / "nlu-model"),  # the suite's cache
        PRAKERJA_LOGGING__LEVEL="WARNING",
    )
    for name in ("PRAKERJA_DATABASE_URL", "PRAKERJA_TELEGRAM_POLLING", "PRAKERJA_CONFIG"):
        env.pop(name, None)
    command = [sys.executable, "-m", "bot.cli", "serve", "--workers", "2", "--port", str(port)]
    process = subprocess.Popen(command, cwd=tmp_path, env=env)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_healthy(base, process, 180)
        yield base, psutil.Process(process.pid)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            pytest.fail("the server did not stop on SIGTERM")


def _shared_mb(process: psutil.Process) -> float:
    """Resident pages this process shares with another one (resident minus its private ones)."""
    info = process.memory_full_info()
    return float(info.rss - info.uss) / 2**20


def test_forked_workers_share_the_application_and_answer(
    server: tuple[str, psutil.Process],
) -> None:
    base, master = server
    workers = master.children()
    assert len(workers) == 2, workers
    for worker in workers:
        assert _shared_mb(worker) > SHARED_MB, f"worker {worker.pid} shares too little"
    for n in range(6):  # keep-alive off: the connections spread over both workers
        reply = httpx.post(
            f"{base}/api/webchat/messages",
            json={"user_id": f"prefork-{n}", "text": "gmn cara daftar min"},
            headers=TRUSTED,
            timeout=30,
        )
        assert reply.status_code == 200, reply.text
        assert "daftar" in reply.text.lower()


def test_a_worker_that_dies_is_replaced(server: tuple[str, psutil.Process]) -> None:
    base, master = server
    victim = master.children()[0]
    victim.kill()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        alive = [p for p in master.children() if p.pid != victim.pid and p.is_running()]
        if len(alive) == 2:
            break
        time.sleep(0.5)
    assert len(alive) == 2, "the master did not fork a new worker"
    assert httpx.get(f"{base}/healthz", timeout=10).status_code == 200
