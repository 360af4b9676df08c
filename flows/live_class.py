"""Questions about one's live class (a webinar session), read from their words whatever the NLU
makes of them ("jam brp kelas live ku?" reads as a course search, "kalo ga bisa ikut webinar
nya gmn" as an eligibility check): when it is and where its link is (the provider sends both
through the platform), when the redeem code works for a session at a given time ("kelasnya jam
9, aku masukin jam 7": inside its window or not), and a session missed, joined late, or to be
moved ("bisa di reschedule?", "bisa minta kode baru?": only the provider can). Right after a
redeem-code or live-class answer a short follow-up needs no class word ("kelas aku jam 19.00
wib", "the class starts at 7pm, when can I use it?", "kalo aku masukin jam 5 sore bisa?").
Asked inside a flow, such a question is answered aside and the flow's question asked again."""

from __future__ import annotations

import re

from flows import class_times, redeem_lapsed
from flows.class_times import ClockTime, Said
from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM, webinar_link

TIMES = "class_times"
"""``session.profile`` key: the class's start and entry time said, and the turn they were said."""
_SKIPPED = ("complaint", "human_agent")
"""Intents that, read confidently, ask for something else: a report, a person."""

_STRONG = r"(?:webinar|zoom|gmeet|google meet|live|sesi)\w*"  # not "session": signing in
_CLASS = r"(?:kelas|pelatihan|kursus|training|course|class)\w*"
_OWN = r"(?:ku|nya|aku|ak|saya|sy|gue|gw|my)"
_MINE = (
    rf"(?:{_STRONG}|{_CLASS})(?<=nya)\b|(?:{_STRONG}|{_CLASS})(?<=ku)\b"
    rf"|(?:{_STRONG}|{_CLASS})\s+{_OWN}\b"
    rf"|\b(?:my|the|your)(?: next| upcoming| first)? (?:{_STRONG}|{_CLASS})"
)
_LIVE = re.compile(rf"\b(?:{_STRONG}\b|{_MINE})")
"""A live class named: a webinar, a session, or one's own class ("kelasnya", "my class", "my
next class": before, "when is my next class?" got the wave's dates)."""
_OWN_LIVE = re.compile(rf"\b(?:{_MINE})")
_CLASS_WORD = re.compile(rf"\b(?:{_STRONG}|{_CLASS})")
_REDEEM = re.compile(r"\bredeem|\bredem\b")
_ELSEWHERE = re.compile(
    r"\b(?:sertifikat|insentif|gelombang|pengumuman|pengaduan|aduan|tiket|saldo|rating|ulasan|"
    r"beli|membeli|dibeli|bayar|daftar|certificate|incentive|wave|ticket|balance|buy|bought|"
    r"login|log in|akun|account|password|sandi|otp|email|live ?chat)\w*"
)
"""Words of another question: a wave, an incentive, a purchase, a ticket, signing in ("my
session expired"), the live chat."""
_SCHEDULE = re.compile(
    r"\b(?:jadwal|jdwl|schedule)\w*|\b(?:jam|pukul) (?:berapa|brp|brapa|brpa)\b|\bkapan\b|"
    r"\bkpn\b|\bwhat time\b|\bwhen\b"
)
_LINK = re.compile(
    r"\b(?:link|tautan|url|undangan|invit\w*)\b|\bzoom\w*\b.{0,20}\b(?:mana|mn|dmn|dimana|where)\b"
)
_MISSED = re.compile(
    r"\b(?:ketinggalan|tertinggal|terlewat\w*|kelewat\w*|kelewatan|telat|tlt|tlat|terlambat|missed|"
    r"miss|late|expired?|kadaluarsa|kedaluwarsa|kadaluwarsa)\b"
    r"|\b(?:udh|udah|sudah|sdh|dah|uda|already)\s+(?:lewat|lwt|over|passed)\b"
)
_RESCHEDULE = re.compile(
    r"\bre-?sched\w*|\bjadwal(?:kan)? ulang\b|\bjadwal (?:baru|lain|pengganti)\b"
    r"|\b(?:pindah|ganti|ubah|geser|undur|mundurin|majuin)\w*\s+(?:ke\s+)?(?:jadwal|sesi)"
    r"|\b(?:sesi|kelas) (?:lain|pengganti|susulan)\b|\bsusulan\b"
    r"|\bnew (?:schedule|session|date|time)\b|\banother (?:session|schedule|date|class|time)\b"
    r"|\b(?:change|move)\w* (?:my |the )?(?:schedule|session|class)"
    r"|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|g|gabisa|gbs|berhalangan)\s*(?:bisa\s+)?"
    r"(?:ikut|hadir|join|dateng|datang)\b|\b(?:can'?t|cannot|won'?t be able to) "
    r"(?:attend|join|make it)\b"
)
"""Moving a session, or not attending it: only the provider decides."""
_NEW_CODE = re.compile(
    r"\b(?:kode|code)\s+(?:redeem\s+)?(?:baru|lagi|lain|pengganti)\b|\bminta kode\b"
    r"|\b(?:new|another) (?:redeem )?code\b"
)
_ATTENDANCE = re.compile(r"\b(?:absen\w*|presensi|kehadiran|attendance)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to a question about one's live class, else None."""
    message = turn.message
    if message.payload is not None or not message.text or len(message.parts) > 1:
        return None
    confident = message.confidence >= turn.ctx.programme.dialogue.min_confidence
    if message.intent in _SKIPPED and confident and not message.ambiguous:
        return None  # "webinar nya telat 2 jam, lembaganya ga profesional": a report
    lowered = message.text.lower()
    after = just_said(turn) in (LIVE_CLASS, REDEEM)
    replies = _timed(turn, lowered, after)
    if replies is None:
        replies = _asked(turn, lowered, after)
    if replies is not None:
        remember(turn, LIVE_CLASS)
    return replies


def aside(turn: FlowTurn) -> list[Outbound] | None:
    """Inside a flow, the answer to such a question its pending question did not take ("link
    zoom nya mana min" at the course search's price question), given as a digression: the
    runner asks the question again. The flow's question reads the message first (the runner
    digresses only when it is no answer), so a time typed where one is asked stays its answer.
    Before, the NLU's guess was followed there: the voucher codes, or a person."""
    if turn.session.flow is None:
        return None  # outside a flow ``answer`` is read before the intent (``route_text``)
    return answer(turn)


def _asked(turn: FlowTurn, lowered: str, after: bool) -> list[Outbound] | None:
    if _ELSEWHERE.search(lowered):
        return None
    live = after or bool(_LIVE.search(lowered))
    coded = live or bool(_REDEEM.search(lowered))
    if coded and (_RESCHEDULE.search(lowered) or _NEW_CODE.search(lowered)):
        return [_with_report(turn, "kb.class_reschedule")]
    if coded and redeem_lapsed.late_beyond(turn, lowered):  # "udah lewat 2 jam": lapsed
        return redeem_lapsed.answer(turn)
    if coded and _MISSED.search(lowered):
        return [_with_report(turn, "kb.class_missed")]
    if live and _LINK.search(lowered):
        return webinar_link(turn)
    if live and _ATTENDANCE.search(lowered):
        return [_with_report(turn, "kb.class_attendance")]
    if _OWN_LIVE.search(lowered) and _SCHEDULE.search(lowered):
        window = redeem_window(turn)
        body = turn.say("kb.training_progress") + "\n" + turn.say("kb.class_redeem_hint", **window)
        return [Outbound(body, (file_complaint(turn, topic="provider"), turn.menu_button()))]
    return None


def _with_report(turn: FlowTurn, key: str) -> Outbound:
    report = file_complaint(turn, topic="provider")
    return turn.reply(key, report, turn.menu_button(), **redeem_window(turn))


def _timed(turn: FlowTurn, lowered: str, after: bool) -> list[Outbound] | None:
    """A time said for the class or for entering the code: whether it is inside the window.
    Without an answer on the class just before, the message names the class or the code, and
    says the code or both times by their words ("kelasnya jam 9, aku masukin jam 7")."""
    earlier = earlier_times(turn) if after else Said()
    said = class_times.said(lowered, earlier.start)
    if said is None or _ELSEWHERE.search(lowered):
        return None
    coded = bool(_REDEEM.search(lowered))
    if not (after or coded or (said.cued and _CLASS_WORD.search(lowered))):
        return None
    start = said.start or earlier.start
    entry = said.entry or (earlier.entry if said.start is not None else None)
    keep(turn, start, entry)
    if start is None:
        at = class_times.shown(entry, turn.lang) if entry else ""
        return [
            turn.reply("kb.redeem_time_start", turn.menu_button(), at=at, **redeem_window(turn))
        ]
    return [window(turn, start, entry)]


def window(turn: FlowTurn, start: ClockTime, entry: ClockTime | None) -> Outbound:
    """The redeem window of a class starting at ``start``; with ``entry``, that moment set
    against it."""
    if entry is not None and start.loose and not entry.loose:
        start = start.near(entry)
    width = turn.ctx.programme.redeem_window_hours * 60
    lang = turn.lang
    times = {
        "start": class_times.shown(start, lang),
        "opens": class_times.shown(class_times.moved(start, -width), lang),
        "closes": class_times.shown(class_times.moved(start, width), lang),
    }
    if entry is None:
        return turn.reply("kb.redeem_window_at", turn.menu_button(), **times)
    entry = entry.near(start)
    late = class_times.offset(entry.minutes, start.minutes)
    key = "early" if late < -width else "late" if late > width else "inside"
    at = class_times.shown(entry, lang)
    return turn.reply(f"kb.redeem_time_{key}", turn.menu_button(), at=at, **times)


_KEPT_TURNS = 4
"""A time said stays the class's for this many turns of the chat."""


def earlier_times(turn: FlowTurn) -> Said:
    """The class's start and entry said in the last few turns (kept by ``keep``)."""
    kept = turn.session.profile.get(TIMES)
    if not isinstance(kept, dict) or turn.session.turns - int(kept.get("turn", -99)) > _KEPT_TURNS:
        return Said()
    return Said(_clock(kept.get("start")), _clock(kept.get("entry")))


def keep(turn: FlowTurn, start: ClockTime | None, entry: ClockTime | None) -> None:
    """Keep the class's start and entry for the next few turns ("kalo jam 12 udh bisa?")."""
    turn.session.profile[TIMES] = {
        "start": [start.minutes, start.loose] if start else None,
        "entry": [entry.minutes, entry.loose] if entry else None,
        "turn": turn.session.turns,
    }


def _clock(kept: object) -> ClockTime | None:
    if not isinstance(kept, list) or len(kept) != 2:
        return None
    return ClockTime(int(kept[0]), bool(kept[1]))


__all__ = ["TIMES", "answer", "aside", "earlier_times", "keep", "window"]
