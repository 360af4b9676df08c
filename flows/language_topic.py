"""A request to switch language that also says what it is about ("can you reply in english?
saya tanya soal insentif", "pake bahasa indo aja, mau nanya sertifikat"): the topic named, so
that its answer follows the switch in the new language. Before, only the main menu (probe
p26a item 17)."""

from __future__ import annotations

import re

_TOPICS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:insentif\w*|incentives?)\b"), "incentive_status"),
    (re.compile(r"\b(?:sertifikat\w*|certificates?)\b"), "certificate"),
    (re.compile(r"\b(?:saldo\w*|(?:training )?balance)\b"), "training_balance"),
    (re.compile(r"\b(?:gelombang\w*|waves?)\b"), "wave_schedule"),
    (re.compile(r"\b(?:kode redeem|redeem code|kode voucher|voucher code)\b"), "redeem_code"),
)
"""A topic's words, and the intent whose answer follows."""


def topic(text: str) -> str | None:
    """The intent of the topic the language request also names, else None."""
    lowered = text.lower()
    for words, intent in _TOPICS:
        if words.search(lowered):
            return intent
    return None


__all__ = ["topic"]
