"""Transcript buffering: the turn hands entries over and returns; a background task writes them.

Writes are batched (every ``flush_interval`` or ``max_batch`` entries) so the database is not on
the per-message hot path. Entries that cannot be written because the database is briefly away
stay in the buffer and are retried; ``close`` flushes what is left. A conversation's entries
that the database refuses while it is up (bad data) are retried alone and, after
``MAX_REFUSALS``, dropped and logged: one bad row must not stop every conversation's writes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from typing import Protocol

from sqlalchemy import exc as sa_exc

from bot.logs import get_logger
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptEntry

log = get_logger(__name__)

MAX_BUFFERED = 200_000  # beyond this the oldest entries are dropped (and logged), not memory
MAX_PER_TRANSACTION = 2_000  # entries written in one transaction
MAX_REFUSALS = 3  # a conversation's entries refused this often (the database up) are dropped

Batch = list[tuple[ConversationKey, list[TranscriptEntry]]]


class TranscriptWriter(Protocol):
    async def record_many(
        self, batch: Sequence[tuple[ConversationKey, Sequence[TranscriptEntry]]]
    ) -> None: ...


class BufferedTranscript:
    def __init__(
        self, writer: TranscriptWriter, *, flush_interval: float = 0.05, max_batch: int = 500
    ) -> None:
        self._writer = writer
        self._interval = flush_interval
        self._max_batch = max_batch
        self._pending: Batch = []
        self._refusals: dict[int, int] = {}  # id() of a pending entries list -> refusals
        self._size = 0
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._flush_lock = asyncio.Lock()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="transcript-writer")

    def add(self, key: ConversationKey, entries: list[TranscriptEntry]) -> None:
        self._pending.append((key, entries))
        self._size += len(entries)
        if self._size > MAX_BUFFERED:
            dropped_key, dropped = self._pending.pop(0)
            self._size -= len(dropped)
            log.error(
                "transcript_buffer_overflow", dropped=len(dropped), conversation=str(dropped_key)
            )
        if self._size >= self._max_batch:
            self._wake.set()

    @property
    def pending(self) -> int:
        return self._size

    async def flush(self) -> None:
        """Write everything buffered; when the database is away put it back (in order) and
        re-raise; when it refuses some entries, write the rest one conversation at a time."""
        async with self._flush_lock:
            while self._pending:
                batch = self._take(MAX_PER_TRANSACTION)
                try:
                    await self._writer.record_many(batch)
                except Exception as exc:
                    if _database_away(exc):
                        self._put_back(batch)
                        raise
                    await self._one_at_a_time(batch)

    async def _one_at_a_time(self, batch: Batch) -> None:
        """Each conversation's entries alone; those refused again are put back, or dropped and
        logged once refused ``MAX_REFUSALS`` times. The database going away re-raises."""
        refused: Batch = []
        for at, (key, entries) in enumerate(batch):
            try:
                await self._writer.record_many([(key, entries)])
            except Exception as exc:
                if _database_away(exc):
                    self._put_back([*refused, *batch[at:]])
                    raise
                count = self._refusals.get(id(entries), 0) + 1
                if count < MAX_REFUSALS:
                    self._refusals[id(entries)] = count
                    refused.append((key, entries))
                    continue
                self._refusals.pop(id(entries), None)
                log.error("transcript_entries_refused", conversation=str(key),
                          dropped=len(entries), error=type(exc).__name__)  # fmt: skip
            else:
                self._refusals.pop(id(entries), None)
        self._put_back(refused)

    def _put_back(self, batch: Batch) -> None:
        self._pending[:0] = batch  # back in front, in order
        self._size += sum(len(entries) for _, entries in batch)

    def _take(self, limit: int) -> Batch:
        taken, size = 0, 0
        while taken < len(self._pending) and size < limit:
            size += len(self._pending[taken][1])
            taken += 1
        batch, self._pending = self._pending[:taken], self._pending[taken:]
        self._size -= size
        return batch

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._interval)
            self._wake.clear()
            if not self._pending:
                continue
            try:
                await self.flush()
            except Exception as exc:  # the database is away: keep entries, retry later
                log.warning("transcript_flush_failed", error=type(exc).__name__, pending=self._size)
                await asyncio.sleep(min(self._interval * 20, 1.0))

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if self._pending:
            try:
                await self.flush()
            except Exception as exc:
                log.error(
                    "transcript_lost_on_shutdown", error=type(exc).__name__, pending=self._size
                )


def _database_away(exc: Exception) -> bool:
    """The database could not be reached (retry everything later), as opposed to a statement it
    refused while up (bad data: a constraint, an encoding)."""
    if isinstance(exc, OSError | TimeoutError | sa_exc.DisconnectionError):
        return True
    if isinstance(exc, sa_exc.DBAPIError):
        reached = not isinstance(exc, sa_exc.OperationalError | sa_exc.InterfaceError)
        return exc.connection_invalidated or not reached
    return False
