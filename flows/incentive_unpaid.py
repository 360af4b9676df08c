"""An unpaid incentive told as a complaint ("bro my money never came", "this program is a scam, I
never got my money!!!", "insentif aku ga masuk2") by a linked participant whose own records say
why: a failed payment's recorded cause and its fix (``my_incentives.why_failed``), or, every
payment marked paid, that the money takes some working days and where it went
(``my_incentives.incentive_schedule``); the complaint one tap away in both. A complaint asked
for outright ("mau komplain, ...", "I want to report ...") goes to the complaint flow, and so
does a chat not linked, or records that explain nothing (a payment still to come)."""

from __future__ import annotations

import re

from flows import incentive_all_paid, incentive_story, my_incentives
from flows.complaint_topics import FILES_COMPLAINT, category_for
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import IncentiveView

INTENTS = ("complaint",)
"""The reading such a message gets: a complaint, whose flow would ask what it is about."""


def _told_unpaid(turn: FlowTurn) -> bool:
    """The message tells the incentive's money did not come, and asks for no complaint."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload or not text or FILES_COMPLAINT.search(text):
        return False
    if category_for(text) != "incentive":
        return False
    said = incentive_all_paid.NOT_ARRIVED, incentive_story.NOT_ARRIVED
    return any(pattern.search(text) for pattern in said)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Why the money did not come, from the participant's records; None when the message tells
    no such thing, the chat is not linked, or nothing failed and not every payment is paid."""
    if not _told_unpaid(turn):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    if any(item.status == "gagal" for item in items):
        return (yield from my_incentives.why_failed(turn))  # its cause, its fix, the complaint
    paid = items and all(item.status == "berhasil" for item in items)
    if paid and incentive_all_paid.not_arrived(turn):  # the days it takes, the history, where
        return (yield from my_incentives.incentive_schedule(turn))
    return None


_PAID_SAID = re.compile(r"\b(?:berhasil|sukses|success\w*|terkirim|dikirim)\b")
"""The status said paid ("katanya berhasil tp di ovo aku ga ada saldo masuk"): read before the
balance's answers (its "saldo" had got the training balance, probe p24c)."""


def paid_missing(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Paid on record but said not to have arrived: the schedule, the days it takes and where
    it was sent; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    if not (_PAID_SAID.search(text) and incentive_all_paid.not_arrived(turn)):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    if not items or not all(item.status == "berhasil" for item in items):
        return None
    return (yield from my_incentives.incentive_schedule(turn))


__all__ = ["INTENTS", "answer", "paid_missing"]
