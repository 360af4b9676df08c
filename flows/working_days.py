"""What "hari kerja" (working days) means, asked about an answer that counted in them ("Dana
biasanya masuk 3–5 hari kerja setelah tanggal jadwal", then "hari kerja itu sabtu minggu
diitung ga?", "does working days include weekends?"): Monday to Friday, not Saturdays, Sundays
or national holidays (general Indonesian usage), and what that means for the time just given.
Before, such a question was out of scope, or "which one do you mean?" with unrelated topics.

The time an answer gave in working days is noted after each turn (``note``), so the question
right after it is answered about that time; asked on its own, the meaning alone."""

from __future__ import annotations

import re

from flows.menu import menu_button
from flows.messages import Outbound
from flows.responses import text
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

SAID = "working_days"
"""``session.profile`` key: [the count of working days an answer gave ("3–5", "1", "few"),
epoch seconds, ``Session.turns``]."""
RECENT_TURNS = 2
"""A question this many turns after the answer is still about its time."""
MAX_WORDS = 14
"""A question about the words is short; a longer message tells something of its own."""

_GIVEN = re.compile(
    r"\b(\d+(?:\s*[–-]\s*\d+)?|beberapa|a few|several|a)\s+(?:hari kerja|working days?)\b",
    re.IGNORECASE,
)
"""A time given in working days ("3–5 hari kerja", "1 working day", "beberapa hari kerja"):
its count, kept apart from the words so it is said again in the chat's language."""
_FEW = ("beberapa", "a few", "several")
_WORKING = re.compile(r"\b(?:hari\s*kerja|working\s*days?|work\s*days?|business\s*days?)\b")
_OFF_DAYS = re.compile(
    r"\b(?:sabtu|minggu|sabtu[- ]minggu|weekends?|week-ends?|akhir pekan|libur\w*|"
    r"tanggal merah|tgl merah|hari besar|cuti bersama|holidays?|public holidays?|saturdays?|"
    r"sundays?|senin|jumat|monday|friday)\b"
)
"""The days a question asks whether they count ("sabtu minggu", "weekends", "tanggal merah")."""
_WEEKS = re.compile(
    r"\b(?:\d+|se|satu|dua|tiga|beberapa)\s*minggu\b|\bminggu\s+(?:depan|dpn|ini|lalu|kemarin|kmrn)\b"
)
"""A week, not a Sunday ("2 minggu", "minggu depan")."""
_MEANING = re.compile(
    r"\b(?:apa (?:itu|sih|ya|maksud\w*|arti\w*)|itu apa|apaan|artinya|arti|maksud\w*|mean\w*|"
    r"what (?:is|are|does|do|counts?)|define|definition|hitungan\w*|diitung\w*|dihitung\w*|"
    r"ngitung\w*|menghitung|count\w*|termasuk|include\w*)\b"
)
"""Asking what the words mean or how they are counted."""
_COUNTED = re.compile(
    r"\b(?:diitung\w*|dihitung\w*|keitung|kehitung|terhitung|termasuk|ikut|"
    r"count\w*|include\w*|included|itung\w*|hitung\w*|libur\w*|off)\b|\?"
)
"""Asking whether days count, said bare after the answer ("sabtu minggu diitung ga?")."""


def note(turn: FlowTurn, replies: list[Outbound]) -> None:
    """Keep the time in working days the replies of this turn gave, if any (else forget the
    one kept before, once it is no longer recent)."""
    for reply in replies:
        found = _GIVEN.search(reply.text)
        if found is not None:
            count = found.group(1).lower()
            count = "few" if count in _FEW else "1" if count == "a" else count.replace(" ", "")
            turn.session.profile[SAID] = [count, turn.message.at.timestamp(), turn.session.turns]
            return
    if _recent(turn) is None:
        turn.session.profile.pop(SAID, None)


def _recent(turn: FlowTurn) -> str | None:
    """The count of working days an answer just gave, if still recent."""
    said = turn.session.profile.get(SAID)
    if not isinstance(said, list) or len(said) != 3:
        return None
    given, at, answered_in = said
    if turn.session.turns - int(answered_in) > RECENT_TURNS:
        return None
    return str(given) if within_context_of(float(at), turn.message.at) else None


def asks(lowered: str, after_answer: bool) -> bool:
    """A question what working days are, or whether weekends or holidays count in them; bare
    ("sabtu minggu diitung ga?") only ``after_answer`` (one that counted in them)."""
    if len(lowered.split()) > MAX_WORDS:
        return False
    lowered = _WEEKS.sub(" ", lowered)
    if _WORKING.search(lowered):
        return bool(_OFF_DAYS.search(lowered) or _MEANING.search(lowered))
    return after_answer and bool(_OFF_DAYS.search(lowered) and _COUNTED.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What working days are, and, right after an answer that gave a time in them, what that
    time means; None: no such question (or one typed in a flow, a button)."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if turn.session.flow is not None or message.payload is not None or not lowered:
        return None
    given = _recent(turn)
    if not asks(lowered, given is not None):
        return None
    turn.session.misses = 0
    lang = written_in(lowered) or turn.lang
    lines = [text(lang, "working_days.meaning")]
    if given is not None:
        key = "few" if given == "few" else "one" if given == "1" else "many"
        days = text(lang, f"working_days.count.{key}", count=given)
        lines.append(text(lang, "working_days.given", given=days))
    return [Outbound("\n".join(lines), (menu_button(lang),))]


_IN_ENGLISH = re.compile(
    r"\b(?:working|business|work|weekends?|holidays?|saturdays?|sundays?|include\w*|count\w*|"
    r"does|do|what)\b"
)
_IN_INDONESIAN = re.compile(
    r"\b(?:hari|sabtu|minggu|libur\w*|tanggal|tgl|termasuk|diitung\w*|dihitung\w*|itu|ga|gak|"
    r"nggak|apa|ya|sih|kah)\b"
)


def written_in(lowered: str) -> str | None:
    """The language the question is written in, when its words say so clearly ("does working
    days include weekends?" in an Indonesian chat is answered in English; the chat's language
    is not changed); None for a mixed one."""
    english, indonesian = _IN_ENGLISH.search(lowered), _IN_INDONESIAN.search(lowered)
    if english and not indonesian:
        return "en"
    return "id" if indonesian and not english else None


__all__ = ["SAID", "answer", "asks", "note"]
