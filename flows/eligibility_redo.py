"""A correction right after a "not eligible" verdict ("eh salah ketik, 27 maksudnya", "eh salah,
aku udah lulus", "sorry typo, I'm 27"): the check runs again with the answers given before and
the corrected one, so the verdict is judged again. Before, "Maksud kamu yang mana?" followed
and the false "not eligible" stood.

The check's answers are kept at each verdict (``keep``); a correction of a rule that failed,
read by that rule's own question reader, restarts the check (``corrected`` gives the payload
that starts it) and its first step takes those answers back (``restored``)."""

from __future__ import annotations

import copy
import re
from dataclasses import replace

from flows import eligibility_answers as answers
from flows import eligibility_birth_date, eligibility_minor
from flows.eligibility_answers import Reader
from flows.eligibility_verdict import failures
from flows.result import Valid
from flows.runtime import controls
from flows.runtime.machine import FlowTurn, Slots
from flows.runtime.transitions import FINISHED
from flows.turn import Message, within_context_of

LAST = "eligibility_last_answers"
"""``session.profile``: the check's answers at its last verdict."""
REDO = "eligibility_redo"
"""``session.profile``: the answers the check restarts with after a correction."""
START = "flow:eligibility"
_LINE = "_redo_line"
"""Key in ``REDO``: the line saying why the check is run again (``eligibility.<line>``)."""
_ANSWERS = ("age", "citizen", "school", "occupation", "previous", "kk_count", "bansos")
_READERS: dict[str, Reader] = {
    "age": answers.age,
    "citizen": answers.citizen,
    "school": answers.school,
    "occupation": answers.occupation,
    "previous": answers.previous,
    "kk_count": answers.kk_count,
    "bansos": answers.bansos,
}
_PASSED = ("age", "citizen", "occupation", "previous", "kk_count")
"""The answers a correction after an "eligible" verdict may change (the school and aid ones
read a bare "masih" / "ya" too readily)."""
_SLOT_OF = {
    "too_young": "age",
    "too_old": "age",
    "not_citizen": "citizen",
    "student": "school",
    "graduate_listed": "school",
    "previous": "previous",
    "kk_full": "kk_count",
    "bansos": "bansos",
}


def keep(turn: FlowTurn) -> None:
    """The check's answers, kept at its verdict (a correction next judges them again)."""
    kept = {name: turn.slots[name] for name in _ANSWERS if name in turn.slots}
    turn.session.profile[LAST] = kept


def _slot_of(reason: str) -> str:
    return "occupation" if reason.startswith("occupation_") else _SLOT_OF.get(reason, "")


def _just_failed(turn: FlowTurn, end: str = "not_eligible") -> bool:
    """The message comes right after a "not eligible" verdict (or the ``end`` named)."""
    finished = turn.session.profile.get(FINISHED) or []
    if len(finished) != 4 or finished[:2] != ["eligibility", end]:
        return False
    just = finished[2] == turn.session.turns - 1
    return just and within_context_of(float(finished[3]), turn.message.at)


def corrected(turn: FlowTurn) -> str | None:
    """Right after a "not eligible" verdict, a correction of an answer that failed a rule: the
    payload that starts the check again (with the answers kept and the corrected one); else
    None."""
    message, profile = turn.message, turn.session.profile
    last = profile.get(LAST)
    if message.payload is not None or not isinstance(last, dict):
        return None
    lowered = " ".join((message.text or "").lower().split())
    born = eligibility_birth_date.given(message)  # "lahir 2 januari 2008": the age corrected
    said = controls.is_correction(message)
    passed = said and _just_failed(turn, "eligible")  # "eh tunggu, umurku 66" after "eligible"
    if not (passed or _just_failed(turn) or (born and eligibility_minor.recent(turn))):
        return None
    if not (said or born):
        return _answered_later(turn, last, lowered)
    soon = eligibility_minor.turning(lowered, turn.ctx.programme.min_age)
    changed: Slots = {}
    names = _PASSED if passed else [_slot_of(reason) for reason in failures(last, turn.ctx)]
    for name in names:
        if (name == "age" and soon) or (name != "age" and not said):
            continue  # "eh salah, 18 tahun bulan depan": still 17 today, no 18 to judge
        reader = _READERS.get(name)
        probe = copy.deepcopy(last)
        read = _birth_year(message) if name == "age" else message
        found = reader(read, probe, turn.ctx) if reader else None
        if isinstance(found, Valid) and found.value != last.get(name):
            changed.update({key: value for key, value in probe.items() if key not in last})
            changed[name] = found.value  # with what the reader noted ("udah lulus": graduated)
            if passed:
                break  # "umurku 66": the age, not also a count of 66 on the family card
    if not changed:
        return None
    profile[REDO] = {**last, **changed}
    return START


_SCHOOL_WORDS = re.compile(
    r"\b(?:sekolah|skolah|kuliah|kul|lulus|tamat|sma|smk|kampus|school|college)\b"
)


def _answered_later(turn: FlowTurn, last: Slots, lowered: str) -> str | None:
    """Right after a "not eligible" verdict, the school question answered though it was never
    asked ("enggak kak ga kuliah lg udh lulus" after "gk" to the citizen question): taken in,
    the check judged again with it (probe p25c b d15: a clarification offered "Berhenti
    langganan")."""
    if "school" in last or not _just_failed(turn) or not _SCHOOL_WORDS.search(lowered):
        return None
    probe = copy.deepcopy(last)
    found = answers.school(turn.message, probe, turn.ctx)
    if not isinstance(found, Valid):
        return None
    extra = {key: value for key, value in probe.items() if key not in last}
    turn.session.profile[REDO] = {**last, **extra, "school": found.value, _LINE: "redo_noted"}
    return START


_LONE_YEAR = re.compile(r"^\D*\b((?:19|20)\d{2})\b\D*$")
"""One year and no other number ("eh maksudnya 1990" after a date of birth in 1960)."""


def _birth_year(message: Message) -> Message:
    """A lone year in an age's correction is the year of birth ("lahir 1990"), not an age."""
    found = _LONE_YEAR.match(message.text or "")
    return replace(message, text=f"lahir {found.group(1)}") if found else message


def restored(turn: FlowTurn) -> list[str]:
    """At the check's start after a correction: the answers taken back, and the line that says
    the check is run again; else nothing."""
    redo = turn.session.profile.pop(REDO, None)
    if not isinstance(redo, dict):
        return []
    line = str(redo.pop(_LINE, "redo"))
    turn.slots.update(redo)
    return [turn.say(f"eligibility.{line}")]


__all__ = ["LAST", "REDO", "corrected", "keep", "restored"]
