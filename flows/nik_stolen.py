"""Someone else said to have used one's NIK ("ada orang lain pake nik aku buat daftar prakerja,
aku mau daftar ga bisa", "someone registered prakerja with my NIK, I never signed up"): not a
wish to register nor an eligibility check (the NLU reads register or check_eligibility), but
the NIK-registered case where the person never registered: a complaint about the NIK, with this
story, or a person (``kb.nik_taken_never``). "trs gmn", "what should I do" next are that
answer's follow-ups (``flows.nik_taken_follow_ups``). Outside a form only."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_topics import file_complaint, topic_answered
from flows.last_answer import remember, short_after
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.nik_taken_follow_ups import TOPIC
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

MAX_WORDS = 8
_OTHERS = (
    r"(?:orang lain|org lain|orng lain|seseorang|ada (?:yang|yg)(?: orang)?|ada (?:orang|org)|"
    r"someone|somebody|another person|a stranger|someone else)"
)
_USED = (
    r"(?:pake|pakai|pakek|make|memakai|gunakan|menggunakan|daftar\w*|mendaftar\w*|register\w*|"
    r"used|registered|signed up|created an account)"
)
_MINE = r"nik\s*(?:aku|saya|ku|gue|gw|gua|sy|ak)\b|nikku\b|my nik\b"
_STOLEN = re.compile(
    rf"\b{_OTHERS}\b.{{0,25}}\b{_USED}\b.{{0,25}}\b(?:{_MINE})"
    r"|\bnik\b.{0,30}\b(?:used|registered|taken)\s+by\s+(?:someone|somebody|another|a stranger)"
    r"|\bnik\b.{0,30}\b(?:dipake|dipakai|digunakan|didaftarkan|didaftarin)\s+(?:oleh\s+)?"
    r"(?:orang lain|org lain|seseorang|orang)\b"
)
"""Someone else used the NIK: "ada orang lain pake nik aku", "someone registered prakerja with
my NIK", "my NIK was used by someone"."""
_ASKED = re.compile(
    r"\b(?:boleh|bolehkah|bisakah|apakah bisa|bisa ga|bisa gak|can|may|is it ok)\b[^.!]*\?"
)
"""Asked, not told: "boleh ga daftar pake nik orang lain?" (the rules answer)."""


def told(text: str) -> bool:
    """``text`` tells that someone else used the NIK."""
    lowered = " ".join(text.lower().split())
    return bool(_STOLEN.search(lowered)) and not _ASKED.search(lowered)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The NIK used by someone else: a complaint about the NIK with the story, or a person;
    None for anything else, or in a form."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = message.text or ""
    if not told(text):
        return None
    remember(turn, TOPIC)  # "trs gmn", "what should I do" next: that answer's follow-ups
    story = masked(" ".join(text.split()))[:MAX_TEXT_LENGTH]
    report = file_complaint(turn, fix_shown="nik", story=story)  # the Dukcapil fix is no help
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("kb.nik_taken_never", report, person, turn.menu_button())]


_STRANGER = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|ndak|don'?t|do not|no)\s+(?:\w+\s+)?(?:kenal|tau|"
    r"tahu|know|idea)\b"
)
"""Not knowing who it was: "aku ga kenal siapa dia", "I don't know who"."""


def stranger_after(turn: FlowTurn) -> list[Outbound] | None:
    """ "aku ga kenal siapa dia" right after the NIK-used answer: no need to know who; staff
    check the account that uses the NIK (the report, the story kept). Before, a did-you-mean
    (or, at the registration's consent, a No)."""
    text = short_after(turn, TOPIC, MAX_WORDS)
    if text is None or not _STRANGER.search(text):
        return None
    remember(turn, TOPIC)
    report = file_complaint(turn, fix_shown="nik", story=_kept(turn))
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("nik_stolen.stranger", report, person, turn.menu_button())]


def _kept(turn: FlowTurn) -> str | None:
    shown = topic_answered(turn) or {}
    story = shown.get("story")
    return story if isinstance(story, str) else None


__all__ = ["answer", "stranger_after", "told"]
