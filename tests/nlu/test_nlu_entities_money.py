"""``money``: integer rupiah."""

from __future__ import annotations

import pytest

from tests.nlu.entity_cases import found


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("Rp3.500.000", 3_500_000, "Rp3.500.000"),
        ("Rp 3.500.000,- aja", 3_500_000, "Rp 3.500.000,-"),
        ("rp. 50.000", 50_000, "rp. 50.000"),
        ("Rp600.000,00", 600_000, "Rp600.000,00"),
        ("3,5 juta", 3_500_000, "3,5 juta"),
        ("3.5jt", 3_500_000, "3.5jt"),
        ("Rp4,2 juta", 4_200_000, "Rp4,2 juta"),
        ("600rb", 600_000, "600rb"),
        ("600 ribu", 600_000, "600 ribu"),
        ("600k", 600_000, "600k"),
        ("rp 1,2 M", 1_200_000_000, "rp 1,2 M"),
        ("sejuta", 1_000_000, "sejuta"),
        ("setengah juta", 500_000, "setengah juta"),
        ("3 juta 500 ribu", 3_500_000, "3 juta 500 ribu"),
        ("750000 rupiah", 750_000, "750000 rupiah"),
        ("insentif 600.000 belum masuk", 600_000, "600.000"),
        ("IDR 1,200,000", 1_200_000, "IDR 1,200,000"),
    ],
)
def test_amounts(text: str, value: int, surface: str) -> None:
    assert found(text, "money") == [(value, surface)]


@pytest.mark.parametrize(
    "text", ["gelombang 70", "umur 25", "5 m jalan kaki", "12.08.2024", "jam 10.30", "1.5"]
)
def test_not_money(text: str) -> None:
    assert found(text, "money") == []
