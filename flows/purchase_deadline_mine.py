"""The purchase deadline as it applies to the linked participant ("batas beli pelatihan
berikutnya kapan?"): selected, their first purchase's date (or that it is gone: revoked by the
rules, ``flows.purchase_deadline``); with a course bought, when the next one can be bought (after
the one still open is completed and rated, then within the era's ``rest_days``: the date, from
the first course's rating, or that the rest is gone, ``flows.balance_rest``); revoked, why.
Before, an enrolled participant asking this got only the balance. None: not linked, or nothing
of theirs to say (the rule is answered then, ``flows.purchase_deadline_rules``).

Each answer records its topic (``flows.last_answer``): the deadline's ("trs aku harus ngapain",
"kalo lewat gmn": the first purchase), but the next course waiting for the one still open its
own (``course_second_purchase.NEXT_OPEN``: "kenapa?", "caranya gmn"); before, "caranya gmn"
there was told to buy a first course, and "kalo lewat gmn" that the card is revoked."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from flows import balance_rest, purchase_deadline
from flows.complaint_topics import file_complaint
from flows.course_second_purchase import NEXT_OPEN, still_open
from flows.deadline_words import deadline_at
from flows.formatting import money
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView, ParticipantView

BOUGHT = ("enrolled", "completed")
DEADLINE_TOPIC = "purchase_deadline"
"""``flows.last_answer`` topic: the purchase deadline was answered
(``flows.purchase_deadline_rules``)."""
_WORRIED = re.compile(
    r"\b(?:panik\w*|panic\w*|takut\w*|cemas|khawatir|deg2an|degdegan|gawat|aduh|waduh|duh|"
    r"mampus|worried|scared)\b"
)
"""Worry said with the question ("aduh hari ini terakhir beli ya? panik"): calmed first, and the
course search offered at once (probe p18 D7)."""
WIB = timezone(timedelta(hours=7))
"""The programme's clock (waves close at 23:59 WIB): days left are its calendar days."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    person = yield from participant(turn)
    if person is None:
        return None
    if person.status == "revoked":
        report = file_complaint(turn, topic="revoked")
        facts = _facts(turn, person)
        why = turn.reply("kb.revoked_why", report, turn.menu_button(), **facts)
        return _noted(turn, [why], "revoked")  # "kok dicabut sih" next: revoked_follow_ups
    if person.status == "selected":  # passed: "terus gimana" next is too late, not "buy"
        passed = purchase_deadline.PASSED if purchase_deadline.lapsed(turn, person) else None
        return _noted(turn, _first(turn, person), passed)
    if person.status not in BOUGHT:
        return None
    if balance_rest.era_rest_days(turn, person) <= 0:  # 2020-2022: that era's limit unknown
        return _noted(turn, (yield from balance_rest.no_days_limit(turn, person)))
    records: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    return _next(turn, person, list(records or []))


def _noted(
    turn: FlowTurn, replies: list[Outbound] | None, topic: str | None = None
) -> list[Outbound] | None:
    """``replies``, their topic (the deadline's unless said) recorded for the follow-up."""
    if replies is not None:
        remember(turn, topic or DEADLINE_TOPIC)
    return replies


def _first(turn: FlowTurn, person: ParticipantView) -> list[Outbound] | None:
    """A selected participant's first purchase: its date, or that it is gone."""
    if purchase_deadline.lapsed(turn, person):
        return [purchase_deadline.passed(turn, person, "kb.deadline_passed_balance")]
    if person.purchase_deadline is None:
        return None
    deadline = deadline_at(person.purchase_deadline, turn.lang)
    search = turn.button("menu.courses", "flow:course_choice")
    said = turn.say("kb.purchase_deadline_yours", deadline=deadline)
    left = left_line(turn, person.purchase_deadline)  # "how many days do i have left": a count
    if _WORRIED.search((turn.message.text or "").lower()):  # "aduh ... panik": calm, a search
        calm, offer = (
            turn.say("purchase_deadline_calm.calm"),
            turn.say("purchase_deadline_calm.offer"),
        )
        return [Outbound(f"{calm} {said} {left}\n{offer}", (search, turn.menu_button()))]
    return [Outbound(f"{said} {left}", (search, turn.menu_button()))]


def days_left(deadline: datetime, now: datetime) -> int:
    """WIB calendar days from ``now`` to ``deadline`` (0: the deadline is today)."""
    return (_wib(deadline).date() - _wib(now).date()).days


def left_line(turn: FlowTurn, deadline: datetime) -> str:
    """ "Sisa waktumu 3 hari lagi." or "Hari ini hari terakhir…"."""
    days = days_left(deadline, turn.message.at)
    if days <= 0:
        return turn.say("kb.purchase_last_day")
    return turn.say("kb.purchase_days_left", days=days)


def _wib(value: datetime) -> datetime:
    return (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(WIB)


def _next(
    turn: FlowTurn, person: ParticipantView, records: list[EnrolmentView]
) -> list[Outbound] | None:
    """The next purchase: nothing left to spend, after the course still open, or now."""
    facts = _facts(turn, person)
    if int(str(facts.get("rest_days", 0))) <= 0:
        return None  # an era without a second purchase window: the rule
    if person.balance <= 0:
        return _noted(turn, [turn.reply("kb.purchase_deadline_spent", turn.menu_button())])
    rest = balance_rest.rest_of(turn, person, records)
    if rest is not None and rest.until is not None:  # the first rated: its date, or gone
        waits = rest.open_title is not None and not rest.expired(turn.message.at)
        return _noted(turn, [balance_rest.told(turn, person, rest)], NEXT_OPEN if waits else None)
    found = still_open(records)
    balance = money(person.balance)
    if found is not None:  # "kenapa?", "caranya gmn" next: the rule, the steps
        key, title = "kb.purchase_deadline_next_open", found.title
        said = turn.reply(key, turn.menu_button(), title=title, balance=balance, **facts)
        return _noted(turn, [said], NEXT_OPEN)
    search = turn.button("menu.courses", "flow:course_choice")
    key = "kb.purchase_deadline_next_rated"
    return _noted(turn, [turn.reply(key, search, turn.menu_button(), balance=balance, **facts)])


def _facts(turn: FlowTurn, person: ParticipantView) -> dict[str, object]:
    """The rules of the participant's own era (the current one when unknown)."""
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "") or programme.era
    return {**programme.facts(), **era.facts()}


__all__ = ["DEADLINE_TOPIC", "WIB", "answer", "days_left", "left_line"]
