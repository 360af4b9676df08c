"""One's own Kartu Prakerja number asked ("kartu prakerja aku nomornya brp", "nomor kartu
prakerja ku apa", "what's my prakerja card number"): it is shown in the Prakerja dashboard after
logging in, never in the chat (the records keep no card number, and one typed by a user is
masked: ``flows.safety``), and it is never to be given to anyone, nor an OTP. Where one is in
the programme decides the answer: past selection it is in the dashboard (once the induction
videos are watched), before it appears only after being selected (DOMAIN.md "Registration
steps"), a revoked card is no longer usable. A family card's or an ID card's number is another
question (``my_details``, ``registration_help``)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.runtime.machine import FlowTurn
from flows.turn import Message

_NUMBER = r"(?:no\.?|nomor|nomer|nmr|nomr|number)"
_CARD = re.compile(
    rf"\b{_NUMBER}\w*\s+(?:\w+\s+)?(?:kartu|card)\b"
    rf"|\bkartu\s+prakerja\w*\b(?:\s+\w+){{0,3}}?\s+{_NUMBER}\w*"
    r"|\b(?:prakerja\s+)?card\s+(?:number|no\b)"
)
"""The card's number named: "nomor kartu prakerja", "kartu prakerja aku nomornya", "my card
number"."""
_OWN = r"(?:\s*ku|\s+(?:aku|ak|saya|sy|gue|gw|gua))"
_WHERE_CARD = re.compile(
    rf"\bkartu\s+prakerja{_OWN}\b.{{0,20}}\b(?:mana|dimana|liat|lihat|cek)\b"
    rf"|\b(?:mana|dimana|di mana|liat|lihat|cek)\b.{{0,15}}\bkartu\s+prakerja{_OWN}\b"
    r"|\bwhere\b.{0,30}\bmy\s+(?:prakerja\s+)?card\b"
)
"""One's own card asked for where it is ("kartu prakerja ku mana ya", "where's my prakerja
card"): it is the number in the dashboard."""
_OTHER_CARD = re.compile(
    r"\b(?:keluarga|kk|family|ktp|e-?ktp|identitas|identity|id card|atm|kredit|credit|debit|"
    r"nik|sim|npwp|bpjs)\b"
)
"""Another card: a family card (KK), an ID card, a bank card."""
_ASKED = re.compile(
    r"\b(?:berapa|brp|brapa|apa|apaan|mana|dimana|liat|lihat|cek|tau|tahu|lupa|cari|ketemu|"
    r"nemu|muncul|what|what'?s|where|which|find|see|check|forgot|get)\b|\?"
)
_PROBLEM = re.compile(
    r"\b(?:bayar|beli|checkout|pembayaran|pay|payment|invalid|valid|salah|ditolak|error|gagal|"
    r"dicuri|bocor|diblokir|blokir|ganti|palsu|fake|stolen|wrong|declined|daftar|mendaftar|"
    r"register|apply)\b"
)
"""A purchase's error, a card misused, or registering: their own answers, not where the
number is."""
_DIGITS = re.compile(r"\d{4}")
"""A number typed: a card number sent, warned about (``flows.safety``), not asked for."""


def asks(message: Message) -> bool:
    """Where one's own Kartu Prakerja number is, or what it is."""
    said = " ".join((message.text or "").lower().split())
    named = _CARD.search(said) or _WHERE_CARD.search(said)
    if not named or _OTHER_CARD.search(said) or _PROBLEM.search(said):
        return False
    return bool(_ASKED.search(said)) and not _DIGITS.search(said)


_KEYS = {"selected": "selected", "enrolled": "shown", "completed": "shown",
         "registered": "not_yet", "applied": "not_yet", "not_selected": "not_yet",
         "revoked": "revoked"}  # fmt: skip
"""The answer for each participant status (any other, or no account: ``general``)."""


def answer(turn: FlowTurn) -> Answer:
    """Where the card number is, for where the participant is in the programme (a chat not
    linked: where it appears, in general)."""
    person = yield from participant(turn)
    key = _KEYS.get(person.status, "general") if person is not None else "general"
    lines = (turn.say(f"my_card.{key}"), turn.say("my_card.never_share"))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


__all__ = ["answer", "asks"]
