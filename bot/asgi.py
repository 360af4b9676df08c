"""ASGI entries: ``create`` for one uvicorn process (each call reads the settings and builds its
app), ``preloaded`` for the pre-forking server (``bot.prefork``)."""

from __future__ import annotations

import gc

from starlette.applications import Starlette

from bot.app import create_app
from bot.logs import configure_logging
from bot.runtime import load_nlu
from bot.settings import load_settings


def create() -> Starlette:
    settings = load_settings()
    configure_logging(settings.logging.level, json_logs=settings.logging.json_logs)
    return create_app(settings, freeze_heap=True)


def preloaded() -> Starlette:
    """The app with its NLU model loaded, built in the pre-forking server's master before the
    workers fork: the imported modules and the model then sit in pages the workers share
    (copy-on-write). ``gc.freeze`` moves them out of the collector's reach first, so that a
    worker's collections do not write to (and so copy) them. Each worker opens its own runtime
    (database engine, Redis, channels) in the app's lifespan, after the fork."""
    settings = load_settings()
    configure_logging(settings.logging.level, json_logs=settings.logging.json_logs)
    app = create_app(settings, freeze_heap=True, parser=load_nlu(settings))
    gc.collect()
    gc.freeze()
    return app
