"""The digital platform partners where Prakerja courses are bought, and a platform named in a
message ("tokopedia bisa?", "pijar mahir itu apa", "kalo shopee bisa ga").

The partners are DOMAIN.md's (2020–21; Skill Academy in 2020 only), the ones the demo data
seeds; the assistant names them as examples and points to prakerja.go.id for the current
list, since the list of later years was not verified. "Sekolahmu" and "Kariermu" are also
everyday words ("your school", "your career"), and a marketplace that is no partner may be
named for other reasons ("ShopeePay" is an e-wallet), and so is the ministry behind Sisnaker
("prakerja itu dari kemnaker ya?" asks who runs the programme: ``flows.programme_facts``):
those count only in a question about buying."""

from __future__ import annotations

import re
from dataclasses import dataclass

PARTNERS = (
    "Tokopedia", "Bukalapak", "Pintaria", "Pijar Mahir", "MauBelajarApa", "Sekolahmu",
    "Sisnaker (Kemnaker)", "Kariermu",
)  # fmt: skip
"""The digital platform partners named as examples (DOMAIN.md "Courses")."""


@dataclass(frozen=True, slots=True)
class Named:
    """A platform a message names: its name as written for users, and what it is to the
    programme: ``partner``, ``former`` (a partner in 2020 only) or ``other`` (no partner)."""

    name: str
    kind: str
    plain: bool
    """Named unmistakably (not an everyday word, not another service of the same brand)."""


_PLATFORMS = (
    (r"tokopedia|tokped", "Tokopedia", "partner", True),
    (r"bukalapak", "Bukalapak", "partner", True),
    (r"pintaria", "Pintaria", "partner", True),
    (r"pijar ?mahir", "Pijar Mahir", "partner", True),
    (r"mau ?belajar ?apa", "MauBelajarApa", "partner", True),
    (r"sisnaker", "Sisnaker (Kemnaker)", "partner", True),
    (r"kemnaker|kemenaker", "Sisnaker (Kemnaker)", "partner", False),
    (r"sekolahmu", "Sekolahmu", "partner", False),
    (r"kariermu", "Kariermu", "partner", False),
    (r"skill ?academy|ruang ?guru", "Skill Academy (Ruangguru)", "former", True),
    (r"shopee(?! ?pay)", "Shopee", "other", False),
    (r"lazada", "Lazada", "other", False),
    (r"blibli", "Blibli", "other", False),
    (r"tiktok(?: ?shop)?", "TikTok Shop", "other", False),
)
WORDS = re.compile(r"\b(?:" + "|".join(pattern for pattern, *_ in _PLATFORMS) + r")\b")
"""Every platform's words, to take them out of what is left of a message."""


def named(lowered: str) -> Named | None:
    """The first platform a (lower-cased) message names, if any."""
    for pattern, name, kind, plain in _PLATFORMS:
        if re.search(rf"\b(?:{pattern})\b", lowered):
            return Named(name, kind, plain)
    return None


def listed() -> str:
    """The partners as a sentence's list ("Tokopedia, Bukalapak, ...")."""
    return ", ".join(PARTNERS)
