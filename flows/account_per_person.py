"""One email or account for two people ("aku sama suami mau daftar barengan, boleh 1 email buat
berdua?"): no, one email is one Prakerja account, and every participant registers with their
own (DOMAIN.md "Registration steps": account with email, the NIK, one's own face check).
Before: "selection is not first come, first served" (read as registering together)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_ACCOUNT = r"(?:e-?mail|akun|account|surel|gmail)"
_TWO = (
    r"(?:berdua|bertiga|berempat|2 orang|dua orang|2 org|dua org|bareng\w*|sekeluarga|semua|"
    r"kami|kita|both|two (?:people|persons)|2 people|us|aku dan \w+|saya dan \w+|"
    r"aku (?:sama|sm|ama) \w+|saya (?:sama|sm|ama) \w+)"
)
_SHARED = re.compile(
    rf"\b(?:1|satu|se|one|a single|the same)\s*{_ACCOUNT}\b.{{0,30}}?\b(?:buat|untuk|utk|bwt|for|"
    rf"dipake|dipakai|dipakek|dipake buat|bagi)\s+{_TWO}"
    rf"|\b{_ACCOUNT}\s*(?:nya\s+)?(?:yg|yang|yng)\s+sama\b"
    rf"|\b(?:share|sharing|berbagi|barengan|bareng)\s+(?:\w+\s+)?{_ACCOUNT}\b"
    rf"|\b{_ACCOUNT}\s+(?:\w+\s+)?(?:barengan|bareng|berdua|dipake berdua|dipakai berdua)\b"
)
"""One email or account shared ("1 email buat berdua", "email yang sama", "akun barengan")."""
_OTHER_PERSON = re.compile(
    r"\b(?:berdua|bertiga|bareng\w*|suami|istri|adik|adek|kakak|ortu|orang ?tua|ibu|bapak|ayah|"
    r"mama|papa|teman|temen|anak|sekeluarga|keluarga|husband|wife|both|two|2)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Each their own email and account; None for any other message."""
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    lowered = " ".join((turn.message.text or "").lower().split())
    if not (_SHARED.search(lowered) and _OTHER_PERSON.search(lowered)):
        return None
    return [turn.reply("account_per_person.one_email", turn.menu_button())]


__all__ = ["answer"]
