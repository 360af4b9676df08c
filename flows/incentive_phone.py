"""Changing one's phone number while an incentive payment is still waiting ("mau ganti no hp
tapi insentif aku masih proses, aman ga?"), from the linked participant's records: which
payment waits and where it goes, then the rule it depends on (DOMAIN.md "Incentives": the
e-wallet must use the registered phone, and a phone changed is a common cause of a failed
payment; "Registration steps": the phone must later match the e-wallet): safer to change it once
that payment is Berhasil, and if it cannot wait, keep the number of the account and of the
e-wallet the same; a payment that fails then is scheduled again after a complaint. A payment
long past its date says so (``flows.incentive_stalled``); a failed one gets its cause and fix
(``flows.my_incentives.why_failed``); nothing waiting, the phone-change steps.

Before, only the general phone-change steps came, the waiting incentive not mentioned.
None: no phone change with the incentive asked, or the chat is not linked."""

from __future__ import annotations

import re

from flows import incentive_stalled, my_incentives
from flows.complaint_topics import file_complaint
from flows.formatting import long_date, money
from flows.incentive_words import status_label
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries import IncentivesQuery
from flows.runtime.machine import FlowTurn
from flows.views import IncentiveView

_PHONE = r"(?:no\.?|nomor|nomer|nmr|number)\s*(?:hp|handphone|telepon|telp|wa|whatsapp|ponsel)?"
_CHANGE = re.compile(
    rf"\b(?:ganti|gnti|ubah|ngubah|mengganti|mengubah|update|change|changing|pindah|new)\w*\s+"
    rf"(?:\w+\s+)?(?:{_PHONE}|hp|phone)\b|\b(?:{_PHONE}|hp|phone)\s+(?:\w+\s+)?(?:baru|new)\b"
)
"""A new phone number: "ganti no hp", "ubah nomor", "change my phone number", "nomor baru"."""
_INCENTIVE = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?|pencairan)\b")
E_WALLETS = ("OVO", "GoPay", "DANA", "LinkAja")
"""Payout channels that are e-wallets (DOMAIN.md "Incentives"); BNI and BCA are banks."""


def asks(text: str) -> bool:
    """Whether a phone change is asked about together with the incentive."""
    lowered = " ".join(text.lower().split())
    return bool(_CHANGE.search(lowered) and _INCENTIVE.search(lowered))


def answer(turn: FlowTurn) -> Answer:
    """The waiting payment, the rule and what is safe; None: not asked, or not linked."""
    message = turn.message
    if message.payload is not None or turn.session.participant_id is None:
        return None
    if len(message.parts) > 1 or not asks(message.text or ""):
        return None  # several questions in one ("1. ... 2. bisa ganti no hp ga"): each its own
    person = yield from participant(turn)
    if person is None:
        return None
    items: list[IncentiveView] = yield IncentivesQuery(person.id)
    if any(item.status == "gagal" for item in items):
        return (yield from my_incentives.why_failed(turn))  # its cause, its fix, the complaint
    waiting = [item for item in items if item.status in incentive_stalled.WAITING]
    if not waiting:
        key = "incentive_phone.all_paid" if items else "incentive_phone.none_yet"
        body = "\n".join([turn.say(key), turn.say("kb.change_phone")])
        return [Outbound(body, (file_complaint(turn, topic="account_recovery"),
                                turn.menu_button()))]  # fmt: skip
    first = min(waiting, key=lambda item: item.sequence)
    wallet = first.payout_channel in E_WALLETS
    rule = turn.say("incentive_phone.wallet" if wallet else "incentive_phone.bank",
                    channel=first.payout_channel or "-")  # fmt: skip
    stalled = incentive_stalled.lines(turn, [first])
    if not stalled:
        return [Outbound(f"{_waiting_line(turn, first)}\n{rule}", (turn.menu_button(),))]
    # long past its date: said so, no more waiting for it either
    report = file_complaint(turn, fix_shown="incentive")
    body = "\n".join([stalled[0], rule, *stalled[1:]])
    return [Outbound(body, (report, turn.menu_button()))]


def _waiting_line(turn: FlowTurn, item: IncentiveView) -> str:
    return turn.say(
        "incentive_phone.waiting",
        sequence=item.sequence,
        amount=money(item.amount),
        date=long_date(item.scheduled_date, turn.lang),
        status=status_label(turn.lang, item.status, item.status_label),
        channel=item.payout_channel or "-",
    )


__all__ = ["E_WALLETS", "answer", "asks"]
