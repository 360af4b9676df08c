"""Messages inside the eligibility check that are no answer to the question asked:

- going back to the check after an aside ("oke lanjut cek syarat td" at "Apakah kamu WNI?"):
  no "Ya" (it was taken as one), the question again;
- a bare "ya"/"y" to the job question, which has no yes/no answer: which job is asked;
- a late correction of the school answer ("udh lulus" at the job question after a "ya" to
  "are you studying?"): the school answer changed, the question again.
"""

from __future__ import annotations

import re

from flows.eligibility_facts import GRADUATED, about_self, asks_listed, graduated
from flows.result import Invalid
from flows.runtime.machine import Slots

_RESUME_WORDS = frozenset(
    {"ok", "oke", "okay", "okey", "sip", "siap", "ya", "iya", "yuk", "ayo", "yaudah", "udah",
     "lanjut", "lanjutkan", "lanjutin", "lanjutkeun", "balik", "kembali", "ke", "cek", "syarat",
     "syaratnya", "kelayakan", "kelayakanku", "td", "tadi", "yg", "yang", "lagi", "aja", "dong",
     "kak", "min", "deh", "sekarang", "skrg", "continue", "back", "to", "the", "check", "let's",
     "lets", "go", "on"}
)  # fmt: skip
_GO_ON = re.compile(r"\b(?:lanjut\w*|balik|kembali|continue|back)\b")
_GO_ON_TO = re.compile(r"\b(?:cek|syarat\w*|td|tadi|kelayakan\w*|check)\b")
_BARE_YES = re.compile(r"(?:y|ya|yaa|iya|iyaa|iy|yes|yup|betul|bener|benar)(?: kak| min)?")


def resumed(typed: str) -> Invalid | None:
    """ "oke lanjut cek syarat td": going back to the check, no answer; the question again."""
    lowered = " ".join(typed.lower().split())
    words = re.findall(r"[^\W\d_]+(?:'s)?", lowered)
    if not words or not all(word in _RESUME_WORDS for word in words):
        return None
    if not (_GO_ON.search(lowered) and _GO_ON_TO.search(lowered)):
        return None
    return Invalid("eligibility_resumed", miss=False)


def bare_yes_to_job(typed: str) -> Invalid | None:
    """A bare "ya" to "are you ASN, TNI, ...?": which one is asked (the list has no yes)."""
    if _BARE_YES.fullmatch(typed.lower().strip(" .!?")):
        return Invalid("eligibility_which_job", miss=False)
    return None


def school_corrected(typed: str, slots: Slots) -> Invalid | None:
    """ "udh lulus" after a "ya" to "are you studying?", at a later question: the school answer
    is now "not studying" (a graduate), said, and the question again."""
    own = about_self(typed.lower())
    if slots.get("school") != "yes" or not graduated(own) or asks_listed(own):
        return None
    slots["school"] = "no"
    slots[GRADUATED] = True
    return Invalid("eligibility_school_corrected", miss=False)


__all__ = ["bare_yes_to_job", "resumed", "school_corrected"]
