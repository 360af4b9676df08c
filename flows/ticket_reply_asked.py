"""A question about staff's request is not the reply to it. Right after a status answer showed
a ticket waiting for the participant, "bls apa", "diminta apa", "maksudnya apa", "what do they
need from me" ask what staff want and how to answer: staff's request is said again with the
way to answer (type it here, or "Kirim data tambahan"), and nothing is drafted.

At the reply's own questions (``flows.ticket_reply``: details, confirm) the same question is
answered the same way, the draft dropped; "nanti", "ok nanti", "later" leave them, nothing
sent, with a short "any time" note."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import finish

FLOW = "ticket_reply"
STEPS = ("details", "confirm")
"""The reply flow's questions where a question or "nanti" is not the reply."""

_ASKING = re.compile(
    r"\?|\b(?:apa|apaan|apakah|gimana|gmn|gmna|bagaimana|gmana|yg mana|yang mana|what|how|which)\b"
)
_ABOUT_REQUEST = re.compile(
    r"\b(?:minta\w*|diminta\w*|dimintai\w*|maksud\w*|perlu|butuh|dibutuhkan|harus|musti|mesti|"
    r"bls|balas\w*|bales\w*|jawab\w*|kirim\w*|isi|diisi|tulis\w*|need\w*|want\w*|mean\w*|"
    r"reply|answer|send|asked|asking|require\w*|supposed)\b"
)
_DONE = re.compile(r"\b(?:udah|udh|sudah|sdh|dah|already|kok|kenapa|knp|why)\b")
"""Words of a complaint that the data was sent, not a question about what to send."""
_LATER = re.compile(
    r"^(?:(?:ok|oke|okay|okey|sip|iya|ya|yaudah|siap|baik)\W+)?"
    r"(?:nanti|ntar|entar|nnti|later|not now|maybe later)"
    r"(?:\W+(?:aja|saja|dulu|dlu|ya|deh|kak|min|lagi|ya kak|aku balas|aku bls|i'?ll reply))*\W*$"
)
"""Putting the answer off: "nanti", "ok nanti", "nanti aja ya", "later"."""


def asks_what(lowered: str) -> bool:
    """A question about what staff asked for or how to answer it, not data given."""
    if _DONE.search(lowered):
        return False
    return bool(_ASKING.search(lowered) and _ABOUT_REQUEST.search(lowered))


def later(lowered: str) -> bool:
    return bool(_LATER.match(lowered.strip()))


def restated(turn: FlowTurn, reference: str, request: str) -> Outbound:
    """Staff's request for ``reference`` said again, and how to answer it."""
    said = turn.say("ticket_reply.request", message=request) if request else ""
    add = turn.button("ticket_reply.button", f"{FLOW}:{reference}")
    return turn.reply(
        "ticket_reply.asked",
        add,
        turn.menu_button(),
        reference=reference,
        request=said,
    )


def at_reply(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """At the reply's questions: a question restates staff's request, "nanti" leaves; both
    leave the flow with nothing sent. None for anything else (the flow takes it)."""
    session = turn.session
    if session.flow != FLOW or session.step not in STEPS:
        return None
    reference = str(turn.slots.get("reference") or "")
    if later(lowered):
        finish(turn)
        status = turn.button("intents.complaint_status", "intent:complaint_status")
        return [turn.reply("ticket_reply.later", status, turn.menu_button())]
    if not reference or not asks_what(lowered):
        return None
    request = str(turn.slots.get("request") or "")
    finish(turn)
    return [restated(turn, reference, request)]


__all__ = ["asks_what", "at_reply", "later", "restated"]
