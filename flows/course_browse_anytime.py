"""Whether one may look at the courses before being selected ("sambil nunggu bisa liat2
pelatihan ga", "boleh lihat-lihat kursus dulu?", "can I look at the courses while I wait?"):
yes, anyone may browse the catalogue; buying needs being selected, with the training balance
that appears after it (DOMAIN.md "Registration steps"). The answer starts the course search at
its topic question, so "bahasa inggris" next is the lessons to find, not the chat's language.
Before, "which did you mean?" with a complaint and the balance, then "bahasa inggris" switched
the chat to English."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import course_standing
from flows.messages import Outbound
from flows.my_courses import asks_my_courses
from flows.runtime.machine import FlowTurn
from flows.turn import Message

_LOOK = re.compile(
    r"\b(?:liat|lihat|liyat|ngeliat|ngelihat|melihat|nengok|intip|ngintip|browse|browsing|"
    r"look|see|check\s+out)(?:2|-(?:liat|lihat)|\s+(?:liat|lihat))?(?:in|nya)?\b"
)
_COURSES = re.compile(
    r"\b(?:pelatihan|plthn|kursus|kelas|training|trainings|course|courses|katalog|catalog\w*)\b"
)
_MAY = re.compile(r"\b(?:bisa|bs|bsa|boleh|blh|can|could|may|allowed)\b")
_BUYING = re.compile(r"\b(?:beli|membeli|dibeli|buy|bought|purchase\w*|bayar|pay)\b")
"""Buying asked about: the purchase's own answers (``flows.course_buying``)."""
_MINE = re.compile(
    r"\b(?:pelatihan|kursus|kelas|training|course)(?:ku|\s+(?:ku|saya|aku|sy|gw|gue|punya\w*))\b"
    r"|\bmy\s+(?:courses?|trainings?|class(?:es)?)\b"
)
"""One's own courses ("bisa liat kelas ku ga"): not the catalogue."""


def asks(message: Message) -> bool:
    """Whether the message asks if one may look at the courses (no purchase asked about, nor
    one's own courses)."""
    if message.payload is not None or not message.text:
        return False
    lowered = " ".join(message.text.lower().split())
    if not (_LOOK.search(lowered) and _COURSES.search(lowered) and _MAY.search(lowered)):
        return False
    mine = _MINE.search(lowered) or asks_my_courses(lowered)
    return not _BUYING.search(lowered) and not mine


def said(turn: FlowTurn) -> Outbound:
    """Yes: anyone may browse, buying comes after selection; the categories one tap away. The
    search's own note for one not selected yet says the same, so it is not said again."""
    turn.session.profile[course_standing.NOTED] = turn.message.at.isoformat()
    categories = turn.button("courses.all_categories", "courses")
    return turn.reply("courses.browse_anytime", categories)


def opened(turn: FlowTurn) -> FlowTurn:
    """The turn the search starts on: its words name no topic ("sambil nunggu liat" is none),
    so the search asks what to learn."""
    return FlowTurn(turn.session, replace(turn.message, text="", entities=()), turn.ctx)


__all__ = ["asks", "opened", "said"]
