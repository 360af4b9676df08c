"""A ticket's number not known ("aku ga tau nomor tiketnya", "nomor pengaduan aku ilang") in a
chat that filed none: where the number is (the confirmation sent when the complaint was
filed, in the chat it was filed from; the reply of the call centre or e-mail) and who can find
it, not "no complaint from this chat" said again. A chat with tickets gets its status answer:
it lists them with their numbers."""

from __future__ import annotations

import re

from flows.link_account import link_payload
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

_NUMBER = (
    r"(?:(?:nomor|nomer|nmr|no|kode)\.?\s*(?:tiket|pengaduan|aduan|laporan|komplain)"
    r"|(?:ticket|complaint|reference) (?:number|no|id)|reference number)"
)
ASKS = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|lupa|ilang|hilang|don'?t|forgot|"
    r"lost)\b(?:\s+\w+){0,3}?\s+"
    + _NUMBER
    + r"|\b"
    + _NUMBER
    + r"\w*(?:\s+\w+){0,2}?\s+(?:ilang|hilang|lupa|dimana|di mana|mana|"
    r"gatau|ga tau|gak tau|ga tahu|tidak tahu|where)\b"
    r"|\bwhere(?:'s| is| do i find)\s+(?:my |the )?" + _NUMBER
)
"""The number not known, lost or looked for: "aku ga tau nomor tiketnya", "lupa no tiket",
"nomor pengaduan aku ilang", "nomor tiketnya dimana", "I don't know my ticket number"."""


def asks(text: str) -> bool:
    return bool(ASKS.search(" ".join(text.lower().split())))


def answer(turn: FlowTurn) -> list[Outbound]:
    """Where the number is, with linking this chat (when not linked), a new complaint and a
    person."""
    buttons = []
    if turn.session.participant_id is None:
        buttons.append(turn.button("link_account.start", link_payload("intent:complaint_status")))
    buttons.append(turn.button("intents.complaint", "intent:complaint"))
    buttons.append(turn.button("common.talk_to_person", controls.HUMAN))
    return [turn.reply("ticket_number.where", *buttons, turn.menu_button())]


__all__ = ["ASKS", "answer", "asks"]
