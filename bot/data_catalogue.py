"""Answers about the catalogue and the waves (``bot.data.DataAnswers`` mixes them in), and the
brief in-process cache they go through.

Read-mostly catalogue answers are cached briefly in-process: they change rarely, and every
worker reading them from PostgreSQL on each turn would put the database on the hot path.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.turn_time import Clock
from flows import queries as q
from flows import views
from storage.repositories.catalogue import CatalogueRepository
from storage.repositories.course_search import CourseSearchRepository
from storage.repositories.waves import WaveRepository


class TTLCache:
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


class CatalogueAnswers:
    """Courses, categories, search and waves; the repositories are built by ``DataAnswers``."""

    catalogue: CatalogueRepository
    waves: WaveRepository
    search: CourseSearchRepository
    clock: Clock
    _cache: TTLCache

    async def _course_page(self, query: q.CoursePageQuery) -> Any:
        return await self._cache.get(
            query,
            lambda: self.catalogue.courses_in_category(
                query.category, query.page, per_page=query.per_page
            ),
        )

    async def _wave_status(self) -> tuple[Any, Any]:
        now = self.clock()
        return await self.waves.open_wave(now), await self.waves.next_wave(now)

    async def _search(self, query: q.CourseSearch) -> views.SearchPage:
        return await self.search.search(
            query.words,
            mode=query.mode,
            city=query.city,
            max_price=query.max_price,
            cheapest=query.cheapest,
            page=query.page,
            per_page=query.per_page,
        )
