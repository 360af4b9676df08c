"""A second, different problem told while a complaint is being filled in ("satu lagi, kode
redeem aku gak bisa dipake katanya invalid" while a training provider complaint waits for the
provider's name): its own complaint, not more of this one's story. It is noted, the form's
question asked again, and once this complaint is filed a button opens the second one (its
category and story kept: not asked for again). Before, it was appended to the first ticket's
story ("Oke, aku tambahkan ke ceritamu")."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_switch import switched
from flows.complaint_topics import category_for, file_complaint
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

SECOND = "second_complaint"
"""Slot: {"category", "story"} of the second problem told on the way."""
_ANOTHER = re.compile(
    r"\b(?:satu lagi|1 lagi|ada lagi|lagi satu|selain itu|terus ada|trs ada|sama ini|juga|jg|"
    r"another|one more|also|besides)\b|^\W*(?:oh ?iya|oiya|eh|btw)\W+(?:satu|1|ada)\b"
)
"""A further problem announced: "satu lagi", "selain itu", "juga", "one more"."""
MIN_WORDS = 4
_ADDS_TO_THIS = re.compile(
    r"\b(?:tambahin|nambahin|nambahkan|tambahkan|menambahkan|mau nambah|aku tambah)\b"
    r"|\b(?:udah|udh|sudah|sdh|dah|pernah)\s+(?:aku\s+|saya\s+)?(?:coba|nyoba|mencoba|pake|pakai)\b"
    r"|\b(?:tried|i also tried|already tried)\b"
)
"""Said to add to this story ("eh tunggu aku tambahin, aku udh coba lupa password juga": what
was tried for this problem), no second problem."""
_SECOND_SAID = re.compile(r"\b(?:satu lagi|1 lagi|lagi satu|masalah lain|another|one more)\b")


def another_problem(turn: FlowTurn) -> str | None:
    """The category of a second, different problem told after this complaint's story, or
    None (a detail, a correction of the category: ``complaint_switch``)."""
    message, slots = turn.message, turn.slots
    text = " ".join((message.text or "").lower().split())
    if message.payload or "description" not in slots or len(text.split()) < MIN_WORDS:
        return None
    found = category_for(text)
    if found is None or found == slots.get("category") or switched(message, slots):
        return None
    if _ADDS_TO_THIS.search(text) and not _SECOND_SAID.search(text):
        return None
    return found if _ANOTHER.search(text) else None


def note(turn: FlowTurn) -> Outbound | None:
    """The second problem kept for after this complaint, and said so; None when none told."""
    found = another_problem(turn)
    if found is None:
        return None
    turn.slots[SECOND] = {"category": found, "story": masked(turn.message.text or "")}
    topic = turn.say(f"complaints.category.options.{found}")
    return Outbound(turn.say("complaints.second.noted", topic=topic))


def _second(turn: FlowTurn) -> dict[str, str] | None:
    kept = turn.slots.get(SECOND)
    return kept if isinstance(kept, dict) and kept.get("category") else None


def next_words(turn: FlowTurn) -> str:
    """After the filing: the second complaint offered, in words ("" when none)."""
    kept = _second(turn)
    if kept is None:
        return ""
    topic = turn.say(f"complaints.category.options.{kept['category']}")
    return turn.say("complaints.second.next", topic=topic)


def buttons(turn: FlowTurn) -> tuple[Button, ...]:
    """The button that opens the second complaint, its category and story kept."""
    kept = _second(turn)
    if kept is None:
        return ()
    return (file_complaint(turn, topic=kept["category"], story=kept["story"]),)


__all__ = ["SECOND", "another_problem", "buttons", "next_words", "note"]
