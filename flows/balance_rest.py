"""The rest of a participant's training balance, once a course is bought: when it may be spent
and when it is gone. DOMAIN.md (2023-2024): "then 15 more days to spend the rest after the first
course is rated"; reference/prakerja_faq_facts.yml ``pelatihan-batas-beli`` ("sisa saldo bisa
dipakai dalam 15 hari kalender berikutnya") and ``insentif-sisa-saldo`` (the rest not used goes
back to the state). The days are the participant's era's ``rest_days`` (config.yml); an era
without them (2020-2022: none stated) gets no such answer.

Before, "sisa saldo aku masih bisa dipake?" from Maya (first course rated in December 2023)
got "Saldo Rp1.225.000" and a course search, and a purchase went through in November 2026.
The data layer refuses it too (``storage.repositories.enrolments``: ``rest_expired``).

A participant of an era without such days asking "sisa saldo bisa dipake?" was told only the
amount; now whether the rest may buy another course, no deadline claimed (``_no_days``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from flows.formatting import long_date, money
from flows.messages import Outbound
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView, ParticipantView

BOUGHT = ("enrolled", "completed")
"""Statuses with a course bought: the rest of the balance is what is left."""


@dataclass(frozen=True, slots=True)
class Rest:
    """Where the rest of the balance stands: ``until`` (the last moment to spend it; None while
    the first course is not yet rated) and ``open_title`` (a course bought and not yet completed
    and rated: the next one waits for it)."""

    days: int
    until: datetime | None
    open_title: str | None

    def expired(self, now: datetime) -> bool:
        return self.until is not None and self.until <= now


def still_open(records: list[EnrolmentView]) -> EnrolmentView | None:
    """The oldest course bought and not yet completed and rated (a cancelled one counts not)."""
    open_ = [
        r for r in records if r.status != "cancelled" and (r.completed_at is None or not r.rated)
    ]
    return min(open_, key=lambda record: record.purchased_at) if open_ else None


def era_rest_days(turn: FlowTurn, person: ParticipantView) -> int:
    """The participant's era's days to spend the rest (the current era's when unknown)."""
    programme = turn.ctx.programme
    return (programme.eras.get(person.era or "") or programme.era).rest_days


def first_course(records: list[EnrolmentView]) -> EnrolmentView | None:
    """The first course bought (a cancelled purchase counts for nothing)."""
    bought = [record for record in records if record.status != "cancelled"]
    return min(bought, key=lambda record: record.purchased_at) if bought else None


def rest_of(turn: FlowTurn, person: ParticipantView, records: list[EnrolmentView]) -> Rest | None:
    """The rest's window, or None: no course bought, or an era without such days."""
    days = era_rest_days(turn, person)
    first = first_course(records)
    if days <= 0 or first is None:
        return None
    rated = first.rated_at if first.rated else None
    until = rated + timedelta(days=days) if rated is not None else None
    found = still_open(records)
    return Rest(days, until, found.title if found is not None else None)


def lookup(turn: FlowTurn, person: ParticipantView) -> Ask[Rest | None]:
    """``rest_of`` the participant's records (read only for a participant who bought)."""
    if person.status not in BOUGHT:
        return None
    records: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    return rest_of(turn, person, list(records or []))


def balance_answer(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """The balance of a participant who bought a course, with when the rest may be spent (or
    that it is gone); in an era without such days, whether the rest may be spent, when asked
    ("sisa saldo bisa dipake?"); None: the plain balance answer applies (nothing left, or no
    window and not asked)."""
    if person.balance <= 0 or person.status not in BOUGHT:
        return None
    records = list((yield EnrolmentsQuery(person.id)) or [])
    rest = rest_of(turn, person, records)
    if rest is not None:
        return [told(turn, person, rest)]
    return _no_days(turn, person, records)


_REST_ASKED = re.compile(
    r"\b(?:sisa\w*|rest|remaining|left|hangus\w*|berlaku|masih|dipake|dipakai|pake|pakai|"
    r"make|gunakan|digunakan|dibelanjakan|use|used|spend|spent|beli|buy)\b"
)
"""The rest of the balance asked about: "sisa saldo bisa dipake?", "can I still use it?"."""


def _no_days(
    turn: FlowTurn, person: ParticipantView, records: list[EnrolmentView], limit: bool = False
) -> list[Outbound] | None:
    """The rest of the balance in an era whose rules (DOMAIN.md "Eras") set no days to spend
    it (2020-2022): after the first course is finished and rated it may buy another (as the
    purchase rules here allow), with no deadline claimed; the current era's days are named as
    that era's. None: not asked, or no course bought."""
    lowered = (turn.message.text or "").lower()
    limit = limit or bool(_LIMIT_ASKED.search(lowered))
    if first_course(records) is None or not (limit or _REST_ASKED.search(lowered)):
        return None
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "") or programme.era
    params = {
        "balance": money(person.balance),
        "years": era.years,
        "current_years": programme.era.years,
        "rest_days": programme.era.rest_days,
    }
    menu = turn.menu_button()
    found = still_open(records)
    if found is not None:  # the first course (or a later one) not yet completed and rated
        return [turn.reply("balance_rest.no_days_open", menu, title=found.title, **params)]
    search = turn.button("menu.courses", "flow:course_choice")
    if limit:  # "batasnya kapan": no date
        return [turn.reply("balance_rest.no_days_limit", search, menu, **params)]
    return [turn.reply("balance_rest.no_days", search, menu, **params)]


_LIMIT_ASKED = re.compile(
    r"\b(?:batas\w*|deadline\w*|dedline|tenggat|kapan|kpn|sampai|sampe|until|expir\w*|"
    r"hangus\w*|berlaku)\b"
)
"""The limit to spend the rest asked ("batasnya kapan", "sampai kapan?"): that era's limit is
not known, so no date, and not the current era's days as if they were theirs."""


def no_days_limit(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """The purchase deadline asked by a participant of an era without days to spend the rest
    (``flows.purchase_deadline_mine``): the first course is bought, so what is left is the rest,
    whose limit in that era is not known; None: no course bought or nothing left."""
    if person.status not in BOUGHT or person.balance <= 0:
        return None
    records = list((yield EnrolmentsQuery(person.id)) or [])
    if first_course(records) is None:
        return None
    return _no_days(turn, person, records, limit=True)


_REST_QUESTION = re.compile(
    r"\bsisa\w*\s+(?:dari\s+)?saldo|\bsaldo\w*\s+(?:yg\s+|yang\s+)?(?:sisa|tersisa)\b"
    r"|\b(?:beli|membeli|ambil|ngambil)\w*\s+(?:pelatihan\s+|kelas\s+|kursus\s+)?(?:lagi|kedua|lain)\b"
    r"|\b(?:pelatihan|kelas|kursus)\s+(?:kedua|ke-?\s?2|lain(?:nya)?)\b"
    r"|\b(?:second|another|next)\s+(?:training|course)\b|\bbuy\s+(?:another|more)\b"
    r"|\b(?:remaining|rest of (?:my|the))\s+balance\b"
)
"""The rest of the balance, or a course after the first, asked about: "bisa beli pelatihan
lagi ga pake sisa saldo", "sisa saldo aku masih bisa dipake?", "can I buy another course?"."""


def asks_rest(text: str) -> bool:
    """Whether the message asks what the rest of the balance may still buy."""
    return bool(_REST_QUESTION.search(" ".join(text.lower().split())))


def own_rest(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """The rest of the balance asked by a participant who bought a course: their own window
    (their era's days, from their own rating) or the no-days answer of an era without them.
    None: no course bought, or nothing left (the general answers apply)."""
    if person.status not in BOUGHT:
        return None
    return (yield from balance_answer(turn, person))


def told(turn: FlowTurn, person: ParticipantView, rest: Rest) -> Outbound:
    """The balance and its window: gone, spendable until a date, or after the open course."""
    params = {"balance": money(person.balance), "rest_days": rest.days}
    menu = turn.menu_button()
    if rest.until is not None:
        params["until"] = long_date(rest.until, turn.lang)
    if rest.expired(turn.message.at):
        return turn.reply("balance_rest.expired", menu, **params)
    if rest.until is None:  # the first course not yet rated: the days have not started
        return turn.reply("balance_rest.after_first", menu, title=rest.open_title or "-", **params)
    if rest.open_title is not None:  # a second course still open: it comes first
        return turn.reply("balance_rest.until_open", menu, title=rest.open_title, **params)
    search = turn.button("menu.courses", "flow:course_choice")
    return turn.reply("balance_rest.until", search, menu, **params)


def refusal(turn: FlowTurn, person: ParticipantView, rest: Rest | None) -> Outbound | None:
    """Why no course can be bought any more, once the days to spend the rest are over."""
    if rest is None or not rest.expired(turn.message.at):
        return None
    assert rest.until is not None
    until = long_date(rest.until, turn.lang)
    return turn.reply(
        "balance_rest.purchase_refused",
        turn.menu_button(),
        until=until,
        rest_days=rest.days,
        balance=money(person.balance),
    )


__all__ = [
    "BOUGHT",
    "Rest",
    "asks_rest",
    "balance_answer",
    "era_rest_days",
    "first_course",
    "lookup",
    "no_days_limit",
    "own_rest",
    "refusal",
    "rest_of",
    "still_open",
    "told",
]
