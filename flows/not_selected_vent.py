"""Anger at the programme from a participant not selected: "penipu!", "prakerja penipu" right
after the not-selected answer (or from a chat linked to a participant not selected), "ga lolos
lolos, penipu". The frustration is acknowledged first, then the facts: the not-selected answer
(the participant's own status when linked), or, when it was just given, why not being selected
is no scam (an official, free programme; a random selection among eligible applicants, the
quota being limited). A report asked for in so many words ("mau lapor, prakerja penipu") or a
third party named ("ada yg minta uang, penipu") is not this: the complaint or fraud answer takes
it; so does anger read as a complaint that names the selection ("prakerja penipuan!!! ga pernah
lolos"), which ``complaint_context`` hears first. An insider asked about, or joining again said,
right after the not-selected answer: ``flows.not_selected_insider``."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for
from flows.complaint_venting import scorned
from flows.follow_up_answers import NOT_SELECTED
from flows.last_answer import just_said, remember
from flows.linked_status import linked_in
from flows.messages import Outbound
from flows.my_data import selection_status
from flows.my_selection import next_wave
from flows.not_selected_insider import TIRED, insider, join_again, offered
from flows.not_selected_why import answer as not_selected_why_answer
from flows.not_selected_why import asks_next
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 12
"""A venting message is short; a longer one tells a story the complaint flow takes."""
_REPORT = re.compile(
    r"\b(?:lapor\w*|ngelapor\w*|melapor\w*|ngadu\w*|mengadu\w*|adukan|komplain\w*|"
    r"complain\w*|pengaduan\w*|aduan\w*|report\w*)\b"
)
"""A report asked for in so many words: the complaint flow, not a word of comfort."""


def _fraud_named(lowered: str) -> bool:
    """A fraud named besides the scam words (``complaint_venting.scorned``)."""
    return category_for(lowered) == "fraud"


_TIRED = re.compile(
    r"\b(?:capek|cape|capai|lelah|bosen|bosan|frustasi|frustrasi|nyerah|menyerah|putus asa)\b"
    r".*\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|blm|belum)\s+(?:pernah\s+)?lolos\b"
)
_INSIDER = re.compile(
    r"\b(?:orang|org)\s+(?:dalem|dalam|dlm)\b|\bjalur\s+(?:dalam|dalem|belakang|khusus)\b"
    r"|\b(?:diatur|dicurangi|curang|rigged|settingan|setingan)\b"
)
_HOW_TO_PASS = re.compile(
    r"\b(?:biar|supaya|agar|gimana|gmn|gmna|cara|how)\b.*\b(?:lolos|keterima|diterima|selected)\b"
)
_GIVE_UP = re.compile(r"\b(?:percuma|nyerah|menyerah|pasrah|sia[- ]sia|yaudah lah|ya udah lah)\b")


def tired(turn: FlowTurn) -> list[Outbound] | None:
    """ "udah capek daftar 10x ga lolos": heard, and why (a random draw, a limited quota);
    right after it, an insider asked about (there is none), how to pass (nothing raises the
    odds) or giving up (heard again, a person offered)."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    after = just_said(turn) == TIRED and not _fraud_named(text)  # "ada yg minta uang biar
    # pasti lolos": a fraud to report, not how selection works
    key = None
    if _TIRED.search(text) and len(text.split()) <= MAX_WORDS:
        key = "not_selected_tired.tired"
    elif after and _INSIDER.search(text):
        key = "not_selected_tired.no_insider"
    elif after and _HOW_TO_PASS.search(text):
        key = "not_selected_tired.how_to_pass"
    elif just_said(turn) == TIRED and _GIVE_UP.search(text):
        remember(turn, TIRED)
        person = turn.button("common.talk_to_person", controls.HUMAN)
        return [turn.reply("not_selected_tired.give_up", person, turn.menu_button())]
    if key is None:
        return None
    remember(turn, TIRED)
    return [turn.reply(key, turn.menu_button())]


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The frustration heard, then the facts; None when the message is no such anger."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    asked = not_selected_why_answer(turn)  # "kok gitu" right after the not-selected answer
    asked = asked or insider(turn)  # "emang pake orang dalem ya" right after it too
    asked = asked or offered(turn)  # "katanya ada orang dalem, bayar 500rb bisa lolos"
    if asked is not None:
        return asked
    if asks_next(turn):  # "terus aku harus gimana" after it: the next wave, not the help menu
        return (yield from next_wave(turn))
    joining = yield from join_again(turn)  # "y udh deh gabung lg aja" right after it
    if joining is not None:
        return joining
    tired_of_it = tired(turn)
    if tired_of_it is not None:
        return tired_of_it
    if len(text.split()) > MAX_WORDS or _REPORT.search(text) or not scorned(text, _fraud_named):
        return None
    named = category_for(text) == "not_selected"
    if named and message.intent == "complaint":  # "prakerja penipuan!!! ga pernah lolos": the
        return None  # complaint flow takes it, heard first too (``complaint_context``)
    heard = Outbound(turn.say("not_selected.vented"))
    if just_said(turn) == NOT_SELECTED:  # the not-selected answer just given: why it is no scam
        remember(turn, NOT_SELECTED)  # "alasannya apa" next: still about not being selected
        return [heard, turn.reply("not_selected.vented_facts", turn.menu_button())]
    if not named and not (yield from linked_in(turn, "not_selected")):
        return None  # "penipu!" with nothing about the selection: maybe a scam to report
    facts = yield from selection_status(turn)  # theirs when linked, else the general answer
    return [heard, *(facts or [])]


__all__ = ["answer"]
