"""Probe 9, the registration form's readings: an English course named is no language request,
"NIK already registered" in its many words (not a question whether it is), someone else's
phone or email, a pause, what one needs, a new phone number at the OTP question, and having
moved at the region question."""

from __future__ import annotations

import pytest

from flows import FlowContext, ProgrammeConfig
from flows.registration_asides import asks_for_language, pauses
from flows.registration_fixes import given_again
from flows.registration_help import borrows, reports_nik_taken
from flows.registration_needs import need
from flows.registration_region import region
from flows.result import Valid
from flows.turn import Message

CTX = FlowContext(ProgrammeConfig())
ANSWERED = {"name", "nik", "kk", "dob", "phone"}
NIK = "3273011208950002"


@pytest.mark.parametrize(
    ("text", "asked"),
    [("les bahasa inggris ada ga?", False), ("les inggris ada?", False),
     ("ada kursus bahasa inggris?", False), ("pake bahasa inggris aja", True),
     ("ganti bahasa indonesia", True)],
)  # fmt: skip
def test_an_english_course_named_is_no_language_request(text: str, asked: bool) -> None:
    assert asks_for_language(Message(text=text, intent="change_language")) is asked


@pytest.mark.parametrize(
    "text",
    ["nik ku udah kepake", "katanya NIK sudah terdaftar", "NIK saya sudah terdaftar",
     "nik udah ada yg pake", "nik ku dipake orang", "my nik is already taken"],
)  # fmt: skip
def test_a_nik_said_to_be_registered_is_reported(text: str) -> None:
    assert reports_nik_taken(Message(text=text))


@pytest.mark.parametrize(
    "text",
    ["nik aku 3273014505010003 udh kedaftar belum?", "nik saya sudah terdaftar belum",
     "nik saya sudah benar", "nik terdaftar di instansi lain",
     "nik saya sudah terdaftar di dukcapil tapi ditolak"],
)  # fmt: skip
def test_a_question_whether_or_another_listing_is_no_report(text: str) -> None:
    assert not reports_nik_taken(Message(text=text))


@pytest.mark.parametrize(
    ("text", "borrowed"),
    [("pakai nomor ortu boleh?", True), ("hp nya minjem temen", True),
     ("nomor ibu saya 081234567890", True), ("can I use my mom's phone number?", True),
     ("nomor hp saya 081234567890", False), ("nomor kk ibu saya", False)],
)  # fmt: skip
def test_someone_elses_phone_or_email(text: str, borrowed: bool) -> None:
    assert borrows(Message(text=text)) is borrowed


@pytest.mark.parametrize(
    ("text", "step", "key"),
    [("aku ga punya hp", "phone", "registration.aside.no_phone"),
     ("emailnya harus gmail?", "email", "registration.aside.any_email"),
     ("bikin email gmn?", "email", "invalid.no_email"),
     ("bikin email gmn?", "name", "registration.aside.no_email"),
     ("rio@gmail.com", "email", None), ("Rio Saputra", "name", None)],
)  # fmt: skip
def test_what_one_needs_is_answered(text: str, step: str, key: str | None) -> None:
    assert need(Message(text=text), step) == key


@pytest.mark.parametrize(
    ("text", "paused"),
    [("nanti aja ya aku cari kk dulu", True), ("nanti", True), ("aku ambil ktp dulu", True),
     ("nanti dikirim ke nomor ini kan", False), ("nanti aku dapet sms?", False),
     ("bentar ya aku cari ktp dulu", False)],  # the runner's own wait
)  # fmt: skip
def test_a_pause_keeps_the_form(text: str, paused: bool) -> None:
    assert pauses(Message(text=text)) is paused


@pytest.mark.parametrize(
    ("text", "found"),
    [("eh salah nomor, 081298765432", ("phone", "081298765432")),
     ("081298765432", ("phone", "081298765432")),
     ("123456", None), ("nik nya 3273011208950002", None)],
)  # fmt: skip
def test_a_new_phone_at_the_otp_question(text: str, found: tuple[str, str] | None) -> None:
    assert given_again(text, "otp", ANSWERED) == found


def test_a_phone_named_later_is_left_to_its_own_question() -> None:
    assert given_again("no hp ku ganti 081298765432", "email", ANSWERED) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [("aku udah pindah ke jakarta", None), ("skrg tinggal di kab bekasi", "3216"),
     ("bukan, aku di kota bogor", "3271")],
)  # fmt: skip
def test_living_elsewhere_is_a_no_with_the_place_kept(text: str, code: str | None) -> None:
    slots: dict[str, object] = {"nik": NIK}
    assert region(Message(text=text), slots, CTX) == Valid("no")
    assert slots.get("region_code") == code


def test_still_living_there_is_a_yes() -> None:
    slots: dict[str, object] = {"nik": NIK}
    assert region(Message(text="ya masih tinggal di bandung"), slots, CTX) == Valid("yes")
    assert "region_code" not in slots
