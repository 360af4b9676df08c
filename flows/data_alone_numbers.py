"""A phone number or an amount typed alone outside any form ("081234567890", "600000",
"Rp600.000"): asked what it is for, with the topics it may be about one tap away, as a NIK or a
date alone is (``flows.data_alone``). A phone number is never echoed in full (``mask_phone``).
Before, both got "Maaf, aku belum paham pesan itu" and the whole menu."""

from __future__ import annotations

import re

from flows.formatting import mask_phone, money
from flows.link_account import link_payload
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

_PHONE = re.compile(
    r"\W*(?:(?:no|nomor|nomer|hp|wa)\W*)*(?:\+?62[\s.\-]?|0)8\d(?:[\s.\-]?\d){6,11}\W*"
)
"""A mobile number alone ("081234567890", "+62 812-3456-7890", "no hp 0812...")."""
_AMOUNT = re.compile(
    r"\W*(?:rp\.?\s*)?(?:[1-9]\d{0,2}(?:[.,]\d{3})+|[1-9]\d{4,9})(?:,-|,00|\.00)?\W*"
    r"|\W*(?:rp\.?\s*)?\d{1,3}(?:[.,]\d)?\s*(?:rb|ribu|k|jt|juta)\W*"
)
_SHORT = re.compile(r"\d\s*(?:rb|ribu|k|jt|juta)\b")
"""An amount in short words ("600rb", "3,5jt"): its value is the money entity's."""
"""An amount alone ("600000", "Rp600.000", "600rb", "3,5jt"), not a phone number (no leading
0): "0858" or "5" alone are no amount."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What a phone number or an amount typed alone is for; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if _PHONE.fullmatch(text):
        return [_phone(turn, str(message.entity("phone") or text))]
    if _AMOUNT.fullmatch(text):
        digits = re.sub(r"\D|[.,]00\W*$", "", text) if not _SHORT.search(text) else ""
        return [_amount(turn, message.entity("money") or (int(digits) if digits else None))]
    return None


def _phone(turn: FlowTurn, number: str) -> Outbound:
    buttons: list[Button] = [turn.button("registration.account_help", "topic:account")]
    if turn.session.participant_id is None:
        buttons.insert(0, turn.button("link_account.start", link_payload(None)))
    return turn.reply("data_alone.phone", *buttons, turn.menu_button(), phone=mask_phone(number))


def _amount(turn: FlowTurn, value: object) -> Outbound:
    amount = money(int(value)) if isinstance(value, (int, float)) and value > 0 else None
    key = "data_alone.amount" if amount else "data_alone.amount_plain"
    incentive = turn.button("intents.incentive_status", "intent:incentive_status")
    balance = turn.button("intents.training_balance", "intent:training_balance")
    return turn.reply(key, incentive, balance, turn.menu_button(), amount=amount or "")


__all__ = ["answer"]
