"""The user's own age as a bare number next to "aku" ("kalo aku? 24 udh kerja di toko", "aku 35
th satpam outsourcing, istri 33 th irt"): the parser gives no age entity there and no "umur" is
written, so the check asked "Berapa usiamu sekarang?" though the age was given."""

from __future__ import annotations

import re

_MONTHS = r"jan\w*|feb\w*|mar\w*|apr\w*|mei|may|jun\w*|jul\w*|agu\w*|aug\w*|sep\w*|okt\w*|oct\w*|"
_NOT_AGE = (
    rf"(?!\s*(?:{_MONTHS}nov\w*|des\w*|dec\w*|jam|hari|hr|bulan|bln|minggu|mgg|juta|jt|rb|ribu|"
    r"k\b|%|x\b|kali|kl\b|gelombang|gel\b|orang|org|anak|menit|detik|km|kg|cm|rumah|"
    r"(?:tahun|thn|th|taun)\s+(?:kerja|lalu|yg lalu|yang lalu|kebelakang|di|ini|jadi|kerja)\b)"
    r"|[:./,-]\d)"
)
_OWN_AGE = re.compile(
    r"\b(?:aku|saya|sy|gw|gue|gua|ane|aq|me|i'?m)\b\W*"
    r"(?:(?:sendiri|sih|skrg|sekarang|ini|juga|jg|kak|min|udah|udh|sudah|baru|masih|msh|"
    r"kalo|kalau|klo|gimana|gmn)\W+){0,3}"
    rf"(?:(?:umur\w*|usia\w*|age)\s+)?(\d{{2}})\b{_NOT_AGE}"
)
"""A two-digit number right after the user names themselves; not a date, money, a count, a
duration ("aku 16 agustus", "aku 10 tahun kerja di pabrik", "aku 12 juta")."""


def bare_age(lowered: str) -> int | None:
    """The age given as a bare number beside "aku"; None when there is none."""
    found = _OWN_AGE.search(lowered)
    return int(found.group(1)) if found is not None else None


__all__ = ["bare_age"]
