"""Probe 8 follow-ups: the words that read as a follow-up of the answer just given (and those
that keep their own meaning), and a category's label inside a sentence."""

from __future__ import annotations

import pytest

from flows import authenticity, fraud_follow_ups, language_choice, menu_topic_follow_ups, timeline
from flows.fallback import in_sentence
from flows.topic_follow_ups import TRIED, WHAT_NOW


def test_a_label_keeps_its_acronym_inside_a_sentence() -> None:
    assert in_sentence("OTP / email / login") == "OTP / email / login"
    assert in_sentence("Masalah NIK") == "masalah NIK"


@pytest.mark.parametrize(
    ("said", "named"),
    [
        ("balik ke bahasa indonesia ya", True),
        ("back to indonesian", True),
        ("back to english", True),
        ("kembali", False),
        ("balik ke menu", False),
    ],
)
def test_back_to_a_language_names_it(said: str, named: bool) -> None:
    assert language_choice.names_language(said) is named


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ("dari daftar sampe dapet duit berapa lama?", True),
        ("berapa lama prosesnya semua?", True),
        ("how long does the whole process take?", True),
        ("insentif berapa lama cairnya?", False),
        ("berapa insentifnya?", False),
    ],
)
def test_the_whole_way_is_asked(said: str, asked: bool) -> None:
    assert timeline.asks(said) is asked


@pytest.mark.parametrize(
    ("said", "what_now"),
    [
        ("trs aku harus ngapain", True),
        ("caranya gmn?", True),
        ("what should i do", True),
        ("gimana cara daftar prakerja", False),
        ("kalo udh lulus gmn?", False),
    ],
)
def test_what_now_names_no_topic_of_its_own(said: str, what_now: bool) -> None:
    assert bool(WHAT_NOW.search(said)) is what_now


@pytest.mark.parametrize(
    ("said", "tried"),
    [("udah cek spam juga", True), ("udah 5x kirim ulang", True), ("otp nya kapan masuk", False)],
)
def test_a_fix_tried_already(said: str, tried: bool) -> None:
    assert bool(TRIED.search(said)) is tried


@pytest.mark.parametrize(
    ("said", "why"), [("knp?", True), ("kok bisa?", True), ("udh kukasih", False)]
)
def test_why_after_a_scam_warning(said: str, why: bool) -> None:
    assert bool(fraud_follow_ups.WHY.search(said)) is why


@pytest.mark.parametrize(
    ("said", "doubted"),
    [
        ("ini beneran akun resmi prakerja? kok minta nik", True),
        ("kamu bot resmi bukan?", True),
        ("program ini resmi ga?", False),
        ("prakerja masih ada ga tahun ini", False),
    ],
)
def test_this_chat_doubted(said: str, doubted: bool) -> None:
    asks_real = bool(authenticity._ASKS_REAL.search(said))
    assert (asks_real and bool(authenticity._THIS_CHAT.search(said))) is doubted


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("yg sekarang sampe kapan?", "_UNTIL"),
        ("kapan ditutup?", "_UNTIL"),
        ("kuotanya berapa?", "_QUOTA"),
        ("kalo telat gimana", "_LATE"),
    ],
)
def test_wave_follow_ups(said: str, topic: str) -> None:
    assert getattr(menu_topic_follow_ups, topic).search(said)
