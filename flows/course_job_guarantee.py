"""Whether a course guarantees a job ("kalau ikut pelatihan prakerja, dijamin dapat kerja
gak?", "does the training guarantee a job?"): the programme states no such guarantee; the
certificate shows the skill learned, and a job still depends on applying and on employers.
Before, the question was searched as a course topic ('Belum ada pelatihan "dijamin"')."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_GUARANTEE = re.compile(
    r"\b(?:di)?jamin\w*|\bguarante\w*|\bpasti (?:dapat|dapet|dpt|diterima|keterima)\b"
    r"|\bsure to (?:get|find)\b"
)
_JOB = re.compile(r"\b(?:kerja\w*|pekerjaan|job|jobs|employ\w*|hired|diterima)\b")


def asks(text: str) -> bool:
    """Whether a job is asked to be guaranteed by the training or the programme."""
    lowered = " ".join(text.lower().split())
    return bool(_GUARANTEE.search(lowered) and _JOB.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The honest answer: no guarantee stated; the certificate and what to do with it."""
    if turn.message.payload is not None or not asks(turn.message.text or ""):
        return None
    return [turn.reply("courses.job_guarantee", turn.menu_button())]


__all__ = ["answer", "asks"]
