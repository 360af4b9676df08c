"""How long a course takes, asked in general ("brp lama pelatihannya", "pelatihan prakerja
berapa lama sih", "how long is the training"): the current rules' minimum hours per course,
and that each course's length is shown in its details (DOMAIN.md eras table: at least 15
hours per course in 2023–2024), whatever the NLU read. Before, "oh harus selesai dulu ya. brp
lama pelatihannya" (read as benefits) got the benefits tables of both eras. A course just
shown is answered about itself first (``flows.course_asides``, earlier in the chain)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import training_device
from flows.course_followups import course_hours
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_TRAINING = r"(?:pelatihan|pelatihanya|kursus|kelas|training|course|belajar)\w*"
_LENGTH = re.compile(
    rf"\b(?:berapa|brp|brapa|bbrp) (?:lama|lma)\s+(?:\w+\s+){{0,2}}?{_TRAINING}\b"
    rf"|\b{_TRAINING}\s+(?:\w+\s+){{0,2}}?(?:berapa|brp|brapa|bbrp) (?:lama|lma)\b"
    rf"|\b(?:lama|durasi)\s+{_TRAINING}\s+(?:\w+\s+)?(?:berapa|brp|brapa|bbrp)\b"
    rf"|\bhow long (?:is|are|does|do|will)\s+(?:\w+\s+){{0,2}}?{_TRAINING}\b"
)
"""The length of the training asked: "brp lama pelatihannya", "pelatihannya berapa lama"."""
_NOT_LENGTH = re.compile(
    r"\b(?:beli\w*|membeli|batas\w*|deadline|hangus\w*|dicabut|sertifikat\w*|certificate\w*|"
    r"insentif\w*|incentive\w*|cair\w*|saldo\w*|balance|redeem|voucher|rating|ulasan|buy\w*|"
    r"nunggu|menunggu|tunggu|wait\w*|pengumuman|daftar\w*)\b"
)
"""A wait or deadline around the training, not its length."""


def asks_length(text: str) -> bool:
    """Whether ``text`` asks how long a course runs."""
    lowered = text.lower()
    return bool(_LENGTH.search(lowered)) and not _NOT_LENGTH.search(lowered)


_ASIDES = frozenset({"inform", "thanks", "greet"})
"""Parts that ask nothing ("aku kerja shift"): the length question beside them is answered."""
_BUSY = re.compile(
    r"\b(?:shift|sif|kerja|bekerja|kerjaan|sibuk|waktu\w*|jadwal\w*|malam|malem|busy|work\w*)\b"
)
"""Little time said beside the question ("aku kerja shift"): self-paced courses fit."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The minimum hours per course (and, for little time, that self-paced courses can be
    followed any time); a device question ("aku gak punya laptop cuma hp"): no laptop needed
    (``flows.training_device``); else None."""
    device = training_device.answer(turn)
    if device is not None:
        return device
    asked = [part for part in turn.message.parts if part[1] not in _ASIDES]
    if len(asked) > 1:
        return None  # several questions: each answered (``flows.several_questions``)
    text = turn.message.text or ""
    if turn.message.payload is not None or not asks_length(text):
        return None
    hours = course_hours(turn)
    if not _BUSY.search(text.lower()):
        return [hours]
    return [replace(hours, text=hours.text + "\n" + turn.say("training_length.busy"))]


__all__ = ["answer", "asks_length"]
