"""Reopening a resolved complaint ticket: "Ya, buka lagi" under the offer
(``flows.ticket_reopen_offer``, or a typed "ya") sends the participant's words to the ticket
as their reply and gives it back to staff (``in_progress``; the CRM marks the reply new).

```
offer --[Ya, buka lagi: ticket_reopen:<reference>]--> check
check --resolved within the window--> words (asked only when the offer's were not kept)
words --> reopen --> reopened
check --closed, or resolved too long ago--> new_complaint (a new complaint naming it)
check / reopen --not resolved (any more), not theirs--> not_resolved
```
"""

from __future__ import annotations

from flows.messages import Button, Outbound
from flows.queries import ReopenTicket, TicketQuery
from flows.result import Result, Valid
from flows.runtime.machine import Flow, FlowTurn, Go, Slot, Slots, State
from flows.safety import redact
from flows.ticket_reopen_offer import (
    CLOSED,
    FLOW,
    MAX_WORDS,
    OFFER,
    RESOLVED,
    finished_text,
    new_complaint_button,
    reopenable,
    since,
)
from flows.turn import Ask, FlowContext, Message, within_context_of
from flows.validators import no_answer
from flows.views import TicketView

OUTCOME = "outcome"
"""Slot: "new_complaint" (closed, or resolved too long ago) or "not_resolved"."""


def _prefill(message: Message, _: FlowContext) -> Slots:
    name, __, reference = (message.payload or "").partition(":")
    return {"reference": reference.upper()} if name == FLOW and reference else {}


def _check(turn: FlowTurn) -> Ask[list[Outbound]]:
    reference, message = str(turn.slots.get("reference") or ""), turn.message
    found = None
    if reference:
        found = yield TicketQuery(reference, message.channel, message.user_id)
    if not isinstance(found, TicketView) or found.status not in (RESOLVED, CLOSED):
        turn.slots[OUTCOME] = "not_resolved"
    elif not reopenable(turn, found):
        turn.slots[OUTCOME], turn.slots["why"] = "new_complaint", finished_text(turn, found)
    if isinstance(found, TicketView):
        turn.slots["category"] = found.category
    words = _offered_words(turn, reference)
    if words:
        turn.slots["words"] = words
    return []


def _offered_words(turn: FlowTurn, reference: str) -> str | None:
    """The words of the offer just made for ``reference``, if still recent."""
    offered = turn.session.profile.pop(OFFER, None)
    if not isinstance(offered, dict) or offered.get("reference") != reference:
        return None
    at = offered.get("at")
    recent = isinstance(at, float) and within_context_of(at, turn.message.at)
    return str(offered.get("words") or "") or None if recent else None


def _words(message: Message, _: Slots, __: FlowContext) -> Result:
    text = " ".join((message.text or "").split())
    if not text or no_answer(text):
        return None  # "ya", "ga tau": nothing said
    return Valid(redact(text)[:MAX_WORDS])


def _reopen(turn: FlowTurn) -> Ask[list[Outbound]]:
    message = turn.message
    reopened = yield ReopenTicket(
        message.channel, message.user_id, str(turn.slots["reference"]),
        str(turn.slots["words"]), since(turn),
    )  # fmt: skip
    if not reopened:
        turn.slots[OUTCOME] = "not_resolved"  # staff moved it meanwhile
    return []


def _params(turn: FlowTurn) -> dict[str, object]:
    return {"reference": turn.slots.get("reference") or "-", "why": turn.slots.get("why", "")}


def _status_button(turn: FlowTurn) -> tuple[Button, ...]:
    return (turn.button("intents.complaint_status", "intent:complaint_status"),)


def _new_complaint_buttons(turn: FlowTurn) -> tuple[Button, ...]:
    slots = turn.slots
    words = str(slots.get("words") or "")
    return new_complaint_button(turn, str(slots["reference"]), str(slots["category"]), words)


def _is(outcome: str) -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return slots.get(OUTCOME) == outcome

    return Go(outcome, guard, outcome.replace("_", " "))


TICKET_REOPEN = Flow(
    name=FLOW,
    start="check",
    description="A resolved ticket reopened with the participant's words, within the window.",
    prefill=_prefill,
    states=(
        State("check", action=_check, go=(_is("not_resolved"), _is("new_complaint"), Go("words"))),
        State("words", Slot("words", _words, free_text=True), params=_params, go=(Go("reopen"),)),
        State("reopen", action=_reopen, go=(_is("not_resolved"), Go("reopened"))),
        State("reopened", final=True, params=_params, buttons=_status_button),
        State("not_resolved", final=True, params=_params, buttons=_status_button),
        State("new_complaint", final=True, params=_params, buttons=_new_complaint_buttons),
    ),
)
