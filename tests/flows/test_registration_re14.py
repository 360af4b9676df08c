"""Re-probe 14, the registration form's readings: whether the name must be as on the KTP
(``registration_name_rule``), "udah" at a question that takes a value
(``registration_not_given``), a code of another length at the OTP question
(``otp_code_length``)."""

from __future__ import annotations

import pytest

from flows.otp_code_length import other_length
from flows.registration_name_rule import asks_name_rule
from flows.registration_not_given import says_done


@pytest.mark.parametrize(
    "text",
    [
        "nama harus sesuai ktp?",
        "nama nya harus sama kayak di ktp ya",
        "boleh pake nama panggilan?",
        "namanya wajib nama lengkap?",
        "must the name match my KTP?",
    ],
)
def test_the_name_rule_asked(text: str) -> None:
    assert asks_name_rule(text)


@pytest.mark.parametrize(
    "text",
    [
        "nama saya Budi Santoso sesuai KTP",
        "Rina Sari",
        "nik harus sesuai ktp?",
        "nama ibu kandung harus diisi?",
        "",
    ],
)
def test_no_name_rule_asked(text: str) -> None:
    assert not asks_name_rule(text)


@pytest.mark.parametrize(
    "text", ["udah", "Sudah kok", "kan udah aku ketik tadi", "udh dong", "done", "lho udah"]
)
def test_said_to_be_given(text: str) -> None:
    assert says_done(text)


@pytest.mark.parametrize(
    "text", ["udahan", "udah daftar", "udah lahir 2001", "17-08-2001", "udah ga sekolah", ""]
)
def test_not_said_to_be_given(text: str) -> None:
    assert not says_done(text)


@pytest.mark.parametrize(
    ("text", "got"),
    [
        ("kok otp nya 6 angka, aku dapet 4", 4),
        ("kodenya cuma 4 digit", 4),
        ("aku dapet kode empat angka", 4),
        ("the code I got has 4 digits", 4),
        ("kode 6 angka ya?", None),
        ("123456", None),
        ("kodenya 4 angka 1234", None),  # a code typed is an answer
        ("otp nya belum masuk 5 menit", None),
    ],
)
def test_a_code_of_another_length(text: str, got: int | None) -> None:
    assert other_length(text, 6) == got
