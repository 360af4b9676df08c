"""A cancel that may mean either, while the chat waits in the queue for a person AND a form is
open ("gajadi deh, batalin aja" with the registration at its NIK question): which one is asked,
[Keluar antrean | Hentikan <form> | Dua-duanya], and the choice is done and said:

- the queue: left, and the form goes on at its question (its answers kept);
- the form: stopped in its own words (the registration: nothing saved, no account made), the
  place in the queue kept;
- both: out of the queue, the form stopped, each said.

The choice may also be typed ("dua2nya", "antrean aja", "pendaftarannya"). A cancel naming the
queue ("ga jadi antre") leaves it as before (``queue_wait``); one naming the form ("ga jadi
daftar deh") is the form's own cancel, with its confirmation. Before, the queue was left without
a word about the form, which stayed open at its question."""

from __future__ import annotations

import re

from flows import handoff
from flows.messages import Outbound
from flows.queries import CancelHandoff, HandoffPosition
from flows.runtime import runner
from flows.runtime.machine import Flow, FlowTurn
from flows.turn import Step

PAYLOAD = "cancel_which"
"""``cancel_which:<queue|form|both>``: the buttons of the question."""
CHOICES = ("queue", "form", "both")
ASKED = "cancel_which"
"""``session.profile``: the turn the question was asked in (a typed choice answers it next)."""

_FORM_WORDS = re.compile(
    r"\b(?:daftar\w*|pendaftaran\w*|registrasi\w*|regis|form\w*|formulir\w*|isian|pengaduan\w*"
    r"|aduan\w*|syarat\w*|registration|register\w*|complaint)\b"
)
"""The form named: the registration's words, and those of the other forms."""
_QUEUE_WORDS = re.compile(
    r"\b(?:antre\w*|antri\w*|ngantri|ngantre|queue\w*|petugas|admin|cs|staff|nunggu\w*"
    r"|menunggu|waiting)\b"
)
_GO_ON = re.compile(
    r"\b(?:lanjut\w*|terusin|teruskan|lanjutin|(?:isi|ngisi|mengisi)(?:nya)?\s+(?:lagi|aja|dulu)|"
    r"continue|go on|carry on)\b"
)
"""Going on with the form said with the change of mind: "ga jadi, lanjut isi"."""
_BOTH = re.compile(
    r"\b(?:dua[\s-]?duanya|dua2nya|dua2|keduanya|kedua2nya|semua\w*|both|all|everything)\b"
)


def _flow(turn: FlowTurn) -> Flow | None:
    """The open form waiting on a question, if any."""
    from flows.flow_table import FLOWS  # here: the flow table imports the flows

    session = turn.session
    flow = FLOWS.get(session.flow or "")
    if flow is None or not session.step or flow.state(session.step).slot is None:
        return None
    return flow


def ambiguous(turn: FlowTurn) -> bool:
    """A cancel that names neither the queue nor the form, with a form open at a question."""
    words = " ".join((turn.message.text or "").lower().split())
    named = _QUEUE_WORDS.search(words) or _FORM_WORDS.search(words)
    return _flow(turn) is not None and not named


def form_open(turn: FlowTurn) -> bool:
    """A form is open at a question (its question is asked again when the queue is left)."""
    return _flow(turn) is not None


def continues_form(turn: FlowTurn) -> bool:
    """A cancel that goes on with the open form ("ga jadi, lanjut isi"): the queue is left."""
    words = " ".join((turn.message.text or "").lower().split())
    return _flow(turn) is not None and bool(_GO_ON.search(words))


def names_form(turn: FlowTurn) -> bool:
    """A cancel naming the open form ("ga jadi daftar deh") and not the queue: the form's."""
    words = " ".join((turn.message.text or "").lower().split())
    named = _FORM_WORDS.search(words) and not _QUEUE_WORDS.search(words)
    return _flow(turn) is not None and bool(named)


def ask(turn: FlowTurn) -> list[Outbound]:
    """Which to cancel: the queue, the form, or both."""
    name = turn.say(f"flow_names.{turn.session.flow}")
    turn.session.profile[ASKED] = turn.session.turns
    buttons = (
        turn.button("handoff.cancel_queue", f"{PAYLOAD}:queue"),
        turn.button("handoff.cancel_form", f"{PAYLOAD}:form", flow=name),
        turn.button("handoff.cancel_both", f"{PAYLOAD}:both"),
    )
    return [turn.reply("handoff.cancel_which", *buttons, flow=name)]


def typed(turn: FlowTurn) -> str | None:
    """The choice typed right after the question ("dua2nya", "antrean aja"), else None."""
    asked = turn.session.profile.get(ASKED)
    if asked != turn.session.turns - 1 or turn.message.payload is not None:
        return None
    words = " ".join((turn.message.text or "").lower().split())
    queue, form = bool(_QUEUE_WORDS.search(words)), bool(_FORM_WORDS.search(words))
    if _BOTH.search(words) or (queue and form):
        return "both"
    return "queue" if queue else "form" if form else None


def chosen(turn: FlowTurn, choice: str) -> Step:
    """The choice done and said (a stale or unknown one: what still applies of it)."""
    from flows.route_hooks import hooks  # here: the router's hooks import the flows

    session, message = turn.session, turn.message
    session.profile.pop(ASKED, None)
    flow = _flow(turn)
    queued = session.handoff == "queued"
    if choice not in CHOICES:
        return []
    if choice in ("queue", "both") and queued:
        yield CancelHandoff(message.channel, message.user_id)
        session.handoff = None
    if choice == "queue" or (choice == "both" and flow is None):
        if flow is None:
            return [turn.reply("handoff.stopped", turn.menu_button())]
        name = turn.say(f"flow_names.{flow.name}")
        kept = Outbound(turn.say("handoff.stopped_form_kept", flow=name))
        again = Outbound(turn.say("common.resume_question"))
        return [kept, again, *(yield from runner.restore(flow, turn, hooks()))]
    if choice == "both":
        said = Outbound(turn.say("handoff.stopped_both"))
        return [said, *runner.cancel(turn, hooks())]
    cancelled = runner.cancel(turn, hooks()) if flow is not None else []
    position = (yield HandoffPosition(message.channel, message.user_id)) if queued else None
    if position is None:  # no longer queued: staff closed the request meanwhile
        session.handoff = None if queued else session.handoff
        return cancelled or [turn.reply("handoff.stopped", turn.menu_button())]
    stop = turn.button("handoff.stop", handoff.STOP, means="no")
    waiting = turn.reply("handoff.keep_waiting", stop, position=int(position))
    return [*cancelled[:1], waiting]


__all__ = ["CHOICES", "PAYLOAD", "ambiguous", "ask", "chosen", "continues_form", "form_open",
           "names_form", "typed"]  # fmt: skip
