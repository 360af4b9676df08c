"""Three questions about waves that the schedule does not answer (was the open wave's dates, or
"belum paham"):

- joining two waves at once ("bisa ikut 2 gelombang sekaligus ga"): waves open one after
  another and one joins the wave that is open; a participant not selected joins the next one
  (reference/prakerja_faq_facts.yml, "Apa itu gelombang ...": "Gabung Gelombang", no data
  entered again);
- where the wave history is ("riwayat gelombang dimana"): the dashboard's Riwayat Gelombang;
- leaving a wave one joined ("kalo mau keluar dari gelombang ini gmn"): the sources say nothing
  of a way to withdraw, so no steps are invented; what is known is said (a participant selected
  who buys no course before the deadline is revoked and cannot join the programme again:
  DOMAIN.md "Registration steps", ``flows.wave_join``), and a person is one tap away."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

_WAVE = r"(?:gelombang|gel|waves?)"
_TWO_AT_ONCE = re.compile(
    rf"\b(?:2|dua|two|beberapa|banyak|several|multiple|lebih dari (?:satu|1)|more than (?:one|1))"
    rf"\s+{_WAVE}\b(?!\s*(?:lalu|lalu2|kemarin|kmrn|sebelumnya|ago|before))"
    rf"|\b{_WAVE}\b.{{0,25}}\b(?:sekaligus|barengan|bersamaan|at (?:the same time|once))\b"
)
"""Two waves at once: "bisa ikut 2 gelombang sekaligus ga", "can I join two waves"; not "2
gelombang lalu" (a past wave)."""
_LEAVE = re.compile(
    r"\b(?:keluar|mundur|undur\w*|batal\w*|cancel\w*|withdraw\w*|leave|leaving|quit|cabut)"
    rf"\s+(?:\w+\s+){{0,2}}?(?:dari\s+|from\s+)?(?:the\s+|this\s+)?{_WAVE}\b"
    rf"|\b{_WAVE}\b.{{0,20}}\b(?:(?:mem|di)?batal(?:in|kan)\w*|dicancel|di cancel|cancel\w*|"
    r"mundur|keluar)\b"
)
"""Leaving a wave: "kalo mau keluar dari gelombang ini gmn", "bisa batal gabung gelombang?",
"how do I withdraw from the wave", "sudah gabung gelombang tapi ingin membatalkan"."""
_HISTORY = re.compile(
    rf"\briwayat\s+(?:{_WAVE}\w*|seleksi)\b|\b{_WAVE} history\b|\bhistory of (?:my |the )?{_WAVE}"
)
"""Where the wave history is ("riwayat gelombang itu dimana liatnya", "where is the wave
history"): the not-selected answer points there (probe p23c; before, the open wave's dates or
"Maksud kamu yang mana?")."""
_WHERE = re.compile(
    r"\b(?:dimana|di mana|dmn|mana|where|liat\w*|lihat\w*|cek|check|buka\w*|find|see|gimana|gmn|"
    r"cara\w*|how)\b"
)
_ASKS = re.compile(
    r"\?|\b(?:bisa|bs|boleh|gimana|gmn|gmna|bagaimana|cara\w*|apakah|can|could|may|how|ga|gak|"
    r"gk|nggak|kah)\b"
)
_MAX_WORDS = 20


def asks_leave(text: str) -> bool:
    """Leaving a wave asked ("sudah gabung gelombang tapi ingin membatalkan, apakah bisa?")."""
    said = " ".join(text.lower().split())
    return bool(_LEAVE.search(said) and _ASKS.search(said))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Two waves at once, or leaving a wave, asked; else None."""
    said = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not said or len(said.split()) > _MAX_WORDS:
        return None
    if _HISTORY.search(said) and _WHERE.search(said):
        return [turn.reply("wave_rules.history", turn.menu_button())]
    if not _ASKS.search(said):
        return None
    if _LEAVE.search(said):
        person = turn.button("common.talk_to_person", controls.HUMAN)
        return [turn.reply("wave_rules.leave", person, turn.menu_button())]
    if _TWO_AT_ONCE.search(said):
        return [turn.reply("wave_rules.two_at_once", turn.menu_button())]
    return None
