"""What a flow may ask the engine to read or write. Flows yield these; the engine answers.

Flow steps are generators: ``page = yield CoursePageQuery("IT", 1)``. They do no I/O
themselves, so flow tests drive them with plain data and no event loop.
"""

from __future__ import annotations

from dataclasses import dataclass


class Query:
    """Base of every request a flow makes to the engine."""


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
