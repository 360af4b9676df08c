"""What a message means to a chat queued for a person (flows/queue_wait.py); the intents are the
ones the NLU gives these messages."""

from __future__ import annotations

import pytest

from flows.queue_wait import classify
from flows.turn import Message


@pytest.mark.parametrize(
    ("text", "intent", "kind"),
    [
        ("ya", "affirm", "ack"),
        ("oke aku tunggu", "affirm", "ack"),
        ("makasih kak", "thanks", "ack"),
        ("halo? ada orang ga?", "greet", "wait"),
        ("hello??", "greet", "wait"),
        ("p", "greet", "wait"),
        ("??", None, "wait"),
        ("lama bgt sih", "complaint", "wait"),
        ("kok ga dibales", "complaint", "wait"),
        ("masih antre ga aku?", "registration_status", "wait"),
        ("sampai kapan nunggunya", "wave_schedule", "wait"),
        ("is anyone there?", "human_agent", "wait"),
        ("still waiting", "registration_status", "wait"),
        ("ga jadi, sama bot aja", "cancel", "leave"),
        ("never mind, back to the bot", "cancel", "leave"),
        ("eh ga jadi, mau bikin pengaduan aja", "cancel", "leave"),
        ("eh ga jadi, mau bikin pengaduan aja", "complaint", "leave"),  # read either way
        ("gak jadi deh. mau nanya saldo", "training_balance", "leave"),
        ("ga jadi cair insentifnya", "complaint", None),  # a story: "did not happen"
        ("stop", "cancel", "leave"),
        ("ga usah nunggu petugas deh", "deny", "leave"),
        ("ga mau hubungi petugas", "human_agent", "leave"),
        ("asdfgh qwerty", "nlu_fallback", "noted"),
        # questions for the bot, whatever words of waiting they hold
        ("syarat daftar prakerja apa aja?", "check_eligibility", None),
        ("berapa lama nunggu insentif cair?", "incentive_status", None),
        ("pengaduan saya kok ga dibales", "complaint_status", None),
        ("halo, gimana cara daftar", "register", None),
        ("insentif sy berhenti, stop gitu aja", "complaint", None),  # a story, not a "stop"
    ],
)
def test_what_a_message_means_while_queued(text: str, intent: str | None, kind: str | None) -> None:
    assert classify(Message(text=text, intent=intent, confidence=0.9)) == kind


def test_in_a_flow_a_yes_or_an_unread_answer_goes_to_the_flow() -> None:
    assert classify(Message(text="ya", intent="affirm", confidence=0.99), in_flow=True) is None
    assert classify(Message(text="Siti Rahmawati", intent=None), in_flow=True) is None
    assert classify(Message(text="lama bgt", intent="complaint"), in_flow=True) == "wait"


def test_a_tapped_button_is_no_typed_message() -> None:
    assert classify(Message(payload="menu")) is None
