"""The first message that told a fraud ("ada yg nawarin jasa daftar prakerja bayar 200rb",
"... ngaku admin prakerja, harus bayar biaya admin 50rb biar cair"), kept whole when an answer
offers the report, and put first in the fraud complaint's story when the complaint comes a few
messages later ("oke makasih, nomor wa penipunya 0813... mau aku laporin"). Before, the story
kept only the later messages and the scam itself was lost."""

from __future__ import annotations

from flows import account_bought
from flows.complaint_additions import is_request
from flows.complaint_evidence import unmasked
from flows.complaint_questions import asks_instead
from flows.complaint_story import masked
from flows.complaint_told_first import CATEGORY, FIRST, recent, thread_topic
from flows.complaint_topics import category_for, topic_answered
from flows.messages import MAX_TEXT_LENGTH
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

BEFORE = "_told_before"
"""Slot: the fraud told in the messages before the complaint started (none kept whole)."""
ADDED = "_first_told_added"
"""Slot: the first message was looked at (put first, or not needed): once per complaint."""
def before_context(turn: FlowTurn) -> None:
    """At the complaint's start: the fraud told before it noted (``note_before``); a topic
    answered as a side step ("bisa ganti no hp di prakerja ga" on the way to linking GoPay)
    gives way to the conversation's first topic, whose tips its first answer gave."""
    note_before(turn)
    shown = topic_answered(turn)
    thread = thread_topic(turn, str(shown["category"])) if shown else None
    if shown and thread and "category" not in turn.slots:
        shown.update(category=thread, fix=True)
        shown.pop("story", None)


def note_before(turn: FlowTurn) -> None:
    """At the complaint's start: the messages before it from the first that told a fraud on
    ("ada yg nawarin jasa daftar ... 200rb", "dia bilang orang dalem"), questions and requests
    left out; the story's first lines if no answer kept the fraud whole (``keep``)."""
    session, message = turn.session, turn.message
    recent: list[str] = session.profile.get("recent") or []
    before = recent[:-1] if message.text else recent
    if not within_context_of(session.last_activity, message.at):
        return
    if message.text and not message.payload:  # "dia bilang orang dalem" started it
        before = [*before, masked(" ".join(message.text.split()))]
    start = next((i for i, said in enumerate(before) if category_for(said) == CATEGORY), None)
    if start is None:
        return
    told = [
        unmasked(session.profile, said)
        for said in before[start:]
        if "?" not in said and not asks_instead(said.lower()) and not is_request(said)
        and not account_bought.asked(said)  # "kalo sy beli akun org lain bisa ga": no story
        and category_for(said) in (None, CATEGORY)
    ]  # fmt: skip
    if told:
        turn.slots[BEFORE] = told


def _plain(text: str) -> str:
    return " ".join(text.lower().split())


def put_first(turn: FlowTurn) -> None:
    """The fraud complaint's story with the first message that told it before it."""
    slots = turn.slots
    if slots.get("category") != CATEGORY or slots.get(ADDED) or "description" not in slots:
        return
    slots[ADDED] = True
    kept = recent(turn)
    turn.session.profile.pop(FIRST, None)
    story = str(slots["description"])
    before = slots.pop(BEFORE, None)
    told = [str(kept.get("story", ""))] if kept else before if isinstance(before, list) else []
    first = [str(said) for said in told if said and _plain(str(said)) not in _plain(story)]
    if not first or _plain(story) in _plain(" ".join(first)):
        return
    slots["description"] = "\n".join([*first, story])[:MAX_TEXT_LENGTH]


__all__ = ["before_context", "note_before", "put_first"]
