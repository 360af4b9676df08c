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
    ("text", "value", "surface"),
    [
        ("1.5 million", 1_500_000, "1.5 million"),
        ("1,5 million", 1_500_000, "1,5 million"),
        ("2 million rupiah", 2_000_000, "2 million rupiah"),
        ("500 thousand", 500_000, "500 thousand"),
        ("500k", 500_000, "500k"),
        ("IDR 600,000", 600_000, "IDR 600,000"),
        ("Rp 1.5M", 1_500_000, "Rp 1.5M"),
        ("3.5 mio", 3_500_000, "3.5 mio"),
        ("4.2 Million in total", 4_200_000, "4.2 Million"),
        ("0.5 million", 500_000, "0.5 million"),
        ("2 millions", 2_000_000, "2 millions"),
        ("3 million 500 thousand", 3_500_000, "3 million 500 thousand"),
        ("I got only 1.5 million, is that right?", 1_500_000, "1.5 million"),
        ("the course costs Rp 1.5M, can I buy it?", 1_500_000, "Rp 1.5M"),
        ("makan di RM 25rb", 25_000, "25rb"),  # RM: rumah makan, not ringgit
    ],
)
def test_english_amounts(text: str, value: int, surface: str) -> None:
    assert found(text, "money") == [(value, surface)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.500.000", 1_500_000),  # dots grouping three digits: Indonesian thousands
        ("1.500", 1_500),
        ("1,200,000", 1_200_000),  # commas grouping three digits: English thousands
        ("600,000", 600_000),
        ("3,5 juta", 3_500_000),  # otherwise a comma is a decimal point
        ("1.5 juta", 1_500_000),  # and so is a dot
        ("1,500 million", 1_500_000_000),  # three digits after the comma: thousands
        ("rp 1,2 M", 1_200_000_000),  # "M" is the Indonesian miliar ...
        ("Rp 2M", 2_000_000_000),
        ("Rp 1.5M", 1_500_000),  # ... except after an English decimal point
        ("Rp 1.500M", 1_500_000_000_000),  # a dot grouping thousands is no decimal point
    ],
)
def test_separators(text: str, value: int) -> None:
    assert [v for v, _ in found(text, "money")] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "gelombang 70",
        "umur 25",
        "5 m jalan kaki",
        "12.08.2024",
        "jam 10.30",
        "1.5",
        "1,5",
        "1.5 m",
        "1.5M",
        "million",
        "a million thanks",
        "2,5",
        "mio 2",
        "$600k",
        "600 thousand dollars",
        "USD 600,000",
        "600k USD",
        "€1.5 million",
        "1,5 juta dollar",
    ],
)
def test_not_money(text: str) -> None:
    assert found(text, "money") == []
