"""The phone-change steps asked for ("jd sy hrs ngapain, jelasin step by step") a few messages
after a payment that failed for the e-wallet's phone number: the steps end with the complaint
that gets the failed payment scheduled again, which a changed number alone does not do (the
text ``kb.payout_own_next``: "Insentif yang sudah telanjur Gagal tidak dikirim ulang dengan
sendirinya"). Probe p22b #33: the steps ended at "Masih gagal? Buat pengaduan."."""

from __future__ import annotations

from dataclasses import replace

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp
from flows.last_answer import said_since
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

FAILED = "incentive_failed"
"""The topic a schedule or payout answer with a failed payment records."""
TOPIC = "change_phone"
"""The phone answer's topic (``flows.account_phone.TOPIC``)."""
WITHIN = 3
"""Messages since that answer for the steps still to belong to it."""


def after_failed(entry: FollowUp) -> FollowUp:
    """``entry`` (the phone topic's follow-ups), its steps completed after a failed payment."""
    pattern, answer = entry

    def answered(turn: FlowTurn) -> Ask[list[Outbound] | None]:
        replies = yield from answer(turn)
        return rescheduled(turn, replies)

    return pattern, answered


def wrapped(entries: dict[str, FollowUp]) -> dict[str, FollowUp]:
    """``entries`` with the phone topic's (``flows.account_phone.TOPIC``) ``after_failed``."""
    return {TOPIC: after_failed(entries[TOPIC])} if TOPIC in entries else {}


def rescheduled(turn: FlowTurn, replies: list[Outbound] | None) -> list[Outbound] | None:
    """The phone-change steps with the rescheduling complaint, after a failed payment."""
    if not replies or said_since(turn, FAILED, WITHIN) is None:
        return replies
    first = replies[0]
    if not first.text.startswith(turn.say("kb.change_phone_steps")):
        return replies
    report = file_complaint(turn, fix_shown="incentive")  # the failed payment, rescheduled
    text = f"{first.text}\n{turn.say('phone_reschedule.then')}"
    return [replace(first, text=text, buttons=(report, turn.menu_button())), *replies[1:]]


__all__ = ["after_failed", "rescheduled", "wrapped"]
