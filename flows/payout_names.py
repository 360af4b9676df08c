"""A shortened name on the payout account ("nama di rekening M. Rizky, di KTP Muhammad Rizky,
gpp?", "nama di akun dana aku pake singkatan"): the owner's name must be the name on the KTP
(DOMAIN.md, Incentives: paid to an account "in the participant's own name"; a "name/NIK
mismatch with the account" makes it fail), so a shortened one may fail too, and how to put it
right. Before, such a question got the general answer on where incentives go."""

from __future__ import annotations

import re

from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

_SHORTENED = re.compile(
    r"\b(?:singkat\w*|disingkat\w*|penyingkatan|inisial\w*|abbreviat\w*|initials?|shortened|"
    r"short name)\b"
)
_INITIAL = re.compile(r"(?<![\w.])[a-z]{1,3}\.\s?[a-z]{2,}")
"""A name with an initial: "M. Rizky", "Moh. Rizky" (not the "n. budi" of "a.n. budi")."""
_NAME = re.compile(r"\b(?:nama\w*|names?)\b")
_KTP = re.compile(r"\b(?:e-?ktp\w*|ktp\w*|id card|identity card)\b")
_ACCOUNT = re.compile(
    r"\b(?:rekening\w*|rek|bank|e-?wallet\w*|ewallet\w*|bni|bca|ovo\w*|gopay\w*|go-pay|dana|"
    r"linkaja\w*|link aja|account)\b"
)
_SHORT_NAME = re.compile(r"(?<![\w.])([A-Z][a-z]{0,2}\.\s?[A-Z][a-z]+(?:\s[A-Z][a-z]+)*)")
_FULL_NAME = re.compile(
    r"\b(?:e-?ktp|ktp|KTP|e-KTP)\w*\s+(?:(?:aku|saya|ku|nya|tertulis|ditulis|tulisannya)\s+)?"
    r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)+)"
)


def is_shortened(lowered: str) -> bool:
    """The payout account's name said to be a shortened form of the KTP's."""
    if not (_NAME.search(lowered) and _ACCOUNT.search(lowered)):
        return False
    return bool(_SHORTENED.search(lowered) or (_INITIAL.search(lowered) and _KTP.search(lowered)))


def answer(turn: FlowTurn, report: Button) -> list[Outbound]:
    """Make the names the same first, and the ways to; the names quoted when both were given."""
    text = turn.message.text or ""
    short, full = _SHORT_NAME.search(text), _FULL_NAME.search(text)
    names = ""
    if short is not None and full is not None:
        names = turn.say("kb.payout_name_short_names", short=short.group(1), full=full.group(1))
    return [turn.reply("kb.payout_name_short", report, turn.menu_button(), names=names)]


__all__ = ["answer", "is_shortened"]
