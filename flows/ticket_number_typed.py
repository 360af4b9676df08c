"""A ticket's number typed on its own or as a correction ("eh salah, PRK-1234567", "maksudnya
PRK-87654321") outside any form: a well-formed one is looked up (the status answer for it), a
malformed one is told the format (PRK- and 8 digits) with the digits counted. Before, both got
"belum paham" and the menu (read as deny or inform)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step
from flows.validators import ticket_reference

INTENT = "complaint_status"
DIGITS = 8
"""A ticket number is ``PRK-`` and this many digits."""
MAX_OTHER_WORDS = 6
"""More words than this beside the number: a message about something else, left alone."""
_TYPED = re.compile(r"\bprk\s*[-\s.]?\s*(\d{3,12})\b", re.IGNORECASE)


def typed(text: str) -> str | None:
    """The digits of a ticket number the short message holds, well-formed or not."""
    found = _TYPED.search(text)
    if found is None:
        return None
    rest = (text[: found.start()] + " " + text[found.end() :]).split()
    return found.group(1) if len(rest) <= MAX_OTHER_WORDS else None


def answer(
    turn: FlowTurn, answer_intent: Callable[[FlowTurn, str], Step]
) -> Ask[list[Outbound] | None]:
    """The status of a well-formed number typed (``answer_intent``: the router's answer to an
    intent), the format for a malformed one; None when the message holds no such number, was
    read as a status request already, or comes inside a form."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    digits = typed(message.text or "")
    if digits is None:
        return None
    if ticket_reference(message.text or "") is not None:
        if message.intent == INTENT and not message.ambiguous:
            return None  # "cek tiket PRK-12345678": its own path answers
        return (yield from answer_intent(turn, INTENT))
    said = turn.say("ticket_number.malformed", typed=f"PRK-{digits}", count=len(digits),
                    digits=DIGITS)  # fmt: skip
    return [Outbound(said, (turn.button("ticket_number.forgot", f"intent:{INTENT}"),
                            turn.menu_button()))]  # fmt: skip


__all__ = ["answer", "typed"]
