"""Whether one is eligible, asked at a question of the eligibility check ("aku bisa ikut ga?",
"jadi aku memenuhi syarat?", "am I eligible?"): that is what the check is finding out, with how
many questions are left, and the pending question asked again (``flows.eligibility_asides``).
Before, the NLU's reading (check_eligibility) got the list of requirements as a side answer.
Only the bare question: one naming a situation ("kalo PNS bisa ikut ga?", "bisa ikut lagi?")
or a fact is read as it was."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt

_LEAD = (
    r"(?:(?:jadi|jd|jadinya|terus|trus|trs|berarti|brarti|nah|oh|hmm+|kak|min|so|btw|tapi|tp)\s+)*"
)
_ME = r"(?:aku|saya|sy|gw|gue|gua|aq|ak)"
_ASK = r"(?:(?:apakah|apa)\s+)?"
_JOIN = r"(?:ikut|ikutan|daftar|join|gabung|dapet|dapat|lolos)(?:\s+(?:prakerja|kartu prakerja))?"
_CAN = r"(?:bisa|bs|boleh|blh|bakal bisa|bakalan bisa|masih bisa)"
_MEETS = (
    r"(?:memenuhi|penuhi|memenuhin|lolos|masuk|lulus|termasuk)\s+(?:syarat|kriteria|persyaratan)"
    r"(?:nya)?(?:\s+prakerja)?|layak|eligible"
)
_TAIL = (
    r"(?:\s+(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|kah|ya|yah|nih|dong|sih|kak|min|"
    rf"gitu|ato|atau|apa|{_ME}|nggak sih|ga sih|gak sih))*"
)
_OWN = re.compile(
    rf"{_LEAD}{_ASK}(?:{_ME}\s+)?(?:{_CAN}\s+{_JOIN}|{_MEETS}){_TAIL}"
    rf"|{_LEAD}{_ASK}{_ME}\s+{_CAN}{_TAIL}"
)
_OWN_EN = re.compile(
    r"(?:(?:so|then|and|but|ok|okay|well)\s+)*"
    r"(?:am i (?:even |actually |really )?(?:eligible|qualified)"
    r"|(?:can|could|may) i (?:even |actually |really )?(?:join|apply|register|participate|sign up)"
    r"(?:\s+for)?(?:\s+(?:prakerja|kartu prakerja|it|the program|the programme))?"
    r"|do i (?:qualify|meet (?:the |all the |your )?(?:requirements|criteria))"
    r"|will i (?:be eligible|qualify)|i'?m eligible)"
    r"(?:\s+(?:then|now|or not|for prakerja))*"
)
MAX_LENGTH = 60


def asks_own_verdict(text: str) -> bool:
    """Only whether one is eligible asked ("aku bisa ikut ga?", "am I eligible?")."""
    plain = " ".join(re.sub(r"[^\w\s']+", " ", text.lower()).split())
    if not plain or len(plain) > MAX_LENGTH:
        return False
    return bool(_OWN.fullmatch(plain) or _OWN_EN.fullmatch(plain))


def questions_left(flow: Flow, state: State, turn: FlowTurn) -> int:
    """The questions still to answer, the pending one included (answers given ahead of their
    question are skipped, as the check skips them)."""
    left, current = 0, state
    for _ in flow.states:
        if current.slot is None or current.final:
            break
        if turn.slots.get(current.slot.name) is None:
            left += 1
        current = flow.state(flow.next_state(current, turn.slots, turn.ctx))
    return max(left, 1)


def answer(flow: Flow, state: State, turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """ "That's what we're checking now, N questions left", then the pending question."""
    if not asks_own_verdict(lowered):
        return None
    left = questions_left(flow, state, turn)
    key = "eligibility.checking_now.one" if left == 1 else "eligibility.checking_now.many"
    return [Outbound(turn.say(key, left=left)), prompt(flow, state, turn)]


__all__ = ["answer", "asks_own_verdict", "questions_left"]
