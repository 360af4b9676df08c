"""Short checks on the answer just given, in English and Indonesian ("only once?", "will it be
resent?", "does it need to be my name?"): which words make one (``flows.answer_checks``), and
a failed payment's "will it be resent?" (``flows.topic_follow_ups``)."""

from __future__ import annotations

import pytest

from flows.answer_checks import ONCE, OWN_NAME, RESENT, asks
from flows.topic_follow_ups import FOLLOW_UPS, INCENTIVE_FAILED


def _asks(check: str, text: str) -> bool:
    return asks(check, " ".join(text.lower().split()))


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("only once?", True),
        ("just once?", True),
        ("is it only one time?", True),
        ("so it's paid only once?", True),
        ("cuma sekali?", True),
        ("sekali aja ya kak?", True),
        ("cuma 1x?", True),
        ("hanya sekali seumur hidup?", True),
        ("sekali lagi dong", False),  # "once more"
        ("lama sekali", False),  # "very long"
        ("once I'm selected what do I do?", False),  # a question of its own
        ("how much is it?", False),
    ],
)
def test_only_once(text: str, asks: bool) -> None:
    assert _asks(ONCE, text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("will it be resent?", True),
        ("is the code sent again automatically?", True),
        ("will they resend it?", True),
        ("dikirim ulang?", True),
        ("bakal dikirim lagi ga?", True),
        ("kodenya dikirim ulang otomatis?", True),
        ("udah kirim ulang 5x", False),  # the fix tried: ``topic_follow_ups.TRIED``
        ("kirim ulang gimana caranya", False),
        ("resend my certificate", False),
    ],
)
def test_sent_again(text: str, asks: bool) -> None:
    assert _asks(RESENT, text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("does it need to be my name?", True),
        ("must it be in my name?", True),
        ("does it have to be in my own name?", True),
        ("has to be mine?", True),
        ("does the name have to match?", True),
        ("harus atas nama sendiri?", True),
        ("harus nama sendiri?", True),
        ("namanya harus sama?", True),
        ("harus sesuai ktp?", True),
        ("mine is gopay", False),  # names an e-wallet: its own answer
        ("what is my name on the certificate?", False),
    ],
)
def test_own_name(text: str, asks: bool) -> None:
    assert _asks(OWN_NAME, text) is asks


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("will it be resent?", True),
        ("will they pay it again?", True),
        ("is it re-sent automatically?", True),
        ("dikirim ulang?", True),
        ("dikirim lagi?", True),
        ("ditransfer ulang ga?", True),
        ("makasih", False),
        ("oke", False),
    ],
)
def test_a_failed_payment_sent_again(text: str, follows: bool) -> None:
    pattern = FOLLOW_UPS[INCENTIVE_FAILED][0]
    assert bool(pattern.search(text.lower())) is follows
