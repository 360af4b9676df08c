"""``nik`` and ``kk``: structural checks, invalid candidates reported with their reason."""

from __future__ import annotations

import pytest

from tests.nlu.entity_cases import extra, found

VALID = [
    ("NIK saya 3273015708950003", "3273015708950003", "3273015708950003"),
    ("nik 3273 0157 0895 0003", "3273015708950003", "3273 0157 0895 0003"),
    ("32.73.01.570895.0003 itu nik ku", "3273015708950003", "32.73.01.570895.0003"),
    ("umur 25 nik 3171011708450001", "3171011708450001", "3171011708450001"),
    ("ktp: 3218011501900004", "3218011501900004", "3218011501900004"),  # Pangandaran (2012)
    ("6571014101000001", "6571014101000001", "6571014101000001"),  # Kalimantan Utara
]


@pytest.mark.parametrize(("text", "value", "surface"), VALID)
def test_valid_nik(text: str, value: str, surface: str) -> None:
    assert found(text, "nik") == [(value, surface)]
    assert extra(text, "nik")["valid"] is True


def test_nik_facts_for_flows() -> None:
    facts = extra("NIK 3273015708950003", "nik")
    assert facts == {
        "valid": True,
        "masked": "3273********0003",
        "gender": "F",  # day 57 = 17 + 40
        "birth_date": "1995-08-17",
        "region_code": "3273",
        "region": "Kota Bandung",
        "province": "Jawa Barat",
    }
    assert extra("nik 3171011708450001", "nik")["gender"] == "M"
    assert extra("nik 3171011708450001", "nik")["birth_date"] == "1945-08-17"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("nik 327301570895000", "length"),  # 15 digits
        ("NIK saya 32730157089500031", "length"),  # 17 digits
        ("3273015708950003 1", None),
        ("9971011708450001", "region"),  # no province 99
        ("3299015708950003", "region"),  # no regency 99 in Jawa Barat
        ("0000015708950003", "region"),
        ("3273019902950003", "date"),  # 99 February
        ("3273013002950003", "date"),  # 30 February
        ("3273017213950003", "date"),  # month 13 (day 32 - 40 would be negative)
        ("3273015708950000", "serial"),
    ],
)
def test_invalid_nik_is_reported_with_its_reason(text: str, reason: str | None) -> None:
    if reason is None:
        assert extra(text, "nik")["valid"] is True
        return
    facts = extra(text, "nik")
    assert facts["valid"] is False
    assert facts["reason"] == reason


def test_a_future_birth_date_is_invalid() -> None:
    # 17-12-25: 2025 is this century, and 17 December 2025 is after "today" (1 June 2025)
    assert extra("3273011712250003", "nik")["reason"] == "date"
    assert extra("3273011708300003", "nik")["birth_date"] == "1930-08-17"


def test_kk_is_told_apart_by_its_label() -> None:
    text = "NIK 3273015708950003, no KK 3273011201100005"
    assert found(text, "nik") == [("3273015708950003", "3273015708950003")]
    assert found(text, "kk") == [("3273011201100005", "3273011201100005")]
    assert found("kartu keluarga 3273011201100005", "kk")


@pytest.mark.parametrize(
    ("text", "reason"),
    [("kk 9973011201100005", "region"), ("kk 3273011201100000", "serial"),
     ("no kk 327301120110000", "length")],
)  # fmt: skip
def test_invalid_kk(text: str, reason: str) -> None:
    facts = extra(text, "kk")
    assert (facts["valid"], facts["reason"]) == (False, reason)


@pytest.mark.parametrize(
    "text",
    ["hp 081234567890", "rek 1234567890", "gelombang 70", "tiket PRK-123456", "12 08 1995"],
)
def test_other_numbers_are_not_identity_numbers(text: str) -> None:
    assert found(text, "nik") == [] and found(text, "kk") == []
