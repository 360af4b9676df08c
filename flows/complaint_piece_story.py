"""A short story told whole at "did this help?" ("sertifikat blm muncul udah 2 minggu"): what
is wrong and since when, fewer words than a story but all the form asks; kept as the story, not
asked for again. And "kirim" where the story is asked after such pieces were told: the pieces
are the story (before: "Ceritakan sedikit lebih lengkap" and the pieces lost)."""

from __future__ import annotations

import re

from flows import complaint_story as story
from flows.complaint_form_words import sends
from flows.messages import MAX_TEXT_LENGTH
from flows.result import Result, Valid
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import FlowContext, Message

_SINCE = re.compile(
    r"\b(?:(?:udah|sudah|udh|sdh|dah|uda|sejak|dari|semenjak|selama)\s+"
    r"(?:\d+|se|satu|dua|tiga|empat|lima|sebulan|seminggu|kemarin|kemaren|kmrn|minggu|bulan)"
    r"|\d+\s*(?:hari|minggu|bulan|jam)\s+(?:lalu|yang lalu|yg lalu)|for\s+\d+\s+(?:days?|weeks?|"
    r"months?))"
)
"""Since when, told: "udah 2 minggu", "dari kemarin", "sejak seminggu", "3 hari lalu"."""
_FAULT = re.compile(
    r"\b(?:belum|blm|blom|ga|gak|gk|nggak|ngga|tidak|tdk|gagal|error|eror|salah|hilang|ilang|"
    r"diblokir|keblokir|not|never)\b"
)
"""Something wrong, told: "blm muncul", "ga masuk", "gagal", "salah"."""


def _pieces(slots: Slots) -> list[str]:
    kept = slots.get(story.PIECES)
    return [str(piece) for piece in kept] if isinstance(kept, list) else []


def tells_all(turn: FlowTurn) -> None:
    """A piece told at "did this help?" that says what is wrong and since when: the story."""
    pieces = _pieces(turn.slots)
    if "description" in turn.slots or turn.slots.get("helped") != "no" or not pieces:
        return
    told = " ".join((turn.message.text or "").split())
    if turn.message.payload or story.masked(told) != pieces[-1]:
        return  # told at the fix itself, not the opening kept as a piece ("Tidak" tapped)
    last = pieces[-1].lower()
    if _SINCE.search(last) and _FAULT.search(last):
        turn.slots["description"] = "\n".join(pieces)[:MAX_TEXT_LENGTH]
        turn.slots[story.KEPT] = True
        turn.slots.pop(story.PIECES, None)


def description(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The story; "kirim" after pieces of it were told sends those pieces as the story."""
    pieces = _pieces(slots)
    if pieces and not message.payload and sends(message.text or ""):
        return Valid("\n".join(pieces)[:MAX_TEXT_LENGTH])
    return story.description(message, slots, ctx)


__all__ = ["description", "tells_all"]
