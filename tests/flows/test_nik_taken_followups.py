"""Probe h3: "nik aku udh terdaftar katanya" and what follows it ("trs gmn", "knp bisa gitu",
"padahal aku blm pernah daftar"): read as the NIK-registered answer's follow-ups, each with its
own answer, and known to the follow-up table."""

from __future__ import annotations

import pytest

from flows.follow_ons import FOLLOW_UPS
from flows.nik_taken_follow_ups import FOLLOW_UP, TOPIC, reading
from flows.registration_help import reports_nik_taken
from flows.turn import Message


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("trs gmn", "next"),
        ("terus aku harus gimana", "next"),
        ("what should I do then", "next"),
        ("solusinya apa min", "next"),
        ("knp bisa gitu", "why"),
        ("kok bisa ya", "why"),
        ("why?", "why"),
        ("padahal aku blm pernah daftar", "never"),  # says "pernah daftar" too
        ("aku ga pernah bikin akun", "never"),
        ("gak merasa pernah daftar kak", "never"),
        ("I never registered", "never"),
        ("I haven't signed up", "never"),
        ("oh iya dulu pernah daftar", "before"),
        ("udh pernah daftar 2020 tp ga lolos", "before"),
        ("aku udh coba daftar lagi tetep ga bisa", None),  # trying again, not an old account
        ("oke makasih", None),
        ("siap", None),
    ],
)
def test_what_a_follow_up_to_the_nik_registered_answer_asks(text: str, asked: str | None) -> None:
    assert reading(text) == asked
    assert bool(FOLLOW_UP.search(text.lower())) is (asked is not None)


def test_the_follow_ups_are_in_the_follow_up_table() -> None:
    assert FOLLOW_UPS[TOPIC][0] is FOLLOW_UP


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("nik aku udh terdaftar katanya", True),
        ("my NIK is already registered", True),
        ("nik saya sudah terdaftar di instansi lain, bisa ikut?", False),  # an eligibility one
    ],
)
def test_a_nik_said_to_be_registered(text: str, taken: bool) -> None:
    assert reports_nik_taken(Message(text=text)) is taken
