"""What the linked participant's record says about a complaint's topic, shown in its first
answer instead of only the general tips: an incentive payment that failed (its number, date,
channel and the cause recorded, also kept as a detail of the summary and the ticket), all
incentive payments already paid ("Berhasil"), or a certificate already issued. Before, a linked
participant whose payment failed on record was told only "more than 7 days, I'll record it",
and one whose certificate was issued was told it "appears about 1 working day after"."""

from __future__ import annotations

from flows.certificate_asks import certificate_problem
from flows.certificate_issued import ISSUED, WAITING
from flows.complaint_story import OPENING
from flows.formatting import long_date, money
from flows.incentive_words import failure_reason, status_label
from flows.my_data import participant
from flows.queries import EnrolmentsQuery, IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView, IncentiveView

NOTE = "_record_note"
"""The record's words for this complaint's category: ``(category, kind, text)``."""
FAILED = "failed_payment"
"""The failed payment on record, a detail of the summary and the ticket."""
RECORD_PAYOUT = "_record_payout"
"""The bank or e-wallet the record's latest incentive payment went to (offered, not asked)."""
FAILED_WHY = "_failed_why"
"""What the record says about the failed payment: its number and cause (``""``: none kept)."""
REPLACES_FIX = ("all_paid", "issued")
"""Notes that answer instead of the general tips (these do not apply to the record)."""


def look(turn: FlowTurn) -> Ask[None]:
    """For an incentive or certificate complaint from a linked chat: the record's note."""
    category = str(turn.slots.get("category"))
    kept = turn.slots.get(NOTE)
    if isinstance(kept, list) and kept and kept[0] == category:
        return None
    turn.slots.pop(NOTE, None)
    for name in (FAILED, RECORD_PAYOUT, FAILED_WHY):
        turn.slots.pop(name, None)
    if category not in ("incentive", "certificate"):
        return None
    if category == "certificate" and certificate_problem(_told(turn)) is not None:
        return None  # a wrong name or a failing download: not whether it is issued
    person = yield from participant(turn)
    if person is None:
        return None
    if category == "incentive":
        items: list[IncentiveView] = yield IncentivesQuery(person.id)
        _incentive_note(turn, items)
    else:
        bought: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
        _certificate_note(turn, bought)
    return None


def _told(turn: FlowTurn) -> str:
    told = " ".join(str(turn.slots.get(name, "")) for name in ("description", OPENING))
    return f"{turn.message.text or ''} {told}"


def _incentive_note(turn: FlowTurn, items: list[IncentiveView]) -> None:
    sent = [item.payout_channel for item in items if item.payout_channel]
    if sent:
        turn.slots[RECORD_PAYOUT] = sent[-1]
    failed = [item for item in items if item.status == "gagal"]
    if failed:
        last = failed[-1]
        when = long_date(last.scheduled_date, turn.lang)
        channel = last.payout_channel or "-"
        reason = failure_reason(turn.lang, last.failure_reason) if last.failure_reason else None
        status = status_label(turn.lang, last.status, last.status_label)
        key = "complaints.on_record.failed" if reason else "complaints.on_record.failed_unknown"
        said = turn.say(key, sequence=last.sequence, date=when, amount=money(last.amount),
                        channel=channel, status=status, reason=reason or "")  # fmt: skip
        turn.slots[NOTE] = ["incentive", "failed", said]
        detail = turn.say("complaints.on_record.failed_detail", sequence=last.sequence,
                          date=when, channel=channel, status=status)  # fmt: skip
        turn.slots[FAILED] = f"{detail}: {reason}" if reason else detail
        turn.slots[FAILED_WHY] = [last.sequence, reason or ""]
    elif items and all(item.status == "berhasil" for item in items):
        last = items[-1]
        said = turn.say("complaints.on_record.all_paid", count=len(items),
                        date=long_date(last.scheduled_date, turn.lang),
                        channel=last.payout_channel or "-")  # fmt: skip
        turn.slots[NOTE] = ["incentive", "all_paid", said]


def _certificate_note(turn: FlowTurn, bought: list[EnrolmentView]) -> None:
    issued = [item for item in bought if item.status in ISSUED]
    if not issued or any(item.status == WAITING for item in bought):
        return
    titles = ", ".join(item.title for item in issued[:3])
    turn.slots[NOTE] = ["certificate", "issued", turn.say("complaints.on_record.issued",
                                                          titles=titles)]  # fmt: skip


def note(turn: FlowTurn) -> tuple[str, str] | None:
    """The note for the current category: ``(kind, text)``, or None."""
    kept = turn.slots.get(NOTE)
    if not isinstance(kept, list) or len(kept) != 3 or kept[0] != turn.slots.get("category"):
        return None
    return str(kept[1]), str(kept[2])


def fix_text(turn: FlowTurn, general: str) -> str:
    """The fix shown at "did this help?": the record's note first (instead of the general
    tips when those do not apply to the record)."""
    found = note(turn)
    if found is None:
        return general
    kind, said = found
    return said if kind in REPLACES_FIX else f"{said}\n{general}"


__all__ = ["FAILED", "FAILED_WHY", "NOTE", "RECORD_PAYOUT", "fix_text", "look", "note"]
