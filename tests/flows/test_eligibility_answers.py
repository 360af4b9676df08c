"""The eligibility check's typed answers: at the age question, a lone "not at school" is the
school question's answer given early (noted, the age asked again), and only there."""

from __future__ import annotations

import pytest

from flows.eligibility_answers import age
from flows.result import Invalid, Valid
from flows.runtime.machine import Slots
from flows.turn import Message
from tests.flows.test_runtime import CTX


@pytest.mark.parametrize("text", ["gk kuliah", "ga kuliah", "udh ga sekolah", "aku udah ga kuliah"])
def test_a_lone_not_at_school_at_the_age_question_is_noted_not_missed(text: str) -> None:
    slots: Slots = {}
    result = age(Message(text=text), slots, CTX)
    assert isinstance(result, Invalid) and result.reason == "school_noted" and not result.miss
    assert slots == {"school": "no"}


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("adik saya ga kuliah", {}),  # a sibling's, not the user's
        ("ga kuliah", {"school": "yes"}),  # answered already
        ("ga kuliah", {"age": 23}),  # a correction's value tried against the age: not it
    ],
)
def test_no_school_fact_is_noted_when_it_is_not_the_users_or_not_new(
    text: str, slots: Slots
) -> None:
    before = dict(slots)
    assert age(Message(text=text), slots, CTX) is None
    assert slots == before


def test_an_age_is_still_an_age() -> None:
    assert age(Message(text="umur 23, ga kuliah"), {}, CTX) == Valid(23)
