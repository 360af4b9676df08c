"""One's own status asked at a flow's question ("btw status aku sendiri gimana ya" in the
eligibility check for a husband, "eh btw status pelatihanku gimana ya" in a course search, "eh
aku udah terdaftar belum sih" at the complaint's story question): the participant's own record,
as the same question gets outside a flow (``flows.own_status_asked``), then the flow's question
again. Before, the NLU's ``complaint_status`` reading answered it mid-flow with an old finished
ticket ("PRK-... · OTP / email / login · Selesai") or "Belum ada pengaduan dari chat ini", and
at the story question the registration question became the story that the next "lanjut" sent
(probe p26b, items 2 and 3). A chat not linked gets the registration status's own answer."""

from __future__ import annotations

from flows import own_status_asked, questions
from flows.helpers import answered_first
from flows.messages import Outbound
from flows.own_status_words import asks_own_status
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Inside a flow: the participant's own status for such a question; else None."""
    message = turn.message
    text = message.text or ""
    if turn.session.flow is None or message.payload is not None or not asks_own_status(text):
        return None
    own = yield from own_status_asked.answer(turn, _answer_intent)
    if own is not None:
        return own
    return list((yield from _answer_intent(turn, "registration_status")))


def _answer_intent(turn: FlowTurn, intent: str) -> Step:
    """The intent's answer as outside a flow: a record's helper first ("status pelatihanku":
    the courses bought), then its general answer."""
    first = yield from answered_first(turn, intent)
    if first is not None:
        return first
    return (yield from questions.answer(intent, turn, digression=True)) or []


__all__ = ["answer"]
