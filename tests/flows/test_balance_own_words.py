"""The training money asked in everyday words (probe p18 D6): one's own balance asked is told
apart from the incentive's payment, and turning the balance into cash is recognised in slang."""

from __future__ import annotations

import pytest

from flows.balance_own_words import asks
from flows.money_help import _CASH_OUT


@pytest.mark.parametrize(
    "text",
    ["duit pelatihan ku sisa brp", "duit prakerja ku ada brp", "uang pelatihan ku brp",
     "uang prakerjaku tinggal berapa", "dana pelatihan saya sisa berapa"],
)  # fmt: skip
def test_own_training_money_asked(text: str) -> None:
    assert asks(text)


@pytest.mark.parametrize(
    "text",
    ["duit prakerja ku kapan cair", "uang insentif ku brp", "duit pelatihan ku masuk ke rekening",
     "brp duit prakerja", "duit ku brp", ""],
)  # fmt: skip
def test_other_questions_are_not_it(text: str) -> None:
    assert not asks(text)


@pytest.mark.parametrize(
    ("text", "cash"),
    [("saldo ku bs dituker duit ga", True), ("saldonya bisa ditukar jadi uang?", True),
     ("saldo pelatihan sisa brp", False)],
)  # fmt: skip
def test_cash_out_in_slang(text: str, cash: bool) -> None:
    assert bool(_CASH_OUT.search(text)) is cash
