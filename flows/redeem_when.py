"""When the redeem code is used, and what if one is late, asked right after the redeem-code
answer ("itu dipake kapan?", "jam berapa masukinnya", "kalo telat gmn", "what if I'm late?"):
the code works only from ``redeem_window_hours`` before to as long after the session starts
(DOMAIN.md "Courses"); the session's time is on the training's page at the platform, set by the
training provider; past the window that session's code lapses (``flows.redeem_lapsed``).

Also "kapan bisa mulai" from a participant with a course bought and not finished: the same
window, with where the session's schedule is. Before, "itu dipake kapan?" got wave 72's dates,
"kalo telat gmn" the closed-wave text, and "kapan bisa mulai" right after buying the generic
help with the whole menu."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM
from flows.turn import Ask
from flows.views import EnrolmentView

MAX_WORDS = 8
"""A follow-up is short; a longer message says what it is about itself."""

WHEN = re.compile(
    r"\b(?:kapan|kpn|jam (?:berapa|brp|brapa)|pukul berapa|when|what time|waktu\w*)\b"
)
"""When the code is used: "itu dipake kapan?", "jam brp masukinnya", "when do I use it"."""
LATE = re.compile(
    r"\b(?:telat|tlt|tlat|terlambat|kelewat\w*|kelewatan|ketinggalan|lewat|late|missed?|miss)\b"
)
"""Late for the session: "kalo telat gmn", "kalo kelewat?", "what if I'm late"."""
START = re.compile(
    r"\b(?:kapan|kpn)\b.{0,20}\b(?:mulai\w*|start\w*)\b|\b(?:mulai\w*)\b.{0,10}\b(?:kapan|kpn)\b"
    r"|\bwhen (?:can|do|does|will) (?:i|it|the \w+|my \w+) (?:start|begin)\b"
)
"""When the bought training starts: "kapan bisa mulai", "mulainya kapan", "when can I start"."""
_OTHER = re.compile(
    r"\b(?:saldo\w*|balance|insentif\w*|incentive\w*|sertifikat\w*|certificate\w*|gelombang\w*|"
    r"wave\w*|daftar\w*|register\w*|pengumuman\w*|hasil\w*|survei\w*|rating|ulasan|deadline\w*|"
    r"batas\w*|tenggat)\b"
)
"""Another subject named: the question is that subject's ("sertifikat muncul kapan", "deadline
aku kapan tadi" after the redeem answer: the purchase deadline)."""
_CODE = re.compile(r"\b(?:kode\w*|code\w*|voucher\w*|vocer\w*|redeem\w*|redem\w*)\b")
"""The code named: a question of its own, answered as one."""


def _short(turn: FlowTurn) -> str | None:
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    return None if _OTHER.search(text) else text


def window(turn: FlowTurn) -> list[Outbound] | None:
    """When the redeem code is used, and where the session's time is; None when another subject
    or the code itself is named (a question of its own: "when can I use the redeem code?") or
    the message is long."""
    text = _short(turn)
    if text is None or _CODE.search(text):
        return None
    turn.session.misses = 0
    remember(turn, REDEEM)  # "kalo telat gmn" next: that session's code lapses
    return [turn.reply("redeem_when.window", turn.menu_button(), **redeem_window(turn))]


def late(turn: FlowTurn) -> list[Outbound] | None:
    """Late for the session: past the window that session's code lapses, the provider decides
    on a replacement; None when another subject is named, a time or how late is said ("kalo
    telat 2 jam gimana": ``flows.live_class`` reads it), or the message is long."""
    text = _short(turn)
    if text is None or any(ch.isdigit() for ch in text):
        return None
    turn.session.misses = 0
    remember(turn, LIVE_CLASS)  # "bisa minta sesi lain?" next: still about the class
    report = file_complaint(turn, topic="provider")
    return [turn.reply("redeem_when.late", report, turn.menu_button(), **redeem_window(turn))]


def start_asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "kapan bisa mulai" with a bought course not finished, or right after the redeem-code
    answer: where the session's schedule is, and the code's window; else None."""
    text = _short(turn)
    if text is None or turn.session.participant_id is None or not START.search(text):
        return None
    if just_said(turn) != REDEEM:
        person = yield from participant(turn)
        if person is None:
            return None
        bought: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
        if not any(item.status == "purchased" for item in bought):
            return None
    turn.session.misses = 0
    remember(turn, REDEEM)  # "kalo telat gmn" next: that session's code lapses
    return [turn.reply("redeem_when.start", turn.menu_button(), **redeem_window(turn))]


def _now(
    answer: Callable[[FlowTurn], list[Outbound] | None],
) -> Callable[[FlowTurn], Ask[list[Outbound] | None]]:
    def asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
        return answer(turn)
        yield

    return asked


FOLLOW_UPS: tuple[tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]], ...] = (
    (LATE, _now(late)),
    (WHEN, _now(window)),
)
"""Follow-ups of the redeem-code answer (``flows.follow_ons``), the late one first ("kalo
telat, kapan lagi?" is about being late); "hangus dong?" stays ``flows.redeem_lapsed``'s."""


__all__ = ["FOLLOW_UPS", "LATE", "START", "WHEN", "late", "start_asked", "window"]
