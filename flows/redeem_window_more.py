"""More follow-ups on the redeem code's window right after a redeem-code or live-class answer:
the class's start told inside a story ("pdhl baru beli td pagi, kelasnya jam 7 mlm": its
window, not a complaint form asking an order number), waiting for the window to open ("oh jd
hrs nunggu jam 6 gitu?", "ok so i wait till 6?": yes, from then until when), and the window in
another time zone ("kalo sy di makassar brarti jam brp wita?": the same window in WITA).
Before, the first opened the complaint form, the second got "belum menangkap" or "Which one do
you mean?" and the third the course's schedule on the platform."""

from __future__ import annotations

import re

from flows import class_times
from flows.class_times import ClockTime
from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.live_class import earlier_times, keep, window
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 16
_OTHER = re.compile(
    r"\b(?:saldo\w*|balance|insentif\w*|incentive\w*|sertifikat\w*|certificate\w*|gelombang\w*|"
    r"wave\w*|daftar\w*|register\w*|pengumuman|rating|ulasan|refund\w*|ganti\w*)\b"
)
"""Words of another question: the balance, the incentive, a certificate, a wave."""
_CLASS = re.compile(
    r"\b(?:kelas\w*|class\w*|webinar\w*|sesi\w*|session\w*|zoom\w*|live\w*|mulai\w*|start\w*)"
)
_WAIT = re.compile(
    r"\b(?:nunggu|tunggu\w*|ditunggu|wait\w*|till|until|sampai|sampe|smp|baru bisa|nanti)\b"
    r"(?:\s+(?:till|until|sampai|sampe|smp|sampe|to))?\s+(?:jam\s+|pukul\s+|at\s+)?"
    r"(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?\b"
)
"""Waiting for a time: "nunggu jam 6", "wait till 6", "tunggu sampai 18.00"."""
_ZONES = {"wita": 1, "wit": 2}
_ZONE_WORD = re.compile(r"\b(?P<zone>wita|wit)\b")
_WITA_PLACES = re.compile(
    r"\b(?:makassar|mksr|bali|denpasar|lombok|mataram|ntb|ntt|kupang|flores|sulawesi|manado|"
    r"palu|kendari|gorontalo|balikpapan|samarinda|banjarmasin|kalsel|kaltim|kaltara|bontang|"
    r"tarakan|labuan bajo|bima|sumbawa|pare-?pare|bone|mamuju)\b"
)
_WIT_PLACES = re.compile(
    r"\b(?:papua|jayapura|sorong|merauke|timika|manokwari|maluku|ambon|ternate|tual|tidore)\b"
)
_ASKS_TIME = re.compile(
    r"\b(?:jam\s+(?:brp|berapa|brapa|brpa)|pukul\s+berapa|brarti|berarti|jadinya|jadi\w*|"
    r"what time|which time|so)\b|\?"
)


def class_told(turn: FlowTurn) -> list[Outbound] | None:
    """The class's start told right after a redeem answer, even inside a story ("pdhl baru beli
    td pagi, kelasnya jam 7 mlm"): its window and the complaint if refused within it."""
    text = _short_after(turn)
    if text is None or _OTHER.search(text) or not _CLASS.search(text):
        return None
    said = class_times.said(text)
    if said is None or said.start is None or said.entry is not None:
        return None
    keep(turn, said.start, None)
    remember(turn, LIVE_CLASS)
    times = _times(turn, said.start)
    report = file_complaint(turn, topic="purchase_redeem")
    return [turn.reply("redeem_window_more.told", report, turn.menu_button(), **times)]


def wait_asked(turn: FlowTurn) -> list[Outbound] | None:
    """ "oh jd hrs nunggu jam 6 gitu?" against the class's start said before: yes from the
    window's opening; another time set against the window."""
    text = _short_after(turn)
    start = earlier_times(turn).start
    if text is None or start is None or _OTHER.search(text):
        return None
    return _wait(turn, text, start)


def _wait(turn: FlowTurn, text: str, start: ClockTime) -> list[Outbound] | None:
    found = _WAIT.search(text)
    if found is None:
        return None
    hour, minute = int(found.group("hour")), int(found.group("minute") or 0)
    if not 0 <= hour <= 24 or minute > 59:
        return None
    asked = ClockTime(hour % 24 * 60 + minute, 1 <= hour <= 12).near(start)
    remember(turn, LIVE_CLASS)
    width = turn.ctx.programme.redeem_window_hours * 60
    if class_times.offset(asked.minutes, start.minutes) != -width:
        return [window(turn, start, asked)]
    return [turn.reply("redeem_window_more.wait", turn.menu_button(), **_times(turn, start))]


def aside(turn: FlowTurn) -> list[Outbound] | None:
    """Inside a form (the redeem-code complaint asking an order number), "oh jd hrs nunggu jam
    6 gitu?" or the window in WITA against the class's start said just before or in the
    complaint's story: answered aside, the form's question asked again by the runner."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if turn.session.flow is None or message.payload is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or _OTHER.search(text):
        return None
    start = earlier_times(turn).start or _story_start(turn)
    if start is None:
        return None
    replies = _wait(turn, text, start) or _zoned(turn, text, start)
    if replies is not None:
        keep(turn, start, None)
    return replies


def _story_start(turn: FlowTurn) -> ClockTime | None:
    """The class's start told in a redeem-code complaint's story ("kelasnya jam 7 mlm")."""
    if turn.slots.get("category") != "purchase_redeem":
        return None
    said = class_times.said(str(turn.slots.get("description") or "").lower())
    return said.start if said is not None else None


def zone_asked(turn: FlowTurn) -> list[Outbound] | None:
    """ "kalo sy di makassar brarti jam brp wita?": the window moved to WITA or WIT, the class's
    time read as WIB (the programme's times are WIB), the platform's schedule to check."""
    text = _short_after(turn)
    start = earlier_times(turn).start
    if text is None or start is None or _OTHER.search(text):
        return None
    return _zoned(turn, text, start)


def _zoned(turn: FlowTurn, text: str, start: ClockTime) -> list[Outbound] | None:
    zone = _zone(text) if _ASKS_TIME.search(text) else None
    if zone is None:
        return None
    times = _times(turn, start)
    shifted = _times(turn, class_times.moved(start, _ZONES[zone] * 60))
    remember(turn, LIVE_CLASS)
    said = {"zone": zone.upper(), "start": times["start"], "local_start": shifted["start"]}
    edges = {"opens": shifted["opens"], "closes": shifted["closes"]}
    return [turn.reply("redeem_window_more.zone", turn.menu_button(), **said, **edges)]


def _zone(text: str) -> str | None:
    named = _ZONE_WORD.search(text)
    if named is not None:
        return named.group("zone")
    if _WIT_PLACES.search(text):
        return "wit"
    if _WITA_PLACES.search(text):
        return "wita"
    return None


def _short_after(turn: FlowTurn) -> str | None:
    """The typed message (lowercase) when short and right after a redeem or live-class
    answer outside a flow; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if turn.session.flow is not None or message.payload is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or just_said(turn) not in (LIVE_CLASS, REDEEM):
        return None
    return text


def _times(turn: FlowTurn, start: ClockTime) -> dict[str, object]:
    width = turn.ctx.programme.redeem_window_hours * 60
    lang = turn.lang
    return {
        "start": class_times.shown(start, lang),
        "opens": class_times.shown(class_times.moved(start, -width), lang),
        "closes": class_times.shown(class_times.moved(start, width), lang),
        **redeem_window(turn),
    }


__all__ = ["aside", "class_told", "wait_asked", "zone_asked"]
