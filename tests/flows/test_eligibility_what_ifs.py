"""What-ifs about another situation inside the eligibility check or after its verdict (a BUMN
employee may join, a BUMN director may not, turning 18 soon, another age against 18-64), and
the look-alikes that are none: a count, a wave, an hour, a time passed, a relative's age."""

from __future__ import annotations

import pytest

from flows.eligibility_what_ifs import said
from flows.runtime.machine import FlowTurn
from flows.turn import Message
from storage.sessions import Session
from tests.flows.test_runtime import CTX


def _said(text: str, lang: str = "id") -> str | None:
    turn = FlowTurn(Session(language=lang), Message(text=text), CTX)
    return said(turn, " ".join(text.lower().split()))


def _say(key: str, lang: str = "id", **params: object) -> str:
    return FlowTurn(Session(language=lang), Message(text=""), CTX).say(key, **params)


@pytest.mark.parametrize(
    "text",
    ["kalo karyawan bumn?", "kalau pegawai BUMD gimana?", "kalo kerja di bumn?", "kalo bumn?",
     "oh kalo staf bumn bisa ga kak?"],
)  # fmt: skip
def test_a_bumn_employee_may_join(text: str) -> None:
    assert _said(text) == _say("eligibility.what_if.bumn_staff")


@pytest.mark.parametrize("text", ["kalo direktur bumn?", "kalo komisaris?", "kalau dirut bumd?"])
def test_a_bumn_director_or_commissioner_may_not(text: str) -> None:
    assert _said(text) == _say("eligibility.what_if.bumn_board")


def test_another_excluded_job_is_its_rule_while_in_it() -> None:
    rule = _say("eligibility.fail.occupation_asn").lstrip("• ")
    assert _said("kalo pns?") == _say("eligibility.what_if.excluded", rule=rule)
    pppk = _said("kalo pegawai PPPK gimana kak?")
    assert pppk is not None and pppk.startswith(_say("eligibility.note.pppk"))


@pytest.mark.parametrize(
    "text",
    ["kalo bulan depan aku 18?", "bulan depan aku 18", "kalo 2 minggu lagi umurku 18?",
     "what if I turn 18 next month?"],
)  # fmt: skip
def test_turning_the_minimum_age_soon_is_not_yet(text: str) -> None:
    assert _said(text) == _say("eligibility.note.turning_adult", min_age=18)


@pytest.mark.parametrize(
    ("text", "key", "age"),
    [("what about 64?", "age_ok", 64), ("what if I'm 65", "too_old", 65),
     ("kalo umur 17 gimana?", "too_young", 17), ("kalo aku 25 bisa ga?", "age_ok", 25),
     ("kalau usia 5?", "too_young", 5)],
)  # fmt: skip
def test_another_age_is_that_age_against_the_limits(text: str, key: str, age: int) -> None:
    expected = _say(f"eligibility.what_if.{key}", age=age, min_age=18, max_age=64)
    assert _said(text) == expected


@pytest.mark.parametrize(
    "text",
    ["kalo 2?", "kalo 1 orang?", "kalo gelombang 10?", "kalo jam 18.30?", "kalo dulu 2021?",
     "kalo udah 2 tahun?", "kalo 3 tahun lagi?", "kalo gajiku 8 juta?", "25",
     "aku 17 tahun tp bulan depan ultah ke 18", "kalo udah pensiun dari pns?",
     "kalo pns tapi mau pensiun bulan depan?", "karyawan bumn"],
)  # fmt: skip
def test_look_alikes_are_no_what_if(text: str) -> None:
    assert _said(text) is None


def test_english_answers_in_english() -> None:
    expected = _say("eligibility.what_if.too_old", "en", age=65, min_age=18, max_age=64)
    assert _said("what if I'm 65", "en") == expected
    assert "maximum age" in expected
