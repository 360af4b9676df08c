"""Word checks of the re19 payout fixes (probe p22b): what is still to be paid, a fix told
done against one supposed, a second course's incentive, an account number typed."""

from __future__ import annotations

import pytest

from flows import incentive_totals, money_help, payout_by_chat, payout_fixed_told


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("sisa yg blm cair brp", True),
        ("insentif yg belum dibayar berapa lagi?", True),
        ("how much is still outstanding?", True),
        ("total yg udh sy terima brp", False),
        ("saldo aku brp", False),
    ],
)
def test_outstanding_asked(text: str, asked: bool) -> None:
    assert incentive_totals.asks_outstanding(text) is asked


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("udh sy benerin namanya dr kemaren", True),
        ("ok i upgraded it now, what next?", True),
        ("dana aku udah aktif lagi", True),
        ("kalo udh diganti namanya brp lama cairnya", False),
        ("trs kalo udah aku aktifin, otomatis dikirim ulang?", False),
        ("udah aku upgrade tapi tetep gagal", False),
    ],
)
def test_fix_told_done(text: str, told: bool) -> None:
    fixed = payout_fixed_told._FIXED.search(text) is not None
    other = payout_fixed_told._NOT_YET.search(text) or payout_fixed_told._SUPPOSED.search(text)
    assert (fixed and not other) is told


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("pelatihan kedua sy dpt insentif jg ga?", True),
        ("kelas kedua ada insentifnya ga", True),
        ("does a second course get an incentive too?", True),
        ("mau beli pelatihan lagi tapi insentif aku blm cair", False),
    ],
)
def test_second_course_incentive(text: str, asked: bool) -> None:
    later = money_help._LATER_COURSE.search(text) and money_help._EARNS.search(text)
    assert bool(later and not money_help._UNPAID.search(text)) is asked


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        ("ini no rek baru sy 0123456789 bca", True),
        ("ini no rekening bni aku 1234567890 tolong diganti", True),
        ("nomor hp gopay aku 081234567890 beda", False),
    ],
)
def test_account_number_typed(text: str, typed: bool) -> None:
    found = payout_by_chat._ACCOUNT_NUMBER.search(text) and not payout_by_chat._PHONE.search(text)
    assert bool(found) is typed
