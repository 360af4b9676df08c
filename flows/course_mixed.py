"""A course question asked beside another subject's in one message ("sertifikat aku udah ada
tapi insentif blm masuk, terus bisa beli pelatihan kedua ga?"): left to
``flows.several_questions``, which answers each part in turn. Before, the course readings
(``flows.course_asides``) took the whole message: its other words were searched as a course
topic ('pelatihan "sertifikat insentif belum masuk"'), or only the course part was answered."""

from __future__ import annotations

from flows import course_platforms
from flows.several_questions import ANSWERED, ASIDES, FLOW_PARTS
from flows.turn import Message

COURSE_PARTS = frozenset({"course_search", "training_balance", "redeem_code"})
"""Parts about courses and what buys them."""


def asks_beside(message: Message) -> bool:
    """Whether the message asks about courses and, in another part, about something else that
    ``flows.several_questions`` answers (each part read with a confident intent)."""
    asked = [_reading(text, intent) for text, intent, _ in message.parts if intent not in ASIDES]
    if len(set(asked)) < 2 or any(intent not in ANSWERED | FLOW_PARTS for intent in asked):
        return False
    return any(intent in COURSE_PARTS for intent in asked) and any(
        intent not in COURSE_PARTS for intent in asked
    )


def _reading(text: str, intent: str) -> str:
    """A part naming a platform unmistakably ("tokopedia masih bisa?" after "beli pelatihan
    dimana aja?", read as the eligibility check) asks where courses are bought."""
    named = course_platforms.named(text.lower())
    return "course_search" if named is not None and named.plain else intent


__all__ = ["COURSE_PARTS", "asks_beside"]
