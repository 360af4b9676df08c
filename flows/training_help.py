"""Questions about taking a training, answered from the FAQ facts instead of starting a course
search or missing: the difference between the modes ("apa bedanya webinar sama self paced"),
changing a training already bought ("bisa ganti pelatihan yang udah dibeli?") and where a
webinar's link is ("link zoom webinar nya mana")."""

from __future__ import annotations

import re

from flows import my_data
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

INTENTS = (
    "inform", "course_search", "redeem_code", "help", "out_of_scope", "training_balance",
    "certificate",
)  # fmt: skip
"""The intents such a message is read as (a complaint stays a complaint)."""

_MODE = r"(?:webinar|self.?paced|mandiri|luring|offline|daring|online|tatap muka)"
_MODES_DIFFER = re.compile(
    rf"\b(?:beda\w*|perbedaan|difference|versus|vs)\b.{{0,40}}{_MODE}|{_MODE}.{{0,40}}"
    r"\b(?:beda\w*|bedanya|difference)\b"
)
_COURSE = r"(?:pelatihan|kelas|kursus|training|course)\w*"
_BOUGHT = (
    r"(?<!belum )(?<!blm )(?<!not )(?:dibeli|udah beli|sudah beli|udh beli|terbeli|bought|"
    r"purchased)"
)  # "sebelum dibeli" / "belum dibeli" is a choice still open, not a training bought
_CHANGE_BOUGHT = re.compile(
    rf"\b(?:ganti|tukar|batal\w*|refund|cancel)\b.{{0,40}}{_COURSE}.{{0,40}}{_BOUGHT}"
    rf"|{_COURSE}.{{0,40}}{_BOUGHT}.{{0,40}}\b(?:ganti|tukar|batal\w*|refund|cancel)"
    rf"|\b(?:salah|keliru|ga sengaja|gak sengaja|tidak sengaja) (?:beli|pilih|membeli)\b"
    rf"|\b(?:beli|membeli|bought)\b.{{0,30}}\b(?:yg|yang|the) (?:salah|keliru|wrong)\b"
    rf"|\brefund\w*\b.{{0,40}}{_COURSE}|{_COURSE}.{{0,40}}\brefund"
)
_WEBINAR_LINK = re.compile(
    r"\b(?:link|tautan|zoom|gmeet|google meet)\b.{0,40}\b(?:webinar|kelas|pelatihan|zoom)"
    r"|\bwebinar\w*\b.{0,40}\b(?:link|tautan|zoom)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    lowered = (turn.message.text or "").lower()
    if _MODES_DIFFER.search(lowered):
        search = turn.button("menu.courses", "flow:course_choice")
        return [turn.reply("kb.training_modes", search, turn.menu_button())]
    if _CHANGE_BOUGHT.search(lowered):
        report = my_data.file_complaint(turn)
        return [turn.reply("kb.training_change", report, turn.menu_button())]
    if _WEBINAR_LINK.search(lowered):
        return [turn.reply("kb.webinar_link", turn.menu_button(), **turn.ctx.programme.facts())]
    return None
