"""Relatives named as the card's recipients at the family-card (KK) question: "istri udh
dapet", "baru adik aku yg dapet", "yg dapet cuma kakak". Each relative named counts as one
recipient (two named, two); a number beside them ("di kk kami ber 4", "di kk ada 6 orang") is
the family's size, never a count of recipients.
"""

from __future__ import annotations

import re

from flows import eligibility_kk
from flows.eligibility_jobs import relatives_received

_KIN = (
    r"(?:suami|istri|bini|mertua|ayah|bapak|bapa|bokap|ibu|ibuk|emak|mama|mamah|mamak|papa|"
    r"papah|nyokap|kakak|kaka|abang|adik|adek|anak|saudara|sodara|paman|om|tante|bibi|kakek|"
    r"nenek|sepupu|keponakan|ponakan|husband|wife|father|dad|mother|mom|brother|sister|son|"
    r"daughter|cousin)"
)
_ONE = rf"(?:my\s+)?{_KIN}(?:ku|nya)?(?:\s+(?:saya|aku|sy|gw|gue|gua|ane))?"
_GROUP = rf"{_ONE}(?:\s*(?:,|&|\+|sama|sm|ama|dan|dn|and)\s*{_ONE})*"
_VERB = r"(?:dapat|dapet|dpt|dapt|terima|nerima|menerima|lolos|keterima|penerima)"
_DONE = r"(?:(?:sudah|udah|udh|sdh|dah|pernah|prnh)\s+)*"
_ONLY = r"(?:(?:baru|cuma|cuman|cm|hanya|itu|tuh|ya|ada|adalah)\s+)*"
_WHO = re.compile(
    rf"\b(?P<kin>{_GROUP})\s+(?:yang|yg)\s+{_DONE}{_VERB}\w*"
    rf"|\b(?:yang|yg)\s+{_DONE}{_VERB}\w*\s+(?:(?:kartu\s+)?prakerja\s+)?{_ONLY}(?P<after>{_GROUP})\b"
)
"""Relatives named as the ones who received it ("adik aku yg dapet", "yg dapet baru kakak")."""
_SELF = re.compile(r"\b(?:aku|saya|sy|gw|gue|gua|i)\s*(?:,|&|\+|sama|sm|ama|dan|dn|and)\s*$")


def named(lowered: str) -> int | None:
    """How many relatives the message names as having received Prakerja, on the user's card;
    None when it names none, a number it does not tell ("ortu udh dapet"), the user among
    them, or another card ("kakak udh dapet tapi beda kk")."""
    if eligibility_kk.other_card(lowered):
        return None
    counted = relatives_received(lowered)
    if counted is not None and counted > 0:
        return counted
    if counted is None:
        return None  # "aku sama kakak udh dapet": the user's own receipt
    found = _WHO.search(lowered)
    if found is None or _SELF.search(lowered[: found.start()]):
        return None
    group = found.group("kin") or found.group("after")
    return len(re.findall(rf"\b{_KIN}(?:ku|nya)?\b", group)) or None


__all__ = ["named"]
