"""A verification word is no e-wallet upgrade unless a payout account is named (a probe found
"otp sms ga masuk pas verifikasi no hp" answered with the e-wallet upgrade rule)."""

from __future__ import annotations

import pytest

from flows.payout_help import answer
from flows.responses import text
from tests.flows.test_answers_probe import turn


@pytest.mark.parametrize(
    "said",
    [
        "otp sms ga masuk pas verifikasi no hp",
        "udh verifikasi email tapi ga bisa login",
        "udah verified tp ga bisa masuk akun prakerja",
    ],
)
def test_verifying_the_prakerja_account_is_no_payout_question(said: str) -> None:
    assert answer(turn(said, "account_access")) is None


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("gopay aku blm verifikasi, wajib ya?", "payout_upgrade"),
        ("dana ku udh diverifikasi, trs gmn?", "payout_fixed"),
        ("gopay aku blm premium, wajib ya?", "payout_upgrade"),
    ],
)
def test_verifying_an_e_wallet_still_is(said: str, key: str) -> None:
    replies = answer(turn(said, "payment_account"))
    assert replies is not None
    assert replies[0].text == text("id", f"kb.{key}")
