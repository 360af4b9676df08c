"""Typed yes/no readings found by the fourth probe."""

from __future__ import annotations

import pytest

from flows.yes_no import describes_fault, tried_already, yes_no


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yaudah hapus aja", True),
        ("yasudah lanjut", True),
        ("yaudh hapus", True),
        ("yaudah gak jadi", False),
        ("ya udah nanti aja", False),
        ("yaudah deh batal", None),
        ("ya udah batal aja", None),  # a call-off is no yes to go ahead
        ("iya batal aja", None),
        ("gausah", False),
    ],
)
def test_settled_yes_and_call_offs(text: str, expected: bool | None) -> None:
    assert yes_no(text) is expected


def test_a_tip_already_tried_or_a_fault_described_is_no_yes() -> None:
    assert tried_already("udah di tempat terang")
    assert not tried_already("udah bisa kak") and not tried_already("udah kak")
    assert describes_fault("hp ku kamera jelek") and not describes_fault("kamera jelek?")
