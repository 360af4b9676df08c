"""A hardship told with the incentive's question or complaint ("min sy tuh udh nunggu
berbulan2, anak sy sakit butuh uang, insentif kok gagal terus sih kesel bgt"): a short word of
understanding before the record and its fix. Probe p22b #33: the schedule alone, nothing heard.
The answer itself stays the incentive's (``route_intent``), whatever it says."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step

_HARDSHIP = re.compile(
    r"\b(?:sakit|butuh\s+(?:uang|duit|biaya|banget)|lagi\s+susah|susah\s+bgt|darurat|kesel\w*|"
    r"kesal|sebel|capek|cape|sedih|stres\w*|nganggur|ga\s+ada\s+(?:uang|duit)|gak\s+ada\s+(?:uang|"
    r"duit)|buat\s+makan|bayar\s+(?:utang|hutang|kontrakan|sekolah))\b"
)
_INCENTIVE = re.compile(r"\b(?:insentif\w*|intensif\w*|cair\w*|pencairan)\b")
_READINGS = ("incentive_status", "complaint")


def answer(
    turn: FlowTurn, on_intent: Callable[[FlowTurn, str], Step]
) -> Ask[list[Outbound] | None]:
    """The incentive's answer with the hardship heard first; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if turn.session.participant_id is None or message.intent not in _READINGS:
        return None
    text = " ".join((message.text or "").lower().split())
    if not _HARDSHIP.search(text) or not _INCENTIVE.search(text):
        return None
    replies = yield from on_intent(turn, "incentive_status")
    if not replies or turn.session.flow is not None:
        return replies
    heard = turn.say("hardship_heard.heard")
    return [replace(replies[0], text=f"{heard}\n{replies[0].text}"), *replies[1:]]


__all__ = ["answer"]
