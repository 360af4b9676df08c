"""English yes and no typed to the eligibility check's yes/no questions ("never received it",
"nope, first time", "I haven't"), which the Indonesian word lists of ``flows.yes_no`` do not
read; and an English denial of something else ("no, I'm not a student" to "are you a
citizen?"), which answers another question, not this one (asked again, as "ga kuliah" is)."""

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


__all__ = ["answer", "off_topic"]
