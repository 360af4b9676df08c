"""Registering anew asked by a linked participant in words ``flows.apply_again`` does not take
("bisa daftar ulang ga", "boleh registrasi ulang?", "bisa daftar dari awal lagi?", "can I
re-register?"): their record decides (``flows.wave_join.by_status``): revoked cannot take part
again, a beneficiary once in a lifetime, registered or not selected joins a wave from the
dashboard with no new account. Before, a revoked participant's "bisa daftar ulang ga" started
the generic eligibility check and ended "Kabar baik! ... kamu memenuhi syarat ... Mau daftar
sekarang?". None: not asked, or the chat is not linked (the eligibility check, as before)."""

from __future__ import annotations

import re

from flows import wave_join
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_ANEW = re.compile(
    r"\b(?:daftar|registrasi|regis|register|mendaftar|ikut|gabung)\w*\s+"
    r"(?:prakerja\s+|kartu\s+prakerja\s+)?(?:ulang|kembali|dari\s+(?:awal|nol))\b"
    r"|\bre-?(?:register|apply)\b|\bapply\s+(?:once\s+)?more\b"
)
"""Registering anew: "daftar ulang", "registrasi ulang", "ikut kembali", "daftar dari awal",
"re-register"; not "ganti nomor ulang" (no joining word)."""


def asks_anew(text: str) -> bool:
    """ "bisa daftar ulang ga", "boleh registrasi ulang?"."""
    lowered = text.lower()
    return bool(_ANEW.search(lowered) and wave_join.ASKS.search(lowered))


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The linked participant's own answer to registering anew; None otherwise."""
    if not asks_anew(turn.message.text or ""):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    return (yield from wave_join.by_status(turn, person))


__all__ = ["answer", "asks_anew"]
