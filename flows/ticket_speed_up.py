"""Asking to speed a complaint up ("bisa dipercepat ga", "tolong diprioritaskan") while this
chat has a ticket still worked on: there is no fast track and no published resolution time
(DOMAIN.md "Complaints"), so none is promised; what helps is adding what the report lacks, one
tap away (before: "I can only help with Kartu Prakerja", the question read as out of scope)."""

from __future__ import annotations

import re

from flows import staff_away
from flows.handoff import CONTACT
from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn
from flows.ticket_add_info import WORKED_ON
from flows.ticket_reply_typed import payload
from flows.ticketless_status import ABOUT_TICKET
from flows.turn import Ask

ASKS = re.compile(
    r"\b(?:di)?(?:percepat|percepet|cepetin|cepatin|cepatkan|cepetan|prioritas(?:kan|in))\w*\b"
    r"|\b(?:lebih|lbh|biar|supaya|agar) (?:cepat|cepet|cpt|cpet)\b|\bjalur (?:cepat|khusus)\b"
    r"|\b(?:speed(?:ed)? (?:it |this |things )?up|expedite\w*|hurry|fast[- ]track\w*|"
    r"prioriti[sz]e)\b"
)
"""Speeding up asked: "bisa dipercepat ga", "cepetin dong", "biar cepet gimana", "expedite"."""
SHORT = 6
"""A message this short asking to speed up needs no ticket named."""
CONTEXT = 4
"""A status answer among this many last intents: the speed-up is about the ticket."""


def asks(text: str) -> bool:
    return bool(ASKS.search(" ".join(text.lower().split())))


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """No fast track, the newest ticket still worked on named, adding info offered; None when
    no speed-up is asked, another topic is, or no ticket of this chat is worked on."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not asks(text):
        return None
    trail: list[str] = turn.session.profile.get("trail") or []
    named = bool(ABOUT_TICKET.search(text))
    if not (named or "complaint_status" in trail[-CONTEXT:] or len(text.split()) <= SHORT):
        return None
    tickets = yield MyTickets(message.channel, message.user_id)
    worked_on = [t for t in tickets if t.status in WORKED_ON]
    if not worked_on:
        return None
    reference = worked_on[0].reference
    add = turn.button("complaints.open_ticket_add", payload(reference, said=False, adding=True))
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    turn.session.misses = 0
    if staff_away.PHONE.search(text):  # "kalo lewat telp bisa lebih cepet?": the same queue
        remember(turn, CONTACT)  # "nomornya brp" next: the number (``contact_follow_ups``)
        contact = turn.ctx.programme.contact_centre
        return [
            turn.reply(
                "ticket_speed_up.phone",
                add,
                turn.menu_button(),
                reference=reference,
                contact_centre=contact,
            )
        ]
    return [turn.reply("ticket_speed_up.say", add, status, turn.menu_button(), reference=reference)]


__all__ = ["ASKS", "answer", "asks"]
