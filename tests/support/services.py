"""Real backing services for tests: PostgreSQL and Redis on loopback.

Outside CI a missing server skips the tests that need it; with CI=true it fails them,
so a CI run can never pass without having exercised both backends.
"""

from __future__ import annotations

import os
import socket

import pytest

POSTGRES_HOST = os.environ.get("PRAKERJA_TEST_PG_HOST", "127.0.0.1")
POSTGRES_PORT = int(os.environ.get("PRAKERJA_TEST_PG_PORT", "5432"))
POSTGRES_ADMIN_URL = os.environ.get(
    "PRAKERJA_TEST_PG_URL", f"postgresql+asyncpg://postgres@{POSTGRES_HOST}:{POSTGRES_PORT}/test"
)
REDIS_URL = os.environ.get("PRAKERJA_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def require_service(name: str, host: str, port: int) -> None:
    """Skip (locally) or fail (in CI) when a backing service is not listening."""
    if _reachable(host, port):
        return
    message = f"{name} is not reachable on {host}:{port}"
    if in_ci():
        pytest.fail(f"{message}; CI must run every storage backend (.ci/run starts it)")
    pytest.skip(message)


def require_postgres() -> None:
    require_service("PostgreSQL", POSTGRES_HOST, POSTGRES_PORT)


def require_redis() -> None:
    require_service("Redis", "127.0.0.1", 6379)
