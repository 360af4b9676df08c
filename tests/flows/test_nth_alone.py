"""A payment's number said alone right after the schedule ("trs yg kedua kapan", probe p18
D11): read by ``flows.nth.ALONE``; a number beside another noun is not."""

from __future__ import annotations

import pytest

from flows.nth import ALONE, number_in


@pytest.mark.parametrize(
    ("text", "number"),
    [("trs yg kedua kapan", 2), ("yang ke-3 gmn?", 3), ("what about the second one", 2),
     ("lho yg pertama udah?", 1), ("trs yg ke 2 kapan masuk ya kak", 2)],
)  # fmt: skip
def test_number_alone(text: str, number: int) -> None:
    assert number_in(text, (ALONE,)) == number


@pytest.mark.parametrize(
    "text",
    [
        "pelatihan yg kedua kapan",
        "sertifikat kedua ku mana",
        "kedua orang tuaku boleh ikut ga ya kak",
    ],
)
def test_number_of_something_else(text: str) -> None:
    assert number_in(text, (ALONE,)) is None
