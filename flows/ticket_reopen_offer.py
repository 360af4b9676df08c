""" "Masih belum beres" about a finished complaint ticket: the offer to reopen it, or a new
complaint naming it.

Help desks reopen a solved ticket when the customer writes back within a window; so here: a
participant who says the problem is not solved ("masih belum beres", "belum kok, sertifikat
masih ga muncul", "tiket PRK-12345678 belum selesai") about their ticket that staff resolved
within ``programme.ticket_reopen_days`` is offered to reopen it, their words quoted (a
"Ya, buka lagi" button, or a typed "ya": ``flows.ticket_reopen`` does it). A closed ticket,
or one resolved longer ago, is not reopened: a new complaint is offered, its story naming the
old reference. Naming a topic, fewer words say so ("sertifikat msh ga ada, katanya udh selesai",
"tetep gagal hubungin gopay"): then only a ticket of that topic marked resolved is meant, and
without one the topic's own answer follows. Read after the status answer
(``flows.follow_ons``) and for the intents such a message is read as (``flows.helpers``),
before their own answers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta

from flows import ticket_category
from flows.complaint_topics import PAYOUT_NAMED, category_for, file_complaint
from flows.echo_masking import masked_echo
from flows.formatting import long_date
from flows.messages import Button, Outbound
from flows.queries import MyTickets, TicketQuery
from flows.runtime.machine import FlowTurn
from flows.safety import redact, shown
from flows.turn import Ask, within_context_of
from flows.validators import ticket_reference
from flows.views import TicketView
from flows.yes_no import plain, yes_no

FLOW = "ticket_reopen"
RESOLVED, CLOSED = "resolved", "closed"
OFFER = "reopen_offer"
"""``session.profile`` key: the ticket just offered to reopen and the participant's words,
{"reference", "words", "at" (epoch seconds)}: a tap on "Ya, buka lagi" sends those words."""
FINISHED_TICKET = "ticket_finished"
"""The topic a status answer showing a resolved or closed ticket records
(``flows.last_answer``): "masih belum beres" right after is about it."""
MAX_WORDS = 1000
"""The longest text kept as the participant's reply (as ``ticket_reply``)."""
INTENTS = ("complaint_status", "complaint", "certificate", "incentive_status", "payment_account",
           "registration_status", "deny", "inform", "help", "out_of_scope")  # fmt: skip
"""What "masih belum beres" is read as ("belum beres kak" is deny, "masih belum beres" a
registration_status the NLU is unsure of, "tetep gagal hubungin gopay" payment_account)."""

NOT_SOLVED = re.compile(
    r"\b(?:belum|blm|blom|ga|gak|gk|nggak|ngga|enggak|tidak|tdk)\s+(?:juga\s+)?(?:beres|"
    r"selesai|kelar|tuntas|terselesaikan|teratasi|solved|fixed)2?\b"
    r"|\bmasih\s+(?:belum|blm|blom|ga|gak|gk|nggak|ngga|tidak|tdk|sama|error|gagal|bermasalah)\b"
    r"|\b(?:belum|blm|blom)\s+(?:kok|tuh)\b"
    r"|\b(?:not|isn'?t|wasn'?t|hasn'?t been|has not been|is not)\s+(?:yet\s+)?(?:solved|fixed|"
    r"resolved|sorted)\b|\bstill\s+(?:not|no|doesn'?t|don'?t|can'?t|broken|missing|failing)\b"
)
"""The problem is not solved: "masih belum beres", "belum kok", "tiket ... belum selesai",
"still not fixed"."""
STILL_FAILING = re.compile(
    r"\b(?:masih|msh|masi|tetep|tetap|ttp)\s+(?:aja\s+|saja\s+)?(?:belum|blm|blom|ga|gak|gk|"
    r"nggak|ngga|enggak|tidak|tdk|gagal|error|eror|bermasalah|sama)\b"
    r"|\b(?:katanya|katanya\s+sih|kok)\s+(?:\w+\s+){0,2}?(?:selesai|beres|kelar|ditutup|"
    r"solved|closed)\b"
    r"|\b(?:said|says|marked)\s+(?:\w+\s+){0,2}?(?:solved|resolved|fixed|done|closed)\b"
)
"""Said with a topic named, the problem is not solved, or its ticket was closed or marked
done: "sertifikat msh ga ada, katanya udh selesai", "insentif blm masuk, tiketnya kok selesai",
"tetep gagal hubungin gopay". Alone these are a first question ("sertifikat masih belum ada"),
so they are read only for a resolved ticket of that topic."""
SAID_DONE = re.compile(
    r"\b(?:dibilang|dibilangin|bilangnya|ditulis|tulisannya|statusnya|ditandai)\s+"
    r"(?:\w+\s+){0,2}?(?:selesai|beres|kelar|ditutup|solved|closed|resolved)\b"
    r"|\b(?:tiket|pengaduan|aduan|laporan|komplain|ticket|complaint)\w*\s+(?:\w+\s+){0,3}?"
    r"(?:ditutup|diselesaikan|closed|resolved)\W*\s*(?:padahal|pdhl|tapi|tp|but)\b"
)
"""The ticket's own status called into question, no topic needed: "masa udh dibilang
selesai", "statusnya kok selesai", "tiket aku ditutup padahal masih keblokir", "my complaint
was closed but ..."."""
ACCOUNT_ACCESS = frozenset({"otp_login", "account_blocked", "account_recovery"})
"""Categories of one problem seen from the user's side: not being able to log in ("masih gak
bisa login tuh" about a ticket filed as "Akun diblokir")."""
_WHEN = re.compile(r"\b(?:kapan|when|brp lama|berapa lama|how long)\b")
"""A question about when ("katanya kapan selesai?"): no complaint about a finished ticket."""


def payload(reference: str) -> str:
    """The button payload that reopens ``reference`` (``flows.ticket_reopen``)."""
    return f"{FLOW}:{reference}"


def since(turn: FlowTurn) -> datetime:
    """A ticket resolved at or after this may be reopened now."""
    return turn.message.at - timedelta(days=turn.ctx.programme.ticket_reopen_days)


def tickets_meant(turn: FlowTurn) -> Ask[list[TicketView]]:
    """The ticket the message names by its reference (if it is this chat's), else all of this
    chat's tickets, newest first."""
    message = turn.message
    named = ticket_reference(message.text or "")
    if named is not None:
        found = yield TicketQuery(named, message.channel, message.user_id)
        return [found] if found is not None else []
    return list((yield MyTickets(message.channel, message.user_id)))


def reopenable(turn: FlowTurn, ticket: TicketView) -> bool:
    resolved = ticket.resolved_at
    return ticket.status == RESOLVED and resolved is not None and resolved >= since(turn)


STILL_ABSENT = re.compile(
    r"\b(?:belum|blm|blom|ga|gak|gk|nggak|ngga|enggak|tidak|tdk|gada|gaada)\s+(?:juga\s+|jg\s+)?"
    r"(?:ada|muncul|masuk|keluar|kluar|terbit|berubah|nongol|cair)\w*"
    r"|\b(?:not|isn'?t|hasn'?t|doesn'?t|don'?t)\s+(?:\w+\s+)?(?:there|showing|show up|appear\w*|"
    r"arrived|come)\b|\bstill (?:nothing|missing|empty)\b"
)
"""Right after the status of a finished ticket, what it fixed is still absent: "tp di dashboard
blm ada tuh", "kok ga muncul", "still not there" (probe p19 D36). Alone these are a first
question; only that answer's follow-up reads them so."""


def after_status(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Right after the status of a finished ticket (``flows.follow_ons``): "masih belum beres"
    or "tp di dashboard blm ada tuh" is the offer to reopen it (``offer``)."""
    return offer(turn, absent=bool(STILL_ABSENT.search((turn.message.text or "").lower())))


def offer(turn: FlowTurn, *, absent: bool = False) -> Ask[list[Outbound] | None]:
    """The offer to reopen the finished ticket the message says is not solved (a new
    complaint for a closed or long-resolved one); None when it says no such thing, or names
    no finished ticket of theirs. ``absent``: said right after its status that what it fixed is
    still not there (``after_status``)."""
    message = turn.message
    text = message.text or ""
    said = True if absent else _said_not_solved(text)
    if message.payload is not None or said is None:
        return None
    named = ticket_reference(text) or _entity(turn)
    if named is not None:
        found = yield TicketQuery(named, message.channel, message.user_id)
        tickets = [found] if found is not None else []
    else:
        tickets = yield MyTickets(message.channel, message.user_id)
    if not said:  # a topic's problem said to persist: only a ticket marked resolved is meant
        tickets = [t for t in tickets if t.status == RESOLVED]
    ticket = _meant(turn, tickets, named is None)
    if ticket is None:
        return None
    words = redact(" ".join(text.split()))[:MAX_WORDS]  # kept as the transcript keeps them
    if not reopenable(turn, ticket):
        return [new_complaint(turn, ticket, words)]
    at, turns = message.at.timestamp(), turn.session.turns
    turn.session.profile[OFFER] = {"reference": ticket.reference, "words": words, "at": at,
                                   "turns": turns}  # fmt: skip
    yes = turn.button("ticket_reopen.button", payload(ticket.reference), means="yes")
    echo = shown(masked_echo(words), turn.lang)  # a secret as "[hidden]" in English
    return [turn.reply("ticket_reopen.offer", yes, turn.menu_button(means="no"),
                       **_params(turn, ticket), words=echo)]  # fmt: skip


_ABOUT_REOPENING = frozenset(
    {"buka", "bukain", "dibuka", "bukakan", "lagi", "lg", "lgi", "aja", "ulang", "tiket",
     "tiketnya", "usah", "perlu", "open", "reopen", "it", "again", "need", "kembali", "tiketku",
     "pengaduan", "pengaduannya", "aduan", "aduannya", "laporan", "laporannya", "komplain",
     "ticket", "complaint", "my", "the", "please", "pls", "tolong"}
)  # fmt: skip
_STILL = re.compile(
    r"^(?:(?:iya+|ya+|y|iy|yup|bener|betul|tapi|tp|soalnya)[\s,.!]+)?(?:masih|msh|masi|tetep|"
    r"tetap|ttp|still)\b(?:\s+\w+){1,5}[\s.!]*$"
)
"""The problem said to persist, right after the offer ("masih keblokir kak", "iya masih ga bisa
login"): its yes; not a question."""
_REOPEN = frozenset({"buka", "bukain", "dibuka", "bukakan", "open", "reopen"})
"""Words a typed answer to "Buka lagi tiketnya?" may hold besides yes or no ("ok buka lg aja",
"gk usah deh")."""


def typed_answer(turn: FlowTurn) -> str | None:
    """The button a typed answer right after the offer means: "ok buka lg aja", "iya buka lg"
    reopen the ticket (its payload), "gk usah deh" declines ("menu"); None for anything else
    (a question, more words about the problem)."""
    offered, message = turn.session.profile.get(OFFER), turn.message
    text = message.text or ""
    if not isinstance(offered, dict) or message.payload is not None:
        return None
    at = offered.get("at")
    just = offered.get("turns") == turn.session.turns - 1
    if not just or not isinstance(at, float) or not within_context_of(at, message.at):
        return None
    if _STILL.match(" ".join(text.lower().split())) and not _WHEN.search(text.lower()):
        return payload(str(offered.get("reference")))  # "masih keblokir kak": the offer's yes
    if NOT_SOLVED.search(text):
        return None
    if not plain(text, _ABOUT_REOPENING):
        return None
    answer = yes_no(text)
    if answer is None and _REOPEN & set(text.lower().split()):
        answer = True  # "buka lagi aja": the button's own words
    if answer is None:
        return None
    return payload(str(offered.get("reference"))) if answer else "menu"


def _said_not_solved(text: str) -> bool | None:
    """True when ``text`` says the problem is not solved; False when it says so only in words
    that need a topic named with them ("sertifikat msh ga ada, katanya udh selesai"); None
    when it says neither."""
    lowered = text.lower()
    if NOT_SOLVED.search(lowered):
        return True
    if SAID_DONE.search(lowered) and not _WHEN.search(lowered):
        return True  # "masa udh dibilang selesai"
    about = topic(text) is not None and not _WHEN.search(lowered)
    return False if about and STILL_FAILING.search(lowered) else None


def topic(text: str) -> str | None:
    """The complaint category ``text`` names, a bank or e-wallet naming the payout account."""
    return category_for(text) or ("payout_link" if PAYOUT_NAMED.search(text.lower()) else None)


def _meant(turn: FlowTurn, tickets: Sequence[TicketView], unnamed: bool) -> TicketView | None:
    """The finished ticket the message is about: the one it names, else of the category it
    names (any, when none), one that may be reopened first, then the newest."""
    finished = [t for t in tickets if t.status in (RESOLVED, CLOSED)]
    category = topic(turn.message.text or "") if unnamed else None
    about = [t for t in finished if category is None or _same_problem(t.category, category)]
    return min(about, key=lambda t: not reopenable(turn, t), default=None)


def _same_problem(ticket: str, named: str) -> bool:
    """The ticket's category is the one named, or both are about getting into the account."""
    return ticket == named or {ticket, named} <= ACCOUNT_ACCESS


def new_complaint(turn: FlowTurn, ticket: TicketView, words: str) -> Outbound:
    """``ticket`` is closed or was resolved too long ago: not reopened; a new complaint about
    its topic, its story naming it (the known fix is not shown again)."""
    return Outbound(
        turn.say("ticket_reopen.new_complaint.say", why=finished_text(turn, ticket)),
        (*new_complaint_button(turn, ticket.reference, ticket.category, words), turn.menu_button()),
    )


def finished_text(turn: FlowTurn, ticket: TicketView) -> str:
    """Why ``ticket`` is not reopened: closed, or resolved too long ago."""
    if ticket.status == RESOLVED:
        return turn.say("ticket_reopen.too_old", days=turn.ctx.programme.ticket_reopen_days,
                        **_params(turn, ticket))  # fmt: skip
    return turn.say("ticket_reopen.closed", **_params(turn, ticket))


def new_complaint_button(
    turn: FlowTurn, reference: str, category: str, words: str
) -> tuple[Button]:
    """A new complaint about ``category``, its story naming the old ``reference`` (and the
    participant's ``words``), the known fix not shown again."""
    said = turn.say("ticket_reopen.story", reference=reference, words=words)
    return (file_complaint(turn, fix_shown=category, story=said.strip()),)


def _params(turn: FlowTurn, ticket: TicketView) -> dict[str, object]:
    when = ticket.resolved_at or ticket.created_at
    return {
        "reference": ticket.reference,
        "category": ticket_category.label(turn, ticket.category),
        "date": long_date(when, turn.lang),
    }


def _entity(turn: FlowTurn) -> str | None:
    value = turn.message.entity("ticket")
    return str(value).upper() if value else None


__all__ = [
    "FINISHED_TICKET",
    "INTENTS",
    "NOT_SOLVED",
    "OFFER",
    "STILL_ABSENT",
    "STILL_FAILING",
    "after_status",
    "new_complaint",
    "offer",
    "payload",
    "reopenable",
    "tickets_meant",
    "topic",
    "typed_answer",
]
