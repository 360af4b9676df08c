"""Right after the not-selected answer (or being told to join the next wave, or tiredness after
many tries heard): an insider asked about ("emang pake orang dalem ya", "harus ada orang dalam
kah", "katanya bisa lewat orang dalem") is answered: there is none, the system picks at random
among eligible applicants, and whoever sells an inside route is a scammer (DOMAIN.md
"Eligibility"; before, the message opened a "Tidak lolos seleksi" complaint form). Joining again
said right after ("y udh deh gabung lg aja"): how to join the next wave, and the wave open or
next (before: "Maksud kamu yang mana?"). The same insider question at a not-selected
complaint's tips ("Apakah ini membantu?") is answered there, then that question again (before:
read as "no", the story asked for). Selection offered for money there ("katanya ada orang dalem,
bayar 500rb bisa lolos") is the joki warning with the report one tap away, this message its
story (``flows.fraud.warned``; before: a "Tidak lolos seleksi" complaint form)."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for
from flows.contact_centre_aside import then_resume
from flows.follow_up_answers import AUTOMATIC, NEXT_WAVE, NOT_SELECTED
from flows.fraud import MONEY, reported, sells_selection, warned
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn, State
from flows.turn import Ask
from flows.waves import waves_text

TIRED = "not_selected_tired"
"""``flows.last_answer`` topic: tiredness after many tries, or an insider asked about, heard
(``flows.not_selected_vent``)."""
CONTEXT = frozenset({NOT_SELECTED, NEXT_WAVE, TIRED})
"""Answers after which an insider or joining again is about not being selected."""
MAX_WORDS = 12
"""Such a question is short; a longer message tells a story."""
CATEGORY = "not_selected"
"""The complaint category whose tips an insider question may follow."""

INSIDER = re.compile(
    r"\b(?:orang|org|orng)\s+(?:dalem|dalam|dlm)\b(?!\s+(?:\d|satu|dua|se?kk|kk|keluarga|"
    r"rumah|sekeluarga))|\bordal\b|\bjalur\s+(?:dalam|dalem|belakang|khusus|orang dalam)\b"
    r"|\b(?:insiders?|inside (?:man|contact|connection)|someone inside)\b"
    r"|\b(?:diatur|dicurangi|curang|rigged|settingan|setingan)\b"
)
"""An insider or a fixed selection named ("orang dalem", "ordal", "jalur belakang", "need an
insider?"); not "berapa orang dalam 1 KK" (the family-card quota)."""
_AGAIN = re.compile(
    r"\b(?:gabung|gbg|daftar|dftr|ikut|ikutan|join|apply|coba|nyoba)\w*\s+(?:\w+\s+)?"
    r"(?:lagi|lg|lgi|ulang|again)\b"
    r"|\b(?:gelombang|gel)\s+(?:berikut\w*|selanjutnya|depan|lain)\b|\bnext wave\b"
)
"""Joining again said: "gabung lg aja", "coba lagi deh", "ikut gelombang berikutnya aja"."""
_NOT_JOINING = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|engga|tidak|tdk|males|malas|ogah|kapok|gamau|gausah|"
    r"don'?t|not)\b"
)
"""Not joining again ("males gabung lagi", "ga usah daftar lagi"): no instructions to join."""


def _context(turn: FlowTurn) -> str | None:
    """The not-selected topic answered just before this message, if any."""
    said = just_said(turn)
    return said if said in CONTEXT else None


def _short(turn: FlowTurn) -> str | None:
    """The typed message (lowercase, single spaces) when short; None for a tap or a story."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    return text if len(text.split()) <= MAX_WORDS else None


def _asks_insider(text: str) -> bool:
    """An insider asked about, with no money or fraud named (that is a scam to report)."""
    if not INSIDER.search(text) or MONEY.search(text):
        return False
    return category_for(text) != "fraud"


def insider(turn: FlowTurn) -> list[Outbound] | None:
    """ "emang pake orang dalem ya" right after a not-selected answer: there is no insider;
    the same topic stays (its follow-ups still apply). None for anything else, or for money
    or a fraud named (a scam to report)."""
    text, topic = _short(turn), _context(turn)
    if text is None or topic is None or not _asks_insider(text):
        return None
    remember(turn, topic)  # "alasannya apa", "gabung lagi aja" next: still not selected
    turn.session.misses = 0
    return [turn.reply("not_selected_tired.no_insider", turn.menu_button())]


def offered(turn: FlowTurn) -> list[Outbound] | None:
    """ "katanya ada orang dalem, bayar 500rb bisa lolos" right after a not-selected answer:
    a paid selection is a scam, nothing filed until asked; None for anything else (money
    already paid, a report asked for: the complaint flow takes it)."""
    text = _short(turn)
    if text is None or _context(turn) is None or not sells_selection(text) or reported(text):
        return None
    turn.session.misses = 0
    return warned(turn)


def in_form(flow: Flow, state: State, turn: FlowTurn) -> list[Outbound] | None:
    """ "emang pake orang dalem ya" at a not-selected complaint's tips: no insider, then the
    pending question again; None for anything else (the form reads it)."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if turn.slots.get("category") != CATEGORY or state.name != "fix" or message.payload:
        return None
    if not text or len(text.split()) > MAX_WORDS or not _asks_insider(text):
        return None
    said = Outbound(turn.say("not_selected_tired.no_insider"))
    return then_resume(flow, state, turn, said)


def join_again(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "y udh deh gabung lg aja" right after a not-selected answer: join the next wave from
    the dashboard, and the wave open or next. Not a question ("otomatis ikut?", "bisa ikut
    lagi?" have their own answers), not "males gabung lagi"."""
    text = _short(turn)
    if text is None or _context(turn) is None or "?" in text:
        return None
    if not _AGAIN.search(text) or _NOT_JOINING.search(text) or AUTOMATIC.search(text):
        return None
    wave = yield from waves_text(turn.lang)
    turn.session.misses = 0
    body = turn.say("registration_help.join_next") + "\n\n" + wave
    return [Outbound(body, (turn.menu_button(),))]


__all__ = ["CONTEXT", "INSIDER", "TIRED", "in_form", "insider", "join_again", "offered"]
