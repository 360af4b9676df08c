"""Read side of the course catalogue: categories, paged course lists, details, topics."""

from __future__ import annotations

import math
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Course, Platform, Provider

__all__ = ["CatalogueRepository", "CourseDetail", "CoursePage", "CourseSummary"]

DEFAULT_PER_PAGE = 5


@dataclass(frozen=True, slots=True)
class CourseSummary:
    """One line of a course list."""

    id: int
    title: str
    provider: str
    mode: str
    city: str | None
    price: int
    hours: int
    rating: float | None


@dataclass(frozen=True, slots=True)
class CoursePage:
    """A page of a category (``page`` is 1-based; ``pages`` is 0 for an empty category)."""

    items: list[CourseSummary]
    page: int
    pages: int
    total: int


@dataclass(frozen=True, slots=True)
class CourseDetail:
    """Everything the course detail view shows. ``provider`` and ``platform`` are names."""

    id: int
    title: str
    category: str
    provider: str
    platform: str
    mode: str
    city: str | None
    price: int
    hours: int
    rating: float | None
    description: str


class CatalogueRepository:
    """Active courses only. Each method is one short read-only unit of work.

    Lists are ordered by rating (best first), then title, then id, so pages are stable.
    """

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def categories(self) -> list[tuple[str, int]]:
        """``(category, number of courses)`` sorted by category name."""
        query = (
            sa.select(Course.category, sa.func.count(Course.id))
            .where(Course.active.is_(True))
            .group_by(Course.category)
            .order_by(Course.category)
        )
        async with self._sessions() as session:
            rows = (await session.execute(query)).all()
        return [(category, int(count)) for category, count in rows]

    async def courses_in_category(
        self, category: str, page: int = 1, per_page: int = DEFAULT_PER_PAGE
    ) -> CoursePage:
        """Page ``page`` of ``category``; a page past the end is clamped to the last page."""
        if per_page < 1:
            raise ValueError("per_page must be at least 1")
        in_category = sa.and_(Course.category == category, Course.active.is_(True))
        async with self._sessions() as session:
            total = int(
                await session.scalar(sa.select(sa.func.count(Course.id)).where(in_category)) or 0
            )
            pages = math.ceil(total / per_page)
            page = min(max(page, 1), max(pages, 1))
            query = (
                sa.select(
                    Course.id,
                    Course.title,
                    Provider.name,
                    Course.mode,
                    Course.city,
                    Course.price,
                    Course.hours,
                    Course.rating,
                )
                .join(Provider, Provider.id == Course.provider_id)
                .where(in_category)
                .order_by(Course.rating.desc().nulls_last(), Course.title, Course.id)
                .limit(per_page)
                .offset((page - 1) * per_page)
            )
            rows = (await session.execute(query)).all() if total else []
        items = [CourseSummary(*row) for row in rows]
        return CoursePage(items=items, page=page, pages=pages, total=total)

    async def course_detail(self, course_id: int) -> CourseDetail | None:
        query = (
            sa.select(
                Course.id,
                Course.title,
                Course.category,
                Provider.name,
                Platform.name,
                Course.mode,
                Course.city,
                Course.price,
                Course.hours,
                Course.rating,
                Course.description,
            )
            .join(Provider, Provider.id == Course.provider_id)
            .join(Platform, Platform.id == Course.platform_id)
            .where(Course.id == course_id, Course.active.is_(True))
        )
        async with self._sessions() as session:
            row = (await session.execute(query)).first()
        return None if row is None else CourseDetail(*row)

    async def search(self, text: str, *, limit: int = 10) -> list[CourseSummary]:
        """Courses whose title, category or provider contains ``text`` (case-insensitive)."""
        needle = text.strip().lower()
        if not needle:
            return []
        escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        pattern = f"%{escaped}%"
        matches = sa.or_(
            *(
                sa.func.lower(column).like(pattern, escape="\\")
                for column in (Course.title, Course.category, Provider.name)
            )
        )
        query = (
            sa.select(
                Course.id,
                Course.title,
                Provider.name,
                Course.mode,
                Course.city,
                Course.price,
                Course.hours,
                Course.rating,
            )
            .join(Provider, Provider.id == Course.provider_id)
            .where(Course.active.is_(True), matches)
            .order_by(Course.rating.desc().nulls_last(), Course.title, Course.id)
            .limit(limit)
        )
        async with self._sessions() as session:
            rows = (await session.execute(query)).all()
        return [CourseSummary(*row) for row in rows]

    async def topics(self) -> list[str]:
        """Category names and course titles, deduplicated and sorted (vocabulary for NLU)."""
        active = Course.active.is_(True)
        query = sa.union(
            sa.select(Course.category.label("topic")).where(active),
            sa.select(Course.title.label("topic")).where(active),
        )
        async with self._sessions() as session:
            topics = (await session.scalars(query)).all()
        return sorted(set(topics))
