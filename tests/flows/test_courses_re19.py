"""Word checks of the re19 course, purchase and redeem fixes (probe p22b)."""

from __future__ import annotations

import pytest

from flows import balance_combine, course_forgotten, purchase_balance_deadline
from flows.course_unlisted import points_at_list
from flows.purchase_deadline_hour import said_minutes


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("masih sempet ga kalo sy beli jam 8 malem", 20 * 60),
        ("kalo jam 5 sore masih bisa?", 17 * 60),
        ("jam 21.30 msh aman?", 21 * 60 + 30),
        ("can I still buy at 8pm?", 20 * 60),
        ("jam 1 siang bisa", 13 * 60),
        ("masih bisa ga", None),
    ],
)
def test_a_clock_time_is_read(text: str, minutes: int | None) -> None:
    assert said_minutes(text) == minutes


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("sy beli pelatihan apa ya kemaren lupa", True),
        ("aku kmrn ambil kelas apa ya", True),
        ("what course did I buy, I forgot", True),
        ("sy mau beli pelatihan apa ya yg bagus", False),
        ("beli pelatihan apa ya", False),
    ],
)
def test_a_forgotten_purchase_is_told_from_a_search(text: str, asked: bool) -> None:
    assert course_forgotten.asks(text) is asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("istri sy jg lolos prakerja, bisa ga saldonya digabung sm punya sy", True),
        ("saldo aku bisa ditransfer ke adik ga?", True),
        ("temenku nawarin beliin kelas pake saldo aku, nanti aku dikasih duit 2jt", False),
        ("saldo aku brp", False),
    ],
)
def test_a_balance_joined_with_another_persons(text: str, asked: bool) -> None:
    assert balance_combine.asks(text) is asked


def test_balance_and_deadline_asked_together() -> None:
    assert purchase_balance_deadline.asks("saldo sy brp trs deadline belinya kapan?")
    assert not purchase_balance_deadline.asks("saldo sy brp")
    assert not purchase_balance_deadline.asks("deadline belinya kapan?")


def test_a_place_in_a_list_is_pointed_at() -> None:
    assert points_at_list("yg kedua brp?")
    assert points_at_list("the second one how much")
    assert not points_at_list("excel")
