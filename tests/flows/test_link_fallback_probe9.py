"""Probe 9 readings: a language named as what to learn inside another flow (no switch of the
chat's language), the linking's NIK slips, and which follow-ups name a topic of their own."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from flows import FlowContext, Message, ProgrammeConfig, Query
from flows.digression import digress
from flows.fallback import names_own_topic
from flows.link_account_nik import nik, not_known, wrong_length
from flows.result import Invalid, Valid
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())


def _courses_found(query: Query) -> object:
    return SimpleNamespace(total=3, items=[], page=1, pages=1)


def test_lessons_of_a_language_in_another_flow_set_it_aside_for_a_course_search() -> None:
    session = Session()
    session.flow, session.step = "eligibility", "age"
    asked = Message(
        text="les inggris ada?", intent="change_language", confidence=0.97, at=datetime.now(UTC)
    )
    replies = drive(digress(FlowTurn(session, asked, CTX)), _courses_found)
    assert replies is not None
    assert (session.flow, session.language) == ("course_choice", "id")  # not switched to English
    assert (session.suspended or {}).get("flow") == "eligibility"


@pytest.mark.parametrize(
    ("text", "count"),
    [("my nik is 1234", 4), ("nik ku 1234", 4), ("NIK saya 3273 0101", 8), ("1234", None)],
)
def test_a_nik_of_the_wrong_length_after_the_offer(text: str, count: int | None) -> None:
    assert wrong_length(Message(text=text), asked=False) == count


def test_digits_alone_at_the_nik_question_are_a_nik_of_the_wrong_length() -> None:
    assert wrong_length(Message(text="1234"), asked=True) == 4
    assert nik(Message(text="nik ku 1234"), {}, CTX) == Invalid("nik_length", {"count": 4})
    assert isinstance(nik(Message(text="3273010101900003"), {}, CTX), Valid)
    assert wrong_length(Message(text="nomor hp ku 0812"), asked=False) is None  # no NIK named


@pytest.mark.parametrize(
    ("text", "asked", "known"),
    [
        ("I don't know it", True, False),
        ("ga tau", True, False),
        ("I don't know it", False, True),  # no NIK asked for: not about it
        ("I don't know my nik", False, False),
        ("nik nya aku lupa", False, False),
        ("nik ku terdaftar tapi aku lupa password", False, True),  # the password forgotten
    ],
)
def test_not_knowing_the_nik(text: str, asked: bool, known: bool) -> None:
    assert not_known(Message(text=text), asked=asked) is not known


def test_not_knowing_the_nik_at_its_question_says_where_it_is() -> None:
    assert nik(Message(text="I don't know it"), {}, CTX) == Invalid("where_nik", miss=False)


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("how do i rate the course?", True),
        ("how do i fix it?", False),
        ("gimana cara benerinnya", False),
        ("trs aku harus ngapain", False),
        ("kenapa ya", False),
        ("trus gmn caranya biar bisa?", False),
    ],
)
def test_a_follow_up_names_a_topic_of_its_own(text: str, own: bool) -> None:
    assert names_own_topic(text) is own
