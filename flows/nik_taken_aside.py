""" "nik aku udh terdaftar katanya" at one of a flow's questions (the registration's consent, name
or NIK question, the eligibility check's age question), and its follow-ups ("trs gmn", "knp bisa
gitu"): the NIK-registered help as a digression, before the runner reads the message as an
answer (a name) or the NLU's reading (check_eligibility) starts another flow. As any side
question: the flow's question is asked again, and the third side question in a row sets the
flow aside (``flows.parking``), resumable with "lanjut".

Not in the flows where such a message is the story or the point (a complaint, a ticket's
reply or reopening, linking an existing account)."""

from __future__ import annotations

from dataclasses import replace

from flows import nik_taken_follow_ups, parking
from flows.complaints import COMPLAINTS
from flows.last_answer import remember
from flows.link_account import LINK_ACCOUNT
from flows.messages import Outbound
from flows.registration import REGISTRATION
from flows.registration_help import nik_taken, reports_nik_taken
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.prompts import prompt
from flows.runtime.runner import CONFIRM
from flows.ticket_reopen import TICKET_REOPEN
from flows.ticket_reply import TICKET_REPLY

_OWN_READING = frozenset(
    flow.name for flow in (COMPLAINTS, TICKET_REPLY, TICKET_REOPEN, LINK_ACCOUNT)
)
"""Flows that read such a message themselves."""


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """The NIK-registered help (or its follow-up) as a digression at ``flow``'s pending
    question, else None (the runner reads the message)."""
    session, message = turn.session, turn.message
    if flow.name in _OWN_READING or message.payload is not None or not message.text:
        return None
    state = flow.state(session.step) if session.step else None
    if state is None or state.slot is None or turn.slots.get(CONFIRM):
        return None
    if state.slot.free_text and flow is not REGISTRATION:  # a course topic may say anything
        return None
    replies = _answer(turn)
    if replies is None:
        return None
    if parking.side_question(turn):  # the third in a row: the flow is in the way
        return [*replies, parking.set_aside(turn)]
    said = [replace(reply, buttons=()) for reply in replies]  # the question's buttons count
    return [*said, Outbound(turn.say("common.resume_question")), prompt(flow, state, turn)]


def _answer(turn: FlowTurn) -> list[Outbound] | None:
    if not reports_nik_taken(turn.message):
        return nik_taken_follow_ups.answer(turn)
    replies = nik_taken(turn)
    remember(turn, nik_taken_follow_ups.TOPIC)  # in a flow no general follow-up: "trs gmn" here
    return replies


__all__ = ["answer"]
