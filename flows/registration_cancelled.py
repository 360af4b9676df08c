""" "lanjut" soon after the registration was cancelled ("Ya, batalkan"): nothing is left to go
on with (cancelling kept no answer), so the user is told so and offered to start again, rather
than "I don't understand" and the menu. A registration set aside instead (the menu, side
questions) is resumed by "lanjut" (``flows.parking``).

Changing one's mind soon after the cancel ("eh jadi deh daftar", "daftar lagi aja") starts the
registration again, from its consent question. Before, "eh jadi deh daftar" (read as a cancel)
was not understood.

Consent given soon after refusing it ("yaudah setuju" after "Tidak"): the registration goes on
with its name question. Before, "yaudah setuju" there was not understood. Letting it go there
("yaudah deh ga jadi") gets a short okay, not "belum paham" and the menu.

Whether the name must be as on the KTP, asked soon after (or with the form set aside): answered,
the form one tap away (``registration_name_rule``)."""

from __future__ import annotations

import re

from flows import registration_name_rule
from flows.messages import Outbound
from flows.registration_asides import continues
from flows.registration_help import wants_to_register
from flows.runtime import runner
from flows.runtime.history import HISTORY
from flows.runtime.machine import FlowTurn
from flows.runtime.runner import CANCELLED
from flows.runtime.transitions import FINISHED, enter
from flows.turn import Ask

FLOW = "registration"
RECENT_TURNS = 6
"""How many messages after the cancel "lanjut" still refers to it."""
_AGAIN = re.compile(
    r"\bjadi\s+(?:(?:deh|dong|aja|ya|lah|kok|juga)\s+)*(?:daftar|registrasi|regis|lanjut\w*)\b"
    r"|\b(?:daftar|registrasi)\w*\s+(?:lagi|lg|ulang)\b|\b(?:ga|gak|gk|nggak|ngga|tidak)\s+jadi"
    r"\s+batal\b|\b(?:mulai|ulang)\w*\s+(?:lagi|dari awal)\b"
)
"""A change of mind after the cancel ("eh jadi deh daftar", "daftar lagi", "ga jadi batal")."""


def continued(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """That the registration was cancelled, and a button to start it again; the registration
    started again for a change of mind; else None."""
    session = turn.session
    text = " ".join((turn.message.text or "").lower().split())
    named = registration_name_rule.after_form(turn)  # "nama harus sesuai ktp?"
    if named is not None:
        return named
    if session.flow is None and _just_declined(turn) and agrees(text):
        return (yield from _consented(turn))
    if session.flow is None and _just_declined(turn) and _LET_GO.match(text):
        return [turn.reply("registration.declined_ok", turn.menu_button())]  # "yaudah ga jadi"
    if session.flow is not None or session.suspended or not _just_cancelled(turn):
        return None
    if _AGAIN.search(text) or wants_to_register(turn.message):
        from flows.flow_table import FLOWS  # here: the flow table imports the registration
        from flows.route_hooks import hooks

        return (yield from runner.start(FLOWS[FLOW], turn, hooks()))
    if not continues(turn.message.text):
        return None
    again = turn.button("registration.start_again", f"flow:{FLOW}")
    return [turn.reply("registration.cancelled_before", again, turn.menu_button())]


_LET_GO = re.compile(
    r"^(?:(?:yaudah|ya udah|yaudh|yauda|ok|oke|okay|okey|sip|eh|deh|ya|kak|min)\W+)*"
    r"(?:(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk)\s*jadi|nanti aja|ntar aja|gausah|ga usah"
    r"|gak usah)(?:\W+(?:deh|dong|aja|kak|min|ya|lah|dulu|daftar\w*|makasih|thanks))*\W*$"
)
"""Letting it go after refusing the consent ("yaudah deh ga jadi"): a short okay."""
_AGREE = re.compile(r"\b(?:setuju|stuju|setujuu+|agree|i consent)\b")
_NOT = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|belum|blm|not|don'?t|do not)\s+"
    r"(?:\w+\s+)?(?:setuju|stuju|agree)\b"
)


def agrees(text: str) -> bool:
    """Consent given after all ("yaudah setuju", "ok deh aku setuju", "I agree")."""
    return bool(_AGREE.search(text)) and not _NOT.search(text)


def _just_declined(turn: FlowTurn) -> bool:
    """The registration ended a few messages ago at its consent question, refused."""
    done = turn.session.profile.get(FINISHED)
    if not isinstance(done, list) or len(done) < 3 or done[:2] != [FLOW, "declined"]:
        return False
    return turn.session.turns - int(done[2]) <= RECENT_TURNS


def _consented(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The consent given after a refusal: the registration goes on from its first question
    (nothing was kept from before, so the opening's answers are read again from here)."""
    from flows.flow_table import FLOWS  # here: the flow table imports the registration
    from flows.route_hooks import hooks

    flow, session = FLOWS[FLOW], turn.session
    session.flow, session.step, session.misses = FLOW, "use_given", 0
    session.slots = {"consent": "yes", HISTORY: ["consent"]}
    session.suspended = None
    turn.session.profile.pop(FINISHED, None)
    said = Outbound(turn.say("registration.consent_after_all"))
    return [said, *(yield from enter(flow, "use_given", turn, hooks()))]


def _just_cancelled(turn: FlowTurn) -> bool:
    """The registration was the last flow cancelled, a few messages ago, and no flow finished
    since."""
    session = turn.session
    mark = session.profile.get(CANCELLED)
    if not isinstance(mark, list) or len(mark) != 2 or mark[0] != FLOW:
        return False
    finished = session.profile.get(FINISHED)  # another flow finished since: "lanjut" is not this
    later = isinstance(finished, list) and len(finished) > 2 and int(finished[2]) > int(mark[1])
    return not later and session.turns - int(mark[1]) <= RECENT_TURNS


__all__ = ["continued"]
