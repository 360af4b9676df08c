"""Word checks added for probe p22c (tickets, handoff, language, broadcasts)."""

from __future__ import annotations

import pytest

from flows.hold_on_words import said_last, wants_else
from flows.language import language_of
from flows.repeated_facts import adds_fact
from flows.subscription_resume import wanted
from flows.ticket_status_asked import asks


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("gmn cara nyalain lagi", "how"),
        ("how do i turn them back on?", "how"),
        ("actually resume them", "on"),
        ("aktifin lagi dong", "on"),
        ("jangan dinyalain lagi", None),
        ("ok makasih", None),
    ],
)
def test_broadcasts_wanted_back(text: str, meant: str | None) -> None:
    assert wanted(text) == meant


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("did the staff reply?", True),
        ("has anyone replied to my ticket", True),
        ("any reply from the staff yet?", True),
        ("how do i file a new complaint", False),
    ],
)
def test_staff_reply_asked_in_english(text: str, asked: bool) -> None:
    assert asks(text) is asked


@pytest.mark.parametrize(
    ("text", "language"),
    [("pengaduan", "id"), ("akun diblokir kenapa", "id"), ("kirim", "id"), ("cek syarat", None),
     ("online aja", None), ("LPK Cahaya", None)],
)  # fmt: skip
def test_programme_words_make_a_short_message_indonesian(text: str, language: str | None) -> None:
    assert language_of(text) == language


def test_waits_and_requests_after_a_wait() -> None:
    assert said_last("eh aku lupa emailnya, bentar aku cari dulu")
    assert not said_last("aku lupa emailnya")
    assert wants_else("bentar, aku mau lapor dulu akun aku diblokir")
    assert not wants_else("bentar aku cari ktp dulu")


@pytest.mark.parametrize(
    ("text", "before", "fact"),
    [
        ("aku ngadu lewat sini kok kemarin", ["mana", "hasil", "pengaduan", "kemarin"], True),
        ("nomor lama 0812 udah mati", ["otp", "ke", "nomor", "lama"], True),
        ("cara daftar gmn", ["cara", "daftar"], False),
        ("udh tutup blm", ["gelombang", "72", "kapan", "dibuka"], False),
        ("trs aku harus ngapain", ["caranya"], False),
    ],
)
def test_a_fact_added_is_not_a_question_asked_again(
    text: str, before: list[str], fact: bool
) -> None:
    assert adds_fact(text, before) is fact
