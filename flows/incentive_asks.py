"""Short questions on the incentive that the NLU reads as something else, answered from the
participant's own era (DOMAIN.md, Eras and Incentives):

- "600rb kan?" right after incentive talk (read as asking whether this is a bot): yes, their
  era's amount and when it is paid;
- "kapan dpt 600rb nya?" (read as the benefits table): when the incentive comes (their
  schedule, or that one appears after the first course, its certificate and the rating);
- "kalo gagal nanti sy dikabarin ga?" right after the schedule (read as a subscription): a
  failed payment shows as Gagal in the dashboard with its cause; fix it, then a complaint so it
  is scheduled again (no separate notice promised: none is in DOMAIN.md).

None: not such a question, or no linked participant past selection (the NLU's reading then)."""

from __future__ import annotations

import re

from flows import (
    incentive_next_asked,
    incentive_outlook,
    my_incentives,
    own_rest_early,
    payout_elsewhere,
    payout_fixed_record,
    payout_fixed_told,
)
from flows.complaint_topics import file_complaint
from flows.incentive_words import payment_line
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of
from flows.views import IncentiveView

MAX_WORDS = 6
"""A confirmation asked of an amount ("600rb kan?", "jadi 600 ribu ya?") is short."""

_CONFIRM = re.compile(
    r"\b(?:kan|ya|yah|yaa|bener|benar|betul|gitu|gt|kah|right|correct|isn'?t it)\b|\?"
)
_WHEN = re.compile(r"\b(?:kapan|kpn|kapn|when|how soon|brp lama|berapa lama)\b")
_INCENTIVE_WORD = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?)\b")
_OTHER_MONEY = re.compile(r"\b(?:saldo\w*|balance|harga\w*|price|survei\w*|survey\w*)\b")
"""The balance, a price or the survey: not the incentive's amount."""
_IF_FAILS = re.compile(
    r"\b(?:kalo|kalau|klo|kl|jika|jikalau|if|misal\w*)\s+(?:\w+\s+)?(?:gagal|failed|fails|error)\b"
)
_TOLD = re.compile(
    r"\b(?:dikabar\w*|kabar\w*|dikasih tau|dikasih tahu|dikasi tau|diberi ?tahu|diberitahu\w*|"
    r"dinotif\w*|notif\w*|diinfo\w*|info\w*|dihubungi|told|notified|notify|informed|let me know)\b"
)
_INCENTIVE_TOPICS = ("incentive_status", "incentive_failed", "incentive_timing",
                     "incentive_overdue", "incentive_checking", "incentive_all_paid")  # fmt: skip


def after_incentive(turn: FlowTurn) -> bool:
    """Right after an answer on the incentive (its topic recorded, or the message before read
    as the incentive's status)."""
    if just_said(turn) in _INCENTIVE_TOPICS:
        return True
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return bool(recent and before and before[-1] == "incentive_status")


def _lowered(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def _names_incentive_amount(turn: FlowTurn, lowered: str) -> bool:
    amount = turn.message.entity("money")
    amounts = {era.incentive_amount for era in turn.ctx.programme.eras.values()}
    return isinstance(amount, int) and amount in amounts and not _OTHER_MONEY.search(lowered)


def amount_asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "600rb kan?" after incentive talk, or "kapan dpt 600rb nya?": their era's amount and
    when it comes (with their schedule); else None."""
    lowered = _lowered(turn)
    if turn.message.payload is not None or not _names_incentive_amount(turn, lowered):
        return None
    when = _WHEN.search(lowered)
    confirms = not when and len(lowered.split()) <= MAX_WORDS and _CONFIRM.search(lowered)
    if not ((confirms and after_incentive(turn)) or when):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in incentive_outlook.PAST_SELECTION:
        return None
    if not confirms:  # when it comes: their schedule, or when one appears
        return (yield from my_incentives.incentive_schedule(turn))
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    said = incentive_outlook.amount(turn, person, items, payment_line)
    yes = turn.say("incentive_asks.yes")
    return [Outbound(f"{yes} {said.text}", said.buttons)]


def failure_notice(turn: FlowTurn) -> list[Outbound] | None:
    """ "kalo gagal nanti dikabarin ga?" after incentive talk: where a failure shows and what
    to do then; else None."""
    lowered = _lowered(turn)
    if turn.message.payload is not None or not (
        _IF_FAILS.search(lowered) and _TOLD.search(lowered)
    ):
        return None
    if not (after_incentive(turn) or _INCENTIVE_WORD.search(lowered)):
        return None
    report = file_complaint(turn, fix_shown="incentive")
    return [turn.reply("incentive_asks.if_failed", report, turn.menu_button())]


def early(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Read before the data rights and subscriptions (``flows.route_text``): a fix told after a
    failed payment to an account not linked (``flows.payout_elsewhere``) or to the linked one
    (``flows.payout_fixed_told``), or ``failure_notice``."""
    elsewhere = yield from payout_elsewhere.fixed(turn)
    if elsewhere is not None:
        return elsewhere
    recorded = yield from payout_fixed_record.answer(turn)  # the failed payment on record
    if recorded is None:  # "kapan cair berikutnya" all paid; "terus dananya hilang?" failed
        recorded = yield from incentive_next_asked.answer(turn)
    if recorded is None:  # "bisa beli pelatihan lagi?": their own era's rest, not "15 hari"
        recorded = yield from own_rest_early.answer(turn)
    return recorded or payout_fixed_told.fixed_after_failure(turn) or failure_notice(turn)


__all__ = ["after_incentive", "amount_asked", "early", "failure_notice"]
