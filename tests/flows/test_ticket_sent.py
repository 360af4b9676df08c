"""Whether a complaint just filed went through: the question, told from others."""

from __future__ import annotations

import pytest

from flows.ticket_sent import asks_if_sent


@pytest.mark.parametrize("said", [
    "udh kekirim kan?", "udah terkirim belum?", "was it sent?", "pengaduan aku udah tercatat?",
    "tiketnya udh terkirim kan", "did it go through?",
    "has my complaint been received?",
])  # fmt: skip
def test_was_it_sent_is_asked(said: str) -> None:
    assert asks_if_sent(said)


@pytest.mark.parametrize("said", [
    "insentifnya udah dikirim?", "udah masuk belum?", "kirim", "sudah terkirim",
    "kode otp nya ga kekirim", "makasih min", "sertifikat udah dikirim ke email belum?",
])  # fmt: skip
def test_other_questions_and_statements_are_not(said: str) -> None:
    assert not asks_if_sent(said)
