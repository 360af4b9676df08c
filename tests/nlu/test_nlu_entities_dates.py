"""``date`` (ISO; day-month-year; month names; 2-digit years) and ``age`` (years)."""

from __future__ import annotations

import pytest

from tests.nlu.entity_cases import extra, found


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("lahir 17-08-1995", "1995-08-17", "17-08-1995"),
        ("tgl lahir 17/8/95", "1995-08-17", "17/8/95"),
        ("17.08.1995", "1995-08-17", "17.08.1995"),
        ("17 Agustus 1995", "1995-08-17", "17 Agustus 1995"),
        ("17 agt 95", "1995-08-17", "17 agt 95"),
        ("17 ags '95", "1995-08-17", "17 ags '95"),
        ("5 mei 2000", "2000-05-05", "5 mei 2000"),
        ("1 Jan 2001", "2001-01-01", "1 Jan 2001"),
        ("3 des 2002", "2002-12-03", "3 des 2002"),
        ("12 nop 1999", "1999-11-12", "12 nop 1999"),
        ("1995-08-17", "1995-08-17", "1995-08-17"),
        ("August 17, 1995", "1995-08-17", "August 17, 1995"),
        ("lahir 01-01-25", "2025-01-01", "01-01-25"),  # up to this year: 20yy
        ("lahir 01-01-26", "1926-01-01", "01-01-26"),  # after this year: 19yy
        ("29-02-2000", "2000-02-29", "29-02-2000"),
    ],
)
def test_dates_become_iso(text: str, value: str, surface: str) -> None:
    assert found(text, "date") == [(value, surface)]
    assert extra(text, "date") == {"valid": True}


@pytest.mark.parametrize("text", ["31-02-1999", "29-02-2001", "32 januari 2000", "00-05-1990"])
def test_impossible_dates_are_reported(text: str) -> None:
    facts = extra(text, "date")
    assert facts == {"valid": False, "reason": "date"}


@pytest.mark.parametrize("text", ["0812-3456-7890", "3273015708950003", "jam 10.30", "2 januari"])
def test_not_dates(text: str) -> None:
    assert found(text, "date") == []


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("umur 25", 25),
        ("umurku 19", 19),
        ("usia saya 30 tahun", 30),
        ("umur saya sekarang 64", 64),
        ("aku 19 thn kak", 19),
        ("saya 45 tahun, bisa ikut?", 45),
        ("25 tahun", 25),
        ("berusia 70 tahun", 70),
        ("I am 22 years old", 22),
        ("can I join prakerja if I'm 17?", 17),
        ("im 30 and unemployed", 30),
    ],
)
def test_age(text: str, years: int) -> None:
    assert [v for v, _ in found(text, "age")] == [years]


@pytest.mark.parametrize(
    "text",
    ["udah 2 tahun nganggur", "lulus 3 tahun lalu", "kerja 5 tahun di pabrik", "tahun 2024",
     "gelombang 25", "I'm 5 minutes late", "i am 2 hours away"],
)  # fmt: skip
def test_durations_are_not_ages(text: str) -> None:
    assert found(text, "age") == []
