"""How many people the programme has reached ("udah berapa orang yg dapet prakerja?", "how many
people have gotten prakerja so far?", "jumlah penerima prakerja berapa"): the figures of the
programme's scale (``kb.programme_scale``), read by ``flows.programme_facts`` whatever the NLU
makes of it. Before, this got the general programme text.

How many a family card or a wave takes ("1 KK berapa orang yg bisa dapet", "kuota gelombang
ini berapa orang") is no question about the scale: the quota answers keep them."""

from __future__ import annotations

import re

_HOW_MANY = re.compile(
    r"\b(?:berapa|brp|brapa)\s+(?:banyak\s+|jumlah\s+|juta\s+)?(?:orang|org|peserta|penerima|"
    r"pendaftar|akun)\b"
    r"|\b(?:jumlah|total|banyaknya)\s+(?:orang|org|peserta|penerima|pendaftar|penerimanya|"
    r"pesertanya)\b"
    r"|\bhow many (?:people|persons|participants|beneficiaries|recipients|users|indonesians)\b"
    r"|\b(?:number|total) of (?:people|participants|beneficiaries|recipients|registrants)\b"
)
"""A count of people asked: "berapa orang", "jumlah penerima", "how many people"."""
_REACHED = re.compile(
    r"\b(?:dapet|dapat|dpt|menerima|nerima|penerima\w*|peserta\w*|ikut|mengikuti|daftar|"
    r"mendaftar|terdaftar|pendaftar|lolos|kebagian|udah|sudah|udh|sdh|selama ini|sampai sekarang|"
    r"sampe sekarang|sejauh ini|total|gotten|got|received|receive|joined|benefit\w*|"
    r"participants|recipients|registered|so far|to date|in total)\b"
)
"""Reached, so far: "yg dapet", "sudah", "so far", "received"."""
_OTHER_COUNT = re.compile(
    r"\b(?:kk|nik|ktp|kartu keluarga|keluarga|family|household|satu rumah|serumah|gelombang|gel|"
    r"wave|kuota|quota|kelas|kelasnya|webinar|pelatihan ini|this (?:course|training|class)|per)\b"
)
"""A count of something else: one family card, one wave, one class."""
_WHOLE = re.compile(
    r"\b(?:prakerja|program|programnya|programme|program ini|kartu|so far|to date|in total|"
    r"sampai sekarang|sampe sekarang|sejauh ini|selama ini|udah|sudah|udh|sdh|total)\b"
)
"""The whole programme or all time meant: a bare "berapa orang yg daftar" right after a wave's
answer is that wave's count (its quota answers it)."""


def asks_scale(text: str) -> bool:
    """Whether a message asks how many people the programme has reached."""
    lowered = " ".join(text.lower().split())
    if not _HOW_MANY.search(lowered) or _OTHER_COUNT.search(lowered):
        return False
    return bool(_REACHED.search(lowered) and _WHOLE.search(lowered))


__all__ = ["asks_scale"]
