"""Registering now to be 18 by the wave ("kalau daftar sekarang terus pas gabung gelombang udah
18?") right after a "too young" verdict for the user: not the registration's consent (the NLU
reads register), but the verdict repeated: register after turning 18. When the age is counted
(at registering, joining a wave or the announcement) is not in DOMAIN.md: said so, no promise."""

from __future__ import annotations

import re

from flows import eligibility_minor
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_NOW = re.compile(
    r"\b(?:daftar|mendaftar|register|registrasi|sign up)\w*\s+(?:\w+\s+){0,2}?(?:sekarang|skrg|"
    r"skg|sekarng|duluan|dulu|dlu|now|first|early|today)\b"
    r"|\b(?:sekarang|skrg|now)\s+(?:\w+\s+)?(?:daftar|register)\w*\b"
)
_LATER = re.compile(r"\b(?:gabung|gelombang|wave|pengumuman|join|nanti|udah|sudah|pas)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Right after one's own "too young" verdict, registering now asked: after turning 18."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if not eligibility_minor.recent(turn):
        return None
    lowered = " ".join((message.text or "").lower().split())
    if not (_NOW.search(lowered) and _LATER.search(lowered)):
        return None
    least = turn.ctx.programme.min_age
    waves = turn.button("menu.waves", "topic:waves")
    return [turn.reply("eligibility_minor_early.wait", waves, turn.menu_button(), min_age=least)]


__all__ = ["answer"]
