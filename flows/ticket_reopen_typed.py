"""Reopening asked for in words, not with the "Ya, buka lagi" button: "buka lagi
pengaduannya", "buka lagi aja", "tolong buka lagi tiket PRK-12345678", "reopen" (a turn or
more after the offer, or with no offer made). The ticket meant (the one named, else the
resolved one that may still be reopened, newest first) is reopened through
``flows.ticket_reopen`` (the words of a recent offer sent with it, else asked for); a closed
ticket, or one resolved too long ago, gets the new complaint naming it
(``flows.ticket_reopen_offer``), never a new complaint about the same topic from scratch.

Read only when the message says so (a cheap pattern first); none of the chat's tickets
finished: left to the router."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.ticket_reopen_offer import (
    CLOSED,
    OFFER,
    RESOLVED,
    new_complaint,
    payload,
    reopenable,
    tickets_meant,
)
from flows.turn import Ask

_TICKET = (
    r"(?:tiket|ticket|pengaduan|aduan|laporan|komplain|complaint)(?:nya|ku|\s+(?:aku|saya|ku))?"
)
_REF = r"(?:\s+(?:tiket\s+|ticket\s+)?prk[\s-]?\d{6,8})?"
_TAIL = r"(?:\s+(?:aja|saja|dong|ya|kak|min|deh|please|pls|sekarang|now))*"
_HOW = r"(?:(?:gimana|gmn|gmna|bagaimana|gimana caranya|cara)(?:\s+(?:dong|ya|sih|kak|min))*\W+)?"
"""Asked how: "gimana dong buka lagi tiketnya"."""
_STILL = r"(?:\W+(?:masih|msh|tetep|tetap|soalnya|karena|krn|still)\b[^?]*)?"
"""Why, after it: "buka lagi dong tiketnya, masih keblokir"."""
_AGAIN = r"(?:buka|bukain|bukakan|dibuka)\s+(?:lagi|lg|lgi|kembali|ulang)" + _TAIL
"""Open again, a particle after it ("buka lagi dong tiketnya")."""
_ASKED = re.compile(
    r"^(?:(?:ok|oke|okay|iya|ya|yaudah|sip)\W+)?" + _HOW + r"(?:(?:aku|saya|sy|i)\s+)?"
    r"(?:(?:tolong|mau|minta|bisa|pls|please|want to|would like to|can you|could you)\s+)*"
    r"(?:" + _AGAIN + r"(?:\s+" + _TICKET + r")?"
    r"|(?:buka|bukain|bukakan)\s+" + _TICKET + r"\s+(?:lagi|lg|lgi|kembali|ulang)"
    r"|re-?open(?:\s+(?:the\s+|my\s+|it|this)?(?:" + _TICKET + r")?)?"
    r"|open\s+(?:it|the\s+ticket|my\s+ticket|the\s+complaint|my\s+complaint)\s+again"
    r")" + _REF + _TAIL + _STILL + r"\W*$"
)
"""Reopening asked for: "buka lagi pengaduannya", "bukain tiketnya lagi dong", "reopen",
"please reopen my ticket"."""


def asks(text: str) -> bool:
    return bool(_ASKED.match(" ".join(text.lower().split())))


def answer(turn: FlowTurn) -> Ask[str | list[Outbound] | None]:
    """The payload that reopens the ticket meant (``ticket_reopen:<reference>``), the new
    complaint for one that may not be reopened, or None (no reopening asked, none finished)."""
    message = turn.message
    text = message.text or ""
    if message.payload is not None or turn.session.flow is not None or not asks(text):
        return None
    tickets = yield from tickets_meant(turn)
    finished = [t for t in tickets if t.status in (RESOLVED, CLOSED)]
    offered = turn.session.profile.get(OFFER)
    offered_reference = offered.get("reference") if isinstance(offered, dict) else None
    finished.sort(key=lambda t: (t.reference != offered_reference, not reopenable(turn, t)))
    if not finished:
        return None
    ticket = finished[0]
    if not reopenable(turn, ticket):
        return [new_complaint(turn, ticket, "")]
    return payload(ticket.reference)


__all__ = ["answer", "asks"]
