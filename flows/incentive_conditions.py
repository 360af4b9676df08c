"""The incentive's conditions asked right after an incentive answer ("syaratnya apa aja" after
"Belum ada jadwal insentif"): what has to happen before it is paid (DOMAIN.md "Incentives" and
"Courses": the first course's certificate, the mandatory rating and review, a payout account in
one's own name), not the programme's eligibility check. Before, the NLU's reading (check
eligibility) listed the programme's requirements and asked an enrolled participant's age.

The same conditions asked in words of their own, whatever came before ("apa syarat supaya
insentif bisa cair", read as the eligibility check), and whether the incentive waits for every
course ("insentif dibayar setelah pelatihan pertama atau setelah semua pelatihan selesai?",
before the package's amounts): after the first course, that line first."""

from __future__ import annotations

import re

from flows.fallback import previous_intent
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_CONDITIONS = re.compile(
    r"^(?:(?:terus|trus|trs|jadi|jd|emang|emg|oh|oke|ok|kak|min)\s+)*"
    r"(?:syarat\w*|ketentuan\w*|conditions?|requirements?)(?:\s+(?:nya|insentif\w*))?"
    r"(?:\s+(?:apa|apaan|apa aja|apa saja|gimana|gmn|what are they|what))?"
    r"(?:\s+(?:aja|saja|sih|kak|min|ya|dong))*\W*$"
)
"""The conditions asked alone ("syaratnya apa aja", "trs syaratnya gmn", "what are the
conditions")."""
_INCENTIVE_INTENTS = frozenset({"incentive_status", "payment_account"})
_NAMED = re.compile(r"\b(?:insentif\w*|intensif\w*|incentives?)\b")
_NOT_THIS = re.compile(
    r"\b(?:survei\w*|survey\w*|daftar\w*|mendaftar|gabung\w*|lolos|join\w*|register\w*|"
    r"apply\w*|bansos|pkh)\b"
)
"""The survey's incentive, or joining the programme: other conditions."""
_ASKED = re.compile(r"\b(?:syarat\w*|persyaratan\w*|ketentuan\w*|conditions?|requirements?)\b")
_COURSE = r"(?:pelatihan\w*|kelas\w*|kursus\w*|trainings?|courses?|classes)"
_WHICH_COURSE = re.compile(
    rf"\b(?:semua|seluruh|all|every|each|tiap|setiap)\s+(?:(?:my|the|of|your)\s+)?{_COURSE}"
    rf"|\b{_COURSE}\s+(?:\w+\s+)?(?:semua\w*|selesai semua|all)\b"
)
"""Every course named: whether the incentive waits for all of them."""
_WHEN = re.compile(
    r"\b(?:setelah|sesudah|stlh|abis|habis|selesai|kelar|beres|nunggu|menunggu|tunggu|after|"
    r"wait|until|finish\w*|done|completed?)\b"
)
MAX_WORDS = 20


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The incentive's conditions right after incentive talk, or asked in full (after the
    first course, not all, when that is asked); else None."""
    message = turn.message
    text = message.words
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    lines: list[str] = []
    full = len(message.parts) < 2 and _asks_in_full(text)  # several questions: each its own
    if full and _WHICH_COURSE.search(text) and _WHEN.search(text):
        lines.append(turn.say("incentive_conditions.after_first"))
    elif not (full and _ASKED.search(text)):
        after = previous_intent(turn) in _INCENTIVE_INTENTS
        if not (after and _CONDITIONS.fullmatch(text)):
            return None
    facts = turn.ctx.programme.facts()
    lines.append(turn.say("incentive_conditions.list", **facts))
    return [Outbound("\n\n".join(lines), (turn.menu_button(),))]


def _asks_in_full(text: str) -> bool:
    """The incentive named in a short question that is not about the survey or joining."""
    short = len(text.split()) <= MAX_WORDS
    return short and bool(_NAMED.search(text)) and not _NOT_THIS.search(text)


__all__ = ["answer"]
