"""A long story that ends in a question ("kak aku tuh udah capek bgt ... banyak yang nawarin jasa
daftarin gitu bayar 100rb ... jadi pertanyaan aku sebenernya simpel aja: daftar prakerja itu
bayar ga sih?"): the question at its end is what is answered, after one kind line when the story
tells a hardship. Whether registering costs anything: free, by oneself at prakerja.go.id, and a
paid registration service ("jasa daftarin", a joki) is a scam (DOMAIN.md "Registration steps",
"Complaints": fraud). Before, such a story started a course search with the whole story as the
topic, echoed back ('Aku carikan pelatihan "capek banget sumpah ..."')."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.programme_answers import registering_costs
from flows.runtime.machine import FlowTurn

STORY_WORDS = 30
"""A message this long tells a story; its question is the last sentence."""
TAIL_WORDS = 20
"""The question at the end is at most this long."""
_ENDS = re.compile(
    r"[:.!\n]|\b(?:jadi|jd|intinya|pokoknya|pertanyaan\w*|mau nanya|mau tanya|so|my question)\b"
)
"""Where the question at the end starts: after the last sentence end or "jadi pertanyaan aku"."""
_HARDSHIP = re.compile(
    r"\b(?:capek|cape|lelah|sedih|malu|stres|stress|putus asa|pusing|bingung|nganggur|"
    r"menganggur|pengangguran|ditolak|susah|sulit|ga dapet2|gak dapet2|tired|exhausted|"
    r"ashamed|rejected|unemployed|struggling)\b"
)
"""A hardship told in the story: heard first, in one line."""
_PAID_SERVICE = re.compile(
    r"\b(?:joki|calo|jasa|nawar\w*|menawar\w*|ditawar\w*|offer\w*)\b.{0,60}"
    r"\b(?:bayar\w*|biaya|rp\s?\d|\d+\s?(?:rb|ribu|k|jt|juta)|fee|pay\w*)\b"
    r"|\b(?:joki|calo|jasa daftar\w*|jasa pendaftaran)\b"
)
"""Someone offering registration for money ("jasa daftarin gitu bayar 100rb", "joki")."""


def tail(text: str) -> str:
    """The question a long story ends with (its last sentence, or what follows "jadi
    pertanyaan aku"), lower-cased; "" when the message is no long story or ends in none."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) < STORY_WORDS or not lowered.rstrip().endswith("?"):
        return ""
    starts = [found.end() for found in _ENDS.finditer(lowered.rstrip(" ?!."))]
    last = lowered[starts[-1] :] if starts else lowered
    return last.strip(" ,") if len(last.split()) <= TAIL_WORDS else ""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Whether registering costs anything, asked at the end of a long story: a kind line for a
    hardship told, free registration and, with a paid service named, that it is a scam."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = message.text or ""
    question = tail(text)
    if not question or not registering_costs(question):
        return None
    turn.session.misses = 0
    story = " ".join(text.lower().split())
    lines = [turn.say("story_question.heard")] if _HARDSHIP.search(story) else []
    lines.append(turn.say("kb.benefits_free"))
    if _PAID_SERVICE.search(story):
        lines.append(turn.say("story_question.paid_service"))
    register = turn.button("menu.register", "topic:register")
    check = turn.button("menu.eligibility", "flow:eligibility")
    return [Outbound("\n\n".join(lines), (register, check, turn.menu_button()))]


__all__ = ["STORY_WORDS", "answer", "tail"]
