"""Probe four (c): relatives' receipt is not the user's, the family card's quota, a year of
birth, an under-age answer, a job denied at another question, a PDDikti question, a no to
"Mau daftar sekarang?"."""

from __future__ import annotations

from datetime import date

import pytest

from flows.eligibility_age import AGE_EITHER, born_in
from flows.eligibility_answers import asked_or_noted
from flows.eligibility_facts import asks_listed, facts
from flows.eligibility_jobs import denied_job, relatives_received
from flows.eligibility_notes import notes
from flows.eligibility_verdict import hard_failed
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message
from tests.flows.test_runtime import CTX


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("kakak sama bapak udh dapet prakerja, aku masih bisa?", 2),
        ("bapak sama kakak sy udh penerima prakerja, 1 kk. aku bisa daftar?", 2),
        ("ibu sy udh pernah dapet prakerja, sy msh bisa?", 1),
        ("my brother already got prakerja, can i apply?", 1),
        ("ortu aku udh dapet prakerja", -1),
        ("aku sama kakak udh dapet prakerja", None),  # the user too
        ("kakak saya mau daftar juga", 0),
        ("dulu udh pernah dapet prakerja gel 10, bisa daftar lg?", 0),
    ],
)
def test_relatives_who_received_are_counted(text: str, count: int | None) -> None:
    assert relatives_received(text) == count


def test_relatives_receipt_is_not_the_users_own() -> None:
    said = facts(Message(text="kakak sama bapak udh dapet prakerja, aku masih bisa?"), CTX)
    assert "previous" not in said and "kk_count" not in said
    assert "eligibility.note.relative" in notes("ibu sy udh pernah dapet prakerja, sy msh bisa?")


def test_as_many_relatives_as_the_quota_on_the_same_card_fill_it() -> None:
    text = "bapak sama kakak sy udh penerima prakerja, 1 KK. aku bisa daftar?"
    assert facts(Message(text=text), CTX) == {"kk_count": "2"}
    one = facts(Message(text="ibu sy udh dapet prakerja, 1 kk, sy bisa?"), CTX)
    assert "kk_count" not in one and "previous" not in one
    assert facts(Message(text="aku udh pernah dapet prakerja"), CTX) == {"previous": "yes"}


def test_a_year_of_birth_either_side_of_the_lower_age_asks_for_the_date() -> None:
    year = date.today().year - CTX.programme.min_age
    found = born_in(f"lahir {year}", {}, CTX)
    assert isinstance(found, Invalid) and found.reason == "age_birth_year" and not found.miss


def test_a_year_of_birth_whose_ages_fail_alike_keeps_both() -> None:
    slots: Slots = {}
    assert born_in("lahir 2015", slots, CTX, today=date(2026, 11, 29)) == Valid(11)
    assert slots[AGE_EITHER] == [10, 11]
    assert born_in("2000", {}, CTX, today=date(2026, 11, 29)) == Valid(26)
    assert born_in("gelombang 2020", {}, CTX, today=date(2026, 11, 29)) is None


def test_an_under_age_answer_ends_the_check() -> None:
    assert hard_failed({"age": 17}, CTX)
    assert not hard_failed({"age": 18}, CTX)


def _nothing(_: Message, __: Slots, ___: FlowContext) -> Result:
    return None


def test_a_denied_job_at_another_question_is_noted() -> None:
    assert denied_job("bukan pns kok") and not denied_job("aku pns") and not denied_job("halo")
    slots: Slots = {"occupation": "none"}
    found = asked_or_noted(_nothing)(Message(text="bukan PNS kok"), slots, CTX)
    assert isinstance(found, Invalid) and found.reason == "fact_noted"
    fresh: Slots = {}
    asked_or_noted(_nothing)(Message(text="bukan PNS kok"), fresh, CTX)
    assert fresh == {"occupation": "none"}
    held: Slots = {"occupation": "tni"}  # no "noted" over another answer
    assert asked_or_noted(_nothing)(Message(text="bukan PNS kok"), held, CTX) is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("trus kalo udh lulus tp di pddikti masih aktif?", True),
        ("pddikti gimana updatenya?", True),
        ("udah lulus tapi masih tercatat di pddikti, bisa?", False),  # the user's own fact
        ("aku udah lulus", False),
    ],
)
def test_a_question_about_pddikti_is_answered_not_taken_as_a_fact(text: str, asks: bool) -> None:
    assert asks_listed(text) is asks
    found = asked_or_noted(_nothing)(Message(text=text), {}, CTX)
    assert (isinstance(found, Invalid) and found.reason == "listed_asked") is asks
    said = facts(Message(text=text), CTX)
    assert ("school" in said) is (not asks and "pddikti" in text)
