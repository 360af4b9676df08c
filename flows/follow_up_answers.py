"""More short follow-ups right after an answer (``flows.follow_ons``): "alasannya apa" after
the not-selected answer (the reasons the dashboard may show), "lama ga?" after what "Dalam
Pengecekan" means (no published duration: when to complain), "udh 2 minggu" after when an
incentive arrives (past 7×24 hours: a complaint, with "udh 2 minggu blm cair ke dana" as its
story; else wait), "kalo ga kasih gmn" after the
rating answer (no incentive schedule), "kalo ga ngisi?" after the survey answer (no survey
incentive) and "kalo beda KK?" after the eligibility check's family-card quota (it counts per
card)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import eligibility_kk
from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.incentive_story import reading, tells_wait
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.waiting import says_waited_too_long, waited_days

Answer = Ask[list[Outbound] | None]
FollowUp = tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]

NOT_SELECTED = "not_selected"
"""Topics ``flows.last_answer`` records: why one is not selected, in general."""
INCENTIVE_CHECKING = "incentive_checking"
"""What the "Dalam Pengecekan" status means."""
INCENTIVE_TIMING = "incentive_timing"
"""When an incentive not received yet usually arrives."""
RATING = "rating"
"""That the first course's rating is required."""

_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|tak|don'?t|do not|not|never)"
IF_NOT = re.compile(
    rf"\b(?:kalo|kalau|klo|kl|kalu|if|what if)\b.{{0,20}}\b{_NOT}\b"
    rf"|\b{_NOT}\s+(?:di|ng|me|mem|ber)?(?:kasih|isi|rating|rate|review|ulas\w*|fill\w*|give|"
    r"do|mau|sempat|sempet)\b|\b(?:skip|lewati|dilewati)\b"
)
"""Not doing it: "kalo ga kasih gmn", "kalo ga ngisi?", "if I don't?", "ga isi gpp?"."""
HOW_LONG = re.compile(
    r"\blama\w*\b|\b(?:berapa|brp|brapa) (?:hari|jam|minggu)\b|\b(?:kapan|kpn)\b|\bhow long\b"
    r"|\bwhen\b"
)
"""How long it takes: "lama ga?", "brp hari?", "kapan selesai?"."""
WAITED = re.compile(
    r"\b(?:\d{1,3}|satu|dua|tiga|empat|lima|enam|tujuh|a|an|one|two|three|four|five|six|seven)"
    r"\s*(?:hari|hr|minggu|mg|pekan|bulan|bln|days?|weeks?|months?)\b(?!\s+(?:lagi|later))"
    r"|\bse(?:hari|minggu|pekan|bulan)\b|\bber(?:hari|minggu|bulan)"
)
"""A wait stated: "udh 2 minggu", "it's been 2 weeks", "sebulan"."""


def either(*follow_ups: FollowUp) -> FollowUp:
    """One entry for a topic whose answer may be followed by different questions: the first
    whose pattern matches answers."""
    pattern = re.compile("|".join(f"(?:{p.pattern})" for p, _ in follow_ups))

    def answer(turn: FlowTurn) -> Answer:
        text = (turn.message.text or "").lower()
        for words, answered in follow_ups:
            if words.search(text):
                return (yield from answered(turn))
        return None

    return pattern, answer


def now(answer: Callable[[FlowTurn], list[Outbound] | None]) -> Callable[[FlowTurn], Answer]:
    """An answer that needs no records, as a follow-up's step."""

    def asked(turn: FlowTurn) -> Answer:
        return answer(turn)
        yield

    return asked


def not_selected_reasons(turn: FlowTurn) -> list[Outbound]:
    """ "alasannya apa" after the not-selected answer: the reasons the dashboard may show."""
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.not_selected_reasons", turn.menu_button(), **facts)]


def checking_how_long(turn: FlowTurn) -> list[Outbound]:
    """ "lama ga?" after "Dalam Pengecekan": no duration is published; when to complain."""
    report = file_complaint(turn, fix_shown="incentive")
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.incentive_checking_how_long", report, turn.menu_button(), **facts)]


def incentive_waited(turn: FlowTurn) -> list[Outbound] | None:
    """ "udh 2 minggu" after when an incentive arrives: past the 7×24 hours, a complaint;
    else how long it usually takes. None when no wait is said."""
    message = turn.message
    if waited_days(message.text or "", message.entity("date"), message.at.date()) is None:
        return None
    facts = turn.ctx.programme.facts()
    if says_waited_too_long(message, turn.ctx.programme.incentive_support_after_hours):
        if tells_wait(message):  # "udh 2 minggu blm cair ke dana": the story goes with it
            story = masked(message.text or "")
            report = file_complaint(turn, fix_shown="incentive", story=story)
            return [reading(turn, "complaints.waited.carried", report, turn.menu_button())]
        report = file_complaint(turn, fix_shown="incentive")
        return [turn.reply("kb.incentive_overdue", report, turn.menu_button(), **facts)]
    return [turn.reply("kb.incentive_wait_more", turn.menu_button(), **facts)]


def rating_skipped(turn: FlowTurn) -> list[Outbound]:
    """ "kalo ga kasih gmn" after the rating answer: no incentive schedule without it."""
    return [turn.reply("kb.rating_skipped", turn.menu_button())]


def survey_skipped(turn: FlowTurn) -> list[Outbound]:
    """ "kalo ga ngisi?" after the survey answer: no survey incentive without it."""
    return [turn.reply("kb.survey_skipped", turn.menu_button(), **turn.ctx.programme.facts())]


FOLLOW_UPS: dict[str, FollowUp] = {
    NOT_SELECTED: (re.compile(r"\b(?:kenapa|knp|napa|mengapa|why|alasan\w*|sebab\w*|"
                              r"penyebab\w*|reason\w*)\b"), now(not_selected_reasons)),
    INCENTIVE_CHECKING: either(
        (WAITED, now(incentive_waited)), (HOW_LONG, now(checking_how_long))
    ),
    INCENTIVE_TIMING: (WAITED, now(incentive_waited)),
    RATING: (IF_NOT, now(rating_skipped)),
    eligibility_kk.KK_QUOTA: (eligibility_kk.OTHER_CARD, now(eligibility_kk.answer)),
}  # fmt: skip
"""Entries of ``flows.follow_ons.FOLLOW_UPS`` (the survey's is there, with its "when")."""


__all__ = [
    "FOLLOW_UPS",
    "IF_NOT",
    "INCENTIVE_CHECKING",
    "INCENTIVE_TIMING",
    "NOT_SELECTED",
    "RATING",
    "either",
    "now",
    "survey_skipped",
]
