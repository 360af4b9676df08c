"""Follow-ups right after a ticket's status answer (``flows.my_data.ticket_status``): "what
does that mean?" / "maksudnya apa?" (what the status shown means, with staff's message),
"how long will it take?" / "brp lama lagi?" (no official time limit: staff handle complaints
in turn) and, after an incentive ticket whose staff message gives news, "but I still haven't
got the money" / "tp uangnya blm masuk" (that message, the usual 3–5 working days, and what to
do if it still doesn't come). Before, "Which one do you mean?", "Sorry if my answer wasn't
clear" and "There's no incentive schedule yet" (probe p26a item 8)."""

from __future__ import annotations

import re

from flows.follow_up_answers import FollowUp, either
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn
from flows.ticket_reopen_offer import FINISHED_TICKET
from flows.turn import Ask
from flows.views import TicketView

TOPIC = "ticket_shown"
"""The topic a status answer showing only tickets still being handled records."""
INCENTIVE = "incentive"
FINISHED = ("resolved", "closed")
MAX_WORDS = 10
"""A follow-up is short; a longer message says what it is about itself."""

MEANING = re.compile(
    r"\bwhat (?:does|do) (?:that|this|it|the status) mean\b|\bwhat(?:'s| is) that\b|"
    r"\bmeaning\b|\bmaksud\w*\b|\bartinya\b|\bartinya apa\b|\bapa (?:itu|tuh)\b"
)
HOW_LONG = re.compile(
    r"\bhow long\b|\bwhen will (?:it|this|that) be\b|\b(?:berapa|brp|brapa|bberapa) lama\b|"
    r"\b(?:kapan|kpn)\b.{0,20}\b(?:selesai|beres|kelar)\b"
)
NOT_RECEIVED = re.compile(
    r"\b(?:haven'?t|have not|hasn'?t|has not|didn'?t|did not|not|never)\s+(?:\w+\s+){0,2}?"
    r"(?:got|gotten|get|received?|arrived?|come|came)\b"
    r"|\b(?:belum|blm|blom|ga|gak|gk|nggak|ngga|tidak|tdk)\s+(?:juga\s+|jg\s+)?(?:masuk|cair|"
    r"terima|nerima|diterima|dapat|dapet)\w*"
)
"""The money the incentive ticket was about still hasn't come."""
CLOSED = re.compile(r"\b(?:di)?tutup\w*\b|\bclosed?\b")
"""A ticket still being handled taken for closed ("kok ditutup"): what its status means."""


def _tickets(turn: FlowTurn) -> Ask[list[TicketView]]:
    found = yield MyTickets(turn.message.channel, turn.message.user_id)
    return list(found or [])[:5]


def meaning(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    tickets = yield from _tickets(turn)
    if not tickets:
        return None
    ticket = tickets[0]
    lines = [_state(turn, ticket)]
    if ticket.message:
        lines.append(turn.say("ticket_follow.message", message=ticket.message))
    lines.append(turn.say("ticket_follow.replies"))
    remember(turn, TOPIC)  # "how long will it take?" next
    buttons = (turn.button("intents.complaint_status", "intent:complaint_status"),)
    return [Outbound("\n".join(lines), (*buttons, turn.menu_button()))]


def _state(turn: FlowTurn, ticket: TicketView) -> str:
    """What the ticket's status means ("In progress": staff are checking it)."""
    where = "ticket_follow" if ticket.status in FINISHED else "ticket_vent"
    status = turn.say(f"ticket_status.{ticket.status}")
    return turn.say(f"{where}.state_{ticket.status}", reference=ticket.reference, status=status)


def how_long(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    remember(turn, TOPIC)
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    return [turn.reply("kb.ticket_time", status, turn.menu_button())]
    yield


def money(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    tickets = yield from _tickets(turn)
    told = [t for t in tickets if t.category == INCENTIVE and t.message]
    if not told:
        return None
    ticket = told[0]
    remember(turn, FINISHED_TICKET)  # "still not solved" next: reopen it
    return [
        turn.reply(
            "ticket_follow.money",
            turn.menu_button(),
            reference=ticket.reference,
            message=ticket.message or "",
        )
    ]


FOLLOW_UPS: dict[str, FollowUp] = {
    TOPIC: either(
        (MEANING, meaning), (HOW_LONG, how_long), (NOT_RECEIVED, money), (CLOSED, meaning)
    ),
    FINISHED_TICKET: either((NOT_RECEIVED, money), (MEANING, meaning), (HOW_LONG, how_long)),
}
"""The ticket status answer just given (still handled, or finished): what its follow-up asks."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The answer to a short follow-up right after a ticket's status, else None (a finished
    ticket's "masih belum beres" goes on to the reopen offer, ``flows.ticket_reopen_offer``)."""
    text = (turn.message.text or "").lower()
    found = FOLLOW_UPS.get(just_said(turn) or "")
    if turn.message.payload is not None or found is None or len(text.split()) > MAX_WORDS:
        return None
    if not found[0].search(text):
        return None
    return (yield from found[1](turn))


__all__ = ["FOLLOW_UPS", "TOPIC", "answer"]
