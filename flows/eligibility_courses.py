"""Study outside formal education named at the eligibility check (DOMAIN.md "Eligibility": not
in formal education, i.e. school or university):

- a course at an LPK, a BLK, a "kursus", "les" or "bimbel" ("aku lagi kursus bahasa inggris di
  LPK, itu termasuk sekolah ga?") is no formal education: not counted as studying (before: the
  "sekolah" in the question was read as "still at school", and the verdict failed);
- Kejar Paket A/B/C (equivalency education at a PKBM) counts as being in education only when
  the programme is listed in Dapodik (a judgement call: Dapodik is where the check looks), so
  the user is told to check that and to answer the question by it.

``kind`` names which one a message is about; the school question reads a course as a "no"."""

from __future__ import annotations

import re
from typing import Literal

from flows.runtime.machine import Slots
from flows.turn import Message

Kind = Literal["course", "equivalency"]
MARKER = "_course"
"""Slot marker: the school question was answered with a course outside formal education."""

_EQUIVALENCY = re.compile(
    r"\b(?:kejar\s+)?paket\s*[abc]\b|\bkejar\s+paket\b|\bpkbm\b|\bkesetaraan\b"
    r"|\bequivalency\b"
)
_COURSE = re.compile(
    r"\b(?:lpk|blk|bbplk|kursus|kursusan|les|lesan|bimbel|bimbingan belajar|course|"
    r"pelatihan|training|bootcamp)\b"
)
_STILL_SCHOOL = re.compile(
    r"\b(?:masih|msh|lagi|lg|sedang|sdg)\s+(?:\w+\s+)?(?:kuliah|sekolah|sma|smk)\b"
    r"|\b(?:semester|smt)\s*\d"
)
"""Formal study said beside the course ("masih kuliah, sambil les"): the course decides
nothing then."""
_ASKS_FOR = re.compile(
    r"\b(?:pelatihan|kursus|kelas)\s+(?:\w+\s+){1,2}ada\b|\bada\s+(?:ga|gak|gk|nggak|ngga|"
    r"enggak|tidak|kah|nggk)\s*\??$|^(?:(?:eh|btw|oh|oke|ok)\W+)*(?:ada|adakah)\s+(?:pelatihan|"
    r"kursus|kelas)\b|\b(?:cari|nyari|cariin|carikan)\b|\bis there\b|\bany\b.*\bcourses?\b"
)
"""A course asked for ("eh btw pelatihan barista ada?", "ada kursus las ga"): a search aside,
no study of one's own (before, it was read as "not at school", probe p26b e4)."""


def kind(lowered: str) -> Kind | None:
    """Which study outside school or university the message is about; None when none, or
    when it says formal study too."""
    text = " ".join(lowered.split())
    if _EQUIVALENCY.search(text):
        return "equivalency"
    if _COURSE.search(text) and not _STILL_SCHOOL.search(text) and not _ASKS_FOR.search(text):
        return "course"
    return None


def without_course(message: Message, slots: Slots) -> Slots:
    """Facts read from a message, less a "still at school" that only a course or Kejar Paket
    said ("kursus di LPK, termasuk sekolah ga?": the "sekolah" is the question)."""
    if slots.get("school") == "yes" and kind((message.text or "").lower()) is not None:
        return {key: value for key, value in slots.items() if key != "school"}
    return slots


__all__ = ["MARKER", "Kind", "kind", "without_course"]
