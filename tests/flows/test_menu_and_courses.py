"""Flow steps are pure: driven here with plain data, no database, no event loop."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from types import SimpleNamespace
from typing import Any

import pytest

from flows import (
    CategoriesQuery,
    CourseDetailQuery,
    CoursePageQuery,
    CourseSearch,
    FlowContext,
    Message,
    Outbound,
    ProgrammeConfig,
    Query,
    WaveQuery,
    respond,
)
from flows.course_followups import category_named
from flows.responses import LANGUAGES, keys
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())


def drive(session: Session, message: Message, answer: Callable[[Query], Any]) -> list[Outbound]:
    steps = respond(session, message, CTX)
    try:
        query = next(steps)
        while True:
            query = steps.send(answer(query))
    except StopIteration as done:
        return list(done.value)


def no_queries(query: Query) -> Any:
    raise AssertionError(f"unexpected query {query}")


def courses(n: int, page: int, per_page: int = 5) -> SimpleNamespace:
    items = [
        SimpleNamespace(id=i, title=f"Kursus {i}", price=250_000)
        for i in range((page - 1) * per_page + 1, min(page * per_page, n) + 1)
    ]
    return SimpleNamespace(items=items, page=page, pages=-(-n // per_page), total=n)


def test_first_message_gets_the_main_menu() -> None:
    replies = drive(Session(), Message(text="p"), no_queries)
    payloads = [b.payload for b in replies[0].buttons]
    assert "courses" in payloads and "topic:eligibility" in payloads and "lang:en" in payloads


def test_unknown_free_text_is_answered_honestly_with_the_menu() -> None:
    replies = drive(Session(turns=3), Message(text="asdfgh"), no_queries)
    assert "belum paham" in replies[0].text
    assert replies[1].buttons


def test_category_list_then_pages_then_detail() -> None:
    session = Session()
    replies = drive(
        session, Message(payload="courses"), lambda q: [("Teknologi", 12), ("Bahasa", 7)]
    )
    assert [b.payload for b in replies[0].buttons][:2] == [
        "courses:1:Teknologi",
        "courses:1:Bahasa",
    ]

    def pages(q: Query) -> Any:
        assert isinstance(q, CoursePageQuery) and q.category == "Teknologi" and q.per_page == 5
        return courses(12, q.page)

    replies = drive(session, Message(payload="courses:1:Teknologi"), pages)
    titles = [b.payload for b in replies[0].buttons]
    assert titles[:5] == [f"course:{i}" for i in range(1, 6)]
    assert "courses:2:Teknologi" in titles and "courses:0:Teknologi" not in titles
    replies = drive(session, Message(payload="courses:3:Teknologi"), pages)
    payloads = [b.payload for b in replies[0].buttons]
    assert payloads[:2] == ["course:11", "course:12"] and "courses:2:Teknologi" in payloads
    assert "halaman 3 dari 3" in replies[0].text

    detail = SimpleNamespace(
        title="Kursus 11",
        category="Teknologi",
        provider="LPK Maju",
        platform="Pijar Mahir",
        mode="offline",
        city="Bandung",
        price=1_250_000,
        hours=16,
        rating=4.56,
    )
    replies = drive(session, Message(payload="course:11"), lambda q: detail)
    body = replies[0].text
    assert "LPK Maju" in body and "Luring" in body and "Bandung" in body
    assert "Rp1.250.000" in body and "4.6" in body
    assert replies[0].buttons[0].payload == "courses:3:Teknologi"


def test_missing_course_is_explained() -> None:
    replies = drive(Session(), Message(payload="course:999"), lambda q: None)
    assert "tidak ditemukan" in replies[0].text


def test_waves_never_invented() -> None:
    def none(q: Query) -> Any:
        assert isinstance(q, WaveQuery)
        return (None, None)

    replies = drive(Session(), Message(payload="topic:waves"), none)
    assert "belum ada gelombang" in replies[0].text.lower()
    wave = SimpleNamespace(number=72, closes_at=datetime(2026, 12, 5), quota=500_000)
    replies = drive(Session(), Message(payload="topic:waves"), lambda q: (wave, None))
    assert "Gelombang 72" in replies[0].text and "5 Desember 2026" in replies[0].text


def test_language_switch_changes_every_later_reply() -> None:
    session = Session()
    drive(session, Message(payload="lang:en"), no_queries)
    assert session.language == "en"
    replies = drive(session, Message(payload="topic:eligibility"), no_queries)
    assert "Aged 18–64" in replies[0].text


def test_stale_payload_gets_the_menu() -> None:
    replies = drive(Session(), Message(payload="no-such:thing"), no_queries)
    assert "tidak berlaku" in replies[0].text and replies[1].buttons


def test_catalogues_have_the_same_keys_and_placeholders() -> None:
    reference = keys("id")
    for language in LANGUAGES:
        assert keys(language) == reference, language


def test_queries_are_hashable_for_caching() -> None:
    assert len({CategoriesQuery(), CategoriesQuery(), CourseDetailQuery(1), WaveQuery()}) == 3


CATEGORIES = [("Kuliner", 24), ("Desain Grafis dan Multimedia", 24), ("Pemasaran", 24)]


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("kuliner", "Kuliner"),
        ("Kulinr", "Kuliner"),
        ("yang kuliner aja", "Kuliner"),
        ("culinary", "Kuliner"),
        ("kategori desain grafis", "Desain Grafis dan Multimedia"),
        ("pemasran", "Pemasaran"),
        ("masak", None),  # a topic, searched
        ("kuliner yang online", None),  # a category with a filter: a search
        ("dan", None),
    ],
)
def test_category_named_whole_in_part_or_with_a_typo(typed: str, category: str | None) -> None:
    names = [name for name, _ in CATEGORIES]
    assert category_named(Message(text=typed), names) == category


def test_category_typed_at_the_category_list_opens_it() -> None:
    session = Session()
    drive(session, Message(payload="courses"), lambda q: CATEGORIES)

    def answer(q: Query) -> Any:
        if isinstance(q, CategoriesQuery):
            return CATEGORIES
        assert isinstance(q, CoursePageQuery) and q.category == "Kuliner"
        return courses(24, q.page)

    typed = Message(text="Kulinr", intent="out_of_scope", confidence=0.82)
    replies = drive(session, typed, answer)
    assert "Pelatihan Kuliner" in replies[0].text


def test_refinement_of_a_category_page_searches_within_the_category() -> None:
    session = Session()
    drive(session, Message(payload="courses:1:Kuliner"), lambda q: courses(24, 1))
    searched: list[CourseSearch] = []

    def answer(q: Query) -> Any:
        if isinstance(q, CategoriesQuery):
            return CATEGORIES
        assert isinstance(q, CourseSearch)
        searched.append(q)
        return courses(14, q.page)

    typed = Message(text="yang online aja", intent="inform", confidence=0.99)
    replies = drive(session, typed, answer)
    assert [(q.words, q.mode) for q in searched] == [("Kuliner", "online")]
    assert "total 14" in replies[0].text
