"""A year of birth in the check's opening message is an age, only with birth words; "kalo beda
KK?" is read as a different family card (probe: both fell back)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.config import ProgrammeConfig
from flows.eligibility_age import AGE_EITHER
from flows.eligibility_birth_year import asks_to_join, birth_age, opening_facts
from flows.eligibility_kk import other_card
from flows.result import Invalid, Valid
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message

CTX = FlowContext(ProgrammeConfig())
JUNE_2026 = datetime(2026, 6, 15, 3, tzinfo=UTC)


def _said(text: str) -> Message:
    return Message(text=text, at=JUNE_2026)


@pytest.mark.parametrize(
    ("text", "age", "either"),
    [
        ("aku lahir thn 2009, udh bisa ikut prakerja?", 17, [16, 17]),
        ("kelahiran 2007 boleh daftar ga", 19, [18, 19]),
        ("I was born in 2000, can I join?", 26, [25, 26]),
    ],
)
def test_a_birth_year_in_the_opening_is_the_age_in_the_year_it_is_sent(
    text: str, age: int, either: list[int]
) -> None:
    slots = opening_facts(_said(text), CTX)
    assert slots["age"] == age and slots[AGE_EITHER] == either


def test_a_birth_year_either_side_of_the_minimum_gives_no_age() -> None:
    found = birth_age(_said("lahir 2008 bisa daftar?"), CTX, {})
    assert isinstance(found, Invalid) and found.params["younger"] == 17
    assert "age" not in opening_facts(_said("lahir 2008 bisa daftar?"), CTX)


@pytest.mark.parametrize(
    "text",
    ["2008", "prakerja 2008 ada ga", "syarat prakerja 2024 apa aja?", "gelombang 2008 kapan?",
     "adik aku lahir 2009 bisa daftar?", "lahir di jakarta, bisa daftar?"],
)  # fmt: skip
def test_a_year_without_birth_words_or_a_relatives_is_no_age(text: str) -> None:
    slots: Slots = {}
    assert birth_age(_said(text), CTX, slots) is None and not slots
    assert "age" not in opening_facts(_said(text), CTX)


def test_a_birth_date_with_birth_words_is_its_age_on_the_day_sent() -> None:
    message = Message(text="saya lahir 20 juli 2008", at=JUNE_2026, entities=(_Date(),))
    assert birth_age(message, CTX, {}) == Valid(17)


class _Date:
    entity, value = "date", "2008-07-20"


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("I was born in 2009, am I old enough?", True),
        ("saya kelahiran 2008, sudah cukup umur?", True),
        ("lahir 2008 bisa daftar?", True),
        ("aku lahir 2005", False),
        ("prakerja 2008 ada ga", False),
    ],
)
def test_a_birth_year_with_a_question_about_joining_asks_for_the_check(
    text: str, asks: bool
) -> None:
    assert asks_to_join(_said(text), CTX) is asks


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("oh gitu, kalo beda KK?", True),
        ("kalau KK nya beda gmn", True),
        ("kknya udh pisah", True),
        ("kami ga satu kk", True),
        ("what if we're on different family cards?", True),
        ("we're not on the same family card", True),
        ("1 KK", False),
        ("ada 5 org di kk aku", False),
        ("kalo gelombang berikutnya?", False),
        ("beda gelombang gmn?", False),
    ],
)
def test_a_different_family_card(text: str, other: bool) -> None:
    assert other_card(text) is other
