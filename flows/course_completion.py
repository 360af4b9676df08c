"""Finishing a course and its review, asked by a participant:

- "pelatihan sy gmn caranya biar dianggap selesai", "syarat lulus pelatihan apa", "how do I
  complete my course": every session and all the material as the provider sets it, on the
  platform (at least ``min_hours`` hours a course, 2023-2024), then the certificate about one
  working day after the provider reports, then the mandatory rating and review (DOMAIN.md
  "Courses"); "brp jam minimal?" right after: the minimum hours;
- "ulasan nya hrs nulis apa? minimal brp kata?": the review is one's own opinion of the
  course; no minimum length is known to the assistant (a judgement call: DOMAIN.md states none),
  the form in the dashboard shows any rule; the stars do not change the incentive.
Before, "Maksud kamu yang mana?" for both, and "brp jam minimal?" an apology (probe p22b D24)."""

from __future__ import annotations

import re

from flows.course_followups import course_hours
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "course_completion"
"""``flows.last_answer`` topic: how a course counts as finished was answered."""
MAX_WORDS = 16
_COURSE = re.compile(r"\b(?:pelatihan|kelas|kursus|training|course|class)\w*")
_DONE = re.compile(
    r"\b(?:selesai\w*|lulus\w*|tuntas\w*|beres\w*|kelar\w*|complet\w*|finish\w*|pass\w*)\b"
)
_HOW = re.compile(
    r"\b(?:cara\w*|biar|supaya|spy|agar|dianggap|diitung|dihitung|terhitung|syarat\w*|"
    r"how (?:do|to|can|does)|counts? as|considered|requirements?)\b"
)
_PAST = re.compile(r"\b(?:udh|udah|sudah|sdh|dah|telah|already|have|i've)\s+(?:\w+\s+)?selesai")
_REVIEW = re.compile(r"\b(?:ulasan\w*|review\w*|komentar\w*|testimoni\w*)\b")
_REVIEW_WHAT = re.compile(
    r"\b(?:nulis|tulis\w*|ditulis|isi|isinya|diisi|write|say)\b.{0,15}\b(?:apa|apaan|what|gimana|"
    r"gmn|contoh\w*)\b|\b(?:what|apa)\b.{0,15}\b(?:nulis|tulis\w*|write|say)\b"
)
_REVIEW_LENGTH = re.compile(
    r"\b(?:minimal|min|minimum|berapa|brp|brapa|how many|how long|at least)\b.{0,15}"
    r"\b(?:kata|words?|karakter|characters?|kalimat|sentences?|huruf|panjang\w*)\b"
)
"""What to write in the review, or how long it must be (not whether one is required:
``flows.rating_help``)."""
_HOURS = re.compile(r"\b(?:jam|hours?|jp)\b")
_HOW_MANY = re.compile(r"\b(?:minimal|min|minimum|berapa|brp|brapa|how many|at least)\b")


def _lowered(turn: FlowTurn) -> str | None:
    text = turn.message.words
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    return text


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """How a course counts as finished, its minimum hours right after, or the review's length;
    else None."""
    text = _lowered(turn)
    if text is None:
        return None
    if _REVIEW.search(text) and (_REVIEW_WHAT.search(text) or _REVIEW_LENGTH.search(text)):
        remember(turn, TOPIC)
        return [turn.reply("course_completion.review", turn.menu_button())]
    if just_said(turn) == TOPIC and _HOURS.search(text) and _HOW_MANY.search(text):
        remember(turn, TOPIC)
        return [course_hours(turn)]
    if not (_COURSE.search(text) and _DONE.search(text) and _HOW.search(text)):
        return None
    if _PAST.search(text):
        return None  # "udh selesai pelatihan, trs gmn": what comes after (``course_after``)
    remember(turn, TOPIC)
    facts = turn.ctx.programme.facts()
    key = "course_completion.how" if facts.get("min_hours") else "course_completion.how_unstated"
    return [turn.reply(key, turn.menu_button(), **facts)]


__all__ = ["TOPIC", "answer"]
