"""A disappointed reply right after a "not eligible" verdict ("yah", "yahh", "yah gak bisa dong",
"yaudah deh", "oh no, too bad"): a short, kind answer with what the user can still do, by the
rules that failed (DOMAIN.md "Eligibility"): the lower age and school only wait for time, a job
for leaving it, a graduate's listing for the school's update; the others (upper age, once in a
lifetime, citizenship, the family card's quota) no one can change. Before, it was "belum paham"
and the menu. An acknowledgment without disappointment ("oh gitu", "ok") keeps its own short
answer (``flows.route_vague``).

The verdicts record their failed rules (``record``): the check's (``flows.eligibility_verdict``)
and the ones said outside it (``flows.eligibility_situations``); the registration form's stop
for a birth date under the minimum age counts as "too_young" ("yah trs aku gmn" after it: from
the 18th birthday, before "Maksud kamu yang mana?")."""

from __future__ import annotations

import re
from typing import Any

from flows import eligibility_recap
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.turn import within_context_of

FAILED_RULES = "eligibility_failed_rules"
"""``session.profile`` key: [failed rules, ``Session.turns`` of the verdict, epoch seconds]."""
MAX_WORDS = 10

_SAD = (
    r"y+a+h+|yaudah|yaudh|ya+ udah|ya+ sudah|yasudah|yaelah|yailah|sedih\w*|hiks+|huhu+|huft+|"
    r"hufft+|haduh|aduh|duh|waduh|kecewa\w*|sayang(?:nya)?|nangis|nyesek|pupus|"
    r"oh no|too bad|oh well|bummer|so sad|sad|what a shame|shame|unfortunately|damn|aw+"
)
_CANT = (
    r"(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk)\s*(?:bisa|bs|boleh|lolos|dapet|dapat)"
    r"|gabisa|gbisa|gbs|can'?t|cannot|not eligible"
)
_FILLER = (
    r"deh|dong|sih|ya|kak|min|banget|bgt|nih|dah|lah|kok|ternyata|padahal|then|i guess|aja|oh|"
    r"gitu|begitu|berarti|brarti|jadi|jd|so|ok|oke|okay|hmm+|mah|aku|saya|sy|gw|gue|i|ikut|"
    r"daftar|join|apply|prakerja|kalau gitu|kalo gitu|klo gitu|that'?s|it|is|well"
)
_NEXT = (
    r"trs|terus|trus|tros|lalu|gmn|gimana|gmna|gmana|bagaimana|harus|hrs|apa|ngapain|"
    r"now what|what now|what do i do|what can i do|what should i do"
)
"""What now, said with a letdown ("yah trs gmn dong"): the same kind answer, not the menu."""
_LETDOWN = re.compile(rf"(?:(?:{_SAD}|{_CANT}|{_NEXT}|{_FILLER})\b\s*)+")
_FELT = re.compile(rf"\b(?:{_SAD}|{_CANT})\b")

_HINTS = {
    "too_young": "wait_age",
    "student": "after_school",
    "graduate_listed": "listed",
    "too_old": "family",
    "previous": "family",
    "kk_full": "kk",
}
"""The hint for each failed rule (``eligibility.letdown.*``); a job's is ``after_job``, any
other's ``final``."""
_FINAL = frozenset({"too_old", "previous", "not_citizen"})
"""Rules no one can change: their hint alone, the others' moot."""


def record(turn: FlowTurn, failed: list[str]) -> None:
    """A "not eligible" verdict with these failed rules was just given."""
    at = turn.message.at.timestamp()
    turn.session.profile[FAILED_RULES] = [list(failed), turn.session.turns, at]


def carry(turn: FlowTurn) -> None:
    """A follow-up to the verdict was answered ("kalo bulan depan aku 18?"): a "yah" after it
    is still about the verdict."""
    failed = just_failed(turn)
    if failed is not None:
        record(turn, failed)


def just_failed(turn: FlowTurn) -> list[str] | None:
    """The failed rules of a verdict given in answer to the message before this one."""
    for said in (turn.session.profile.get(FAILED_RULES), _registration_stop(turn)):
        if not isinstance(said, list) or len(said) != 3:
            continue
        rules, answered_in, at = said
        just = answered_in == turn.session.turns - 1
        if just and within_context_of(float(at), turn.message.at):
            return [str(rule) for rule in rules] if rules else None
    return None


_STOPS = {"too_young": "too_young", "too_old": "too_old"}
"""The registration form's final steps that are a "not eligible" verdict, and their rule."""


def _registration_stop(turn: FlowTurn) -> list[Any] | None:
    """The registration form stopped for the age, as a verdict's record."""
    finished = turn.session.profile.get(FINISHED)
    if not isinstance(finished, list) or len(finished) != 4 or finished[0] != "registration":
        return None
    rule = _STOPS.get(str(finished[1]))
    return None if rule is None else [[rule], finished[2], finished[3]]


def _said_sadly(text: str) -> bool:
    plain = re.sub(r"[^\w\s']+", " ", text).strip()
    short = 0 < len(plain.split()) <= MAX_WORDS
    return short and bool(_LETDOWN.fullmatch(plain)) and bool(_FELT.search(plain))


def _hint(rule: str) -> str:
    return _HINTS.get(rule) or ("after_job" if rule.startswith("occupation_") else "final")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The kind answer to a disappointed message right after a "not eligible" verdict."""
    text = " ".join((turn.message.text or "").lower().split())
    failed = just_failed(turn) if turn.message.payload is None else None
    if failed is None:
        return None
    recap = eligibility_recap.answer(turn, failed, text)  # "jadi saya ga bisa tapi adik bisa"
    if recap is not None:
        return recap
    if not _said_sadly(text):
        return None
    final = [rule for rule in failed if rule in _FINAL]
    hints = list(dict.fromkeys(_hint(rule) for rule in (final or failed)))
    rules = turn.ctx.programme
    limits = {"min_age": rules.min_age, "max_per_kk": rules.max_beneficiaries_per_kk}
    lines = " ".join(turn.say(f"eligibility.letdown.{key}", **limits) for key in hints)
    turn.session.misses = 0
    again = turn.button("eligibility.check_again", "flow:eligibility")
    return [turn.reply("eligibility.letdown.say", again, turn.menu_button(), hint=lines)]


__all__ = ["FAILED_RULES", "answer", "carry", "just_failed", "record"]
