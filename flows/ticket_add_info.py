"""Information a participant adds to their own complaint ticket, asked for in words: "tambah
info ke tiket PRK-12345678", "mau nambahin keterangan di pengaduan aku", "add more info to my
ticket: ..." (help desks let the requester comment on an open ticket at any time).

The ticket meant (the one named, else the one still worked on: open, in progress or waiting
for the participant) gets the words through ``flows.ticket_reply``'s confirm-then-send steps,
what follows the request ("..., ternyata mereka udh tutup") filled in already; with several,
which one is asked. "Aku mau tambahin info, <what>" naming no ticket is for the chat's open
ticket when it has one (else it is answered as what it says). A finished ticket gets the
reopen path (``flows.ticket_reopen``, or the new complaint naming it when it may not be
reopened); no ticket at all is said so.

Read only when the message says so, naming a ticket (a cheap pattern first)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows.fallback import previous_intent
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.ticket_reopen_offer import CLOSED, RESOLVED, new_complaint, reopenable, tickets_meant
from flows.ticket_reopen_offer import payload as reopen_payload
from flows.ticket_reply_typed import WAITING, payload, said_text
from flows.turn import Ask, Step

WORKED_ON = ("open", "in_progress", WAITING)
"""Statuses of a ticket that takes what the participant adds (waiting: as the data asked)."""
OPEN_TICKET_NAMED = "open_ticket_named"
"""The topic (``flows.last_answer``) of an answer naming the chat's open ticket (a complaint
about its topic begun again: ``flows.complaint_open_ticket``): a bare "mau tambah info" right
after is about that ticket."""
STATUS = "complaint_status"
OFFERED = 2
"""At most this many tickets get a button when asked which one."""

_TICKET = r"(?:tiket|ticket|pengaduan|aduan|laporan|komplain|complaint)\w*"
_LEAD = re.compile(
    r"^(?:(?:oh|ok|oke|okay|iya|ya|eh|kak|min)\W+)*(?:(?:aku|saya|sy|aq|gw|gue|i)\s+)?"
    r"(?:(?:mau|ingin|pengen|pgn|pingin|mo|mw|bisa|boleh|tolong|minta|want to|would like to|"
    r"need to|can i|lupa)\s+)*"
    r"(?:(?:tambah(?:in|kan)?|nambah(?:in|kan)?|menambah(?:kan)?|add)(?:\s+(?:(?:some|more)\s+)?"
    r"(?:info(?:rmasi|rmation)?|keterangan|ket|data|cerita|detail|details|catatan)(?:nya)?"
    r"(?:\s+(?:lagi|tambahan|baru))?)?"
    r"|(?:ada\s+)?(?:info|keterangan|data)\s+(?:tambahan|baru|lagi)|tambahan(?:nya)?)"
    r"(?:\s+(?:(?:ke|di|buat|untuk|utk|dalam|to|on|for|in)\s+)?(?:the\s+|my\s+)?"
    + _TICKET
    + r"(?:\s+(?:aku|saya|ku|tadi|td|yang tadi|yg tadi|kemarin))*)?"
    r"(?:\s+(?:tiket\s+|ticket\s+)?prk[\s-]?\d{6,8})?"
    r"(?:\s+(?:aja|saja|dong|ya|kak|min|deh|nih|please|pls))*\b"
)
"""Adding said as such, perhaps followed by what is added: "mau nambahin info ke tiket tadi",
"tambah info ke tiket PRK-12345678", "tambahan: ...", "add more info to my ticket"."""
_NAMES_TICKET = re.compile(r"\b(?:" + _TICKET + r"|prk[\s-]?\d{6,8})")
_FILLER = frozenset(
    {"aja", "saja", "dong", "ya", "kak", "min", "deh", "nih", "sih", "ga", "gak", "nggak", "bisa",
     "boleh", "kah", "gimana", "gmn", "caranya", "please", "pls", "can", "i", "how"}
)  # fmt: skip


def said_in(text: str) -> str | None:
    """What ``text`` adds: what follows "mau nambahin info ke tiket tadi," (None when nothing
    does), else all of it ("aku lupa bilang, aku udah kirim email")."""
    text = " ".join(text.split())
    found = _LEAD.match(text.lower())
    if found is None:
        return text
    rest = text[found.end() :].strip(" :-–,.!?")
    words = re.findall(r"[^\W\d_]+|\d+", rest.lower())
    return rest if words and not all(w in _FILLER for w in words) else None


def asks(text: str) -> bool:
    """``text`` asks to add information to a ticket it names ("ke tiket", "di pengaduan aku",
    "PRK-12345678")."""
    found = _LEAD.match(" ".join(text.lower().split()))
    return found is not None and bool(_NAMES_TICKET.search(found.group(0)))


def asks_bare(text: str) -> bool:
    """``text`` asks to add information and says nothing else: "mau tambah info", "aku mau
    nambahin keterangan aja" (to which ticket: the context's)."""
    lowered = " ".join(text.lower().split())
    found = _LEAD.match(lowered)
    return found is not None and bool(found.group(0).strip()) and said_in(text) is None


def _leads(text: str) -> bool:
    """``text`` opens with adding ("tambahin ya, ...") and says what is added."""
    found = _LEAD.match(" ".join(text.lower().split()))
    return found is not None and bool(found.group(0).strip()) and said_in(text) is not None


_INFO_NOUN = re.compile(
    r"\b(?:info(?:rmasi|rmation)?|keterangan|ket|data|cerita|detail|details|catatan)\b"
)


def adds_info(text: str) -> bool:
    """``text`` says it adds information and what ("aku mau tambahin info, dana aku udah
    upgrade kemarin"), naming no ticket: for the chat's open ticket, when it has one."""
    found = _LEAD.match(" ".join(text.lower().split()))
    return (
        found is not None
        and bool(_INFO_NOUN.search(found.group(0)))
        and not _NAMES_TICKET.search(found.group(0))
        and said_in(text) is not None
    )


def about_open_ticket(turn: FlowTurn) -> bool:
    """Right after an answer about the chat's tickets (their status, or the open one a new
    complaint was about): a bare "mau tambah info" is about them."""
    return just_said(turn) == OPEN_TICKET_NAMED or previous_intent(turn) == STATUS


def start_adding(
    turn: FlowTurn, reference: str, said: str | None, start: Callable[[FlowTurn], Step]
) -> Step:
    """``flows.ticket_reply`` started (``start``) for adding to ``reference``, ``said``
    filled in when it holds something."""
    kept = said_text(said) if said else None
    tapped = replace(turn.message, payload=payload(reference, said=kept is not None, adding=True),
                     text=said)  # fmt: skip
    return (yield from start(FlowTurn(turn.session, tapped, turn.ctx)))


def answer(turn: FlowTurn, start: Callable[[FlowTurn], Step]) -> Ask[str | list[Outbound] | None]:
    """The reply flow started for the ticket meant, which one (several), the payload that
    reopens a finished one (``ticket_reopen:<reference>``), the new complaint naming one that
    may not be reopened, or that there is none; None when no adding is asked."""
    message = turn.message
    text = message.text or ""
    if message.payload is not None or turn.session.flow is not None:
        return None
    in_context = (asks_bare(text) or _leads(text)) and about_open_ticket(turn)  # "tambahin ya,
    # kelasnya udah lewat ..." right after the status: for that ticket, whatever it tells
    unnamed = adds_info(text) and not in_context  # only for an open ticket, else not ours
    if not asks(text) and not in_context and not unnamed:
        return None
    tickets = yield from tickets_meant(turn)
    worked_on = [t for t in tickets if t.status in WORKED_ON]
    if unnamed and not worked_on and not about_open_ticket(turn):
        return None  # "mau tambahin info, ..." with no open ticket: what it says is answered
    said = said_in(text)
    if len(worked_on) == 1:
        return (yield from start_adding(turn, worked_on[0].reference, said, start))
    if worked_on:
        which = (
            turn.button("ticket_reply.add_button_for", payload(t.reference, said=False,
                        adding=True), reference=t.reference)
            for t in worked_on[:OFFERED]
        )  # fmt: skip
        return [turn.reply("ticket_reply.add_which", *which, turn.menu_button())]
    finished = [t for t in tickets if t.status in (RESOLVED, CLOSED)]
    if finished:
        ticket = min(finished, key=lambda t: not reopenable(turn, t))
        if reopenable(turn, ticket):
            return reopen_payload(ticket.reference)
        return [new_complaint(turn, ticket, said_text(said or "") or "")]
    complaint = turn.button("intents.complaint", "intent:complaint")
    return [turn.reply("ticket_reply.add_none", complaint, turn.menu_button())]


__all__ = ["OPEN_TICKET_NAMED", "WORKED_ON", "about_open_ticket", "adds_info", "answer", "asks",
           "asks_bare", "said_in", "start_adding"]  # fmt: skip
