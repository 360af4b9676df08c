""" "lanjut" soon after the registration was cancelled ("Ya, batalkan"): nothing is left to go
on with (cancelling kept no answer), so the user is told so and offered to start again, rather
than "I don't understand" and the menu. A registration set aside instead (the menu, side
questions) is resumed by "lanjut" (``flows.parking``)."""

from __future__ import annotations

from flows.messages import Outbound
from flows.registration_asides import continues
from flows.runtime.machine import FlowTurn
from flows.runtime.runner import CANCELLED
from flows.runtime.transitions import FINISHED

FLOW = "registration"
RECENT_TURNS = 6
"""How many messages after the cancel "lanjut" still refers to it."""


def continued(turn: FlowTurn) -> list[Outbound] | None:
    """That the registration was cancelled, and a button to start it again; else None."""
    session = turn.session
    if session.flow is not None or session.suspended or not continues(turn.message.text):
        return None
    mark = session.profile.get(CANCELLED)
    if not isinstance(mark, list) or len(mark) != 2 or mark[0] != FLOW:
        return None
    finished = session.profile.get(FINISHED)  # another flow finished since: "lanjut" is not this
    later = isinstance(finished, list) and len(finished) > 2 and int(finished[2]) > int(mark[1])
    if later or session.turns - int(mark[1]) > RECENT_TURNS:
        return None
    again = turn.button("registration.start_again", f"flow:{FLOW}")
    return [turn.reply("registration.cancelled_before", again, turn.menu_button())]


__all__ = ["continued"]
