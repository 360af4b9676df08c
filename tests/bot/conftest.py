"""A real assistant on the embedded defaults (SQLite file, in-process sessions), per test."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot.app import create_app
from bot.runtime import Runtime, open_runtime, prepare_database
from bot.settings import Settings, load_settings
from tests.support.webchat import WEBCHAT_TOKEN


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated + seeded SQLite file; each test gets its own copy."""
    import asyncio

    path = tmp_path_factory.mktemp("db") / "seeded.db"
    settings = load_settings(
        database_url=f"sqlite+aiosqlite:///{path}", secret_key="test-secret-key-0123456789abcdef"
    )
    asyncio.run(prepare_database(settings))
    return path


@pytest.fixture
def settings(seeded_db: Path, tmp_path: Path) -> Settings:
    copy = tmp_path / "prakerja.db"
    copy.write_bytes(seeded_db.read_bytes())
    return load_settings(
        data_dir=tmp_path,
        database_url=f"sqlite+aiosqlite:///{copy}",
        secret_key="test-secret-key-0123456789abcdef",
        webchat_api_token=WEBCHAT_TOKEN,
    )


@pytest.fixture
async def runtime(settings: Settings) -> AsyncIterator[Runtime]:
    rt = await open_runtime(settings)
    yield rt
    await rt.close()


@pytest.fixture
async def client(settings: Settings, runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, runtime)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
        yield http
