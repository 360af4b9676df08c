"""Re-probe 13, follow-ups: who owns a payout account however the owner is told
(``flows.payout_owner``), which account the incentive goes to asked alone (``flows.my_payout``),
and the training balance sent to an account (``flows.money_help``)."""

from __future__ import annotations

import pytest

from flows import money_help, my_payout, payout_owner


@pytest.mark.parametrize(
    "text",
    [
        "suami saya punya rekening bni, bisa dipake?",
        "istri aku ada gopay, bisa buat insentif?",
        "my wife has a bca account, can i use it?",
        "can it go to my parents account?",
        "uang insentif mau aku kasih ke orang tua, bisa langsung ke rekening mereka?",
        "boleh pake rekening istri?",
    ],
)
def test_someone_elses_account_however_the_owner_is_told(text: str) -> None:
    assert payout_owner.of_someone_else(text)


@pytest.mark.parametrize(
    "text",
    [
        "kakak aku pake gopay, aku pake dana, bisa?",  # each uses their own
        "ibu saya udah daftar, tapi rekeningnya diblokir",  # her own account, no may-question
        "saya punya rekening bca, bisa?",
        "saldo dana aku dikirim ke keluarga",
    ],
)
def test_not_someone_elses_account(text: str) -> None:
    assert not payout_owner.of_someone_else(text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("cairnya ke rekening mana?", True),
        ("insentif aku masuk ke mana?", True),
        ("where does my incentive go?", True),
        ("insentif aku belum masuk, kemana ya?", False),  # not arrived: the incentive's answer
        ("insentif kapan masuk?", False),
    ],
)
def test_which_account_the_incentive_goes_to(text: str, asked: bool) -> None:
    assert my_payout.asks_linked(text) is asked


@pytest.mark.parametrize(
    ("text", "cash"),
    [
        ("saldo pelatihan masuk ke rekening suami bisa?", True),
        ("saldonya bisa ke ovo adek?", True),
        ("saldo ovo ke rekening bca gimana", False),  # an e-wallet's own balance
        ("saldo insentif masuk ke rekening istri bisa?", False),  # the incentive
    ],
)
def test_training_balance_to_an_account(text: str, cash: bool) -> None:
    assert money_help._to_account(text) is cash
