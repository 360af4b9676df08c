"""What a complainant tells: the story (a message of 8+ words that asks nothing, kept whole and
not asked for again, whether it opened the complaint or came instead of yes or no to "did this
help?") and the details it already gives (the payout, the wave)."""

from __future__ import annotations

from flows.complaint_topics import category_for
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext, Message
from flows.validators import Invalid, Result, Valid

PAYOUTS = ("BNI", "BCA", "OVO", "GoPay", "DANA", "LinkAja")

STORY_WORDS = 8
"""A message this long that asks nothing is a story: the opening message naming a category, or
one given instead of yes or no to "did this help?", is not asked for again ("itu penipuan
kan?" asks, so the story is still asked for)."""


def story_like(text: str) -> bool:
    return len(text.split()) >= STORY_WORDS and "?" not in text


def prefill(message: Message, _: FlowContext) -> Slots:
    found = category_for(message.text or "") if message.text else None
    if found is None:
        return {}
    slots: Slots = {"category": found}
    story = description(message, slots, _)
    text = message.text or ""
    if story_like(text) and isinstance(story, Valid):
        slots["description"] = story.value
        slots.update(story_details(message))
    return slots


def description(message: Message, _: Slots, __: FlowContext) -> Result:
    text = " ".join((message.text or "").split())
    if not text:
        return None
    if len(text) < 10:
        return Invalid("description_short")
    return Valid(text[:MAX_TEXT_LENGTH])  # a whole message: nothing of the story is lost


def told(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A story given as the answer to "did this help?" is the description: kept, not asked
    for again."""
    message = turn.message
    if "description" in turn.slots or message.payload or not story_like(message.text or ""):
        return []
    story = description(message, turn.slots, turn.ctx)
    if isinstance(story, Valid):
        turn.slots["description"] = story.value
    return []
    yield


PREVIEW = 600
"""Characters of a long story shown for confirmation (the ticket keeps all of it)."""


def preview(story: str) -> str:
    return story if len(story) <= PREVIEW else story[:PREVIEW].rstrip() + "…"


def details_in_story(turn: FlowTurn) -> Ask[list[Outbound]]:
    """What the story already says is not asked again: "rekening BNI" is the payout,
    "gelombang 70" the wave (an opening story was read when the flow started)."""
    turn.slots.update(story_details(turn.message))
    return []
    yield


def story_details(message: Message) -> Slots:
    found: Slots = {}
    payout = str(message.entity("payout") or "").lower()
    for name in PAYOUTS:
        if name.lower() == payout:
            found["payout"] = name
    wave = message.entity("wave")
    if isinstance(wave, int) and 0 < wave < 1000:
        found["wave"] = str(wave)
    return found
