"""Catalogue and waves: what a flow reads about courses and waves (answers the engine may cache)."""

from __future__ import annotations

from dataclasses import dataclass

from flows.queries.base import Query


@dataclass(frozen=True, slots=True)
class CategoriesQuery(Query):
    """-> list of (category, number of courses)."""


@dataclass(frozen=True, slots=True)
class CoursePageQuery(Query):
    """-> a page of courses in a category."""

    category: str
    page: int
    per_page: int = 5


@dataclass(frozen=True, slots=True)
class CourseDetailQuery(Query):
    """-> one course with provider and platform, or None."""

    course_id: int


@dataclass(frozen=True, slots=True)
class WaveQuery(Query):
    """-> (open wave or None, next announced wave or None)."""


@dataclass(frozen=True, slots=True)
class WaveByNumber(Query):
    """-> ``views.WaveView`` of wave ``number``, or None."""

    number: int


@dataclass(frozen=True, slots=True)
class CourseSearch(Query):
    """-> ``views.SearchPage``: active courses matching every filter, best first."""

    words: str = ""
    mode: str | None = None  # online (webinar + self-paced), offline, hybrid
    city: str | None = None
    max_price: int | None = None
    page: int = 1
    per_page: int = 5
    cheapest: bool = False  # the lowest price first, instead of the best match
