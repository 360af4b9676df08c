"""Re-probe 13, the registration form's readings: the words of a correction are never a name
(``registration_names``), "ganti nomor, salah ketik" names the phone (``registration_fixes``),
six digits alone are a DDMMYY birth date only when they are one (``date_answers``), consent
given after a refusal (``registration_cancelled``)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.date_answers import birth_date, short_birth_date
from flows.registration_cancelled import agrees
from flows.registration_fixes import to_change
from flows.registration_names import not_a_name
from flows.result import Valid


@pytest.mark.parametrize("text", ["nomor, ketik", "Nomor Ketik", "salah ketik", "ganti nik"])
def test_correction_words_are_no_name(text: str) -> None:
    assert not_a_name(text)


@pytest.mark.parametrize("text", ["Budi Santoso", "Wa Ode Nurhayati", "Siti", "Nikita Sari"])
def test_names_stay_names(text: str) -> None:
    assert not not_a_name(text)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("ganti nomor, salah ketik", "phone"),
        ("ganti nomor", "phone"),
        ("eh ganti nomor hp, salah ketik tadi", "phone"),
        ("ganti nomor kk", "kk"),
        ("ubah email", "email"),
        ("ganti nomor, saya udah ga pake", None),
    ],
)
def test_a_field_named_to_change(text: str, field: str | None) -> None:
    assert to_change(text) == field


def test_six_digits_are_a_birth_date_only_when_one() -> None:
    assert short_birth_date("170801") == Valid(date(2001, 8, 17))
    assert short_birth_date(" 050590 ") == Valid(date(1990, 5, 5))
    assert short_birth_date("123456") is None  # no month 34: an OTP, not a date
    assert short_birth_date("17080") is None
    assert short_birth_date("tgl 170801") is None
    assert birth_date("123456") is None  # the general reading is unchanged


@pytest.mark.parametrize(
    ("text", "agreed"),
    [
        ("yaudah setuju", True),
        ("ok deh aku setuju", True),
        ("i agree", True),
        ("aku ga setuju", False),
        ("tetap tidak setuju", False),
        ("ok", False),
    ],
)
def test_consent_after_a_refusal(text: str, agreed: bool) -> None:
    assert agrees(text) is agreed
