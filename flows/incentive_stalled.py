"""A linked participant's incentive payment still waiting (Menunggu Diproses, Sedang Diproses,
Dalam Pengecekan, Belum Diproses) long after its scheduled date, told honestly from the
records: which payment, since when (the years, when it is that old: a 2021 payment still "Belum
Diproses"), that the records do not say why, that the assistant can neither process nor speed
it up, and that no date is promised; the complaint is the way on (DOMAIN.md "Incentives":
money arrives 3-5 working days after the scheduled date, "contact support if not received
after 7×24 hours"; "Complaints": no resolution time is published, none is promised).

Before, the schedule said only "a date above is past 7×24 hours; if the money has not come,
complain", and what "Belum Diproses" means came with "money usually arrives 3-5 working days
after the date" for a payment scheduled in 2021."""

from __future__ import annotations

from datetime import date, timedelta

from flows.formatting import long_date, money
from flows.incentive_words import status_label
from flows.runtime.machine import FlowTurn
from flows.views import IncentiveView

WAITING = ("menunggu_diproses", "sedang_diproses", "dalam_pengecekan", "belum_diproses")
"""Statuses of a payment not paid and not failed: still to be processed or paid."""
MAX_SHOWN = 3
YEAR_DAYS = 365


def cutoff(turn: FlowTurn) -> date:
    """A payment scheduled before this date is past the support window (7×24 hours)."""
    hours = turn.ctx.programme.incentive_support_after_hours
    return turn.message.at.date() - timedelta(days=-(-hours // 24))


def stalled(turn: FlowTurn, items: list[IncentiveView]) -> list[IncentiveView]:
    """The payments still waiting whose date is past the support window, oldest first."""
    before = cutoff(turn)
    found = [i for i in items if i.status in WAITING and i.scheduled_date < before]
    return sorted(found, key=lambda item: item.scheduled_date)


def lines(turn: FlowTurn, items: list[IncentiveView]) -> list[str]:
    """One honest line per stalled payment (at most ``MAX_SHOWN``), then what can be done;
    [] when none is stalled."""
    found = stalled(turn, items)
    if not found:
        return []
    said = [line(turn, item) for item in found[:MAX_SHOWN]]
    return [*said, turn.say("incentive_stalled.what_now")]


def line(turn: FlowTurn, item: IncentiveView) -> str:
    """ "Insentif ke-4 (Rp600.000, jadwal 2 Agustus 2021) masih berstatus Belum Diproses, lebih
    dari 5 tahun setelah jadwalnya."""
    years = (turn.message.at.date() - item.scheduled_date).days // YEAR_DAYS
    params = {
        "sequence": item.sequence,
        "amount": money(item.amount),
        "date": long_date(item.scheduled_date, turn.lang),
        "status": status_label(turn.lang, item.status, item.status_label),
    }
    if years > 1:
        return turn.say("incentive_stalled.years", years=years, **params)
    if years == 1:  # "more than a year", not "more than 1 year(s)"
        return turn.say("incentive_stalled.year", **params)
    return turn.say("incentive_stalled.past", **params)


__all__ = ["WAITING", "cutoff", "line", "lines", "stalled"]
