"""The time of a selected participant's own first-purchase deadline, and whether its last day
still counts, asked right after their deadline or balance (or naming the deadline):

- "jam brp tepatnya", "sampe jam brp", "when is my deadline exactly, what time": the record's
  time in WIB ("paling lambat 10 Desember 2026 pukul 23.59 WIB"); before, "out of scope", the
  open wave's closing time, or "which one do you mean?";
- "berarti tgl 10 masih bisa beli?", "klo beli tgl itu jam 10 malem masih aman?": yes, the
  deadline's day counts until its time (a day after it: no); before, the balance text again,
  whose "sebelum 10 Desember" sounded like no;
- "masih sempet ga kalo sy beli jam 8 malem": that time on the deadline's day, before or after
  it (``flows.purchase_deadline_hour``).

None: not linked, not selected, the deadline gone (``flows.purchase_deadline``), or not asked."""

from __future__ import annotations

import re

from babel.dates import format_date

from flows import money_help
from flows import purchase_deadline_hour as hours
from flows import purchase_deadline_mine as mine
from flows.deadline_words import clock, deadline_at, in_wib
from flows.era_answers import BALANCE_RULE
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.my_selection import SELECTED
from flows.purchase_deadline import deadline_ahead
from flows.runtime.machine import FlowTurn

MAX_WORDS = 14
AFTER = (SELECTED, mine.DEADLINE_TOPIC, BALANCE_RULE, money_help.BALANCE)
"""Answers that told the deadline: one's selection, the deadline itself, the balance."""

_LIMIT = re.compile(r"\b(?:batas\w*|deadline\w*|dedline\w*|tenggat\w*|due date|cut.?off)\b")
_TIME = re.compile(
    r"\b(?:jam|jm|pukul|pkl)\s*(?:berapa|brp|brapa|brp\w*)\b|\bwhat time\b|\bjam\s+\w*\s*tepat\w*"
    r"|\b(?:tepatnya|exactly|exact time|sampai jam|sampe jam|smpe jam|until what time)\b"
)
_DAY = re.compile(
    r"\b(?:tgl|tanggal|tg|on the|on)\s*(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)\b"
    r"|\b(?:tgl|tanggal) (?:itu|tsb|tersebut|terakhir)\b|\bhari (?:itu|terakhir)\b|"
    r"\b(?:that day|the last day|on the day)\b"
)
_STILL = re.compile(
    r"\b(?:masih|msh|bisa|bs|aman|boleh|sempat|sempet|dihitung|keitung|still|can|ok|okay|"
    r"counts?|allowed)\b"
)
_OTHER = re.compile(
    r"\b(?:gelombang\w*|wave\w*|insentif\w*|incentive\w*|sertifikat\w*|certificate\w*|"
    r"pengaduan|complaint|redeem|kode|code|webinar|sesi|session|kelas\w* jam)\b"
)
"""Another subject's time: a wave's closing, a class session, a redeem window."""
TOPIC = mine.DEADLINE_TOPIC


def answer(turn: FlowTurn) -> Answer:
    """The deadline's time, or whether its day still counts; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if turn.session.participant_id is None or len(text.split()) > MAX_WORDS:
        return None
    if _OTHER.search(text) or not (_LIMIT.search(text) or just_said(turn) in AFTER):
        return None
    day = _DAY.search(text)
    asks_day = day is not None and _STILL.search(text) is not None
    hour = hours.said_minutes(text) if _STILL.search(text) and day is None else None
    if not (asks_day or hour is not None or _TIME.search(text)):
        return None
    person = yield from participant(turn)
    if person is None or (deadline := deadline_ahead(turn, person)) is None:
        return None
    facts = {
        "deadline": deadline_at(deadline, turn.lang),
        "time": clock(deadline, turn.lang),
        "day": format_date(in_wib(deadline).date(), "d MMMM", locale=_locale(turn.lang)),
    }
    key = "purchase_deadline_time.time"
    if hour is not None:  # "kalo sy beli jam 8 malem": that time on the deadline's day
        facts["hour"] = hours.shown(hour, turn.lang)
        inside = hours.before_deadline(hour, deadline)
        key = "purchase_deadline_hour." + ("in_time" if inside else "too_late")
    elif asks_day and day is not None:
        number = next((int(g) for g in day.groups() if g), None)
        last = in_wib(deadline).day
        now_day = in_wib(message.at).day
        if number is None or number == last:
            key = "purchase_deadline_time.day_counts"
        elif number < last or number == now_day:
            key = "purchase_deadline_time.day_before"
        else:
            key = "purchase_deadline_time.day_after"
    remember(turn, TOPIC)  # "kalo telat?" next: what missing it means
    search = turn.button("menu.courses", "flow:course_choice")
    body = f"{turn.say(key, **facts)} {mine.left_line(turn, deadline)}"
    return [Outbound(body, (search, turn.menu_button()))]


def _locale(language: str) -> str:
    return "en" if language == "en" else "id"


__all__ = ["TOPIC", "answer"]
