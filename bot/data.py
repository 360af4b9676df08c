"""Answers the queries flows yield, from the programme database.

Read-mostly catalogue answers are cached briefly in-process: they change rarely, and every
worker reading them from PostgreSQL on each turn would put the database on the hot path.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from flows import CategoriesQuery, CourseDetailQuery, CoursePageQuery, Query, WaveQuery
from storage.repositories.catalogue import CatalogueRepository
from storage.repositories.waves import WaveRepository


class _TTLCache:
    def __init__(self, ttl: float, max_entries: int = 4096) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._data: dict[object, tuple[float, Any]] = {}

    async def get(self, key: object, load: Callable[[], Awaitable[Any]]) -> Any:
        now = time.monotonic()
        hit = self._data.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        value = await load()
        if len(self._data) >= self._max:
            self._data.clear()
        self._data[key] = (now + self._ttl, value)
        return value


class DataAnswers:
    """Callable the engine uses to answer a flow's query."""

    def __init__(
        self, catalogue: CatalogueRepository, waves: WaveRepository, *, cache_seconds: float = 60
    ) -> None:
        self._catalogue = catalogue
        self._waves = waves
        self._cache = _TTLCache(cache_seconds)

    async def __call__(self, query: Query) -> Any:
        if isinstance(query, CategoriesQuery):
            return await self._cache.get(query, self._catalogue.categories)
        if isinstance(query, CoursePageQuery):
            return await self._cache.get(
                query,
                lambda: self._catalogue.courses_in_category(
                    query.category, query.page, per_page=query.per_page
                ),
            )
        if isinstance(query, CourseDetailQuery):
            return await self._cache.get(
                query, lambda: self._catalogue.course_detail(query.course_id)
            )
        if isinstance(query, WaveQuery):
            return await self._cache.get(query, self._wave_status)
        raise TypeError(f"no answer for query {type(query).__name__}")

    async def _wave_status(self) -> tuple[Any, Any]:
        now = datetime.now(UTC)
        return await self._waves.open_wave(now), await self._waves.next_wave(now)
