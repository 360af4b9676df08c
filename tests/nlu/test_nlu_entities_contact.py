"""``phone`` (E.164 through phonenumbers) and ``email``."""

from __future__ import annotations

import pytest

from tests.nlu.entity_cases import extra, found


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("hp 0812-3456-7890", "+6281234567890", "0812-3456-7890"),
        ("no wa +62 812 3456 7890 ya", "+6281234567890", "+62 812 3456 7890"),
        ("6281234567890", "+6281234567890", "6281234567890"),
        ("081234567890", "+6281234567890", "081234567890"),
        ("telp 021 5555 1234", "+622155551234", "021 5555 1234"),
        ("call center 0800-150-3001", "+628001503001", "0800-150-3001"),
        ("0812 3456 7890 25", "+6281234567890", "0812 3456 7890"),  # trailing number left out
    ],
)
def test_indonesian_numbers_become_e164(text: str, value: str, surface: str) -> None:
    assert found(text, "phone") == [(value, surface)]
    assert extra(text, "phone")["valid"] is True


def test_phone_type() -> None:
    assert extra("0812-3456-7890", "phone")["type"] == "mobile"
    assert extra("021 5555 1234", "phone")["type"] == "fixed_line"


@pytest.mark.parametrize(
    ("text", "region"),
    [("+60 12-345 6789", "MY"), ("+1 650 253 0000", "US"), ("+65 9123 4567", "SG")],
)
def test_foreign_numbers_are_reported_as_foreign(text: str, region: str) -> None:
    facts = extra(text, "phone")
    assert facts == {"valid": False, "reason": "foreign", "region": region}


@pytest.mark.parametrize("text", ["08123", "hp 0812", "umur 25", "rp 600.000", "3273015708950003"])
def test_not_phone_numbers(text: str) -> None:
    assert found(text, "phone") == []


def test_impossible_indonesian_number_is_invalid() -> None:
    assert extra("0100 0000 0000", "phone") == {"valid": False, "reason": "invalid"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("email Budi.S@Gmail.com", "budi.s@gmail.com"),
        ("kirim ke budi@yahoo.co.id.", "budi@yahoo.co.id"),
        ("a.b+tag@sub.example.org", "a.b+tag@sub.example.org"),
    ],
)
def test_valid_email_is_lower_cased(text: str, value: str) -> None:
    assert [v for v, _ in found(text, "email")] == [value]
    assert extra(text, "email") == {"valid": True}


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("budi..x@gmail.com", "format"),
        (".budi@gmail.com", "format"),
        ("budi@gmail.c", "format"),
        ("budi@-gmail.com", "format"),
        ("budi@gmail.123", "format"),
        ("budi@gmail", "domain_typo"),
        ("budi@gmail.con", "domain_typo"),
        ("budi@gmial.com", "domain_typo"),
    ],
)
def test_malformed_email_is_reported(text: str, reason: str) -> None:
    facts = extra(text, "email")
    assert facts["valid"] is False
    assert facts["reason"] == reason


def test_domain_typo_comes_with_a_suggestion() -> None:
    assert extra("budi@gmail.con", "email")["suggestion"] == "budi@gmail.com"


def test_no_at_sign_no_email() -> None:
    assert found("budi gmail com", "email") == []
