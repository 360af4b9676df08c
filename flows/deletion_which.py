"""Which data an erasure takes, asked while it waits on its question without a question mark
("data yg mana aja yg kehapus", "apa aja yang dihapus"): before, "aku belum menangkap" and
the warning again. The answer is the step's own one (``invalid.deletion_what``, given by the
step itself when the question has its mark: ``flows.account``), then the question again
(``flows.data_rights_flow``): one answer for one question."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.yes_no import asks_back

MAX_WORDS = 12
_WHICH = re.compile(
    r"\b(?:apa|apa\s+aja|apa\s+saja|apaan|mana|yg\s+mana|yang\s+mana|mana\s+aja|mana\s+saja|"
    r"what|which)\b"
)
_ERASED = re.compile(
    r"\b(?:\w*hapus\w*|kehapus|terhapus|ilang|hilang|erase\w*|delete\w*|gone|removed?)\b"
)
_DATA = re.compile(r"\b(?:data\w*|yg|yang|info\w*|what|which)\b")


def answer(turn: FlowTurn) -> Outbound | None:
    """What erasing takes and keeps, for a question which data goes; else None."""
    said = " ".join((turn.message.text or "").lower().split())
    if asks_back(said):  # "yg dihapus apa aja?": the step's own check answers it
        return None
    if len(said.split()) > MAX_WORDS or not (_WHICH.search(said) and _ERASED.search(said)):
        return None
    if not _DATA.search(said):
        return None
    return Outbound(turn.say("invalid.deletion_what"))


__all__ = ["answer"]
