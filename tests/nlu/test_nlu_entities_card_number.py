"""An English "card number" is read like "nomor kartu": a card's number (or the family card's),
never a NIK; the identity card's number still is one (probe 9: "my card number is 5123 4567
8901 2345" was read as a NIK)."""

from __future__ import annotations

import pytest

from tests.nlu.entity_cases import found


@pytest.mark.parametrize(
    ("text", "nik", "kk"),
    [
        ("my card number is 5123 4567 8901 2345", [], ["5123456789012345"]),
        ("card no 5123456789012345", [], ["5123456789012345"]),
        ("my prakerja card no. 5123-4567-8901-2345 pls check", [], ["5123456789012345"]),
        ("nomor kartu 5123 4567 8901 2345", [], ["5123456789012345"]),
        ("family card number 3273011201100005", [], ["3273011201100005"]),
        ("my ID card number is 3273015708950003", ["3273015708950003"], []),
        ("identity card no. 3273015708950003", ["3273015708950003"], []),
        ("KTP card number 3273015708950003", ["3273015708950003"], []),
        (
            "my card number is 5123 4567 8901 2345 and my nik 3273015708950003",
            ["3273015708950003"],
            ["5123456789012345"],
        ),
    ],
)
def test_a_card_number_is_no_nik(text: str, nik: list[str], kk: list[str]) -> None:
    assert [value for value, _ in found(text, "nik")] == nik
    assert [value for value, _ in found(text, "kk")] == kk
