"""Probe 7, the registration form's readings: commands and language requests are no name (nor
a name correction), a language request is recognised, "lanjut" goes on, an answer named to be
changed ("ubah email") or given a new email is found, a regency named inside a sentence is read,
and the consent question takes no other text as its answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest

from flows import FlowContext, ProgrammeConfig
from flows.registration_asides import asks_for_language, continues
from flows.registration_checks import consent
from flows.registration_fixes import given_again, to_change
from flows.registration_names import name
from flows.registration_region import region_fix
from flows.result import Invalid, Valid
from flows.turn import Message
from flows.validators import region_code_in

CTX = FlowContext(ProgrammeConfig())
ANSWERED = {"name", "nik", "kk", "dob", "phone", "email"}


@dataclass(frozen=True)
class _Entity:
    entity: str
    value: str
    extra: dict[str, Any] = field(default_factory=dict)


@pytest.mark.parametrize(
    "text",
    ["cek tiket aku", "status tiket aku", "saldo aku brp", "mau lapor", "ganti bahasa indonesia",
     "bahasa indonesia", "in english please", "pake inggris aja"],
)  # fmt: skip
def test_commands_and_language_requests_are_no_name(text: str) -> None:
    assert name(Message(text=text), {}, CTX) is None


@pytest.mark.parametrize("text", ["Andi Wijaya", "Cecep Supriatna", "Dana Kusuma", "Ketut"])
def test_names_near_those_words_are_still_names(text: str) -> None:
    assert isinstance(name(Message(text=text), {}, CTX), Valid)


@pytest.mark.parametrize(
    ("text", "intent", "asked"),
    [("ganti bahasa indonesia", "change_language", True),
     ("in english please", None, True),
     ("pake bahasa inggris aja", None, True),
     ("english please", None, True),
     ("ganti bahasa", "change_language", True),
     ("bisa pake bahasa jawa?", "change_language", False),
     ("Indonesia Putri", None, False),
     ("pelatihan bahasa inggris ada?", "course_search", False)],
)  # fmt: skip
def test_a_language_request_is_recognised(text: str, intent: str | None, asked: bool) -> None:
    assert asks_for_language(Message(text=text, intent=intent)) is asked


@pytest.mark.parametrize(
    ("text", "going_on"),
    [("lanjut", True), ("lanjut daftar", True), ("oke lanjutin", True), ("continue", True),
     ("ga usah lanjut", False), ("lanjut nanti aja ya aku sibuk skrg", False)],
)  # fmt: skip
def test_lanjut_goes_on(text: str, going_on: bool) -> None:
    assert continues(text) is going_on


@pytest.mark.parametrize(
    ("text", "field"),
    [("ubah email", "email"), ("ganti email nya dong", "email"), ("edit kk", "kk"),
     ("ubah tanggal lahir", "dob"), ("ganti tgl lahirnya", "dob"), ("mau ubah no hp", "phone"),
     ("tolong ganti nik ya kak", "nik"), ("ubah data", None), ("ganti bahasa indonesia", None),
     ("ubah email jadi lina@gmail.com", None)],
)  # fmt: skip
def test_an_answer_named_to_be_changed(text: str, field: str | None) -> None:
    assert to_change(text) == field


@pytest.mark.parametrize(
    ("text", "found"),
    [("ubah email jadi lina.marlina@gmail.com", ("email", "lina.marlina@gmail.com")),
     ("emailnya salah harusnya dewi@gmail.com", ("email", "dewi@gmail.com")),
     ("ubah tanggal lahir jadi 25 jan 2000", ("dob", "25 jan 2000")),
     ("ganti kk jadi 3578100101090003", ("kk", "3578100101090003"))],
)  # fmt: skip
def test_an_earlier_answer_given_again_with_its_new_value(
    text: str, found: tuple[str, str]
) -> None:
    assert given_again(text, "summary", ANSWERED) == found


@pytest.mark.parametrize(
    ("text", "code"),
    [("sy tinggal di kab bekasi skrg", "3216"), ("skrg di kota bandung", "3273"),
     ("kab. sleman", "3404"), ("kabupaten bandung", "3204"), ("aku tinggal di sini", None)],
)  # fmt: skip
def test_a_regency_or_city_inside_a_sentence(text: str, code: str | None) -> None:
    assert region_code_in(text) == code


def test_the_region_entity_is_used_at_the_region_question() -> None:
    found = _Entity("region", "Kabupaten Bekasi", {"level": "regency", "code": "3216"})
    message = Message(text="sy tinggal di kab bekasi skrg", entities=(found,))
    assert region_fix(message, {}, CTX) == Valid("3216")


def test_a_province_alone_is_not_a_regency() -> None:
    found = _Entity("region", "Jawa Barat", {"level": "province", "code": "32"})
    message = Message(text="jawa barat", entities=(found,))
    assert isinstance(region_fix(message, {}, CTX), Invalid)


@pytest.mark.parametrize("text", ["piye carane daftar", "umurku 35 taun, kerjo serabutan"])
def test_other_text_at_the_consent_question_is_explained(text: str) -> None:
    result = consent(Message(text=text), {}, CTX)
    assert isinstance(result, Invalid) and result.reason == "consent_unclear"


def test_yes_at_the_consent_question_is_still_yes() -> None:
    assert consent(Message(text="iya setuju"), {}, CTX) == Valid("yes")
