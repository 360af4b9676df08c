"""Small helpers over SQLAlchemy results, shared by the repositories."""

from __future__ import annotations

from typing import Any

__all__ = ["rowcount"]


def rowcount(result: Any) -> int:
    """Rows an UPDATE or DELETE matched (0 when the driver does not say)."""
    return int(getattr(result, "rowcount", 0) or 0)
