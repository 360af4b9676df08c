"""ASGI entry for uvicorn workers: each worker reads the same settings and builds its app."""

from __future__ import annotations

from starlette.applications import Starlette

from bot.app import create_app
from bot.logs import configure_logging
from bot.settings import load_settings


def create() -> Starlette:
    settings = load_settings()
    configure_logging(settings.logging.level, json_logs=settings.logging.json_logs)
    return create_app(settings, freeze_heap=True)
