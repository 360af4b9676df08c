"""A wait complained of right after the schedule said every incentive is paid ("kok lama bgt",
"blm masuk2", "kapan cairnya?"): nothing is still awaited, so no complaint starts by itself;
the answer says all are paid (status Berhasil: DOMAIN.md "Incentives", the statuses users see)
and asks what takes long, with a complaint one tap away for a payment marked Berhasil that did
not reach the account ("contact support if not received": DOMAIN.md)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "incentive_all_paid"
"""The topic the schedule records when every payment is Berhasil (``flows.last_answer``)."""

WAIT = re.compile(
    r"\b(?:lama|lma|lamaa+|kelamaan|lambat|kapan|kpn|belum|blm|blom|nunggu|menunggu|tunggu|"
    r"(?:ga|gak|gk|nggak|tidak|tdk)\s+(?:masuk|cair|sampai|sampe|nyampe)|slow|long|when|"
    r"wait\w*|not (?:yet|received|arrived))\b"
)
"""A wait complained of, or asked about: "kok lama bgt", "blm masuk2", "kapan cair"."""


NOT_ARRIVED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|blom)\s+(?:\w+\s+)?(?:masuk|nambah|"
    r"bertambah|sampai|sampe|nyampe|ada|cair|diterima|terima|nerima)\b"
    r"|\b(?:not|never|hasn'?t|haven'?t|didn'?t|isn'?t)\s+(?:\w+\s+)?(?:arrived?|received?|"
    r"come|reached|there|in)\b|\bmissing\b"
)
"""The money said not to have arrived ("status berhasil tapi uangnya ga masuk ke dana")."""


def not_arrived(turn: FlowTurn) -> bool:
    """Whether the message says a payment's money did not reach the account."""
    return bool(NOT_ARRIVED.search(" ".join((turn.message.text or "").lower().split())))


def note(turn: FlowTurn) -> None:
    """The schedule just said every payment is paid."""
    remember(turn, TOPIC)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """All paid already: which wait is meant, a complaint only if the money is missing."""
    complaint = file_complaint(turn, topic="incentive")
    return [turn.reply("kb.incentive_all_paid_wait", complaint, turn.menu_button())]
    yield


FOLLOW_UPS = {TOPIC: (WAIT, answer)}
"""The entry of ``flows.follow_ons.FOLLOW_UPS``."""

__all__ = ["FOLLOW_UPS", "NOT_ARRIVED", "TOPIC", "WAIT", "answer", "not_arrived", "note"]
