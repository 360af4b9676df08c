"""Side questions about the programme typed at a question of the eligibility check, answered as
they are outside it, then the question asked again (``flows.eligibility_asides``). Before, each
got "Hmm, I didn't catch that answer" and the question again:

- only once? ("cuma sekali ya?", "only once?" after "boleh ikut lagi ga?" started the check):
  every wave until selected, then never again (``registration_help.how_often``, as
  ``flows.answer_checks`` answers it after an answer; DOMAIN.md "Eligibility": once in a
  lifetime);
- working or living abroad ("aku tkw di taiwan", "aku kerja di malaysia"), said of oneself:
  the rules name no place of residence, and what matters in practice
  (``registration_abroad.answer``, as ``flows.registration_abroad`` answers it outside the
  check). Not when the question reads the message as its answer, nor a relative's ("suamiku
  kerja di malaysia": ``flows.eligibility_asides``);
- a course without travelling ("ada pelatihan yang bisa diikuti tanpa harus datang ke
  lokasi?"): the modes (``kb.training_modes``: webinar and self-paced are online)."""

from __future__ import annotations

import re

from flows import disability_help, situation_asks
from flows.answer_checks import ONCE, asks
from flows.eligibility_jobs import job, relatives_received
from flows.eligibility_relatives import KIN
from flows.registration_abroad import abroad
from flows.result import Valid
from flows.runtime.machine import FlowTurn, State

_ONLY = re.compile(
    r"\?|\b(?:cuma|cm|cmn|cman|hanya|hny|doang|only|just|seumur hidup|lifetime|ever)\b"
)
"""A question ("cuma sekali?", "sekali seumur hidup?"), not an answer told ("dapet sekali" to
"have you received Prakerja before?")."""
_WORKING = re.compile(
    r"\b(?:sudah|udah|udh|uda|dah|sdh|lagi|lg|masih|msh|sedang|sdg)\s+(?:be)?k(?:e)?rja\b"
)
"""Already working, typos too ("udh krja")."""
_MAY = re.compile(r"\?|\b(?:boleh|blh|bole|bisa|bs|bsa)\b")
"""Asked whether one may ("blh ga", "bisa?")."""
_REMOTE = re.compile(
    r"\b(?:tanpa (?:harus |perlu )?(?:datang|dateng|hadir|ke lokasi|ke tempat|keluar rumah)|"
    r"(?:ga|gak|gk|tidak|tdk|nggak|ngga) (?:usah|perlu|harus) (?:datang|dateng|ke lokasi)|"
    r"dari rumah|online|daring|jarak jauh|from home|remote\w*)\b"
)
_COURSE = re.compile(r"\b(?:pelatihan\w*|kursus|kelas|course\w*|training\w*)\b")
"""A course one may follow without travelling asked about: the modes (webinar, self-paced)."""


def said(turn: FlowTurn, state: State, lowered: str) -> str | None:
    """The answer to such a side question at the pending ``state``, else None."""
    if asks(ONCE, lowered) and _ONLY.search(lowered):
        return turn.say("registration_help.how_often")
    if abroad(lowered) and not KIN.search(lowered) and not _read(turn, state):
        return turn.say("registration_abroad.answer", **turn.ctx.programme.facts())
    if _asks_working(state, lowered) and not _read(turn, state):  # "klo udh krja blh ga"
        return turn.say("eligibility.note.employed")
    if _REMOTE.search(lowered) and _COURSE.search(lowered) and _MAY.search(lowered):
        return turn.say("kb.training_modes")  # "ada pelatihan tanpa harus datang ke lokasi?"
    if _relative_received(state, lowered):  # "suami saya sudah pernah dapat, saya masih bisa?"
        return turn.say("situation_asks.relative_received", **turn.ctx.programme.facts())
    if situation_asks.asks_priority(lowered):  # "apakah korban PHK diprioritaskan?": random
        return turn.say("situation_asks.priority")
    return disability_help.line(turn, lowered)  # "gak bisa liat kamera", "dibantu keluarga?"


def _asks_working(state: State, lowered: str) -> bool:
    """Whether one already working may join, asked of oneself away from the job question."""
    if state.slot is None or state.slot.name == "occupation" or KIN.search(lowered):
        return False
    if job(lowered) not in (None, "none"):  # "udh kerja jadi pns blh ga": the check's verdict
        return False
    return bool(_WORKING.search(lowered) and _MAY.search(lowered))


def _relative_received(state: State, lowered: str) -> bool:
    """A relative's receipt told with a question of one's own chances, away from the questions
    that read it as their answer (received before, the card's count)."""
    if state.slot is not None and state.slot.name in ("previous", "kk_count"):
        return False
    return relatives_received(lowered) not in (0, None) and bool(_MAY.search(lowered))


def _read(turn: FlowTurn, state: State) -> bool:
    """The pending question reads the message as its answer ("aku 30 thn, kerja di malaysia");
    tried on a copy of the answers, which the runner fills when it reads it."""
    if state.slot is None or state.slot.validate is None:
        return False
    found = state.slot.validate(turn.message, dict(turn.slots), turn.ctx)
    return isinstance(found, Valid)


__all__ = ["said"]
