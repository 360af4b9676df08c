"""Follow-ups on the redeem code's window once a class's start time is known ("webinarnya jam 7
malem ini" answered with 18.00–20.00): "trus kapan bisa dipakenya" (that window again, not the
course's schedule on the platform), "kalo telat masuk sejam lebih gmn? kan aku kerja" (past the
window that session's code no longer works: ask the provider about another session, DOMAIN.md
"Courses"), and "webinar aku jam 13.00, skrg bisa masukin kode redeem ga?" (whether now, in
WIB, is inside the window). Before, the first got "I don't hold the schedule", the second
started the eligibility check and the third only gave the window."""

from __future__ import annotations

import re
from datetime import timedelta

from flows import class_times
from flows.class_times import ClockTime, Said
from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.live_class import earlier_times, keep, window
from flows.messages import Outbound
from flows.redeem_when import LATE, WHEN
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 14
"""A follow-up, even a chatty one ("kan aku kerja"), stays short."""
_NOW = re.compile(r"\b(?:skrg|skrang|sekarang|skr|now|right now|saat ini)\b")
_USE = re.compile(
    r"\b(?:di)?(?:pake|pakai|paka)\w*|\b(?:masuk|masukin|masukkan|input|redeem|redem|kode|code|"
    r"use|used|enter)\w*|\bbisa\b"
)
"""Using the code ("kapan bisa dipakenya"), not the course's schedule ("jadwalnya kapan")."""
_CODE = re.compile(r"\b(?:redeem|redem|kode|code)")
_SCHEDULE = re.compile(r"\b(?:jadwal\w*|schedule\w*|mulai\w*|start\w*|link|zoom\w*|tautan)\b")
_OTHER = re.compile(
    r"\b(?:saldo\w*|balance|insentif\w*|incentive\w*|sertifikat\w*|certificate\w*|gelombang\w*|"
    r"wave\w*|daftar\w*|register\w*|pengumuman\w*|beli\w*|buy|batas\w*|deadline|rating|ulasan)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The window, being late for it, or now against it, for the class's start; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if _OTHER.search(text):
        return None
    after = just_said(turn) in (LIVE_CLASS, REDEEM)
    kept = earlier_times(turn).start if after else None
    said = class_times.said(text, kept)
    if said is not None:
        return _now_asked(turn, text, said, kept)
    if kept is None:
        return None
    if LATE.search(text):
        return _late(turn, kept)
    if WHEN.search(text) and _USE.search(text) and not _SCHEDULE.search(text):
        remember(turn, LIVE_CLASS)
        return [window(turn, kept, None)]
    return None


def _now_asked(
    turn: FlowTurn, text: str, said: Said, kept: ClockTime | None
) -> list[Outbound] | None:
    """ "webinar aku jam 13.00, skrg bisa masukin kode redeem ga?": now against the window."""
    start = said.start or kept
    if start is None or said.entry is not None or not _NOW.search(text):
        return None
    if kept is None and not _CODE.search(text):
        return None  # no class just before: the code named ("skrg bisa masukin kode redeem?")
    local = turn.message.at + timedelta(hours=turn.ctx.programme.staff_hours.utc_offset_hours)
    now = ClockTime(local.hour * 60 + local.minute, False)
    keep(turn, start, None)
    remember(turn, LIVE_CLASS)
    return [window(turn, start, now)]


def _late(turn: FlowTurn, start: ClockTime) -> list[Outbound]:
    """Later than the window: that session's code lapses; the provider decides on another."""
    remember(turn, LIVE_CLASS)  # "hangus dong?" next: still that session
    report = file_complaint(turn, topic="provider")
    times = _times(turn, start)
    return [turn.reply("redeem_window_asks.late", report, turn.menu_button(), **times)]


def _times(turn: FlowTurn, start: ClockTime) -> dict[str, object]:
    width = turn.ctx.programme.redeem_window_hours * 60
    lang = turn.lang
    return {
        "start": class_times.shown(start, lang),
        "opens": class_times.shown(class_times.moved(start, -width), lang),
        "closes": class_times.shown(class_times.moved(start, width), lang),
        **redeem_window(turn),
    }


__all__ = ["answer"]
