"""Earlier answers put right, or told again, at a later question of the eligibility check; the
pending question is asked again (``flows.eligibility_asides``). Before (p19 probe):

- "ga, udah lulus" at the job question after a "ya" to "are you studying?": the "ga" was taken
  as the job question's "no" and the school answer stayed "still studying"; now the school
  answer is corrected (``flows.eligibility_resume.school_corrected``), the job asked again;
- "eh salah maksudnya cuma 1, kakakku aja" (the family card's recipients): the "1" was tried
  as the age ("Usia 1 tahun sepertinya tidak mungkin"); now it is the card's count;
- "My campus still lists me as active student i think" at "are you a citizen?": "noted" with
  nothing said; now noted as a graduate still listed, with what to do (ask the campus to update
  PDDikti; DOMAIN.md "Eligibility"), and "how do I fix that" right after is answered.
"""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from flows import eligibility_answers as answers
from flows import eligibility_resume
from flows.eligibility_facts import GRADUATE_WORDS, later_facts
from flows.eligibility_graduation import asked_key
from flows.eligibility_relatives import KIN
from flows.last_answer import just_said, remember
from flows.next_step_follow_ups import FIX
from flows.result import Valid
from flows.runtime import controls
from flows.runtime.machine import FlowTurn, State

KEY = "eligibility_step_asks"
LISTED_SAID = "eligibility_listed_said"
"""``flows.last_answer`` topic: a graduate still listed as a student was noted."""
_CARD = re.compile(r"\b(?:kk|kartu keluarga|family card|penerima|orang|org)\b")
_AGE = re.compile(r"\b(?:umur\w*|usia\w*|tahun|thn|th|years?|old|lahir)\b")
_COUNTED = re.compile(
    r"\d|\b(?:dapat|dapet|dpt|terima|nerima|menerima|penerima|lolos|received|got|satu|dua|"
    r"nol|belum ada|ga ada|gak ada|tidak ada|none|nobody)\b"
)
"""A count or a receipt named: the card's recipients, not another answer about a relative."""
_LISTED = re.compile(
    r"\b(?:lists?|listed|records?|recorded|shows?|registered|tercatat|terdaftar|kedaftar|"
    r"kecatat|nyatet|nyatat|mencatat|dicatat|pddikti|dapodik)\b"
)
_ACTIVE = re.compile(r"\b(?:aktif|active|mahasiswa|mhs|pelajar|siswa|student)\b")


def said(turn: FlowTurn, state: State, lowered: str) -> str | None:
    """What was put right or noted, at the pending ``state``; else None."""
    if turn.message.payload is not None:
        return None
    if state.name != "school" and not controls.is_correction(turn.message):  # "ga, udah
        # lulus": the school answer, not this one's "no" ("eh salah, ...": the runtime's)
        school = eligibility_resume.school_corrected(lowered, turn.slots)
        if school is not None:
            return turn.say(f"invalid.{school.reason}")
    card = _card_corrected(turn, state)
    if card is not None:
        return card
    if just_said(turn) == LISTED_SAID and FIX.search(lowered):  # "how do I fix that"
        remember(turn, LISTED_SAID)
        return turn.say(f"{KEY}.listed_fix")
    return _listed(turn, state, lowered)


def _card_corrected(turn: FlowTurn, state: State) -> str | None:
    """ "eh salah, cuma 1, kakakku aja" at another question: the card's recipients, not the
    age; noted ahead when the card's question is still to come."""
    message = turn.message
    if state.name == "kk_count" or not controls.is_correction(message):
        return None
    value = controls.without_correction(message.text or "").lower()
    if not value or _AGE.search(value) or not (KIN.search(value) or _CARD.search(value)):
        return None
    if not _COUNTED.search(value):  # "eh salah, bapak aku bukan pns": no count, no receipt
        return None
    found = answers.kk_count(replace(message, text=value), turn.slots, turn.ctx)
    if not isinstance(found, Valid):
        return None
    turn.slots["kk_count"] = found.value
    return turn.say(f"{KEY}.kk_corrected", count=found.value)


def _listed(turn: FlowTurn, state: State, lowered: str) -> str | None:
    """A graduate still listed as a student told of at another question: noted, and the fix."""
    if state.name == "school" or asked_key(lowered) is not None:
        return None  # a question about it: ``flows.eligibility_graduation``
    if not (_LISTED.search(lowered) and _ACTIVE.search(lowered)):
        return None
    if later_facts(turn.message, turn.ctx).get("school") not in ("yes", "graduate_listed"):
        return None
    if turn.slots.get("school") == "yes" and not GRADUATE_WORDS.search(lowered):
        return turn.say("eligibility.school.noted_yes")  # "lagi skripsi", then "maksudnya
        # masih terdaftar sbg mahasiswa": still a student, said again (was: a graduate)
    if state.slot is not None and state.slot.validate is not None:
        read = state.slot.validate(turn.message, copy.deepcopy(turn.slots), turn.ctx)
        if isinstance(read, Valid):
            return None  # "wni, tp kampus masih nyatet aku aktif": the question's answer
    turn.slots["school"] = "graduate_listed"
    remember(turn, LISTED_SAID)  # "how do I fix that" next
    return turn.say(f"{KEY}.listed_noted")


__all__ = ["LISTED_SAID", "said"]
