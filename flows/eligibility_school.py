"""The answer to "are you at school or university now?" in the eligibility check: a course at
an LPK, dropping out or being at home is a "no"; a graduate still listed is its own answer;
"udah lulus" a "no" (the verdict may remind of PDDikti/Dapodik); "blm lulus" a "yes". A job
alone with the NLU's "deny" ("cuma ojol", what is left of "bukan, cuma ojol" at a later
question taken as a correction) is no answer: it had the school answer "corrected" to the
value it had."""

from __future__ import annotations

import re

from flows import eligibility_at_home, eligibility_courses
from flows.eligibility_facts import (
    GRADUATE_WORDS,
    GRADUATED,
    LISTED,
    STUDENT_SHORT,
    about_self,
    dropped_out,
    graduated,
    job,
    studying,
)
from flows.result import Result, Valid
from flows.runtime import controls
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message
from flows.yes_no import off_topic, yes_no

_STUDY = frozenset(
    ("sekolah", "kuliah", "kampus", "sma", "smk", "smp", "lulus", "pelajar", "mahasiswa",
     "siswa", "masih", "student", "studying", "school", *STUDENT_SHORT)
)  # fmt: skip


_CITIZEN = re.compile(r"\b(?:wni|warga negara\w*|ktp|nik|citizens?)\b")
"""The citizen question's words ("iya wni" sent late, at the school question)."""


def school(message: Message, slots: Slots, _: FlowContext) -> Result:
    lowered = about_self((message.text or "").lower())
    if message.payload is None and eligibility_courses.kind(lowered) == "course":
        slots[eligibility_courses.MARKER] = True  # "kursus di LPK": no formal education
        return Valid("no")
    if _CITIZEN.search(lowered) and not _STUDY.intersection(lowered.split()):
        return None  # "iya wni": the citizen question's late answer, no "still studying"
    if dropped_out(lowered) or eligibility_at_home.answered(lowered, slots):
        return Valid("no")  # "aku udah DO", "ibu rumah tangga aja": not a student
    if message.payload is None and off_topic(lowered, _STUDY):
        return None  # "ok", "lanjut aja": no "still studying"
    if GRADUATE_WORDS.search(lowered) and LISTED.search(lowered):
        return Valid("graduate_listed")
    if graduated(lowered):
        slots[GRADUATED] = True  # the verdict reminds of PDDikti/Dapodik
        return Valid("no")  # "udah lulus": the "udah" is no "yes, still studying"
    if re.fullmatch(r"(?:sudah|udah|udh|sdh|dah)(?: kak| min)?", lowered.strip(" .!")):
        return None  # "sudah" to "are you studying?": finished, or yes? asked again
    if re.search(r"\b(?:belum|blm|not yet) (?:lulus|graduated)\b", lowered):
        return Valid("yes")  # "blm lulus": still studying, whatever the "blm" says
    answer = controls.answer_yes_no(message)
    if message.payload is None and job(lowered) is not None and yes_no(lowered) is None:
        return None  # "cuma ojol": a job, no yes or no of its own (the NLU's "deny" is not)
    if answer is not None:
        return Valid("yes" if answer else "no")
    return Valid("yes") if studying(lowered) else None


__all__ = ["school"]
