"""A "mandiri" beside a course word is self-paced learning, not Bank Mandiri: "kalo pelatihannya
mandiri (video) jg pake redeem?" (before: "Mandiri bukan akun pencairan insentif", probe p23a
#5). Such a question about the codes is answered for self-paced courses: every purchase gives
a voucher code and a redeem code (DOMAIN.md "Training"); when a video course takes its redeem
code is the provider's to say, so that is pointed to rather than made up."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_SELF_PACED = re.compile(
    r"\b(?:(?:pelatihan\w*|kelas\w*|kursus\w*|belajar|training|course)\s+(?:\w+\s+)?mandiri|"
    r"mandiri\s*\(?\s*(?:video|lms)|video\s+(?:belajar\s+)?mandiri|(?:belajar|pelatihan) mandiri)"
)
"""Self-paced learning named ("pelatihan mandiri", "belajar mandiri", "mandiri (video)")."""
_BANK = re.compile(
    r"\b(?:bank|rekening|rek|atm|transfer|insentif\w*|incentive|cair\w*|pencairan|e-?wallet|"
    r"payout|livin)\b"
)
"""Words of the bank all the same ("rekening bank mandiri")."""
_CODES = re.compile(r"\b(?:redeem|voucher|kode|code)\w*")


def self_paced(text: str | None) -> bool:
    """Whether "mandiri" in the message means self-paced learning, not the bank."""
    lowered = " ".join((text or "").lower().split())
    return bool(_SELF_PACED.search(lowered)) and not _BANK.search(lowered)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The codes of a self-paced course asked about; None: not such a question."""
    text = turn.message.text
    if turn.message.payload is not None or not self_paced(text):
        return None
    if not _CODES.search((text or "").lower()):
        return None
    return [turn.reply("courses.self_paced_codes", turn.menu_button())]
