from datetime import date

from flows.eligibility_future_age import future_age
from flows.eligibility_short_year import ambiguous, as_birth_year, full_year, settled
from flows.eligibility_yes_no import never

TODAY = date(2026, 11, 30)


def test_two_digit_years_of_birth() -> None:
    assert as_birth_year("angkatan 98", TODAY) == "lahir 1998"
    assert as_birth_year("lahir taun 95", TODAY) == "lahir 1995"
    assert as_birth_year("kelahiran '03", TODAY) == "lahir 2003"
    assert as_birth_year("umur 25 tahun", TODAY) is None
    assert as_birth_year("lahir 1998", TODAY) is None
    assert full_year(26, TODAY) == 2026
    assert full_year(27, TODAY) == 1927


def test_bare_number_age_or_year() -> None:
    assert ambiguous("89", 64) == 89
    assert ambiguous("70", 64) is None  # an age past the limit, judged as one
    assert ambiguous("30", 64) is None
    assert settled("tahun lahir kak", 89, TODAY) == "lahir 1989"
    assert settled("itu umur", 89, TODAY) == 89
    assert settled("lahir 1990", 89, TODAY) is None


def test_never_in_short() -> None:
    assert never("blm prnh")
    assert never("gk prnh sm skali")
    assert not never("ga tau")
    assert not never("blm prnh, tapi dulu lolos bansos")


def test_future_age() -> None:
    assert future_age("tahun depan udah 64, masih bisa kan?") == 64
    assert future_age("bulan depan 65 loh") == 65
    assert future_age("umur 63") is None
