"""What ``flows.chat_identity`` reads as a question about the chat itself, and what it leaves."""

from __future__ import annotations

import pytest

from flows.chat_identity import _kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("kak aku kirim vn aja ya males ngetik", "voice"),
        ("min aku udah kirim voice note tadi kok ga dibales", "voice"),
        ("nama kamu siapa", "name"),
        ("siapa namamu kak", "name"),
        ("kamu siapa sih", "name"),
        ("are you a human?", "human"),
        ("kamu manusia apa bot sih", "human"),
        ("kamu cewek apa cowok", "gender"),
        ("is this the official prakerja chatbot?", "official"),
        ("nomor wa resminya apa sih", "whatsapp"),
        ("kok ga centang hijau", "whatsapp"),
        ("kok ga dijawab", "unanswered"),
    ],
)
def test_asked_about_the_chat(text: str, kind: str) -> None:
    assert _kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "nama aku siapa",  # one's own name: the record's
        "ganti nama bisa ga min",
        "are you a bot?",  # the bot answer (``bot_challenge.person``)
        "aku dapet wa dari nomor asing ngaku prakerja",  # a message told of: a possible scam
        "ini bot resmi prakerja atau penipuan? kok tau nomor aku",  # the broadcasts' answer
        "centang persetujuan ga bisa diklik",
        "rekaman webinar nya ada ga",
        "gue mau ngomong sama manusia",  # a person asked for
        "pengaduan aku kok ga dibales",  # a ticket's silence
        "siapa",
    ],
)
def test_not_about_the_chat(text: str) -> None:
    assert _kind(text) is None
