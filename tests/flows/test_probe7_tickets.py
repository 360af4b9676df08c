"""Probe 7: a reply to staff said in words, reopening asked in words, a detail typed at the
complaint's summary."""

from __future__ import annotations

import pytest

from flows.complaint_story import adds_detail
from flows.ticket_reopen_typed import asks
from flows.ticket_reply_typed import without_lead


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("oke aku balas: lembaganya ga bisa dihubungi", "lembaganya ga bisa dihubungi"),
        ("balas tiket PRK-12345678: nama pelatihan Tata Boga", "nama pelatihan Tata Boga"),
        ("mau balas tiket", None),
        ("bales dong kak", None),
        ("jawab", None),
        ("pelatihannya Tata Boga Dasar", "pelatihannya Tata Boga Dasar"),  # no lead: all of it
        ("balasan petugas mana", "balasan petugas mana"),  # "balasan" is no lead
    ],
)
def test_the_reply_lead_is_dropped(text: str, said: str | None) -> None:
    assert without_lead(text) == said


@pytest.mark.parametrize(
    "text",
    ["buka lagi pengaduannya", "buka lagi aja", "reopen", "tolong buka lagi tiketnya",
     "bukain tiketnya lagi dong", "please reopen my ticket", "buka lagi tiket PRK-12345678"],
)  # fmt: skip
def test_reopening_asked_in_words(text: str) -> None:
    assert asks(text)


@pytest.mark.parametrize(
    "text", ["buka dashboard lagi", "cara buka akun", "lagi apa", "open an account", "buka"]
)
def test_no_reopening_asked(text: str) -> None:
    assert not asks(text)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("aku udah coba 10x di tempat terang", True),
        ("kamera hp aku jelek banget", True),
        ("brp lama diprosesnya?", False),
        ("ok kirim", False),
        ("status tiket aku", False),
    ],
)
def test_a_detail_typed_at_the_summary(text: str, detail: bool) -> None:
    assert adds_detail(text) is detail
