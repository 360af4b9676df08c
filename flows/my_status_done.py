"""A completed participant's own status ("status aku gimana", "kenapa gagal" read as the
registration status): the first course is done, so what is left is where the incentive stands,
from the records (DOMAIN.md "Incentives"): a failed payment with its recorded cause, its fix and
a complaint to reschedule it (``my_incentives.why_failed``); every payment paid, said so; else
the schedule. Before, every completed participant was told "Cek jadwal insentifmu di sini",
a recorded failure left unsaid."""

from __future__ import annotations

from dataclasses import replace

from flows import incentive_all_paid
from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView, ParticipantView

FAILED = "incentive_failed"
"""The topic the schedule records after a failed payment ("knp gagal?" next)."""


def answer(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """The status of a completed ``person`` from the incentive records; None when there are
    none (the general status line)."""
    from flows import my_incentives  # here: it imports my_data, which imports my_selection

    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    if not items:
        return None
    done = turn.say("status.completed_done")
    if any(item.status == "gagal" for item in items):
        failed = yield from my_incentives.why_failed(turn)
        if failed:
            remember(turn, FAILED)  # "kok gitu", "terus?" next: the failure's fix
            return [_prefixed(done, failed[0]), *failed[1:]]
    if all(item.status == "berhasil" for item in items):
        incentive_all_paid.note(turn)  # "kok lama" next: nothing awaited
        paid = turn.say("status.completed_paid", count=len(items))
        return [Outbound(paid, (turn.menu_button(),))]
    schedule = yield from my_incentives.incentive_schedule(turn)
    return [_prefixed(done, schedule[0]), *schedule[1:]] if schedule else None


def _prefixed(line: str, reply: Outbound) -> Outbound:
    return replace(reply, text=f"{line}\n{reply.text}")


__all__ = ["answer"]
