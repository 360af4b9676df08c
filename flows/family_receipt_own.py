"""A relative's earlier receipt asked about by a linked participant for their own place ("suami
aku pernah dpt prakerja th 2021, aku skrg lolos, aman kan?"). DOMAIN.md "Eligibility": "never
a beneficiary before" is each person's own rule, so a spouse's or parent's receipt does not make
the user a previous recipient; it counts only toward the family card's limit
(``max_beneficiaries_per_kk``). Fewer relatives named than that limit: the user is within it;
then their own record's status. Before, the relative was ignored and only the status was told.

Declines (None): a chat not linked or a participant not yet selected (the eligibility check
answers it), no relative's receipt,
the user among the recipients, an unknown or full count, or another relative asked about
("ngaruh ga ke ibu?": ``flows.eligibility_family``)."""

from __future__ import annotations

import re

from flows import my_data
from flows.eligibility_jobs import relatives_received, without_relatives_received
from flows.eligibility_relatives import KIN, kin_of
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 30
RECIPIENTS = ("selected", "enrolled", "completed")
"""Statuses already counted as a recipient: the eligibility check is behind them."""
_OWN_ASKS = re.compile(
    r"\b(?:aman|ngaruh|pengaruh|berpengaruh|mempengaruhi|memengaruhi|masalah|gugur|batal|"
    r"dibatalkan|dicabut|bisa|bs|bsa|boleh|blh|tetap|ttp|tetep|sah|safe|okay|ok|affect\w*|"
    r"problem|still)\b"
)
"""The user's own place asked about."""


def answer(turn: FlowTurn) -> my_data.Answer:
    """The relative's receipt weighed for the user, then their status; None: not this case."""
    message = turn.message
    if message.payload is not None or turn.session.participant_id is None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS:
        return None
    count = relatives_received(text)
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    if count is None or count <= 0 or count >= per_kk:
        return None
    rest = without_relatives_received(text)
    if KIN.search(rest) or not _OWN_ASKS.search(rest):  # "ngaruh ga ke ibu?": hers, not theirs
        return None
    person = yield from my_data.participant(turn)
    if person is None or person.status not in RECIPIENTS:  # not yet one: the check answers it
        return None
    status = yield from my_data.selection_status(turn)
    if not status:
        return None
    kin = kin_of(text)
    name = turn.say(f"eligibility.kin.{kin}" if kin else "eligibility.kin.other")
    note = turn.say("family_receipt_own.within", kin=name, max_per_kk=per_kk)
    return [Outbound(note), *status]


__all__ = ["answer"]
