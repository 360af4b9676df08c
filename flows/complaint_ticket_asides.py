"""The chat's own tickets asked about inside the complaint form, before the form reads the
message (the router's in-flow hook, after ``flows.complaint_asides``):

- "mau tambah info" at the category menu or at "did this help?" (before any story): the
  participant means their open ticket, not a new complaint; the form is left and the
  information goes onto that ticket (``flows.ticket_add_info``; several: which one);
- "udh ada tiket ya?", "status tiket aku gmn", "kok blm dibales" (``complaint_status_asked``)
  at any of the form's questions: answered (the open ticket of this
  complaint's topic, with the ways to add to it or check it; the others; or none), and that
  the complaint being written has no ticket until it is sent; then the question again.

Read only when the message says so (cheap patterns first)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.complaint_open_ticket import line, ways
from flows.complaint_status_asked import asks_status, awaits_reply
from flows.contact_centre_aside import pending, then_resume
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.prompts import prompt
from flows.ticket_add_info import WORKED_ON, asks, asks_bare, said_in, start_adding
from flows.ticket_reply_typed import payload
from flows.turn import Ask, Step

FLOW = "complaints"
BEFORE_STORY = ("category", "fix")
"""The form's questions before the story: adding information there means an open ticket."""
OFFERED = 2
MAX_WORDS = 9
_HAS_TICKET = re.compile(
    r"\b(?:udh|udah|sudah|sdh|dah|uda|pernah|already|kan)\b.{0,24}?"
    r"\b(?:ada|punya|buat|bikin|bkin|dibuat|dibikin|lapor|komplain|ngadu|have|made|filed|"
    r"opened|got)\b.{0,16}?\b(?:tiket|ticket|pengaduan|aduan|laporan|komplain|complaint)\w*"
    r"|\b(?:tiket|ticket|pengaduan|aduan|laporan|komplain|complaint)\w*\s+(?:\w+\s+)?"
    r"(?:udh|udah|sudah|sdh|dah|uda|already)\s+(?:ada|dibuat|jadi|masuk|terkirim|tercatat|"
    r"exists?|made|filed|open)\b"
    r"|\b(?:udh|udah|sudah|sdh|dah|pernah)\s+(?:\w+\s+)?(?:komplain|ngadu|mengadu)\w*\b"
    r"|\b(?:do|did)\s+i\s+(?:already\s+)?(?:have|file|make|open)\s+(?:a|an)\s+(?:ticket|"
    r"complaint)\b"
)
"""A ticket said to exist already: "udh ada tiket ya?", "bukannya aku udh bikin pengaduan",
"tiketnya udh ada belum?", "do I already have a ticket?"."""
_TOLD = re.compile(
    r"\b(?:tapi|tp|tpi|padahal|cuma|cuman|karena|karna|soalnya|but)\b"
    r"|\b(?:ke|di|sama|to|with)\s+(?:lembaga|lpk|platform|mitra|bank|provider|penyedia|cs)\b"
)
"""A story about a complaint made elsewhere ("udah komplain ke lpk tapi blm dibalas?")."""
_ASKING = re.compile(
    r"\?|^(?:apa|apakah|bukan(?:nya)?|emang|kan|do|did|is)\b"
    r"|\b(?:ya|kan|blm|belum|ga|gak|nggak|kah|bukan|right|yet)\W*$"
)


def answer(
    flow: Flow, turn: FlowTurn, start: Callable[[FlowTurn], Step]
) -> Ask[list[Outbound] | None]:
    """The form left for the open ticket, or the answer about the chat's tickets and the
    form's question again; None when the message asks neither (the runner reads it)."""
    if flow.name != FLOW:
        return None
    state = pending(flow, turn)
    text = " ".join((turn.message.text or "").split())
    if state is None or not text:
        return None
    if state.name in BEFORE_STORY and (asks(text) or asks_bare(text)):
        added = yield from _add_info(turn, text, start)
        if added is not None:
            return added
        none = Outbound(turn.say("ticket_reply.add_none"))  # then the form's question
        return then_resume(flow, state, turn, none)
    late = awaits_reply(text)  # "kok blm dibales": this complaint is not sent yet
    if not (asks_has_ticket(text) or asks_status(text) or late):
        return None
    message = turn.message
    tickets = yield MyTickets(message.channel, message.user_id)
    open_ = [t for t in tickets if t.status in WORKED_ON]
    category = turn.slots.get("category")
    same = [t for t in open_ if t.category == category]
    if (
        same and not late
    ):  # this very problem has a ticket: offered with its ways, then the question
        ticket = same[0]
        said = turn.reply("complaints.open_ticket_aside.same", *ways(turn, ticket.reference)[:2],
                          line=line(turn, ticket))  # fmt: skip
        return [said, prompt(flow, state, turn)]
    lines = "\n".join(line(turn, t) for t in open_[:3])
    key = "others" if open_ else ("not_sent" if late else "none")
    said = Outbound(turn.say(f"complaints.open_ticket_aside.{key}", lines=lines))
    return then_resume(flow, state, turn, said)


def asks_has_ticket(text: str) -> bool:
    """ "udh ada tiket ya?": whether a ticket exists already, asked in a few words."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or not _HAS_TICKET.search(lowered):
        return False
    if _TOLD.search(lowered):
        return False
    return bool(_ASKING.search(lowered))


def _add_info(
    turn: FlowTurn, text: str, start: Callable[[FlowTurn], Step]
) -> Ask[list[Outbound] | None]:
    message = turn.message
    tickets = yield MyTickets(message.channel, message.user_id)
    worked_on = [t for t in tickets if t.status in WORKED_ON]
    if not worked_on:
        return None  # no ticket to add to
    if len(worked_on) == 1:
        return (yield from start_adding(turn, worked_on[0].reference, said_in(text), start))
    which = (
        turn.button("ticket_reply.add_button_for", payload(t.reference, said=False, adding=True),
                    reference=t.reference)
        for t in worked_on[:OFFERED]
    )  # fmt: skip
    return [turn.reply("ticket_reply.add_which", *which, turn.menu_button())]


__all__ = ["answer", "asks_has_ticket"]
