"""Account messages the NLU reads as registering (or the eligibility check): a story that ends
in a blocked account ("... sepupu aku buat daftarin prakerja ... sekarang akunnya diblokir
katanya pake aplikasi pihak ketiga. aku harus gimana", register 0.77: the registration steps
came back) and erasing the account asked ("gmn cara hapus akun prakerja", register 0.69: "Cara
daftar"). The first is the blocked account's answer (``flows.account_help.blocked``), the
second the erasure's (``delete_my_data``: its warning and confirmation, which "ga jadi, cuma
nanya" takes back)."""

from __future__ import annotations

import re

from flows import account_help
from flows.account_kept import asks as asks_if_kept
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Message

MISREAD = frozenset({"register", "check_eligibility", "registration_status", "help", "inform"})
"""Readings such a message gets."""
_BLOCKED = re.compile(
    r"\b(?:akun|account)\w*(?:\s+(?:prakerja|aku|saya|gw|gue|ku|my|nya|dia))*\s+(?:\w+\s+){0,2}?"
    r"(?:diblokir|terblokir|ke ?blokir|kena blokir|dibekukan|dinonaktifkan|blocked|suspended)\b"
)
"""The account said blocked: "akunnya diblokir", "akun aku udah diblokir", "my account was
blocked"."""
_WOULD = re.compile(r"\b(?:kalau|kalo|klo|kl|apakah|bisa ga|bisa gak|if|would|will|could)\b")
"""A what-if ("kalo pake aplikasi pihak ketiga akunnya diblokir ga?"): asked, not told."""
_ERASE = re.compile(
    r"\b(?:hapus|menghapus|ngapus|dihapus|delete|deleting|erase|tutup|menutup|nutup|close)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:akun|account|data)\w*\b"
)
"""Erasing the account or its data: "cara hapus akun prakerja", "how to delete my account"."""


def blocked_story(message: Message) -> bool:
    """A message (read as registering) telling that the account is blocked."""
    text = " ".join((message.text or "").lower().split())
    if message.intent not in MISREAD or not _BLOCKED.search(text):
        return False
    return not _WOULD.search(text[: _BLOCKED.search(text).start()])  # type: ignore[union-attr]


def erase_asked(message: Message) -> bool:
    """A message (read as registering) asking to erase the account or its data; not whether the
    programme deletes it (``flows.account_kept``)."""
    text = " ".join((message.text or "").lower().split())
    return message.intent in MISREAD and bool(_ERASE.search(text)) and not asks_if_kept(message)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The blocked account's answer, or the erasure started, for such a message; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if len(message.parts) < 2 and blocked_story(message):
        return account_help.blocked(turn)
    if erase_asked(message):
        from flows.route_intent import on_intent  # here: the routes import this module

        return (yield from on_intent(turn, "delete_my_data"))
    return None


__all__ = ["MISREAD", "answer", "blocked_story", "erase_asked"]
