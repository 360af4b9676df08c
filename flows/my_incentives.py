"""A linked participant's incentive payments from their own records: the schedule (each
payment's date, amount, status and channel), why one failed and what fixes it; and what a chat
not linked to an account is told about incentives."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from flows import (
    incentive_all_paid,
    incentive_meaning,
    incentive_outlook,
    incentive_stalled,
    incentive_totals,
    own_data_asks,
)
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import (
    INCENTIVE_CHECKING,
    INCENTIVE_OVERDUE,
    INCENTIVE_TIMING,
    overdue,
)
from flows.formatting import long_date
from flows.incentive_words import cause, failure_reason, payment_line
from flows.last_answer import just_said, remember
from flows.messages import Button, Outbound
from flows.my_data import Answer, link_button, own_records, participant
from flows.queries import (
    IncentivesQuery,
)
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView, ParticipantView
from flows.waiting import says_waited_too_long


@own_records
def incentive_schedule(turn: FlowTurn) -> Answer:
    person = yield from participant(turn)
    facts = turn.ctx.programme.facts()
    if person is None:  # when incentives usually arrive needs no account
        return _incentive_without_account(turn, facts)
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    meaning = status_meaning(turn, items)  # "dalam pengecekan maksudnya apa?"
    if meaning is not None:
        return meaning
    if incentive_totals.asks_total_received(turn):  # "total insentif yg udh aku terima brp?"
        return [incentive_totals.received_line(turn, items)]
    outlook = incentive_outlook.answer(turn, person, items, payment_line)  # revoked: none
    if outlook is not None:  # comes; "insentif aku brp nanti?": their era's amount
        return outlook
    if not items:
        remember(turn, "incentive_none", "incentive_none")  # "why?" next (own key: "trus"
        # next keeps its complaint offer): the schedule follows the rating
        return [turn.reply("kb.incentive_none", turn.menu_button(), **facts)]
    lines = [turn.say("kb.incentive_header")] + [payment_line(turn, i) for i in items]
    buttons: tuple[Button, ...]
    if any(i.status == "gagal" for i in items):
        lines.append(turn.say("kb.incentive_fix"))
        buttons = (file_complaint(turn, fix_shown="incentive"), turn.menu_button())
        remember(turn, "incentive_failed")  # "knp gagal?" next: the cause and its fix
    elif _overdue(turn, items):
        stalled = incentive_stalled.lines(turn, items)  # "Belum Diproses" since 2021: said so
        lines += stalled or [turn.say("kb.incentive_overdue_listed", **facts)]  # said once
        # long past its date: the complaint skips the fix that says money comes in 3-5 days
        buttons = (file_complaint(turn, fix_shown="incentive"), turn.menu_button())
        remember(turn, INCENTIVE_OVERDUE)  # "brp lama lg" next: no more waiting, a complaint
    elif all(i.status == "berhasil" for i in items) and incentive_all_paid.not_arrived(turn):
        # "status berhasil tapi uangnya ga masuk ke dana": days to arrive, the history, a complaint
        lines.insert(0, turn.say("kb.incentive_paid_not_arrived", **facts))
        if (went := incentive_all_paid.sent_elsewhere(turn, items)) is not None:
            lines.insert(1, went)  # "no money in my gopay", sent to DANA: where it went
        buttons = (file_complaint(turn, topic="incentive"), turn.menu_button())
        remember(turn, _wait_topic(turn, items))  # "udh 10 hari" next: complain (or wait)
    elif all(i.status == "berhasil" for i in items):  # "udh cair semua blm?": yes, first
        lines.insert(0, turn.say("kb.incentive_all_paid", count=len(items)))
        buttons = (turn.menu_button(),)
        incentive_all_paid.note(turn)  # "kok lama bgt" next: nothing awaited, no complaint
    else:
        lines.append(turn.say("kb.incentive_timing", **facts))
        buttons = (turn.menu_button(),)
        remember(turn, INCENTIVE_TIMING)  # "udh 2 minggu" next: complain or wait
    return [Outbound("\n".join(lines), buttons)]


_FAILURE_FIXES = (
    ("upgrade", r"upgrade|kyc|premium"),
    ("owner", r"\bnama\b|\bnik\b|pemilik|name"),
    ("phone", r"nomor hp|no hp|berganti|phone"),
    ("inactive", r"tidak aktif|nonaktif|inactive|ditutup|closed"),
)
"""The fix for a recorded cause of a failed payment (the causes of DOMAIN.md)."""


_CAUSE_FIXES = {"not_upgraded": "upgrade", "name_mismatch": "owner", "phone_changed": "phone",
                "inactive": "inactive", "not_found": "not_found"}  # fmt: skip
"""The fix for each known cause (``incentive_words.cause``): a code's too."""


def _failure_fix(reason: str | None) -> str:
    known = cause(reason) if reason else None
    lowered = (reason or "").lower()
    found = next((kind for kind, words in _FAILURE_FIXES if re.search(words, lowered)), "any")
    kind = _CAUSE_FIXES[known] if known else found
    return f"kb.incentive_failed_fix.{kind}"


def failed_payments(turn: FlowTurn) -> Ask[tuple[ParticipantView, list[IncentiveView]] | None]:
    """The linked participant and their failed payments on record (oldest first); None: no
    account linked, or nothing failed."""
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    failed = [item for item in items if item.status == "gagal"]
    return (person, failed) if failed else None


def why_failed(turn: FlowTurn) -> Answer:
    """ "knp gagal?" after the schedule: each failed payment's recorded cause, its fix, then a
    complaint so that it is scheduled again. None when nothing failed (or no account)."""
    found = yield from failed_payments(turn)
    if found is None:
        return None
    _person, failed = found
    lines = []
    for item in failed[:3]:
        when = long_date(item.scheduled_date, turn.lang)
        channel = item.payout_channel or "-"
        if item.failure_reason:
            lines.append(
                turn.say(
                    "kb.incentive_failed_why",
                    sequence=item.sequence,
                    date=when,
                    channel=channel,
                    reason=failure_reason(turn.lang, item.failure_reason),
                )
            )
        else:
            lines.append(turn.say("kb.incentive_failed_unknown", sequence=item.sequence, date=when))
        fix = turn.say(_failure_fix(item.failure_reason))
        if fix not in lines:
            lines.append(fix)
    lines.append(turn.say("kb.incentive_failed_report"))
    report = file_complaint(turn, fix_shown="incentive")
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


def _incentive_without_account(turn: FlowTurn, facts: dict[str, object]) -> list[Outbound]:
    """A failed payment's fix, a wait past the support window, or when money usually arrives;
    each with the offer to link."""
    link, menu = link_button(turn), turn.menu_button()
    meaning = status_meaning(turn, [])  # what a status means needs no account: linking is
    if meaning is not None:  # one button beside it, not a second message (probe p26c m16)
        return [replace(reply, buttons=(*reply.buttons[:-1], link, menu)) for reply in meaning]
    if re.search(r"\bgagal\b|\bfail(?:ed|s|ing)?\b", (turn.message.text or "").lower()):
        # "status gagal, alasannya rekening tidak sesuai": fix the cause, then report it
        report = file_complaint(turn, fix_shown="incentive")
        return [turn.reply("kb.incentive_fix", report, link, menu)]
    if _waited_too_long(turn):  # "udh 2 bulan blm cair": past the point to complain
        return [overdue(turn, file_complaint(turn), link, menu)]
    remember(turn, INCENTIVE_TIMING)  # "udh 2 minggu" next: complain or wait
    return own_data_asks.answered(turn, Outbound(turn.say("kb.incentive_timing", **facts)))


def _waited_too_long(turn: FlowTurn) -> bool:
    """The user says they have waited past the point where support looks (7×24 hours)."""
    return says_waited_too_long(turn.message, turn.ctx.programme.incentive_support_after_hours)


def support_cutoff(turn: FlowTurn) -> date:
    """A payment scheduled before this date is past the support window (7×24 hours)."""
    hours = turn.ctx.programme.incentive_support_after_hours
    return turn.message.at.date() - timedelta(days=-(-hours // 24))


def _wait_topic(turn: FlowTurn, items: list[IncentiveView]) -> str:
    """Past the support window since the latest payment's date: no more waiting."""
    latest = max(item.scheduled_date for item in items)
    return INCENTIVE_OVERDUE if latest < support_cutoff(turn) else INCENTIVE_TIMING


def _overdue(turn: FlowTurn, items: list[IncentiveView]) -> bool:
    """A payment's date is more than the support window behind, and it is not paid (or it is
    marked paid and the user says they have waited that long: it did not arrive)."""
    cutoff = support_cutoff(turn)
    waited = _waited_too_long(turn)
    return any(i.scheduled_date < cutoff and (i.status != "berhasil" or waited) for i in items)


_STATUS_NAMES = (
    ("berhasil", r"\bberhasil\b|\bstatus (?:nya )?paid\b"),
    ("dalam_pengecekan", r"(?:dalam\s+)?pengecekan|being checked|under review"),
    ("menunggu_diproses", r"menunggu\s+(?:di\s?)?proses|waiting to be processed"),
    ("sedang_diproses", r"sedang\s+(?:di\s?)?proses|being processed"),
    ("belum_diproses", r"(?:belum|blm)\s+(?:di\s?)?proses|not (?:yet )?processed"),
)
"""Incentive statuses the dashboard shows whose meaning is asked ("status berhasil artinya
apa?"; "Gagal" has its own fix, ``why_failed``)."""
_MEANING = re.compile(
    r"\b(?:maksud\w*|arti\w*|apa(?:an)?|gimana|gmn|bagaimana|knp|kenapa|kok|lama|mean\w*|what)\b"
)

_NAMED_MEANING = re.compile(r"\b(?:maksud\w*|arti\w*|mean\w*)\b")


def status_meaning(turn: FlowTurn, items: list[IncentiveView]) -> list[Outbound] | None:
    """What a named status means ("dalam pengecekan maksudnya apa min? lama bgt"), with the
    participant's own payments in that status; None when no such status is asked about."""
    lowered = " ".join((turn.message.text or "").lower().split())
    status = next((s for s, words in _STATUS_NAMES if re.search(words, lowered)), None)
    if status is None or not _MEANING.search(lowered):
        return None
    if status == "berhasil" and not _NAMED_MEANING.search(lowered):
        return None  # "kok berhasil tapi blm masuk?": the money missing (``incentive_schedule``)
    facts = turn.ctx.programme.facts()
    mine = [item for item in items if item.status == status]
    stalled = incentive_stalled.lines(turn, mine)  # one of theirs long past its date
    lines = [incentive_meaning.first_line(turn, status, bool(mine), bool(stalled), facts)]
    if status == "dalam_pengecekan":
        remember(turn, INCENTIVE_CHECKING)  # "lama ga?" next: when to complain
    own = [payment_line(turn, item) for item in mine]
    if own:
        lines += [turn.say("kb.incentive_header"), *own]
    if not stalled:  # long past its date: a complaint, not "usually 3-5 working days"
        lines.append(turn.say("kb.incentive_timing", **facts))
    lines += stalled
    report = file_complaint(turn, fix_shown="incentive")
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


def status_labels(turn: FlowTurn) -> Answer:
    """ "itu artinya apa?" after the schedule: what each status label means, then the
    participant's own schedule; None: no account."""
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    shown = just_said(turn)
    if shown is not None:  # still about that schedule: "itu brp lama?" next asks its wait
        remember(turn, shown)
    lines = [turn.say("kb.incentive_status_labels")]
    if items:
        lines += [turn.say("kb.incentive_header"), *(payment_line(turn, i) for i in items)]
    report = file_complaint(turn, fix_shown="incentive")
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]
