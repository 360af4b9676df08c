"""Word checks of the re19 linked-participant readers (probe p22b)."""

from __future__ import annotations

import pytest

from flows.account_kept import asks
from flows.turn import Message


@pytest.mark.parametrize(
    "text",
    [
        "sy udh selesai semua, akun prakerja sy bakal dihapus ga?",
        "apakah akun saya akan dihapus setelah program selesai",
        "akunnya dihapus ga setelah selesai",
        "kalo ga lolos akun sy dihapus?",
        "will my account be deleted after the program?",
        "mau nanya, akun sy bakal dihapus ga",
    ],
)
def test_deletion_by_the_programme_asked(text: str) -> None:
    assert asks(Message(text=text))


@pytest.mark.parametrize(
    "text",
    [
        "tolong hapus akun saya",
        "bisa dihapus ga akun sy?",
        "hapus data saya",
        "mau hapus akun",
        "akun saya mau dihapus",
        "gimana cara hapus akun",
        "please delete my account",
        "udah dihapus?",
        "data sy udh dihapus blm?",
        "i want to delete my account",
    ],
)
def test_erasure_asked_for_or_its_status_is_no_such_question(text: str) -> None:
    assert not asks(Message(text=text))
