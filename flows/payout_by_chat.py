"""Changing the payout account asked to be done by this chat ("bisa lewat sini aja ga gantinya?
ini no rek baru sy 0123456789 BCA"), or an account's number typed beside its bank: it cannot be
changed by chat, only by the participant in the dashboard, and account numbers are not to be
sent here (judgement call: DOMAIN.md lists no account numbers among what is never asked, but
nothing here can use one). Before, "Bisa. ..." as if the chat could change it."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_PAYOUT = (
    r"(?:rekening|rek|akun bank|bank|e-?wallet|ewallet|dompet digital|ovo|gopay|go-pay|dana|"
    r"linkaja|link aja|bni|bca|akun pencairan|account)"
)
_CHANGE_WORD = re.compile(r"\b(?:ganti|gnti|ubah|ngubah|pindah|tukar|change|switch|update)\w*\b")
_BY_CHAT = re.compile(
    r"\b(?:lewat|lwt|via|dari|di|dr|sama|ke|through|in|by|over|here)\s+(?:sini|chat|kamu|km|"
    r"bot|this chat|wa|whatsapp)\b|\b(?:kamu|km|admin|min|bot)\s+(?:aja\s+)?(?:yg|yang)\s+"
    r"(?:ganti|gantiin|ubah|ubahin)\b|\b(?:gantiin|ubahin|gantikan)\b|\bhere\b"
)
_ACCOUNT_NUMBER = re.compile(
    rf"\b(?:no\.?|nomor|nomer|nmr|number)?\s*{_PAYOUT}\b.{{0,25}}\d[\d .-]{{6,}}\d"
    rf"|\d[\d .-]{{6,}}\d.{{0,15}}\b{_PAYOUT}\b"
)
"""An account's number typed beside its bank or e-wallet ("no rek baru sy 0123456789 BCA")."""
_PHONE = re.compile(r"\b(?:hp|handphone|phone|telp|telepon|wa|whatsapp)\b")
"""A phone number typed beside an e-wallet ("nomor hp gopay aku 0812..."): no account number."""


def by_chat(turn: FlowTurn) -> list[Outbound] | None:
    """Changing the account asked to be done by chat, or an account's number typed: it cannot
    be; never send it here. None otherwise."""
    text = turn.message.text or ""
    lowered = " ".join(text.lower().split())
    if turn.message.payload is not None or not lowered:
        return None
    typed = bool(_ACCOUNT_NUMBER.search(lowered)) and not _PHONE.search(lowered)
    asked = bool(_BY_CHAT.search(lowered)) and bool(_CHANGE_WORD.search(lowered))
    if not (typed or asked) or not re.search(rf"\b{_PAYOUT}\w*|\bgantinya\b", lowered):
        return None
    key = "payout_switch.by_chat_number" if typed else "payout_switch.by_chat"
    return [turn.reply(key, turn.menu_button())]


__all__ = ["by_chat"]
