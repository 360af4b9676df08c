"""A reply to staff typed, not sent with the "Kirim data tambahan" button: "balas tiket",
"bales", "jawab", "mau balas tiket" start ``flows.ticket_reply`` for the ticket waiting for the
participant; "oke aku balas: lembaganya ga bisa dihubungi" starts it with those words as the
reply (shown back for "Kirim" / "Tulis ulang"). And right after the chat was shown a ticket
waiting for the participant (a status answer with staff's request: ``note_shown``), free text
that is not clearly another request ("pelatihannya Tata Boga Dasar, selesai tgl 10 november")
is the reply, not a course search or a new complaint.

Only a message that says so, or one right after such a status answer (the context window),
looks the tickets up; a bare "jawab dong" with no ticket waiting is left to the router."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows import ticket_data_given as data_given
from flows import ticket_reply_asked as asked
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn
from flows.safety import redact
from flows.turn import Ask, Step, within_context_of
from flows.validators import no_answer, ticket_reference
from flows.views import TicketView

REPLIED_AT = "ticket_replied_at"
"""``session.profile``: when this chat last sent information to a ticket (``flows.ticket_reply``):
"udh kekirim kan?" soon after is told it went in (``flows.ticket_sent``)."""
REPLIED_REFERENCE = "ticket_replied_reference"
"""``session.profile``: the ticket that information went to."""

FLOW = "ticket_reply"
WAITING = "waiting_user"
TYPED = "typed"
"""The third part of a ``ticket_reply:<reference>:typed`` payload: the message's text is the
reply (``flows.ticket_reply`` prefills it)."""
ADDING = "add"
"""The last part of a ``ticket_reply:<reference>[:typed]:add`` payload: information added by
the participant, taken by a ticket still worked on too (``flows.ticket_add_info``)."""
SHOWN = "ticket_waiting_shown"
"""``session.profile`` key: a ticket waiting for the participant was just shown to this chat,
{"references": [...], "at": epoch seconds}: free text soon after is the reply to it."""
MAX_TEXT = 1000
"""The longest reply kept (a few lines of data, not a document)."""

_LEAD = (
    r"^(?:(?:oke?|okay|sip|baik|iya|ya|yaudah|siap|nah)\W+)?"
    r"(?:(?:aku|saya|sy|aq|gw|gue|i)\s+)?"
    r"(?:(?:mau|ingin|pengen|pgn|mo|mw|want to|will|would like to|(?:i'?d|would) like to)\s+)?"
)
_VERB = (
    r"(?:balas|bales|bls|balasin|balesin|membalas|ngebales|ngebalas|jawab|jawabin|menjawab|"
    r"njawab|reply|answer|respond)(?:kan)?\b"
)
_OBJECT = (
    r"(?:\s+(?:ke\s+|to\s+)?(?:the\s+|my\s+)?(?:tiket(?:nya|ku)?|ticket|pesan(?:nya)?|"
    r"petugas(?:nya)?|pengaduan(?:nya|ku)?|aduan(?:nya)?|laporan(?:nya)?|staff?|message|it))*"
    r"(?:\s+(?:tiket\s+|ticket\s+)?prk[\s-]?\d{6,8})?"
)
_REPLY = re.compile(_LEAD + _VERB + _OBJECT + r"(?:\s*[:\-–,.]\s*|\s+|$)(?P<said>.*)$", re.S)
"""A reply to staff said as such, perhaps with the reply itself: "balas tiket", "bales dong",
"mau balas tiket PRK-12345678", "oke aku balas: lembaganya ga bisa dihubungi"."""
_NAMES_TICKET = re.compile(r"\b(?:tiket\w*|ticket|petugas\w*|pengaduan\w*|staff?|prk)\b")
_ASKED_FOR = re.compile(
    r"\b(?:minta\w*|diminta\w*|dimintai\w*|perlu|butuh|dibutuhkan|need\w*|want\w*|asked|"
    r"require\w*)\b"
)
"""A ticket named with no status shown: only "petugas minta data apa ya" asks staff's request;
"ada balasan dari petugas ga?" asks whether staff replied (the status answer)."""
_FILLER = frozenset(
    {"aja", "saja", "dong", "ya", "yah", "kak", "kakak", "min", "deh", "nih", "sekarang", "now",
     "please", "pls", "sih", "yuk", "ayo", "lagi", "lg"}
)  # fmt: skip
_QUESTION = re.compile(
    r"\?|\b(?:apa|apakah|gimana|gmn|gmna|bagaimana|kapan|kpn|berapa|brp|brapa|kenapa|knp|"
    r"mengapa|napa|siapa|dimana|di mana|mana|how|what|when|why|where|which)\b"
    r"|\b(?:belum|blm|gak|ga|nggak|tidak|kah|bisa|boleh)\W*$"
)
_WISH = re.compile(
    r"^(?:(?:aku|saya|sy|aq|gw|gue|i)\s+)?(?:mau|ingin|pengen|pgn|pingin|minta|tolong|cari|"
    r"carikan|cek|check|lihat|liat|daftar|beli|hubungi|sambungkan|ganti|hapus|batal\w*|"
    r"lanjut\w*|menu|want|need|please|show|find|cancel|help|bantu)\b"
)
NOT_A_REPLY = frozenset(
    {"complaint_status", "human_agent", "cancel", "change_language", "delete_my_data", "greet",
     "thanks", "goodbye", "affirm", "deny", "bot_challenge", "subscribe", "unsubscribe", "help",
     "register"}
)  # fmt: skip
"""Readings that, confident, are another request (or no content), not a reply to staff."""
MIN_WORDS = 3


def note_shown(turn: FlowTurn, tickets: list[TicketView]) -> None:
    """A status answer showed these tickets waiting for the participant (or none)."""
    if tickets:
        references = [t.reference for t in tickets]
        turn.session.profile[SHOWN] = {"references": references, "at": turn.message.at.timestamp()}
    else:
        turn.session.profile.pop(SHOWN, None)


def forget(turn: FlowTurn) -> None:
    turn.session.profile.pop(SHOWN, None)


def payload(reference: str, *, said: bool, adding: bool = False) -> str:
    return f"{FLOW}:{reference}" + (f":{TYPED}" if said else "") + (f":{ADDING}" if adding else "")


def said_text(text: str) -> str | None:
    """The reply ``text`` holds, as kept ("ya", "ga tau" hold none)."""
    said = " ".join(text.split())
    if not said or no_answer(said):
        return None
    return redact(said)[:MAX_TEXT]


def answer(
    turn: FlowTurn, start: Callable[[FlowTurn], Step], *, in_flow: bool = False
) -> Ask[list[Outbound] | None]:
    """The reply flow started (``start``) for the waiting ticket this message replies to, else
    None. ``in_flow``: inside another flow only a reply said as such counts (``start`` parks
    that flow)."""
    message, flow = turn.message, turn.session.flow
    text = " ".join((message.text or "").split())
    if message.payload is None and text and flow == FLOW and in_flow:
        return _at_reply(turn, text.lower())  # "maksudnya apa", "nanti" at its questions
    if message.payload is not None or not text or flow == FLOW or (flow and not in_flow):
        return None
    from flows import ticket_reply_after_filing as after_filing  # here: it imports the flows

    added = yield from after_filing.answer(turn, start)  # "aku lupa bilang, ..." after filing
    if added is not None:
        return added
    lowered = text.lower()
    explicit = _REPLY.match(lowered)
    if not in_flow and _shown(turn) and asked.later(lowered):  # "ok nanti": any time
        forget(turn)
        status = turn.button("intents.complaint_status", "intent:complaint_status")
        return [turn.reply("ticket_reply.later", status, turn.menu_button())]
    names = _NAMES_TICKET.search(lowered) is not None and _ASKED_FOR.search(lowered) is not None
    if asked.asks_what(lowered) and (explicit or (not in_flow and (_shown(turn) or names))):
        return (yield from _restate(turn))  # "bls apa", "diminta apa": staff's request again
    if explicit is not None:
        said: str | None = _content(text, explicit)
    elif not in_flow and _shown(turn) and reply_like(turn, lowered):
        said = text
    elif in_flow:
        return None
    else:  # long after, or never shown: asked whether it is the reply (``ticket_reply_guess``)
        from flows import ticket_reply_guess as guess  # here: it imports the router

        return (yield from guess.answer(turn))
    tickets = yield MyTickets(message.channel, message.user_id)
    waiting = [t for t in tickets if t.status == WAITING]
    named = ticket_reference(text)
    if named is not None:
        waiting = [t for t in waiting if t.reference == named]
    if not waiting:
        forget(turn)
        if explicit is not None and (_NAMES_TICKET.search(lowered) or named):
            status = turn.button("intents.complaint_status", "intent:complaint_status")
            return [turn.reply("ticket_reply.none_waiting", status, turn.menu_button())]
        return None
    if len(waiting) > 1:
        waiting = _shown_of(turn, waiting)
    if len(waiting) > 1:
        which = (
            turn.button("ticket_reply.button_for", payload(t.reference, said=False),
                        reference=t.reference)
            for t in waiting[:2]
        )  # fmt: skip
        return [turn.reply("ticket_reply.which", *which, turn.menu_button())]
    forget(turn)
    kept = said_text(said) if said else None  # the flow's prefill keeps it so
    reference = waiting[0].reference
    tapped = replace(message, payload=payload(reference, said=kept is not None), text=said)
    return (yield from start(FlowTurn(turn.session, tapped, turn.ctx)))


def _restate(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Staff's request said again for the waiting ticket (the one shown, if several)."""
    message = turn.message
    tickets = yield MyTickets(message.channel, message.user_id)
    waiting = _shown_of(turn, [t for t in tickets if t.status == WAITING])
    if not waiting:
        forget(turn)
        return None
    ticket = waiting[0]
    note_shown(turn, [ticket])  # the answer typed next is the reply
    return [asked.restated(turn, ticket.reference, ticket.message or "")]


def _at_reply(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    reference = str(turn.slots.get("reference") or "")
    said = asked.at_reply(turn, lowered)
    if said is not None and turn.session.flow is None and not asked.later(lowered):
        turn.session.profile[SHOWN] = {"references": [reference], "at": turn.message.at.timestamp()}
    return said


def without_lead(text: str) -> str | None:
    """``text`` given where the reply is asked, its "balas:" lead dropped ("oke aku balas:
    ..."); None for a lead alone ("mau balas tiket")."""
    found = _REPLY.match(" ".join(text.lower().split()))
    return _content(" ".join(text.split()), found) if found else text


def _content(text: str, found: re.Match[str]) -> str | None:
    """The reply after "balas:" in the message's own case; None when only filler follows."""
    said = text[found.start("said") :].strip(" :-–,.")
    words = re.findall(r"[^\W\d_]+|\d+", said.lower())
    return said if words and not all(w in _FILLER for w in words) else None


def _shown(turn: FlowTurn) -> bool:
    shown = turn.session.profile.get(SHOWN)
    if not isinstance(shown, dict):
        return False
    at = shown.get("at")
    return isinstance(at, float) and within_context_of(at, turn.message.at)


def _shown_of(turn: FlowTurn, waiting: list[TicketView]) -> list[TicketView]:
    """Of several waiting tickets, the one status answer showed alone, if so."""
    shown = turn.session.profile.get(SHOWN)
    references = shown.get("references") if isinstance(shown, dict) else None
    meant = [t for t in waiting if isinstance(references, list) and references == [t.reference]]
    return meant or waiting


def reply_like(turn: FlowTurn, lowered: str) -> bool:
    """Free text that reads as data given, not another request: no question, no wish, not a
    control or social word, a few words or a number."""
    message = turn.message
    confident = message.confidence >= turn.ctx.programme.dialogue.min_confidence
    if message.intent in NOT_A_REPLY and confident and not message.ambiguous:
        return False
    if _QUESTION.search(lowered) or _WISH.search(lowered):
        return False
    words = lowered.split()
    given = data_given.kind(message) is not None  # "it's budi.s@gmail.com"
    return len(words) >= MIN_WORDS or given or any(ch.isdigit() for ch in lowered)


__all__ = ["ADDING", "FLOW", "NOT_A_REPLY", "REPLIED_AT", "REPLIED_REFERENCE", "SHOWN", "TYPED",
           "answer", "forget", "note_shown", "payload", "reply_like", "said_text",
           "without_lead"]  # fmt: skip
