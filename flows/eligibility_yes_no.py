"""English yes and no typed to the eligibility check's yes/no questions ("never received it",
"nope, first time", "I haven't"), which the Indonesian word lists of ``flows.yes_no`` do not
read; and an English denial of something else ("no, I'm not a student" to "are you a
citizen?"), which answers another question, not this one (asked again, as "ga kuliah" is).
Also the card's own yes or no in a message naming another training too ("pernah ikut pelatihan
di blk tapi prakerja belum": ``about_card``)."""

from __future__ import annotations

import re

_NO = re.compile(
    r"^\W*(?:no|nope|nah|never|not yet|not really|negative|first time|"
    r"(?:i\s+)?(?:have not|haven'?t|did not|didn'?t|do not|don'?t|am not|'?m not)|im not|"
    r"(?:this is )?(?:my )?first time)\b"
)
_YES = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|yea|sure|of course|correct|right|i have|i did|i do|i got)\b"
)
_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n't\b")
_FILLER = frozenset(
    {"a", "an", "the", "in", "at", "on", "of", "been", "ever", "yet", "really", "it", "that",
     "one", "any", "anymore", "currently", "before", "i", "have", "am", "this", "so", "sure",
     "prakerja", "kartu", "yes", "no", "s", "m", "t", "ve", "got", "get", "did", "do", "is"}
)  # fmt: skip


def answer(lowered: str) -> bool | None:
    """True or False for an English yes or no at the start of the message; else None."""
    if _NO.search(lowered):
        return False
    return True if _YES.search(lowered) else None


def off_topic(lowered: str, topic: frozenset[str]) -> bool:
    """An English denial whose next word is about something other than ``topic`` ("no, I'm not
    a student" to "are you a citizen?"); "never received it", "not yet", "I haven't" are not."""
    for denial in _NEGATION.finditer(lowered):
        words = re.findall(r"[a-z]+", lowered[denial.end() :])
        said = [word for word in words if word not in _FILLER]
        if said and said[0] not in topic:
            return True
    return False


_CLAUSE = re.compile(
    r"\s*(?:[,;.]|\b(?:tapi|tp|tpi|tetapi|kalo|kalau|klo|klu|kl|sedangkan|sementara|namun|"
    r"but|while|whereas)\b)\s*"
)
"""Where one clause of an answer ends: "pernah ikut blk | tapi prakerja belum"."""
_CARD = re.compile(r"\b(?:prakerja\w*|kartu\w*|card)\b")
_REVOKED = re.compile(r"\b(?:dicabut|dinonaktif\w*)\b")
_NOT = re.compile(
    r"\b(?:belum|blm|blom|ga|gak|gk|nggak|ngga|enggak|tidak|tdk|never|not|no|bukan)\b|n't\b"
)
_DONE = re.compile(
    r"\b(?:udah|sudah|udh|sdh|dah|pernah|pernh|dapet|dapat|dpt|nerima|menerima|terima|"
    r"diterima|keterima|lolos|once|already|got|received|had)\b"
)


def about_card(lowered: str) -> bool | None:
    """The card's own yes or no in the clauses naming it ("pernah ikut pelatihan di blk tapi
    prakerja belum": no; "ikut blk, kalo prakerja udah pernah": yes; "I did a BLK course but
    never had prakerja": no); None when no clause names the card, or they disagree."""
    said = set()
    for clause in _CLAUSE.split(lowered):
        if _REVOKED.search(clause) and not _NOT.search(clause):
            said.add(True)  # "dulu dicabut karna telat beli": selected once, the card's yes
        elif not _CARD.search(clause):
            continue
        elif _NOT.search(clause):
            said.add(False)
        elif _DONE.search(clause):
            said.add(True)
    return said.pop() if len(said) == 1 else None


_NEVER = re.compile(
    r"^\W*(?:(?:belum|blm|blom|ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak)\s*"
    r"(?:pernah|prnh|pernh|pnh|prnah|pern)|never)\b(?!.*\b(?:tapi|tp|tpi|but|kecuali)\b)"
)


def never(lowered: str) -> bool:
    """A never said in short at the start ("blm prnh", "gk prnh sm skali", "gapernah"), with
    no "but" after it (read by the yes/no word lists only in full: "belum pernah")."""
    return bool(_NEVER.search(lowered))


__all__ = ["about_card", "answer", "never", "off_topic"]
