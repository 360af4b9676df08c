"""Course search for the course-choice flow: topic words, mode, city and maximum price, ranked.

Every word must appear in the title, category, provider or description; a word may name
alternatives, any of which will do ("masak|kuliner": a cooking course, or any course of the
cooking category). A word marked ``PREFERRED`` ("~pemula|dasar") is not required: courses whose
title holds it come first among equal matches. Title matches rank first, then category, then
a preferred word, then rating (or, when ``cheapest``, the lowest price first). A mode is the
catalogue's own (``webinar``: live online, ``self_paced``: video, ``offline``, ``hybrid``) or
a kind of them: ``online`` is webinar or self-paced, ``in_person`` offline or hybrid (a class
held in some city)."""

from __future__ import annotations

import math
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import InstrumentedAttribute

from storage.models import Course, CourseMode, Provider

__all__ = ["ALTERNATIVES", "PREFERRED", "CourseSearchRepository", "SearchHit", "SearchResult"]

MODES = {
    "webinar": (CourseMode.WEBINAR.value,),
    "self_paced": (CourseMode.SELF_PACED.value,),
    "online": (CourseMode.WEBINAR.value, CourseMode.SELF_PACED.value),
    "offline": (CourseMode.OFFLINE.value,),
    "hybrid": (CourseMode.HYBRID.value,),
    "in_person": (CourseMode.OFFLINE.value, CourseMode.HYBRID.value),
}
MAX_WORDS = 5
ALTERNATIVES = "|"
"""Joins the alternatives of one search word ("masak|kuliner")."""
PREFERRED = "~"
"""Marks a word that orders the results without filtering them ("~pemula|dasar")."""


@dataclass(frozen=True, slots=True)
class SearchHit:
    id: int
    title: str
    provider: str
    mode: str
    city: str | None
    price: int
    rating: float | None
    category: str = ""


@dataclass(frozen=True, slots=True)
class SearchResult:
    items: tuple[SearchHit, ...]
    page: int
    pages: int
    total: int


def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


Column = sa.ColumnElement[str] | InstrumentedAttribute[str]


def _matches(column: Column, term: str) -> sa.ColumnElement[bool]:
    """``column`` holds the word, or one of its alternatives ("masak|kuliner")."""
    words = [word for word in term.split(ALTERNATIVES) if word] or [term]
    lowered = sa.func.lower(column)
    return sa.or_(*(lowered.like(_like(word), escape="\\") for word in words))


class CourseSearchRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def search(
        self,
        words: str = "",
        *,
        mode: str | None = None,
        city: str | None = None,
        max_price: int | None = None,
        cheapest: bool = False,
        page: int = 1,
        per_page: int = 5,
    ) -> SearchResult:
        said = words.lower().split()
        preferred = [w[len(PREFERRED) :] for w in said if w.startswith(PREFERRED)]
        terms = [w for w in said if len(w) >= 2 and not w.startswith(PREFERRED)][:MAX_WORDS]
        conditions: list[sa.ColumnElement[bool]] = [Course.active.is_(True)]
        score: sa.ColumnElement[int] = sa.literal(0)
        for term in terms:
            fields = (Course.title, Course.category, Provider.name, Course.description)
            conditions.append(sa.or_(*(_matches(f, term) for f in fields)))
            score = score + sa.case((_matches(Course.title, term), 3), else_=0)
            score = score + sa.case((_matches(Course.category, term), 2), else_=0)
        liked: sa.ColumnElement[int] = sa.literal(0)
        for term in preferred:
            liked = liked + sa.case((_matches(Course.title, term), 1), else_=0)
        if mode in MODES:
            conditions.append(Course.mode.in_(MODES[mode]))
        if city:
            conditions.append(sa.func.lower(Course.city).like(_like(city.lower()), escape="\\"))
        if max_price:
            conditions.append(Course.price <= max_price)
        where = sa.and_(*conditions)
        listing = (
            sa.select(
                Course.id,
                Course.title,
                Provider.name,
                Course.mode,
                Course.city,
                Course.price,
                Course.rating,
                Course.category,
            )
            .join(Provider, Provider.id == Course.provider_id)
            .where(where)
        )
        if cheapest:  # successive order_by calls add keys: the price decides first
            listing = listing.order_by(Course.price.asc())
        listing = listing.order_by(
            score.desc(), liked.desc(), Course.rating.desc().nulls_last(), Course.title, Course.id
        )
        async with self._sessions() as session:
            total = int(
                await session.scalar(
                    sa.select(sa.func.count(Course.id))
                    .join(Provider, Provider.id == Course.provider_id)
                    .where(where)
                )
                or 0
            )
            pages = math.ceil(total / per_page)
            page = min(max(page, 1), max(pages, 1))
            rows = (
                await session.execute(listing.limit(per_page).offset((page - 1) * per_page))
            ).all()
        hits = tuple(SearchHit(*row) for row in rows)
        return SearchResult(hits, page, pages, total)
