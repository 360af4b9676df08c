"""An unpaid incentive told in a few words ("udh 2 minggu blm cair ke dana", "2 weeks now,
still not in DANA", "gagal terus udh 2 minggu"): shorter than a story
(``complaint_story.STORY_WORDS``), but a story all the same, since it says what happened (not
arrived, failed, or where to) and since when. Typed instead of yes or no to "did this help?"
it is the complaint's story, not asked for again; typed right after when incentives arrive
(``follow_up_answers``) it goes with the complaint offered. A wait is read against the
programme's timing: money arrives some working days after the scheduled date, and support
looks after 7×24 hours (DOMAIN.md)."""

from __future__ import annotations

import re
from datetime import date

from flows.messages import Button, Outbound
from flows.payout_help import ACCEPTED
from flows.runtime.machine import FlowTurn
from flows.turn import Message
from flows.waiting import says_waited_too_long, waited_days

_NOT = r"(?:belum|blm|blom|ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|tak|masih|msh)"
NOT_ARRIVED = re.compile(
    rf"\b{_NOT}\s+(?:juga\s+)?(?:di)?(?:cair\w*|masuk|nyampe|nyampai|sampai|sampe|terima|"
    r"diterima|dapet|dapat|transfer|ditransfer|kirim|dikirim)\b"
    r"|\b(?:still|not|never|hasn'?t|haven'?t|didn'?t|isn'?t|nothing)\b.{0,20}"
    r"\b(?:arrived?|received|come|came|paid|in|there|yet)\b|\bstill (?:nothing|not|no)\b"
)
"""What did not happen: "blm cair", "belum masuk juga", "still not in", "hasn't arrived"."""
_FAILED = re.compile(r"\b(?:gagal|ditolak|failed|rejected)\b")
"""A failed payment is no wait: its cause is fixed, then it is scheduled again."""


def tells_wait(message: Message) -> bool:
    """The message states a wait and what did not arrive or where to ("udh 2 minggu blm cair
    ke dana"); "udh 2 minggu" alone does not say what happened, and a failed payment is no
    wait."""
    return _tells(message) and not _FAILED.search((message.text or "").lower())


def told_at_fix(turn: FlowTurn) -> bool:
    """An incentive's story told in a few words instead of yes or no to "did this help?": a
    wait, or a failure with how long ago ("gagal terus udh 2 minggu ke dana")."""
    return turn.slots.get("category") == "incentive" and _tells(turn.message)


def kept(turn: FlowTurn) -> list[Outbound]:
    """Said when such a story is kept as the complaint's: a wait read against the timing
    (a failed payment is checked by staff whatever the wait), and that it is not asked
    again."""
    if tells_wait(turn.message):
        return [reading(turn, "complaints.waited.kept")]
    return [Outbound(turn.say("complaints.waited.kept"))]


def told_in(text: str, today: date) -> bool:
    """An earlier message, from its text alone, told an unpaid incentive in a few words: a
    wait and that it did not arrive or failed ("udah 2 bulan blm masuk")."""
    lowered = text.lower()
    if waited_days(lowered, None, today) is None:
        return False
    return bool(NOT_ARRIVED.search(lowered) or _FAILED.search(lowered))


def _tells(message: Message) -> bool:
    text = (message.text or "").lower()
    if message.payload or waited_days(text, message.entity("date"), message.at.date()) is None:
        return False
    return bool(NOT_ARRIVED.search(text) or _FAILED.search(text) or _payout(message))


def reading(turn: FlowTurn, next_key: str, *buttons: Button) -> Outbound:
    """The wait and the payout said, read against when money arrives and when support looks;
    then ``next_key`` (the story kept, or carried to the complaint offered)."""
    message, programme = turn.message, turn.ctx.programme
    days = waited_days(message.text or "", message.entity("date"), message.at.date()) or 0
    payout = _payout(message)
    what = (
        turn.say("complaints.waited.what_to", payout=payout)
        if payout
        else turn.say("complaints.waited.what")
    )
    hours = programme.incentive_support_after_hours
    late = says_waited_too_long(message, hours)
    body = turn.say(
        f"complaints.waited.{'overdue' if late else 'early'}",
        what=what,
        waited=_duration(turn, days),
        arrival_days=programme.facts()["arrival_days"],
        support_days=-(-hours // 24),
    )
    return Outbound(f"{body}\n{turn.say(next_key)}", buttons)


def _payout(message: Message) -> str | None:
    """The bank or e-wallet named, as the programme writes it ("DANA")."""
    named = str(message.entity("payout") or "").lower()
    return ACCEPTED.get(named)


def _duration(turn: FlowTurn, days: int) -> str:
    """ "2 minggu", "1 month", "10 days": the wait in the largest whole unit."""
    if days and days % 30 == 0:
        unit, count = "months", days // 30
    elif days and days % 7 == 0:
        unit, count = "weeks", days // 7
    else:
        unit, count = "days", days
    return turn.say(f"complaints.waited.{unit if count != 1 else unit[:-1]}", count=count)


__all__ = ["NOT_ARRIVED", "kept", "reading", "tells_wait", "told_at_fix", "told_in"]
