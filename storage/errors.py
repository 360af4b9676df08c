"""Storage exception tree; callers react to these types, never to message text."""

from __future__ import annotations


class StorageError(Exception):
    """Base of every storage failure."""


class StoreUnavailable(StorageError):
    """A backing store (Redis, the database) cannot be reached right now."""

    def __init__(self, store: str, detail: str = "") -> None:
        super().__init__(f"{store} unavailable: {detail}" if detail else f"{store} unavailable")
        self.store = store


class LockTimeout(StorageError):
    """The conversation lock could not be taken in time (another turn is stuck)."""
