"""Yes/no buttons that name their question: a flow's "Ya"/"Tidak" carry the step they answer
("opt:yes@eligibility.citizen"), so a tap on an earlier question's button is told apart from
one on the question showing. Every yes/no button had the same payload, and a "Ya" left on the
citizen question, tapped again at the school question, answered "masih sekolah" (probe p25a
g05). A tap on a button of another step while a flow waits on a question is declined and the
question asked again; without a flow running (finished, set aside) the mark is dropped and the
tap goes where it went before. Typed "ya" keeps working: it names the button showing."""

from __future__ import annotations

from dataclasses import replace

from flows.flow_table import FLOWS
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.runtime.prompts import MARK, prompt
from flows.turn import Message
from storage.sessions import Session


def where(session: Session) -> str:
    """The mark of the question the session waits on."""
    return f"{session.flow}.{session.step}"


def unmarked(message: Message) -> tuple[Message, str | None]:
    """The message with its button's mark taken off, and the mark (None: no mark)."""
    payload = message.payload
    if payload is None or MARK not in payload:
        return message, None
    bare, _, mark = payload.partition(MARK)
    return replace(message, payload=bare), mark


def declined(turn: FlowTurn, mark: str | None) -> list[Outbound] | None:
    """A marked tap on another question's button while a flow waits on one: said so, and the
    question showing asked again; else None (the tap is read as usual)."""
    session = turn.session
    flow = FLOWS.get(session.flow or "")
    if mark is None or flow is None or session.step is None or mark == where(session):
        return None
    state = flow.state(session.step)
    if state.slot is None:
        return None
    return [Outbound(turn.say("invalid.stale_tap")), prompt(flow, state, turn)]
