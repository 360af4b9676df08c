"""The rating of a person's help typed instead of tapped: after the hand-back asks for 1-5
(``crm.console``, outside any turn of the participant's, so no button of it is "offered" to the
engine), the participant's very next message "5", "4 bintang", "lima", "⭐⭐⭐⭐" is that
rating. Anything else, or a later message, is read as usual."""

from __future__ import annotations

import re
import unicodedata

from flows import handoff
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from storage.sessions import Session

__all__ = ["ASKED", "asked", "score_of", "typed"]

ASKED = "csat_asked"
"""``session.profile`` key: ``[handoff id, the session's turn count]`` of the hand-back that
asked for a rating; valid for the participant's next turn only."""

_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}  # fmt: skip
_NUMBER = r"(?P<n>[1-5]|satu|dua|tiga|empat|lima|one|two|three|four|five)"
_RATING = re.compile(
    rf"^(?:(?:nilai|nilainya|rating|skor|score|kasih|aku kasih|saya kasih|bintang)\s*)?"
    rf"{_NUMBER}\s*(?:bintang|stars?|/\s*5|dari\s*5|out of\s*5)?"
    r"(?:\s*(?:ya|deh|aja|kak|min|dong))?$"
)
_STARS = re.compile(r"^(?:⭐|★|\*){1,5}$")


def asked(session: Session, handoff_id: int) -> None:
    """The hand-back asked for a rating of ``handoff_id`` (the console calls this as it hands
    the chat back); buttons offered before it no longer answer a typed "5"."""
    session.profile[ASKED] = [handoff_id, session.turns]
    session.offered = []


def score_of(text: str) -> int | None:
    """The 1-5 rating ``text`` gives, or None ("5", "4 bintang", "lima", "nilai 3", "⭐⭐⭐")."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    folded = " ".join(re.sub(r"[.!,]+$", "", folded.strip()).split())
    stars = folded.replace(" ", "").replace("\ufe0f", "")
    if _STARS.match(stars):
        return len(stars)
    found = _RATING.match(folded)
    if found is None:
        return None
    number = found.group("n")
    return int(number) if number.isdigit() else _WORDS[number]


def typed(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The rating asked at the hand-back, typed as the next message; else None."""
    pending = turn.session.profile.pop(ASKED, None)
    if not isinstance(pending, list) or len(pending) != 2 or pending[1] != turn.session.turns:
        return None
    score = score_of(turn.message.text or "")
    if score is None:
        return None
    return (yield from handoff.rate(turn, f"{pending[0]}:{score}"))
