"""What the assistant says about registration waves: the one open now or the next one, and a
wave asked for by number ("gelombang 73 kapan dibuka?", "pengumuman gelombang 71 kapan?"); a
number not scheduled is said to be so, and then news by broadcast offered. A short "kalo
gelombang 100?" (read as a subscription) asks about that wave. "tahun ini ada ga?" right after
the wave answer asks whether one is coming (``later_asked``): with none open or announced,
nobody can say, and news by broadcast is offered. Dates come from the database, never from
the assistant."""

from __future__ import annotations

import re
from datetime import datetime

from flows.formatting import count, long_date
from flows.messages import Outbound
from flows.queries import WaveByNumber, WaveQuery
from flows.responses import text
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import WaveView


def named_wave(turn: FlowTurn) -> int | None:
    """The wave number the message names ("gelombang 73", "gel. 12"), if any."""
    found = turn.message.entity("wave")
    return int(found) if isinstance(found, int) and found > 0 else None


MISREAD = frozenset({"subscribe", "unsubscribe", "out_of_scope", "inform", "help", "greet"})
"""Readings of a short question about a numbered wave that name no wave topic."""
MAX_WORDS = 6
_NEWS = re.compile(
    r"langgan\w*|subscri\w*|siaran|broadcast|notif\w*|kabar\w*|\bunsub\w*|\bspam\b|"
    r"\binformasikan\b|\bingetin\b|\bingatkan\b|\bremind\w*|\bnotify\b|\blet me know\b"
)
"""Asking to be told ("kabarin kalo gelombang 100 dibuka"): a subscription, not a question."""


def asks_about_wave(turn: FlowTurn, unsure: bool) -> bool:
    """ "kalo gelombang 100?", "klo gel 73 gmn" (read as a subscription): a wave question."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if named_wave(turn) is None or message.payload is not None or len(text.split()) > MAX_WORDS:
        return False
    if _NEWS.search(text):
        return False
    return message.intent in MISREAD or unsure


def wave_reply(turn: FlowTurn, body: str, wave: WaveView | None) -> Outbound:
    """``body`` on a numbered wave; one not scheduled (``wave`` None) adds news offered by
    broadcast ("Kabari aku"), once it is said that there is no date."""
    if wave is not None:
        return Outbound(body, (turn.menu_button(),))
    offer = turn.button("registration.notify_me", "subscribe", means="yes")
    body = body + "\n" + turn.say("waves.notify_offer")
    return Outbound(body, (offer, turn.menu_button()))


LATER = re.compile(
    r"\b(?:tahun|thn|bulan|bln|minggu|pekan)\s+(?:ini|depan|dpn|besok)\b|\b20\d\d\b"
    r"|\b(?:ada|buka|dibuka|bakal|akan)\s+(?:lagi|lg)\b|\b(?:masih|bakal|akan)\s+(?:ada|buka|dibuka)\b"
    r"|\b(?:this|next)\s+(?:year|month|week)\b|\bany (?:more|other|upcoming|new)\b|\bagain\b"
)
"""Whether a wave is coming: "tahun ini ada ga", "bulan depan buka?", "masih ada lagi?"."""


def later_asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "tahun ini ada ga" right after the wave answer: with a wave open or scheduled, that
    one; with none, nobody can say yet (no date is guessed) and news by broadcast is offered.
    None: a wave named by number (the wave answer's own question)."""
    if named_wave(turn) is not None:
        return None
    open_wave, next_wave = yield WaveQuery()
    if open_wave is not None or next_wave is not None:
        body = yield from waves_text(turn.lang)
        return [Outbound(body, (turn.menu_button(),))]
    offer = turn.button("registration.notify_me", "subscribe", means="yes")
    body = turn.say("waves.none_later") + "\n" + turn.say("waves.notify_offer")
    return [Outbound(body, (offer, turn.menu_button()))]


def waves_text(language: str) -> Ask[str]:
    open_wave, next_wave = yield WaveQuery()
    if open_wave is not None:
        return _open(open_wave, language)
    if next_wave is not None:
        opens = long_date(next_wave.opens_at, language)
        return text(language, "topic.waves_next", number=next_wave.number, opens=opens)
    return text(language, "topic.waves_none")


def wave_text(number: int, language: str, now: datetime) -> Ask[str]:
    """Where wave ``number`` stands at ``now``; an unknown one adds what is open or next."""
    wave: WaveView | None = yield WaveByNumber(number)
    return (yield from _described(number, wave, language, now))


def wave_answer(turn: FlowTurn, number: int) -> Ask[Outbound]:
    """``wave_text`` as a reply (``wave_reply``: news offered for a wave not scheduled)."""
    wave: WaveView | None = yield WaveByNumber(number)
    body = yield from _described(number, wave, turn.lang, turn.message.at)
    return wave_reply(turn, body, wave)


def _described(number: int, wave: WaveView | None, language: str, now: datetime) -> Ask[str]:
    if wave is None:
        current = yield from waves_text(language)
        return text(language, "waves.unknown", number=number) + "\n" + current
    if now < wave.opens_at:
        opens, closes = long_date(wave.opens_at, language), long_date(wave.closes_at, language)
        return text(language, "waves.scheduled", number=number, opens=opens, closes=closes)
    if now < wave.closes_at:
        return _open(wave, language)
    closes = long_date(wave.closes_at, language)
    if wave.announced_at is None or now < wave.announced_at:
        return text(language, "waves.closed", number=number, closes=closes)
    announced = long_date(wave.announced_at, language)
    return text(language, "waves.announced", number=number, announced=announced)


def _open(wave: WaveView, language: str) -> str:
    return text(
        language,
        "topic.waves_open",
        number=wave.number,
        closes=long_date(wave.closes_at, language),
        quota=count(wave.quota, language),
    )
