"""The Prakerja card refused when paying for a course ("nomor kartu prakerja ku ga valid pas
bayar", "kartu prakerja ditolak pas checkout", "my prakerja card was rejected at checkout"):
what to check (the card number and the payment's OTP at checkout, a balance that covers the
price, the first purchase's deadline, a card revoked), with a complaint one tap away; the card
number is never asked for (DOMAIN.md "Never ask for"). A linked participant's record says what
applies to them first: not selected yet, revoked, the deadline passed, a course still open, or
the balance. Before, both messages got "which did you mean?".

A revocation said outright ("kartu aku dicabut") is ``flows.revocation_help``'s; a fraud is
``flows.fraud``'s."""

from __future__ import annotations

import re

from flows import course_platforms as platforms
from flows import course_second_purchase as second_purchase
from flows.balance_rest import BOUGHT
from flows.complaint_topics import FILES_COMPLAINT, category_for, file_complaint
from flows.formatting import long_date, money
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView

_CARD = re.compile(
    r"\bkartu\s*(?:pra ?kerja|pk)\b|\b(?:nomor|nomer|no\.?|nmr)\s*kartu\b(?!\s*(?:keluarga|kk|hp|"
    r"sim|atm|kredit|debit|telkomsel))|\bprakerja card\b|\bcard (?:number|no)\b|\bmy card\b"
)
_REFUSED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk)\s*(?:valid|bisa|bs|diterima|terima|masuk)\b"
    r"|\b(?:invalid|ditolak|tertolak|tolak|gagal|error|eror|gabisa|gbs|salah|declined|rejected|"
    r"refused|failed|fails|not (?:valid|accepted|working)|doesn'?t work|won'?t work|"
    r"isn'?t (?:valid|accepted))\b"
)
_PAYING = re.compile(
    r"\b(?:bayar\w*|pembayaran|membayar|dibayar|checkout|check out|beli|membeli|pembelian|"
    r"dibeli|transaksi|payment|pay|paying|paid|purchas\w*|buy\w*)\b"
)


_SHORT = re.compile(
    r"\bsaldo\w*\s+(?:\w+\s+)?(?:tidak|tdk|ga|gak|gk|nggak|ngga|kurang)\s*(?:mencukupi|cukup)\b"
    r"|\binsufficient (?:balance|funds)\b|\bnot enough balance\b"
)
"""The checkout's "saldo tidak mencukupi" retold ("pas checkout katanya saldo tidak mencukupi
pdhl saldo msh 2jt"): before, the balance alone, the error not explained (probe p25c)."""


def short(text: str) -> bool:
    """Whether the payment's "balance not enough" error is told."""
    lowered = " ".join(text.lower().split())
    return bool(_SHORT.search(lowered) and (_PAYING.search(lowered) or "katanya" in lowered))


def asks(text: str) -> bool:
    """Whether the card is said to be refused at a course's payment."""
    lowered = " ".join(text.lower().split())
    if not (_CARD.search(lowered) and _REFUSED.search(lowered)):
        return False
    if not (_PAYING.search(lowered) or platforms.named(lowered)):
        return False
    if FILES_COMPLAINT.search(lowered):
        return False  # "mau lapor, ...": the complaint itself
    return category_for(lowered) not in ("revoked", "fraud")


def answer(turn: FlowTurn) -> Answer:
    """What to check, after what the record says; None: no such message."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or not message.text:
        return None
    balance_short = short(message.text)
    if not (balance_short or asks(message.text)):
        return None
    person = yield from participant(turn)
    said: list[str] = []
    if person is not None:
        said = yield from _record(turn, person)
    report = file_complaint(turn, topic="purchase_redeem")
    key = "course_card_payment.short" if balance_short else "course_card_payment.steps"
    steps = turn.say(key, **turn.ctx.programme.facts())
    return [Outbound("\n".join([*said, steps]), (report, turn.menu_button()))]


def _record(turn: FlowTurn, person: ParticipantView) -> Ask[list[str]]:
    """What the participant's record says about paying with the card."""
    status, deadline = person.status, person.purchase_deadline
    if status in ("registered", "applied", "not_selected"):
        return [turn.say(f"enrol.status_{status}")]
    if status not in ("selected", *BOUGHT):
        return [turn.say("enrol.revoked")]
    if status == "selected" and deadline is not None and deadline < turn.message.at:
        return [turn.say("enrol.deadline_passed", deadline=long_date(deadline, turn.lang))]
    if status in BOUGHT:
        refused = yield from second_purchase.refusal(turn, person)
        if refused is not None:
            return [refused.text]
    return [turn.say("course_card_payment.balance", balance=money(person.balance))]


__all__ = ["answer", "asks", "short"]
