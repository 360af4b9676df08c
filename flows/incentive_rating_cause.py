"""The rating asked as the cause of a waiting incentive ("insentif masih belum diproses, apa krn
sy blm kasih rating ya?", "is it because I haven't rated?"), from a linked participant whose
schedule exists (probe p23b a8: the status was told, the question left unanswered). The
schedule is made only after the first course's rating and review (DOMAIN.md "Incentives"), so a
schedule on record means the rating is not what holds it: said first, then their schedule and
what to do (``flows.my_incentives``). None: not asked, or no schedule on record."""

from __future__ import annotations

import re

from flows import my_incentives
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.views import IncentiveView

MAX_WORDS = 25
_RATING = re.compile(r"\b(?:rating\w*|rate|rated|ulasan|review\w*|bintang|stars?|penilaian)\b")
_CAUSE = re.compile(
    r"\b(?:krn|karna|karena|gara\W?gara|gegara|gr2|garagara|because|due to|cause[ds]?|"
    r"penyebab\w*|sebab\w*)\b"
)
_NOT_GIVEN = re.compile(
    r"\b(?:belum|blm|blom|ga|gak|gk|nggak|tidak|tdk|not|haven'?t|didn'?t|never)\s+(?:\w+\s+)?"
    r"(?:kasih|ngasih|memberi|beri|isi|ngisi|rating|rate|rated|review\w*|ulasan)\b"
)
_INCENTIVE = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?|payment)\b")


def answer(turn: FlowTurn) -> Answer:
    """Not the rating, then the schedule; else None."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not lowered:
        return None
    if len(lowered.split()) > MAX_WORDS or not _INCENTIVE.search(lowered):
        return None
    if not (_RATING.search(lowered) and (_CAUSE.search(lowered) or _NOT_GIVEN.search(lowered))):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    if not items or all(item.status == "berhasil" for item in items):
        return None
    replies = yield from my_incentives.incentive_schedule(turn)
    if not replies:
        return None
    first = replies[0]
    lead = turn.say("incentive_rating_cause.not_rating")
    return [Outbound(f"{lead}\n{first.text}", first.buttons), *replies[1:]]


__all__ = ["answer"]
