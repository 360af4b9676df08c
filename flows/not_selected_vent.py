"""Anger at the programme from a participant not selected: "penipu!", "prakerja penipu" right
after the not-selected answer (or from a chat linked to a participant not selected), "ga lolos
lolos, penipu". The frustration is acknowledged first, then the facts: the not-selected answer
(the participant's own status when linked), or, when it was just given, why not being selected
is no scam (an official, free programme; a random selection among eligible applicants, the
quota being limited). A report asked for in so many words ("mau lapor, prakerja penipu") or a
third party named ("ada yg minta uang, penipu") is not this: the complaint or fraud answer takes
it; so does anger read as a complaint that names the selection ("prakerja penipuan!!! ga pernah
lolos"), which ``complaint_context`` hears first."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for
from flows.complaint_venting import scorned
from flows.follow_up_answers import NOT_SELECTED
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import selection_status
from flows.queries import ParticipantQuery
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


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The frustration heard, then the facts; None when the message is no such anger."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or _REPORT.search(text) or not scorned(text, _fraud_named):
        return None
    named = category_for(text) == "not_selected"
    if named and message.intent == "complaint":  # "prakerja penipuan!!! ga pernah lolos": the
        return None  # complaint flow takes it, heard first too (``complaint_context``)
    heard = Outbound(turn.say("not_selected.vented"))
    if just_said(turn) == NOT_SELECTED:  # the not-selected answer just given: why it is no scam
        remember(turn, NOT_SELECTED)  # "alasannya apa" next: still about not being selected
        return [heard, turn.reply("not_selected.vented_facts", turn.menu_button())]
    if not named and not (yield from _not_selected(turn)):
        return None  # "penipu!" with nothing about the selection: maybe a scam to report
    facts = yield from selection_status(turn)  # theirs when linked, else the general answer
    return [heard, *(facts or [])]


def _not_selected(turn: FlowTurn) -> Ask[bool]:
    """The chat is linked to a participant not selected in their last wave."""
    if turn.session.participant_id is None:
        return False
    person = yield ParticipantQuery(turn.message.channel, turn.message.user_id)
    return person is not None and person.status == "not_selected"


__all__ = ["answer"]
