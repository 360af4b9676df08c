"""Questions about the school rule typed at a question of the eligibility check (DOMAIN.md
"Eligibility": not in formal education; a graduate still listed in PDDikti/Dapodik is read as
a student):

- "kenapa gabisa? kan aku butuh" after the check noted the user is still studying: why (the
  programme's rule, checked against PDDikti/Dapodik) and when it changes (after graduating,
  the status updated);
- "kalo aku cuti kuliah gmn", "lagi cuti kuliah": a student on leave is still enrolled and
  listed as a student, so not eligible while listed;
- "aku lagi kursus di LPK, termasuk sekolah ga?": no formal education (at the school question
  itself the school reader takes it as a "no", ``flows.eligibility_courses``); "ikut kejar
  paket C, termasuk sekolah?": counted only when listed in Dapodik.

Answered with no miss; the pending question is asked again. Before, "belum menangkap
jawabannya" and "Oke, itu aku catat 👍" with nothing answered."""

from __future__ import annotations

import re

from flows import eligibility_courses
from flows.result import Invalid
from flows.runtime.machine import Slots

MAX_WORDS = 14

_LEAVE = re.compile(
    r"\b(?:cuti|cuty)\s+(?:\w+\s+)?(?:kuliah|kul|sekolah|akademik|semester|dari kampus)\b"
    r"|\b(?:lagi|sedang|sdg|lg|masih|msh)\s+cuti\b|\bon (?:academic )?leave\b"
    r"|\b(?:gap|leave of absence)\b.{0,20}\b(?:university|college|school)\b"
)
"""A student on leave ("cuti kuliah", "lagi cuti", "cuti akademik")."""
_IF_STUDYING = re.compile(
    r"^\W*(?:kalo|kalau|klo|kl|kalu|gimana kalo|gmn kalo|if|what if)\s+"
    r"(?:aku|saya|sy|gw|gue|i'?m|i am)?"
    r"\s*(?:masih|msh|lagi|lg|sedang|sdg|still)?\s*(?:kuliah|sekolah|mahasiswa|mhs|pelajar|siswa|"
    r"a student|studying|in college|at university)\b"
)
"""A what-if about studying ("kalo masih kuliah bisa ga"): a question, not the school answer."""
_MAY = re.compile(r"\?|\b(?:bisa|bs|boleh|blh|gimana|gmn|can|may|eligible|allowed)\b")
_WHY = re.compile(r"\b(?:kenapa|knp|napa|mengapa|kok|why|how come)\b")
_CANT = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk)\s*(?:bisa|bs|boleh|blh)\b|\bgabisa\b|"
    r"\bgbs\b|\bgaboleh\b|\bcan'?t\b|\bcannot\b|\bnot (?:allowed|eligible)\b"
)
_NEED = re.compile(r"\b(?:butuh|perlu|pengen|pingin|ingin|need|want)\b")
_SCHOOL = re.compile(
    r"\b(?:sekolah|skolah|kuliah|pendidikan|formal|pelajar|siswa|mahasiswa|school|student|"
    r"education)\b"
)
"""A course asked about as school ("itu termasuk sekolah ga?"): at other questions a course
alone ("pernah ikut pelatihan di BLK" to "received Prakerja before?") is their own answer."""


def asks_if_studying(lowered: str) -> bool:
    """ "kalo masih kuliah bisa ga": a what-if about studying, no answer of one's own."""
    return bool(_IF_STUDYING.search(lowered) and _MAY.search(lowered))


def asked(typed: str, slots: Slots, step: str = "") -> Invalid | None:
    """The school rule asked about at a question of the check (``step``, the pending one);
    else None."""
    lowered = " ".join(typed.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS + 6:
        return None
    study = eligibility_courses.kind(lowered)
    if study == "equivalency" and (step == "school" or _SCHOOL.search(lowered)):
        return Invalid("equivalency_school", miss=False)
    if study == "course" and step != "school" and _SCHOOL.search(lowered):
        return Invalid("course_not_school", miss=False)
    if len(lowered.split()) > MAX_WORDS:
        return None
    if _LEAVE.search(lowered):
        return Invalid("student_on_leave", miss=False)
    if step != "school" and asks_if_studying(lowered):
        return Invalid("student_asked", miss=False)  # "kalo masih kuliah bisa ga" at the age
    studying = slots.get("school") in ("yes", "graduate_listed")
    if studying and _WHY.search(lowered) and (_CANT.search(lowered) or _NEED.search(lowered)):
        key = "student_why_need" if _NEED.search(lowered) else "student_why"
        return Invalid(key, miss=False)
    return None


__all__ = ["asked", "asks_if_studying"]
