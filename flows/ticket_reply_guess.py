"""A reply to staff's request typed with no status answer just before: a ticket of this chat
waits for the participant ("Mohon jelaskan kapan akun mulai diblokir") and, later, they write
"akun diblokir dari tgl 20 november" or "ewallet aku DANA". Read alone, that is a question
about a topic; read against the waiting ticket, it is most likely the answer. So the chat is
asked "Ini jawaban untuk tiket PRK-...?", staff's request and the words quoted:

- "Ya, kirim ke petugas" (``ticket_reply:<reference>:guess``, or a typed "ya") sends the words
  to the ticket at once (``flows.ticket_reply``: they were shown already);
- "Bukan" (``ticket_reply_guess:no``, or a typed "bukan") answers the message as it would
  have been answered with no ticket waiting (its words and reading kept with the offer).

The rule for "plausibly answers": a statement (no question, no wish, no control or social
word: ``ticket_reply_typed.reply_like``) that names a complaint topic or comes in a chat once
shown a waiting ticket (``SHOWN``, however long ago), and that relates to a ticket waiting for
the participant: its category (an e-wallet or bank named relates to the incentive too), a word
of staff's request, or the ticket shown. Right after a status answer the words are taken
without asking (``flows.ticket_reply_typed``)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from flows import ticket_category
from flows import ticket_data_given as data_given
from flows.echo_masking import masked_echo
from flows.menu import main_menu
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn
from flows.ticket_reopen_offer import topic
from flows.ticket_reply_typed import SHOWN, WAITING, reply_like, said_text
from flows.turn import Ask, Step, within_context_of
from flows.views import TicketView
from flows.yes_no import plain, yes_no

FLOW = "ticket_reply"
GUESS = "ticket_reply_guess"
"""``session.profile`` key: the offer just made, {"reference", "words", "read" (the message's
intent and confidence, if any), "at" (epoch seconds), "turns"}."""
DECLINE = f"{GUESS}:no"
"""The "Bukan" button's payload (``flows.route_payload``): the message answered as usual."""
GUESSED = "guess"
"""The last part of the ``ticket_reply:<reference>:guess`` payload: send the offer's words."""
RELATED = {"incentive": ("incentive", "payout_link"), "payout_link": ("payout_link", "incentive")}
"""Topics a message may name to answer a ticket of these categories (its own, else alone)."""
MIN_WORD = 4
_STOP = frozenset(
    {"mohon", "tolong", "kirim", "kirimkan", "jelaskan", "sebutkan", "tuliskan", "info",
     "informasikan", "informasi", "yang", "kamu", "anda", "untuk", "dengan", "dari", "sudah",
     "udah", "belum", "kapan", "apakah", "berapa", "bagaimana", "gimana", "dong", "saya", "aku",
     "data", "terima", "kasih", "kami", "agar", "supaya", "bisa", "boleh", "juga", "atau",
     "akan", "mulai", "please", "your", "with", "that", "this", "when", "what", "which",
     "have", "send", "tell", "since", "tanggal"}
)  # fmt: skip
"""Words of a request that say nothing of its topic."""
_ABOUT_ANSWER = frozenset(
    {"kirim", "kirimin", "kirimkan", "jawaban", "jawabannya", "jawabanku", "itu", "ini", "ke",
     "tiket", "tiketnya", "petugas", "bukan", "send", "it", "answer", "my", "the", "to", "staff",
     "ticket", "that", "this", "is", "not"}
)  # fmt: skip
"""Words a typed answer to "Ini jawaban untuk tiket ...?" may hold besides yes or no."""


def payload(reference: str) -> str:
    return f"{FLOW}:{reference}:{GUESSED}"


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A typed answer to the offer just made (the button it means), else the offer for a
    statement that plausibly answers a ticket waiting for the participant, else None."""
    typed = _typed_answer(turn)
    if typed == DECLINE:
        return (yield from declined(turn))
    if typed is not None:
        from flows.route_payload import on_payload  # here: it imports the flows

        tapped = FlowTurn(turn.session, replace(turn.message, payload=typed, text=None), turn.ctx)
        return (yield from on_payload(tapped, typed))
    text = " ".join((turn.message.text or "").split())
    offered = turn.session.profile.pop(GUESS, None)
    if _declined(offered) == said_text(text):
        return None  # "Bukan": the same words, answered as usual (``declined``)
    lowered = text.lower()
    named, shown = topic(text), _ever_shown(turn)
    given = data_given.kind(turn.message) is not None  # "emailnya budi.s@gmail.com kak"
    if (named is None and not shown and not given) or not reply_like(turn, lowered):
        return None
    tickets = yield MyTickets(turn.message.channel, turn.message.user_id)
    asked_for = partial(data_given.answers_request, turn.message)  # the email staff asked for
    meant = [
        t for t in tickets if t.status == WAITING
        and (_relates(t, named, lowered, shown) or asked_for(t.message))
    ]  # fmt: skip
    words = said_text(text)
    if not meant or words is None:
        return None
    return [_offer(turn, meant[0], words)]


def declined(turn: FlowTurn) -> Step:
    """ "Bukan" under the offer: the words offered answered as if no ticket waited (read as
    they were read then); the menu when the offer is gone."""
    offered = turn.session.profile.get(GUESS)
    if not _recent(turn, offered) or not isinstance(offered, dict):
        turn.session.profile.pop(GUESS, None)
        return [main_menu(turn.lang, first=False)]
    read = offered.get("read")
    intent, confidence = (str(read[0]), float(read[1])) if isinstance(read, list) else (None, 0.0)
    ranking = ((intent, confidence),) if intent else ()
    words = str(offered.get("words") or "")
    message = replace(turn.message, text=words, payload=None, intent=intent, ranking=ranking)
    said = replace(message, confidence=confidence)
    offered["declined"] = True
    from flows.route_text import on_text  # here: it imports the flows

    try:
        return (yield from on_text(FlowTurn(turn.session, said, turn.ctx)))
    finally:
        turn.session.profile.pop(GUESS, None)


def taken(turn: FlowTurn, reference: str) -> str | None:
    """The words offered for ``reference`` (``flows.ticket_reply``, "Ya, kirim ke petugas"),
    if the offer is still recent; forgotten either way."""
    offered = turn.session.profile.pop(GUESS, None)
    if not _recent(turn, offered) or not isinstance(offered, dict):
        return None
    words = offered.get("words") if offered.get("reference") == reference else None
    return str(words) if words else None


def _offer(turn: FlowTurn, ticket: TicketView, words: str) -> Outbound:
    message = turn.message
    read = [message.intent, message.confidence] if message.intent else None
    at, turns = message.at.timestamp(), turn.session.turns
    turn.session.profile[GUESS] = {"reference": ticket.reference, "words": words, "read": read,
                                   "at": at, "turns": turns}  # fmt: skip
    request = turn.say("ticket_reply.request", message=ticket.message) if ticket.message else ""
    yes = turn.button("ticket_reply.guess_yes", payload(ticket.reference), means="yes")
    return turn.reply(
        "ticket_reply.guess",
        yes,
        turn.button("ticket_reply.guess_no", DECLINE, means="no"),
        reference=ticket.reference,
        category=ticket_category.label(turn, ticket.category),
        request=request,
        words=masked_echo(words),
    )


def _typed_answer(turn: FlowTurn) -> str | None:
    """The button a typed "ya" / "iya kirim" / "bukan" right after the offer means."""
    offered, text = turn.session.profile.get(GUESS), turn.message.text or ""
    if not _recent(turn, offered) or not isinstance(offered, dict):
        return None
    if offered.get("turns") != turn.session.turns - 1 or not plain(text, _ABOUT_ANSWER):
        return None
    said = yes_no(text)
    if said is None:
        return None
    return payload(str(offered.get("reference"))) if said else DECLINE


def _declined(offered: object) -> str | None:
    """The words of an offer just declined ("Bukan"), being answered as usual."""
    if not isinstance(offered, dict) or not offered.get("declined"):
        return None
    words = offered.get("words")
    return str(words) if words else None


def _recent(turn: FlowTurn, offered: object) -> bool:
    at = offered.get("at") if isinstance(offered, dict) else None
    return isinstance(at, float) and within_context_of(at, turn.message.at)


def _ever_shown(turn: FlowTurn) -> list[str]:
    """The tickets a status answer or staff's delivered message showed waiting, however long
    ago (not answered since)."""
    shown = turn.session.profile.get(SHOWN)
    references = shown.get("references") if isinstance(shown, dict) else None
    return [r for r in references if isinstance(r, str)] if isinstance(references, list) else []


def _relates(ticket: TicketView, named: str | None, lowered: str, shown: list[str]) -> bool:
    if ticket.reference in shown:
        return True
    if named is not None and named in RELATED.get(ticket.category, (ticket.category,)):
        return True
    return bool(_words(lowered) & _words((ticket.message or "").lower()))


def _words(lowered: str) -> set[str]:
    found = re.findall(r"[^\W\d_]+", lowered.replace("-", ""))
    return {w for w in found if len(w) >= MIN_WORD and w not in _STOP}


__all__ = ["DECLINE", "GUESS", "GUESSED", "answer", "declined", "payload", "taken"]
