"""A need a course search names instead of a topic ("what courses are there for getting a job?",
"courses for getting a job", "kursus buat dapet kerja"): searched as the catalogue's courses for
that need (getting a job: the career courses, CV and job-interview ones among them), not as
the need's own words (before: a search for "getting job" found nothing, or "what courses are
there ..." was read as the programme's benefits).

Beside a topic ("excel for getting a job", "bahasa inggris buat cari kerja") the need is no
topic word: the topic is searched. Asking what suits a kind of person ("yg cocok buat pencari
kerja", "pelatihan apa yg bagus buat dapet kerja") is ``flows.course_audiences``'s, read first.

Written for this project from the demo catalogue's categories; a real catalogue's team
extends ``NEEDS``."""

from __future__ import annotations

import re

from flows.runtime.machine import FlowTurn, Slots
from storage.repositories.course_search import PREFERRED

_JOB = (
    r"(?:(?:to\s+)?help(?:s)?\s+(?:me\s+|people\s+)?)?(?:get|getting|find|finding|land|landing|"
    r"look(?:ing)? for|search(?:ing)? for|apply(?:ing)? for|hunt(?:ing)? for)\s+(?:a\s+|me\s+a\s+|"
    r"my\s+first\s+|a\s+new\s+|new\s+)?(?:job|work|employment)(?!\s+(?:trainings?|courses?|"
    r"class(?:es)?|skills?))|job[ -]?(?:hunting|seeking|search)|"
    r"employability|(?:biar|supaya|agar|buat|bwt|untuk|utk)?\s*(?:(?:bisa\s+)?(?:bantu|membantu|"
    r"ngebantu)\s+)?(?:(?:cepet|cepat|gampang|mudah|"
    r"lebih mudah|bisa|bs)\s+)?(?:dapet|dapat|dpt|cari|nyari|mencari|melamar|ngelamar|lamar)\s+"
    r"(?:kerja(?:an)?|pekerjaan)"
)
NEEDS: dict[str, tuple[re.Pattern[str], str, str]] = {
    "job": (re.compile(rf"\b(?:for\s+|to\s+)?(?:{_JOB})\b"), "karier", "wawancara|lamaran|cv"),
}
"""A need, the words naming it, the search word for it (a word of the catalogue's category that
holds the courses for it: "Pengembangan Diri dan Karier") and the title words of the courses
for it that come first (job interviews, CVs and application letters)."""
NEED = "need"
"""Slot of the course search: the need its opening named instead of a topic."""
_WHETHER = re.compile(
    r"\b(?:jamin\w*|guarantee\w*|pasti\w*|apakah|does|will|would|berguna|useful|worth|"
    r"ngaruh|pengaruh|efektif|effective)\b"
)
"""Asking whether courses help ("will the training help me get a job?"): no search to start."""
_COURSES = re.compile(
    r"\b(?:courses?|trainings?|class(?:es)?|pelatihan\w*|kursus\w*|kelas|training)\b"
)


def named(lowered: str) -> str | None:
    """The need a (lower-cased) message names, if any."""
    return next((need for need, (words, _, _) in NEEDS.items() if words.search(lowered)), None)


def without(lowered: str) -> str:
    """The message without the words naming a need."""
    for words, _, _ in NEEDS.values():
        lowered = words.sub(" ", lowered)
    return lowered


def said(text: str, topic: object) -> dict[str, str]:
    """``{NEED: need}`` when the search's ``topic`` is the need ``text`` names (the search
    says what it looks for, ``flows.course_relax``); else nothing."""
    need = named(text.lower())
    return {NEED: need} if need is not None and topic == search_words(need) else {}


def kept(slots: Slots) -> str | None:
    """The need the search's slots still search for (None once another topic replaced it)."""
    need = slots.get(NEED)
    return need if need in NEEDS and slots.get("topic") == search_words(need) else None


def preferred(need: object) -> str:
    """The search word that puts the courses for ``need`` first ("" for none)."""
    return f"{PREFERRED}{NEEDS[need][2]}" if isinstance(need, str) and need in NEEDS else ""


def search_words(need: str) -> str:
    """The search word for ``need`` (a key of ``NEEDS``)."""
    return NEEDS[need][1]


OVERRIDDEN = (None, "course_search", "benefits_info", "inform", "out_of_scope")
"""What the NLU may read such a request as ("what courses are there for getting a job?": the
benefits); another reading ("I'm looking for job training, what is prakerja?": the programme)
is another question."""


def asks(turn: FlowTurn) -> bool:
    """A typed request for courses for a need, outside a flow, that the NLU read as a search
    or as the benefits (``OVERRIDDEN``): the search it starts."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return False
    if message.intent not in OVERRIDDEN:
        return False
    lowered = " ".join((message.text or "").lower().split())
    if _WHETHER.search(lowered) or not _COURSES.search(lowered):
        return False
    return named(lowered) is not None


__all__ = [
    "NEED", "NEEDS", "OVERRIDDEN", "asks", "kept", "named", "preferred", "said", "search_words",
    "without",
]  # fmt: skip
