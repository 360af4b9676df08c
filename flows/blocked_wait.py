"""How long opening a blocked account takes, asked right after the blocked-account answer
(``flows.account_help.blocked``): "brp lama bukanya", "kapan bisa dibuka", "lama ga?". No
resolution time is published (DOMAIN.md "Complaints": the assistant must not promise one), so
none is promised; only staff open a block, on a complaint that tells what happened. Before,
"brp lama bukanya" got the wave schedule (read as "how long is the wave open").

The blocked answer's other follow-ups ("aku ga ngapa2in kok", "buka nya gmn") keep their own
answers (``account_help.FOLLOW_UPS``)."""

from __future__ import annotations

import re

from flows import account_help
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp, either, now
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

HOW_LONG = re.compile(
    r"\b(?:berapa|brp|brapa|bbrp) (?:lama|lma|hari|jam|minggu)\b|\blama\w* (?:ga|gak|gk|nggak|"
    r"ngga|tidak|tdk|ya|kah|bgt|banget)\b|\b(?:kapan|kpn)\b|\bhow long\b|\bwhen\b"
)
"""How long it takes: "brp lama bukanya", "kapan bisa dibuka", "lama ga?"."""


def how_long(turn: FlowTurn) -> list[Outbound]:
    """No published time, no promise: the complaint asks for it to be opened."""
    remember(turn, account_help.BLOCKED)  # the other follow-ups may come next
    report = file_complaint(turn, topic="account_blocked")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("blocked_wait.how_long", report, person, turn.menu_button())]


FOLLOW_UPS: dict[str, FollowUp] = {
    account_help.BLOCKED: either(
        (HOW_LONG, now(how_long)),  # before "buka": "brp lama bukanya" asks the time
        account_help.FOLLOW_UPS[account_help.BLOCKED],  # "ga ngapa2in kok", "buka nya gmn"
    ),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS`` (merged after ``account_help.FOLLOW_UPS``)."""

__all__ = ["FOLLOW_UPS", "HOW_LONG", "how_long"]
