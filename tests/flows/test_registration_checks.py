"""Registration validators: a question is no name, a date is no KK (and is kept for its own
question), a NIK with letters is told so, and a request's facts are kept for after consent."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from flows import FlowContext, ProgrammeConfig
from flows.registration_checks import GIVEN, given, kk, name, nik, registers_with_facts
from flows.result import Invalid, Valid
from flows.turn import Message


@dataclass(frozen=True)
class _Entity:
    entity: str
    value: str
    extra: dict[str, Any] = field(default_factory=dict)


CTX = FlowContext(ProgrammeConfig())
NIK = "3273014505010003"  # Bandung, a woman born 5 May 2001


@pytest.mark.parametrize(
    "text",
    ["Sukarno", "Siti Aminah", "Muh. Rizky", "I Gusti Ayu Putu", "N. Hasanah", "Kapandi",
     "Apriliani", "nama saya Dimas Anggara"],
)  # fmt: skip
def test_real_names_are_names(text: str) -> None:
    assert isinstance(name(Message(text=text), {}, CTX), Valid)


@pytest.mark.parametrize(
    "text",
    ["eh gelombang skrg brp ya", "kapan tutup pendaftarannya", "syaratnya apa aja sih?",
     "gmn caranya", "knp harus nama lengkap", "insentif pelatihan prakerja", "Budi mau daftar"],
)  # fmt: skip
def test_questions_and_programme_words_are_no_name(text: str) -> None:
    assert name(Message(text=text), {}, CTX) is None


def test_a_birth_date_at_the_kk_question_is_kept_when_it_matches_the_nik() -> None:
    slots: dict[str, Any] = {"nik": NIK}
    message = Message(text="5/5/01")
    result = kk(message, slots, CTX)
    assert isinstance(result, Invalid) and result.reason == "kk_is_date_kept"
    assert not result.miss
    assert slots["dob"] == "2001-05-05"


def test_a_date_at_the_kk_question_that_contradicts_the_nik_is_not_kept() -> None:
    slots: dict[str, Any] = {"nik": NIK}
    result = kk(Message(text="17-08-1995"), slots, CTX)
    assert isinstance(result, Invalid) and result.reason == "kk_is_date"
    assert "dob" not in slots


@pytest.mark.parametrize(
    ("text", "letters"), [("nik aku 3273O1450501OOO3", "O"), ("3273l14505010003", "l")]
)
def test_a_nik_with_letters_is_told_it_is_digits_only(text: str, letters: str) -> None:
    result = nik(Message(text=text), {}, CTX)
    assert isinstance(result, Invalid) and result.reason == "nik_letters"
    assert result.params == {"letters": letters}


def test_a_plain_nik_is_still_a_nik() -> None:
    assert nik(Message(text=NIK), {}, CTX) == Valid(NIK)


def test_a_request_with_facts_keeps_them_aside_until_consent() -> None:
    text = f"mau daftar, nik {NIK} nama Siti Aminah"
    message = Message(text=text, intent="inform", entities=(_Entity("nik", NIK),))
    assert registers_with_facts(message)
    assert given(message, CTX) == {GIVEN: {"nik": NIK, "name": "Siti Aminah"}}


@pytest.mark.parametrize(
    "text",
    ["gmn cara daftar, nama saya Budi", "mau daftar tapi nama di ktp salah", "mau daftar dong",
     "nama saya Budi"],
)  # fmt: skip
def test_no_facts_or_no_wish_is_no_registration_with_facts(text: str) -> None:
    assert not registers_with_facts(Message(text=text, intent="inform"))
