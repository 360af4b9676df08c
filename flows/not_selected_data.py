"""Whether one's data is why one is not selected ("apa ada yg salah sama data aku?" right after
the not-selected answer, read as a request to delete one's data): it may be (a NIK or KK number
not matching Dukcapil, a NIK flagged at another institution) or the quota; the reason is in
Riwayat Gelombang, and the data must match Dukcapil."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

ASKS_DATA = re.compile(
    r"\b(?:data\w*|nik|kk|ktp|dukcapil|biodata|identitas|details?|information)\b"
)
"""The data named ("data aku salah?", "nik aku bermasalah ga?", "is my data wrong?")."""


def answer(turn: FlowTurn) -> list[Outbound]:
    """Data may be the reason, or the quota: where to see which, and what to check."""
    return [turn.reply("not_selected.data", turn.menu_button())]


__all__ = ["ASKS_DATA", "answer"]
