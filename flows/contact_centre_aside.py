"""The contact centre's number asked at any form's question ("nomor call center prakerja brp?",
"call center nya berapa"): the number (the toll-free contact centre and the other official
channels), then the form's question asked again. The NLU reads "call center" as a wish for a
person, and inside a form such a wish goes straight to the staff queue (``runner.reply``),
without the check the handoff makes outside one (``handoff.request``); a real wish for a person
("mau ngomong sama CS", "sambungin ke admin") still goes there. Shared with the complaint
form's own side questions (``flows.complaint_asides``), which says it in its own words.

A short follow-up right after the number ("jam berapa buka?", "kalo email?") is answered
there too (``flows.contact_follow_ups``), then the question again; before, "jam berapa buka?"
got the open wave's dates."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import contact_follow_ups, parking
from flows.complaint_questions import short_and_not_told
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt
from flows.runtime.runner import CONFIRM

_CONTACT = re.compile(
    r"\b(?:call ?cent(?:er|re)|callcenter|hotline|contact cent(?:er|re)|customer service|"
    r"cs|telepon bebas pulsa|bebas pulsa|toll[- ]free)\b"
    r"|\b(?:nomor|no|nmr|number)\s+(?:telepon|telp|tlp|telfon|hp|wa|whatsapp|kontak|phone)?\s*"
    r"(?:prakerja|pmo|pusat|resmi|admin|bantuan|pengaduan)\b"
)
"""The programme's contact centre named ("call center", "cs", "nomor telepon prakerja")."""
_NUMBER_ASKED = re.compile(
    r"\?|\b(?:nomor\w*|no|nmr|number|berapa|brp|brapa|brpa|apa|mana|dmn|what|which)\b"
)
KEY = "aside.contact_centre"


def asks_contact_number(lowered: str) -> bool:
    """The contact centre's number asked for ("btw nomor call center prakerja brp?", "no cs
    prakerja apa ya"), not a person ("sambungin ke cs dong")."""
    asked = _CONTACT.search(lowered) and _NUMBER_ASKED.search(lowered)
    return bool(asked) and short_and_not_told(lowered)  # "udh telpon cs 3x ga diangkat": told


def pending(flow: Flow, turn: FlowTurn) -> State | None:
    """The question ``flow`` waits on for a typed side question, else None (a button, no
    question pending, a cancel being confirmed)."""
    session, message = turn.session, turn.message
    if message.payload is not None or not message.text:
        return None
    state = flow.state(session.step) if session.step else None
    if state is None or state.slot is None or turn.slots.get(CONFIRM):
        return None
    return state


def answer(flow: Flow, turn: FlowTurn, key: str = KEY) -> list[Outbound] | None:
    """The contact centre's number at ``flow``'s pending question, then that question again;
    else None (the runner reads the message)."""
    state = pending(flow, turn)
    if state is None:
        return None
    lowered = " ".join((turn.message.text or "").lower().split())
    if not asks_contact_number(lowered):
        followed = contact_follow_ups.reply(turn)  # "jam berapa buka?" right after the number
        return None if followed is None else then_resume(flow, state, turn, followed)
    contact_follow_ups.said(turn)
    said = Outbound(turn.say(key, contact_centre=turn.ctx.programme.contact_centre))
    return then_resume(flow, state, turn, said)


def then_resume(flow: Flow, state: State, turn: FlowTurn, said: Outbound) -> list[Outbound]:
    """A side question's answer, then the pending question again; the third side question in
    a row sets the form aside (``flows.parking``)."""
    if parking.side_question(turn):  # the third in a row: the form is in the way
        return [said, parking.set_aside(turn)]
    resumed = Outbound(turn.say("common.resume_question"))
    return [replace(said, buttons=()), resumed, prompt(flow, state, turn)]


__all__ = ["KEY", "answer", "asks_contact_number", "pending", "then_resume"]
