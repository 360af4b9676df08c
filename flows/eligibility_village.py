"""Who counts as a village official, asked in short words in the check or outside it
(DOMAIN.md "Eligibility" names village heads and village officials, and no more): "perangkat
desa itu siapa aja" is told the rule and the usual posts of a village government, "kalo RT/RW?"
that the rule names village heads and officials only, with the official FAQ or a person for
certainty (DOMAIN.md says nothing of RT/RW heads, so neither does the answer). Before, both got
the whole list of requirements, the second "the answer is the same"."""

from __future__ import annotations

import re

from flows.eligibility_jobs import about_self

RT_RW = re.compile(
    r"\b(?:ketua|pengurus|pak|bu)\s+(?:rt|rw)\b|\brt\s*/\s*rw\b|\brt\s+(?:rw|dan rw)\b"
)
"""A neighbourhood (RT) or community (RW) head named ("kalo RT/RW?", "ketua RT")."""
_VILLAGE = re.compile(r"\b(?:perangkat|aparat(?:ur)?|pamong|pegawai|staf|staff)\s+desa\b")
_WHO = re.compile(
    r"\b(?:siapa\w*|sapa|apa (?:aja|saja|sih)|contoh\w*|yang mana|yg mana|termasuk apa|"
    r"meliputi|maksudnya|who|which)\b"
)
MAX_WORDS = 12


def key(lowered: str) -> str | None:
    """The ``eligibility.note.*`` key answering who counts, else None."""
    if len(lowered.split()) > MAX_WORDS:
        return None
    own = about_self(lowered)
    if _VILLAGE.search(own) and _WHO.search(own):
        return "village_who"
    if RT_RW.search(own):
        return "rt_rw"
    return None


__all__ = ["RT_RW", "key"]
