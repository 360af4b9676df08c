"""Joining again after not being selected, asked in words (read before the NLU's intent in
``flows.route_readers.RECORDS_AND_STEPS``, which reads them as the wave's dates or help):

- "bisa ikut lagi gelombang berikutnya?", "kalo ga kepilih gmn": yes, the account stays and the
  next wave is joined without registering again; only a former recipient cannot (DOMAIN.md
  "Eligibility": once in a lifetime), then the wave open now or next (before: the dates with no
  "Bisa"). A linked participant's status decides (``flows.apply_again``, ``flows.wave_join``);
- "trs aku harus gmn" from a not-selected participant right after a selection answer: join the
  next open wave (``my_selection.next_wave``; before: the generic menu, with the reasons'
  answer in between)."""

from __future__ import annotations

import re

from flows import my_selection
from flows.follow_up_answers import NEXT_WAVE
from flows.last_answer import remember
from flows.menu_topic_follow_ups import WAVES
from flows.messages import Outbound
from flows.my_data import participant
from flows.next_step_follow_ups import WHAT_TO_DO
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView
from flows.waves import waves_text

MAX_WORDS = 12

_AGAIN = re.compile(
    r"\b(?:bisa|bs|boleh|blh|can i|could i|may i|masih bisa)\b.{0,20}\b(?:ikut\w*|gabung\w*|"
    r"daftar\w*|join\w*|apply|coba\w*|register)\b.{0,20}\b(?:gelombang|gel|wave)\s+"
    r"(?:yang |yg )?(?:berikut\w*|selanjutnya|next|lain\w*|depan)\b"
)
"""Joining the next wave, asked ("bisa ikut lagi gelombang berikutnya?")."""
_IF_NOT = re.compile(
    r"^\W*(?:(?:trus|terus|trs|tapi|tp|and|but|so|oh|ok|oke)\W+)*(?:kalo|kalau|klo|kl|if)\s+"
    r"(?:aku\s+|saya\s+|i\s+|i'm\s+|am\s+)?(?:ga|gak|gk|g|nggak|ngga|tidak|tdk|belum|blm|not|"
    r"don'?t get|am not)\s+(?:ke|di|ter)?(?:pilih|lolos|terpilih|kepilih|selected|diterima|"
    r"keterima|accepted|chosen)\b"
)
"""Not being selected, supposed ("kalo ga kepilih gmn", "what if I'm not selected")."""


def _after_selection(turn: FlowTurn) -> bool:
    """A selection answer came within the last two messages."""
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    return "registration_status" in before[-2:]


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Yes, the next wave; or, not selected, what to do now; else None."""
    text = turn.message.words
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    supposed = bool(_IF_NOT.search(text))
    asks_again = bool(_AGAIN.search(text)) or supposed
    asks_what = bool(WHAT_TO_DO.search(text))
    if not (asks_again or asks_what):
        return None
    person: ParticipantView | None = yield from participant(turn)
    if asks_again:
        if person is not None:
            return None  # their status decides (``flows.apply_again``, ``flows.wave_join``)
        wave: str = yield from waves_text(turn.lang)
        key = "next_wave_again.if_not" if supposed else "registration_help.join_next"
        remember(turn, NEXT_WAVE)  # "otomatis ikut ga?" next: not automatic
        return [Outbound(f"{turn.say(key)}\n\n{wave}", (turn.menu_button(),))]
    if person is None or person.status != "not_selected" or not _after_selection(turn):
        return None
    remember(turn, WAVES)  # "kuotanya brp?", "tutupnya kapan?" next: that wave
    return (yield from my_selection.next_wave(turn))


__all__ = ["answer"]
