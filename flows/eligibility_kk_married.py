"""Which family card (KK) to register with after marrying or moving out ("aku baru nikah, KK
masih ikut ortu. pas daftar pake no KK yg mana?"): the card one is listed on now at Dukcapil
(the NIK, KK number and date of birth are checked together; DOMAIN.md "Registration steps"),
and the quota counts on that card. Before: what a KK number is ("16 angka di bagian atas")."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_CARD = r"(?:kk|kartu keluarga|no\.? ?kk|nomor kk|nomer kk|family card)"
_WHICH = re.compile(
    rf"\b{_CARD}\b.{{0,25}}?\b(?:yg|yang|yng)\s+mana\b"
    rf"|\b(?:pake|pakai|pakek|gunain|gunakan|isi|masukin)\s+{_CARD}\s+(?:siapa|yg mana|yang mana|"
    r"ortu|orang ?tua|suami|istri|mertua|lama|baru)\b"
    rf"|\b{_CARD}\s+(?:ortu|orang ?tua|suami|istri|mertua|lama)\s+(?:atau|ato|apa|or)\b"
    rf"|\bwhich {_CARD}\b"
)
"""Which card is asked ("pake no KK yg mana", "kk ortu atau kk suami?", "which KK")."""
_MOVED = re.compile(
    r"\b(?:nikah|menikah|nikahan|married|suami|istri|pisah|pecah|pindah|numpang|"
    r"ikut (?:ortu|orang ?tua|mertua|suami|istri)|masih (?:ikut|di|gabung)|kk baru|"
    r"belum (?:ganti|pindah|pecah))\b"
)
"""A change of family told ("baru nikah", "KK masih ikut ortu", "belum pecah KK")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The card to use; None for any other message."""
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    lowered = " ".join((turn.message.text or "").lower().split())
    if not (_WHICH.search(lowered) and _MOVED.search(lowered)):
        return None
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    return [turn.reply("kk_married.which", turn.menu_button(), max_per_kk=per_kk)]


__all__ = ["answer"]
