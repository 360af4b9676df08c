"""A payout channel named bare right after the incentive schedule or when it arrives ("eee
yang dana kak"): the payments sent to that channel on record, to check in its transaction
history (mutasi), and a complaint once 7×24 hours have passed since the date (DOMAIN.md
"Incentives"). Before: a did-you-mean. A channel chosen after a payout answer ("yaudh dana
aja") is ``flows.payout_chosen``'s."""

from __future__ import annotations

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import INCENTIVE_OVERDUE, INCENTIVE_TIMING
from flows.formatting import long_date
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.my_incentives import support_cutoff
from flows.payout_chosen import named
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView


def paid_to(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "yang dana kak" right after the incentive schedule: the payments to that channel."""
    if just_said(turn) not in (INCENTIVE_TIMING, INCENTIVE_OVERDUE):
        return None
    name = named(turn)
    if name is None:
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    paid = [i for i in items if i.status == "berhasil"]
    mine = [i for i in paid if (i.payout_channel or "").lower() == name.lower()]
    if not mine:
        channels = sorted({i.payout_channel for i in paid if i.payout_channel})
        if not channels:
            return None  # nothing paid yet: the schedule's own answer
        return [turn.reply("payout_named.elsewhere", turn.menu_button(), name=name,
                           channels=", ".join(channels))]  # fmt: skip
    remember(turn, str(just_said(turn)))  # "udh seminggu" next: still the incentive
    latest = max(mine, key=lambda i: i.scheduled_date)
    date = long_date(latest.scheduled_date, turn.lang)
    lines = [turn.say("payout_named.paid_to", name=name, date=date, status=latest.status_label)]
    if latest.scheduled_date < support_cutoff(turn):
        lines.append(turn.say("payout_named.overdue", name=name))
        report = file_complaint(turn, topic="incentive")
        return [Outbound("\n".join(lines), (report, turn.menu_button()))]
    facts = turn.ctx.programme.facts()
    lines.append(turn.say("payout_named.wait", name=name, **facts))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


__all__ = ["paid_to"]
