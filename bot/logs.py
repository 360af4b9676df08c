"""Structured logging (structlog) with personal data masked in every field."""

from __future__ import annotations

import logging
import sys
from collections.abc import MutableMapping
from typing import Any

import structlog

from bot.privacy import mask_pii


def _mask_event(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for name, value in event.items():
        if isinstance(value, str):
            event[name] = mask_pii(value)
    return event


def _stderr_logger(*_: Any) -> structlog.PrintLogger:
    """Resolve sys.stderr at use, not at configuration (it may be swapped, e.g. by a CLI runner)."""
    return structlog.PrintLogger(file=sys.stderr)


def configure_logging(level: str = "INFO", *, json_logs: bool = False) -> None:
    """Set up structlog once per process; idempotent."""
    numeric = logging.getLevelName(level)
    renderer: Any = (
        structlog.processors.JSONRenderer()
        if json_logs
        else structlog.dev.ConsoleRenderer(colors=False)
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            _mask_event,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=_stderr_logger,
        cache_logger_on_first_use=False,
    )


def get_logger(name: str) -> Any:
    return structlog.get_logger(name)
