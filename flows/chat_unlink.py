"""The account unlinked from this chat only, asked for ("putusin akun prakerja aku dari chat
ini dong, hp ini mau aku jual", "mau dilepas aja akun aku dari chat ini", "unlink my account
from this chat"): the assistant has no such step of its own, and "hapus data saya" would erase
the account for good, so that is said plainly, with what to do before handing a phone on
(log out, change the account's phone number if it goes too) and a person one tap away; an
unlinked chat is told there is nothing to undo. Before: "which one?" with "Hapus data saya"
among the choices."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

MAX_WORDS = 20
_CUT = re.compile(
    r"\b(?:putus\w*|diputus\w*|mutus\w*|lepas\w*|dilepas\w*|ngelepas\w*|copot\w*|dicopot\w*|"
    r"cabut\w*|pisah\w*|dipisah\w*|unlink\w*|disconnect\w*|detach\w*|remove)\b"
)
_ACCOUNT = re.compile(r"\b(?:akun\w*|account|nik\w*|data\s*(?:ku|aku|saya))\b")
_CHAT = re.compile(
    r"\b(?:chat\s+ini|dari\s+chat|dari\s+sini|dari\s+bot\w*|dr\s+sini|dari\s+wa\s+ini|"
    r"dari\s+(?:hp|nomor)\s+ini|this\s+chat|from\s+(?:here|this|the\s+bot))\b"
)
_OTHER = re.compile(
    r"\b(?:rekening|bank|e-?wallet|dana|ovo|gopay|linkaja|shopeepay|pelatihan|kelas|"
    r"langganan|notif\w*|broadcast\w*)\b"
)
"""Another thing cut loose (a payout account, a course, the broadcasts): read elsewhere."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to unlinking this chat from the account, else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or _OTHER.search(text):
        return None
    if not (_CUT.search(text) and _ACCOUNT.search(text) and _CHAT.search(text)):
        return None
    turn.session.misses = 0
    if turn.session.participant_id is None:
        return [turn.reply("chat_unlink.not_linked", turn.menu_button())]
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("chat_unlink.linked", person, turn.menu_button())]


__all__ = ["answer"]
