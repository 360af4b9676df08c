"""A serving worker moves what it loaded at start-up out of the garbage collector's reach."""

from __future__ import annotations

import gc

import pytest

from bot import asgi
from bot.settings import Settings


async def test_a_serving_worker_freezes_its_start_up_heap(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PRAKERJA_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("PRAKERJA_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("PRAKERJA_SECRET_KEY", "test-secret-key-0123456789abcdef")
    gc.unfreeze()
    app = asgi.create()
    try:
        async with app.router.lifespan_context(app):
            assert app.state.runtime is not None
            # the runtime's objects (NLU model, lexicons, flow tables) are all frozen
            assert gc.get_freeze_count() > 50_000
    finally:
        gc.unfreeze()  # the test process collects as usual again
