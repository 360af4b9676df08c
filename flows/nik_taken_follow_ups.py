"""Short follow-ups right after the "NIK already registered" answer (``kb.nik_taken``, or the
registration's own ``registration.nik_taken``): "trs gmn", "what should I do then" (the next
steps: log in or reset the password if registered before, else a complaint about the NIK),
"knp bisa gitu" (one NIK, one account: an account made earlier, or someone used the NIK),
"padahal aku blm pernah daftar" (someone may have used it: a complaint about the NIK) and "oh
iya dulu pernah daftar" (the old account: log in, reset the password). Outside a flow through
``flows.follow_ons``; inside one as a digression (``flows.nik_taken_aside``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.complaint_topics import file_complaint
from flows.last_answer import remember, short_after
from flows.messages import Button, Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "nik_taken"
"""The topic ``flows.last_answer`` records after an answer that the NIK is registered."""
MAX_WORDS = 8
"""A follow-up is short (as in ``flows.follow_ons``)."""

_NO = r"(?:blm|belum|ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|tak|never|not)"
_REGISTER = (
    r"(?:daftar\w*|mendaftar|registrasi|regist\w*|sign(?:ed)? up|bikin akun|buat akun|"
    r"membuat akun|punya akun|ikut\w*)"
)
NEVER = re.compile(
    rf"\b{_NO}\s+(?:(?:merasa|ngerasa|inget|ingat|ever)\s+)?(?:pernah\s+)?{_REGISTER}"
    rf"|\b(?:haven'?t|have not|didn'?t|did not)\s+(?:ever\s+)?(?:register\w*|sign(?:ed)? up)\b"
)
"""Never registered: "padahal aku blm pernah daftar", "ga pernah bikin akun", "never signed
up"."""
BEFORE = re.compile(
    rf"\b(?:pernah|dulu|dlu|sempat|sempet)\s+(?:(?:pernah|sempat|sempet)\s+)?{_REGISTER}"
    r"|\b(?:registered|signed up|made an account|had an account)\b(?:\s+\w+)?\s+before\b"
)
"""Registered before after all: "oh iya dulu pernah daftar", "udh pernah daftar 2020" (not
"udh coba daftar lagi": trying again)."""
WHY = re.compile(
    r"\b(?:kenapa|knp|napa|mengapa|kok bisa|koq bisa|why|how come|alasan\w*|sebab\w*|"
    r"penyebab\w*)\b"
)
"""Why it is registered: "knp bisa gitu", "kok bisa?", "why?"."""
NEXT = re.compile(
    r"\b(?:gimana|gmn|gmna|gimn|bagaimana|ngapain|solusi\w*|caranya|harus apa|hrs apa)\b"
    r"|\b(?:now what|what now|then what|what next|what (?:should|do|can) i do|how do i fix)\b"
)
"""What to do now: "trs gmn", "terus aku harus gimana", "what should I do then"."""
FOLLOW_UP = re.compile("|".join(f"(?:{p.pattern})" for p in (NEVER, BEFORE, WHY, NEXT)))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The follow-up's answer when the message just before got the NIK-registered answer and
    this short message asks a follow-up; else None."""
    text = short_after(turn, TOPIC, MAX_WORDS)
    return None if text is None else _answered(turn, text)


def reading(text: str) -> str | None:
    """What the follow-up asks: "never", "before", "why" or "next" (most specific first: "blm
    pernah daftar" says "pernah daftar" too), else None."""
    lowered = " ".join(text.lower().split())
    return next((name for name, words in _READINGS if words.search(lowered)), None)


def _answered(turn: FlowTurn, text: str) -> list[Outbound] | None:
    asked = reading(text)
    if asked is None:
        return None
    remember(turn, TOPIC)  # the next follow-up is still about the NIK
    return _ANSWERS[asked](turn)


def next_steps(turn: FlowTurn) -> list[Outbound]:
    """ "trs gmn": log in or reset the password if registered before, else a complaint."""
    return [turn.reply("kb.nik_taken_next", *_both(turn))]


def why(turn: FlowTurn) -> list[Outbound]:
    """ "knp bisa gitu": one NIK, one account; made earlier, or someone used the NIK."""
    return [turn.reply("kb.nik_taken_why", *_both(turn))]


def never(turn: FlowTurn) -> list[Outbound]:
    """ "padahal aku blm pernah daftar": someone may have used the NIK; a complaint about it
    (its Dukcapil fix is no help here) or a person."""
    report = file_complaint(turn, fix_shown="nik")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("kb.nik_taken_never", report, person, turn.menu_button())]


def before(turn: FlowTurn) -> list[Outbound]:
    """ "oh iya dulu pernah daftar": the old account; log in, reset the password."""
    account = turn.button("registration.account_help", "topic:account")
    report = file_complaint(turn, topic="account_recovery")
    return [turn.reply("kb.nik_taken_before", account, report, turn.menu_button())]


def _both(turn: FlowTurn) -> tuple[Button, Button, Button]:
    """Account help (registered before) and a complaint about the NIK (never registered)."""
    account = turn.button("registration.account_help", "topic:account")
    return account, file_complaint(turn, fix_shown="nik"), turn.menu_button()


_READINGS = (("never", NEVER), ("before", BEFORE), ("why", WHY), ("next", NEXT))
_ANSWERS: dict[str, Callable[[FlowTurn], list[Outbound]]] = {
    "never": never, "before": before, "why": why, "next": next_steps,
}  # fmt: skip


def _asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return _answered(turn, " ".join((turn.message.text or "").lower().split()))
    yield


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]]] = {
    TOPIC: (FOLLOW_UP, _asked),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = [
    "FOLLOW_UP", "FOLLOW_UPS", "TOPIC", "answer", "before", "never", "next_steps", "reading", "why",
]  # fmt: skip
