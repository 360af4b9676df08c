"""The course search for a linked participant not selected yet (registered, waiting for the
announcement, not selected): browsing the catalogue stays open, but the search says first that
buying needs selection, since the training balance appears only after it (DOMAIN.md
"Registration steps": join a wave, the announcement, then the card number and balance), and a
registered one is told to join the open wave. "Gmn caranya biar dpt saldo" typed at the topic
question then gets what applies to them (``flows.wave_join``), and the question again.

Before, "mau beli kelas min" from a registered participant started the search without a word
on selection, and "gmn caranya biar dpt saldo" was searched as a topic."""

from __future__ import annotations

from datetime import datetime

from flows import purchase_deadline, wave_join
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext, Message, within_context
from flows.waves import waves_text

STANDING = "standing"
"""Slot of the search: the status of a participant not selected yet."""
ASKED = "_standing_asked"
"""What the topic question's validator gives for "how do I get the balance?"."""
LAPSED = "lapsed"
"""``STANDING`` of a selected participant whose first purchase's deadline has passed (by the
turn's clock; DOMAIN.md: buy before the deadline or the card is revoked): told so, and the
search ends (before, the topic question came as if a course could still be bought)."""
NOTED = "standing_noted"
"""``session.profile`` key: when the note was last given (once within the context window)."""


def noted(turn: FlowTurn) -> Ask[list[Outbound]]:
    """At the start of a search: for a participant not selected yet, buying needs selection
    (registered: join the open wave), once within the context window; nothing for others."""
    if turn.session.participant_id is None:
        return []  # not linked (the engine notes a linked chat's participant on each session)
    person = yield from participant(turn)
    if person is not None and purchase_deadline.lapsed(turn, person):
        turn.slots[STANDING] = LAPSED  # the search ends here: nothing can be bought
        return [purchase_deadline.passed(turn, person, "kb.deadline_passed_balance")]
    if person is None or person.status not in wave_join.BEFORE_SELECTION:
        return []
    turn.slots[STANDING] = person.status
    profile, now = turn.session.profile, turn.message.at
    if _recent(profile.get(NOTED), now):
        return []
    profile[NOTED] = now.isoformat()
    body = turn.say(f"course_standing.{person.status}")
    if person.status == "registered":
        body += "\n\n" + (yield from waves_text(turn.lang))
    return [Outbound(body)]


def lapsed(slots: Slots, _: FlowContext) -> bool:
    """The first purchase's deadline has passed: the search is not offered."""
    return slots.get(STANDING) == LAPSED


def asks_balance(message: Message, slots: Slots) -> bool:
    """ "gmn caranya biar dpt saldo" at the topic question, from one not selected yet."""
    if message.payload is not None or slots.get(STANDING) is None:
        return False
    return wave_join.asks_to_get_card(message.text or "")


def asked(slots: Slots, _: FlowContext) -> bool:
    return slots.get("topic") == ASKED


def answer(turn: FlowTurn) -> Ask[list[Outbound]]:
    """What applies to them (join the open wave, wait for the announcement), then the topic
    question again."""
    turn.slots.pop("topic", None)
    person = yield from participant(turn)
    replies = (yield from wave_join.by_status(turn, person)) if person is not None else None
    return [Outbound(reply.text) for reply in replies or []]


def _recent(said: object, now: datetime) -> bool:
    try:
        return within_context(datetime.fromisoformat(str(said)), now)
    except ValueError:
        return False


__all__ = [
    "ASKED",
    "LAPSED",
    "NOTED",
    "STANDING",
    "answer",
    "asked",
    "asks_balance",
    "lapsed",
    "noted",
]
