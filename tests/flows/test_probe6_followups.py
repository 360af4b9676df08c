"""Probe 6 follow-ups: which messages ask about a registration step (answered, not the form),
which short wave questions read as a subscription ask about the wave, and which small talk gets
a friendly reply; with the messages that must keep their own meaning."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import pytest

from flows import FlowContext, Message, ProgrammeConfig
from flows.follow_ons import FOLLOW_UPS
from flows.registration_help import wants_to_register
from flows.registration_step_questions import asked_step
from flows.responses import text as text_of
from flows.runtime.machine import FlowTurn
from flows.small_talk import answer as small_talk
from flows.ticket_missing_help import ASKS_WHY, TOPIC
from flows.waves import asks_about_wave
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def turn(said: str, intent: str | None = "register", wave: int | None = None) -> FlowTurn:
    entities = (SimpleNamespace(entity="wave", value=wave),) if wave is not None else ()
    message = Message(text=said, intent=intent, confidence=0.9, at=AT, entities=entities)
    return FlowTurn(Session(), message, CTX)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        ("apa itu tes kemampuan dasar?", "aptitude_test"),
        ("tkd prakerja wajib ga?", "aptitude_test"),
        ("tesnya susah ga", "aptitude_hard"),
        ("soalnya tes kemampuan dasar sulit ga kak", "aptitude_hard"),
        ("verifikasi wajah itu apa", "face_check"),
        ("what is the face check for?", "face_check"),
        ("trs abis daftar ngapain?", "after_registering"),
        ("udah daftar terus apa lagi", "after_registering"),
        ("setelah gabung gelombang trs apa", "after_joining"),
        ("what next after I join the wave", "after_joining"),
        ("what comes after I register?", "after_registering"),
        ("mau daftar", None),  # a wish to register: the form
        ("daftarin aku", None),
        ("verifikasi wajah gagal terus", None),  # a problem: its fix
        ("tes kemampuan dasar error terus", None),
        ("udah daftar tapi ga lolos, trs gmn", None),  # not selected
        ("udh daftar kok belum ada pengumuman", None),
        ("udh daftar trs gmn cek statusnya", None),  # the status: its own topic
        ("verifikasi wajah sebelum webinar itu apa", None),  # the training's face check
        ("tes tes", None),
    ],
)
def test_what_a_question_about_a_registration_step_asks(text: str, step: str | None) -> None:
    assert asked_step(turn(text)) == step


@pytest.mark.parametrize("text", ["mau daftar", "daftarin aku", "mau daftar prakerja dong"])
def test_a_wish_to_register_is_still_one(text: str) -> None:
    assert wants_to_register(Message(text=text))


@pytest.mark.parametrize(
    ("text", "intent", "wave", "asked"),
    [
        ("kalo gelombang 100?", "subscribe", 100, True),
        ("klo gelombang 73 gmn", "subscribe", 73, True),
        ("kabarin kalo gelombang 100 dibuka", "subscribe", 100, False),  # asks to be told
        ("kalo gelombang 100?", "subscribe", None, False),  # no number read
        ("gelombang 100 kapan dibuka", "wave_schedule", 100, False),  # its own topic already
    ],
)
def test_a_short_wave_question_read_as_a_subscription(
    text: str, intent: str, wave: int | None, asked: bool
) -> None:
    assert asks_about_wave(turn(text, intent, wave), unsure=False) is asked


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("udh makan blm", "small_talk.chat"),
        ("lagi apa kak", "small_talk.chat"),
        ("wkwk ketauan", "small_talk.chat"),
        ("sorry", "small_talk.sorry"),
        ("maaf ya kak salah kirim", "small_talk.sorry"),
        ("kalo pinjol?", "small_talk.loans"),
        ("pemerintah bohong semua", "small_talk.vent"),
        ("info loker dong", "small_talk.jobs"),
        ("maaf mau tanya cara daftar gimana", None),  # an apology before a real question
        ("insentif aku belum cair", None),
    ],
)
def test_small_talk_and_other_services(text: str, key: str | None) -> None:
    replies = small_talk(turn(text, "out_of_scope"), vague=True)
    if key is None:
        assert replies is None
        return
    assert replies is not None and replies[0].text == text_of("id", key)


def test_small_talk_is_left_alone_when_the_nlu_read_a_topic() -> None:
    assert small_talk(turn("info loker dong", "check_eligibility"), vague=False) is None


@pytest.mark.parametrize(
    ("text", "asks"),
    [("kok ga ada?", True), ("loh ga ketemu", True), ("trs gmn", True), ("oke makasih", False)],
)
def test_why_a_ticket_is_not_found_is_a_follow_up(text: str, asks: bool) -> None:
    assert FOLLOW_UPS[TOPIC][0] is ASKS_WHY
    assert bool(ASKS_WHY.search(text)) is asks
