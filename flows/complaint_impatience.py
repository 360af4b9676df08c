"""Impatience right after a status answer ("lama bgt sih udh seminggu" after "cek tiket", "kok
lama" after an applicant's "waiting for the announcement"): about what was just shown, not a
new complaint (before: the category picker, a duplicate ticket one tap away).

- after a ticket's status: the ticket is with staff, no resolution time is published so none
  is promised (DOMAIN.md "Complaints"), staff's requests come in this chat, and new
  information goes by the contact centre with the ticket's number;
- after an applicant's status: results come a few days after the wave closes, by dashboard,
  SMS and e-mail; nothing to do but wait (no date is guessed).

The complaint's ``context`` step asks ``impatient``; the flow then ends (``IMPATIENT``)."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext

IMPATIENT = "impatient"
"""The slot set when the complaint was impatience about the answer just given."""
APPLIED = "applied"
"""``flows.my_selection.APPLIED``: the topic an applicant's status answer records."""
_WAIT = re.compile(
    r"\b(?:lama+|lma|lamanya|kelamaan|kelamaan|lambat|lelet|nunggu\w*|menunggu|ditunggu\w*|"
    r"(?:ga|gak|gk|nggak|belum|blm|tidak) ada (?:kabar|kejelasan|respon\w*|balasan)|"
    r"slow|so long|taking (?:so |too )?long|still waiting)\b"
)
MAX_WORDS = 10
_FINISHED = ("resolved", "closed")


def impatient(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The answer to impatience right after a status answer, with ``IMPATIENT`` set; else
    nothing (the complaint goes on)."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if "category" in turn.slots or message.payload or not text:
        return []
    if len(text.split()) > MAX_WORDS or category_for(text) or not _WAIT.search(text):
        return []
    if just_said(turn) == APPLIED:
        turn.slots[IMPATIENT] = "selection"
        return [turn.reply("complaints.impatient.selection", turn.menu_button())]
    if previous_intent(turn) != "complaint_status":
        return []
    tickets = yield MyTickets(message.channel, message.user_id)
    open_ones = [t for t in tickets if t.status not in _FINISHED]
    if not open_ones:
        return []
    turn.slots[IMPATIENT] = "ticket"
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    said = turn.reply(
        "complaints.impatient.ticket",
        status,
        turn.menu_button(),
        reference=open_ones[0].reference,
        contact_centre=turn.ctx.programme.contact_centre,
    )
    return [said]


def previous_intent(turn: FlowTurn) -> str | None:
    """The intent of the message before this one (as ``flows.fallback.previous_intent``,
    which imports the complaint flow)."""
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    return before[-1] if before else None


def was_impatient(slots: Slots, _: FlowContext) -> bool:
    return IMPATIENT in slots


__all__ = ["IMPATIENT", "impatient", "was_impatient"]
