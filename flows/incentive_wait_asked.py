"""A bare "how long" right after an incentive's answer ("berapa hari lagi masuknya", "brp lama
lg?"), whatever the NLU reads it as (probe p24c: read as the training balance, it got the
balance's spending deadline; Javanese "suwene pira?" got "which one do you mean?"), and
"do I need to do anything?" there. Its answer: the money usually arrives 3–5 working days after the
scheduled date, a complaint after 7×24 hours; a schedule already past that: no more waiting,
a complaint (DOMAIN.md, Incentives).

Read with the own-incentive readers (``flows.incentive_readers``), before the balance's."""

from __future__ import annotations

import re

from flows.bare_follow_ups import HOW_LONG, kind_of
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import (
    INCENTIVE_CHECKING,
    INCENTIVE_OVERDUE,
    INCENTIVE_TIMING,
    checking_how_long,
    incentive_how_long,
    overdue_asked,
)
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

AFTER = frozenset({INCENTIVE_TIMING, INCENTIVE_CHECKING, INCENTIVE_OVERDUE, "incentive_status"})
"""``flows.last_answer`` topics of an incentive's answer."""
_JAVANESE = re.compile(
    r"^\W*(?:terus\W+|trus\W+)?(?:suwene?|suwine?|suwi|suwe|pirang)\b(?:\W+\w+){0,3}\W*$"
)
"""A bare "how long" in Javanese ("suwene pira?", "pirang dina?"): read as nothing (probe p24a)."""
_TODO = re.compile(
    r"\b(?:perlu|harus|hrs|mesti|kudu)\s+(?:\w+\s+)?(?:melakukan|lakukan|lakuin|ngapa\w*|ngelakuin|"
    r"berbuat)\b|\b(?:need|have) to do (?:anything|something)\b|\bwhat (?:should|do) i do\b"
    r"|\bapa yang (?:harus|perlu) (?:saya|aku|sy) lakukan\b"
)
"""What to do now ("Apakah saya perlu melakukan sesuatu?", "do I need to do anything?")."""
MAX_WORDS = 10


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """When the money arrives, or the complaint when overdue; else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    todo = len(lowered.split()) <= MAX_WORDS and _TODO.search(lowered) and not _clear_help(turn)
    if not (todo or kind_of(lowered) == HOW_LONG or _JAVANESE.match(lowered)):
        return None
    said = just_said(turn)
    if said not in AFTER or not within_context_of(turn.session.last_activity, turn.message.at):
        return None
    if todo:
        return _todo(turn, overdue=said == INCENTIVE_OVERDUE)
    if said == INCENTIVE_OVERDUE:
        return overdue_asked(turn)
    if said == INCENTIVE_CHECKING:
        return checking_how_long(turn)  # "lama ga?", "suwene pira?" after "Dalam Pengecekan"
    return incentive_how_long(turn)


def _clear_help(turn: FlowTurn) -> bool:
    """A clear help request ("trs aku harus ngapain", help 1.00): the offer of a complaint or
    a person after the answer (``fallback.follow_up``) answers it, as before."""
    message = turn.message
    sure = message.confidence >= turn.ctx.programme.dialogue.min_confidence
    return message.intent == "help" and sure and not message.ambiguous


def _todo(turn: FlowTurn, *, overdue: bool) -> list[Outbound]:
    """Past 7×24 hours: a complaint now; else nothing but waiting, then a complaint."""
    if overdue:
        report = file_complaint(turn, fix_shown="incentive")
        return [turn.reply("incentive_wait_asked.todo_overdue", report, turn.menu_button())]
    facts = turn.ctx.programme.facts()
    return [turn.reply("incentive_wait_asked.todo_wait", turn.menu_button(), **facts)]


__all__ = ["AFTER", "answer"]
