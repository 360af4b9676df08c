"""A complaint's category changed with the story in the same message ("eh bukan itu,
maksudnya lembaga pelatihannya ga bales chat", "eh salah kategori, sebenernya bukan diblokir
tapi otp ga masuk"): the category is the one said instead (after "tapi"), and what the message
tells is kept as the story (added to one told before). Before, the story was asked for again
and the next answer ("LPK Cahaya") became the story, or the old category stayed and the
correction replaced the story."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for
from flows.messages import MAX_TEXT_LENGTH
from flows.runtime.machine import FlowTurn

_INSTEAD = re.compile(r"\bbukan\b.{1,40}?\b(?:tapi|tp|tetapi|melainkan|but)\b\s*(?P<rest>.+)$")
"""Not this but that: the category is named after "tapi"."""
_OPENER = re.compile(
    r"^(?:(?:eh+|oh+|eits|maaf|sorry|wait|no|ups|duh)\W+)*"
    r"(?:(?:salah(?: (?:kategori|pilih|klik|pencet|tombol))?|bukan (?:itu|yg itu|yang itu|ini)|"
    r"bukan(?: \w+)?|(?:ga|gak|nggak|ngga|tidak) ?(?:jadi|jd)(?: deh)?|gajadi(?: deh)?|"
    r"not that(?: one)?|wrong (?:one|category))\W+)*"
    r"(?:(?:maksud\w*|sebenernya|sebenarnya|harusnya|i mean|actually)\W+)?"
)
STORY_WORDS = 4
"""What is left after the correction words tells the story when it is this long."""


def named(text: str) -> str | None:
    """The category the message names, the one after "bukan X tapi" when it says so."""
    instead = _INSTEAD.search(text)
    found = category_for(instead.group("rest")) if instead else None
    return found or category_for(text)


def told_with_switch(turn: FlowTurn) -> str | None:
    """The story with what the switching message tells added, or None when it tells nothing
    beyond the correction ("eh ga jadi, sertifikat")."""
    text = " ".join((turn.message.text or "").split())
    instead = _INSTEAD.search(text.lower())
    opener = _OPENER.match(text.lower())
    start = instead.start("rest") if instead else (opener.end() if opener else 0)
    rest = text[start:].strip(" ,.")
    words = len(rest.split())
    before = str(turn.slots.get("description") or "")
    before = "" if before == "switch" else before  # the switch itself, no story
    if words < (2 if before and instead else STORY_WORDS) or rest.lower() in before.lower():
        return None
    return f"{before}\n{rest}"[:MAX_TEXT_LENGTH] if before else rest[:MAX_TEXT_LENGTH]


__all__ = ["named", "told_with_switch"]
