"""Selection asked about in so many words, read before the NLU's intent (which reads "oh jadi
harus lolos dulu ya" as goodbye and "lolosnya gimana biar pasti" as one's own status):

- "oh jadi harus lolos dulu ya", "so I have to be selected first?": yes, the balance, a course
  (and its voucher and redeem codes) and the incentive all come after selection (DOMAIN.md
  "Registration steps"), with the steps to register one tap away (before: "Sampai jumpa!");
- "lolosnya gimana biar pasti", "tips biar keterima", "how do I make sure I get selected":
  nothing guarantees it, selection among eligible applicants is random (``selection.odds``;
  before: when results are announced)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_SELECTED = r"(?:lolos\w*|lulus seleksi|diterima|keterima|terpilih|kepilih|selected|accepted)"
_MUST_FIRST = re.compile(
    rf"\b(?:harus|hrs|mesti|musti|perlu|wajib|kudu)\s+(?:di\s*)?{_SELECTED}\s+(?:dulu|dahulu|dlu)\b"
    rf"|\b(?:have to|must|need to) be {_SELECTED} first\b"
)
"""Having to be selected first, said back ("oh jadi harus lolos dulu ya")."""
_MADE_SURE = re.compile(
    rf"\b{_SELECTED}\b.{{0,20}}\b(?:biar|supaya|agar|spy|biar bisa)\s+(?:pasti|aman|100)"
    rf"|\b(?:biar|supaya|agar|spy)\s+(?:pasti|cepet|cepat|langsung)\s*{_SELECTED}\b"
    rf"|\b(?:tips|trik|rahasia|jaminan|dijamin|jamin)\b.{{0,20}}\b{_SELECTED}\b"
    rf"|\b{_SELECTED}\b.{{0,20}}\b(?:dijamin|jaminan|tips|trik|rahasia\w*)\b"
    rf"|\b(?:make sure|guarantee\w*|sure to)\b.{{0,20}}\b(?:get |be )?{_SELECTED}\b"
)
"""How to be sure of being selected ("lolosnya gimana biar pasti", "tips biar keterima");
not "gimana biar lolos", which ``flows.registration_help`` answers with the check one tap away."""
_PAID = re.compile(
    r"\b(?:bayar\w*|dibayar|duit|uang|rb|ribu|juta|jt|rp\w*|pay\w*|joki|calo|ordal|orang dalam|"
    r"tawar\w*|nawarin|offer\w*|jasa)\b|\d"
)
"""Money or a service named ("bayar 500rb biar pasti lolos"): a fraud warning's, not this."""
_MAX_WORDS = 12


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Yes, selection comes first; or nothing guarantees it; else None."""
    said = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not said or len(said.split()) > _MAX_WORDS:
        return None
    if _MADE_SURE.search(said) and not _PAID.search(said):  # a paid offer: the fraud answer
        return [turn.reply("selection.odds", turn.menu_button())]
    if _MUST_FIRST.search(said):
        steps = turn.button("menu.register", "topic:register")
        return [turn.reply("selection_first.confirmed", steps, turn.menu_button())]
    return None


__all__ = ["answer"]
