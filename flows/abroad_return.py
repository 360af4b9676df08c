"""Right after the answer on registering from abroad (``flows.registration_abroad``), coming
home asked about ("trus kalo udh pulang ke indo gmn", "kalo aku balik ke indonesia?"): the
same requirements, registering at prakerja.go.id when a wave opens, and offline courses (some
provinces) besides the online ones. Before: "Maaf, aku belum paham pesan itu"."""

from __future__ import annotations

import re

from flows.last_answer import remember, short_after
from flows.messages import Outbound
from flows.registration_abroad import TOPIC
from flows.runtime.machine import FlowTurn

MAX_WORDS = 10
_HOME = re.compile(
    r"\b(?:pulang|balik|kembali|mudik|back|return\w*|come home|go home)\b"
    r"(?:\s+\w+){0,2}?\s*\b(?:indo\w*|tanah air|rumah|kampung|home|sini)\b"
    r"|\b(?:udah|udh|sudah|sdh|kalo|kalau|klo)\s+(?:di\s+)?(?:pulang|balik|indo\w*)\b"
)
"""Coming home named ("pulang ke indo", "balik ke indonesia", "udah di indo", "back home")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The requirements and the way to register once home; else None."""
    text = short_after(turn, TOPIC, MAX_WORDS)
    if text is None or not _HOME.search(text):
        return None
    remember(turn, TOPIC)  # "nomor aku masih nomor malaysia" next: still the abroad answers
    check = turn.button("menu.eligibility", "flow:eligibility")
    facts = turn.ctx.programme.facts()
    return [turn.reply("registration_abroad.home", check, turn.menu_button(), **facts)]


__all__ = ["answer"]
