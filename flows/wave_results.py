"""Selection asked about by a chat not linked to an account (``my_data.selection_status``):

- told selected and asking what next ("alhamdulillah aku lolos gelombang 71!! trs abis ini
  ngapain?"): the steps after selection (DOMAIN.md "Registration steps": induction videos,
  card number and balance, a payout account, the first course within the purchase days);
  before, when results are announced;
- a wave named with its announcement asked ("aku udh gabung gelombang 71 kemarin, kok blm ada
  pengumuman ya"): where it stands; one announced long ago, while a newer wave is open or
  scheduled, is said to be that old, with the current wave (its results come a few days after
  it closes); "biasanya brp hari sih" next is answered (``FOLLOW_UPS``);
- otherwise how results are told.

Linking is offered only when the user's own records are asked (``flows.own_data_asks``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from flows import my_selection, own_data_asks
from flows.follow_up_answers import now
from flows.formatting import long_date
from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries import WaveByNumber, WaveQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import WaveView
from flows.waves import named_wave, wave_answer, wave_text, waves_text

Answer = Ask[list[Outbound] | None]
WAIT = "wave_result_wait"
"""Topic remembered after a wave's results were told: "biasanya brp hari" next."""
OLD_AFTER = timedelta(days=90)
"""A wave announced longer ago than this is no longer the one a user is waiting for
(judgement call: waves open every few weeks to months)."""
_ANNOUNCEMENT = re.compile(r"pengumuman|diumumkan|diumumin|hasil|kapan|announce|result|when")
_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|belum|blm|not|didn'?t)"
TOLD_SELECTED = re.compile(
    r"\b(?:lolos|keterima|diterima|terpilih|kepilih|lulus seleksi)\b(?!\s*(?:ga|gak|nggak|tidak|"
    r"belum|blm|apa|gimana|gmn|\?)\b)|\bi (?:got|was|am) (?:selected|accepted)\b"
    r"|\bi'm (?:selected|accepted)\b"
)
NEGATED = re.compile(
    rf"\b{_NOT}\s+(?:\w+\s+)?(?:lolos|keterima|diterima|terpilih|kepilih|selected)"
)
"""Selection told ("aku lolos gelombang 71", "udah keterima"), not asked ("lolos ga?")."""
DAYS = re.compile(
    r"\b(?:berapa|brp|brapa|bbrp)\s+(?:lama|hari|minggu)\b|\bbiasanya\b|\bhow (?:long|many days)\b"
)
"""How long results take: "biasanya brp hari sih", "berapa lama", "how long"."""


JOINED = re.compile(
    r"\b(?:sudah|udah|udh|sdh|dah|telah|already)\s+(?:\w+\s+)?(?:ikut|mengikuti|ngikut|gabung|"
    r"bergabung|join\w*|daftar|mendaftar)\b|\bi(?: have|'ve)? joined\b"
)
"""Told joining the wave already ("saya sudah mengikuti gelombang 72", "I've joined wave 72"):
an open wave's answer does not tell them to join it."""


def told_selected(text: str) -> bool:
    """Whether ``text`` (lowered) tells that the user was selected."""
    return bool(TOLD_SELECTED.search(text)) and not NEGATED.search(text)


def status(turn: FlowTurn) -> Answer:
    """The answer to a chat not linked asking about selection (see the module's text)."""
    text = " ".join((turn.message.text or "").lower().split())
    if told_selected(text) and my_selection.NEXT.search(text):
        return [_next_steps(turn)]
    number = named_wave(turn)
    if number is not None and _ANNOUNCEMENT.search(text):
        # "pengumuman gelombang 71 kapan?" is public ("lolos gelombang 70" is no question)
        body = yield from _wave_result(turn, number, joined=bool(JOINED.search(text)))
        remember(turn, WAIT)  # "biasanya brp hari" next
        return own_data_asks.answered(turn, Outbound(body))
    remember(turn, WAIT)
    return own_data_asks.answered(turn, Outbound(turn.say("kb.status_how")))


def _next_steps(turn: FlowTurn) -> Outbound:
    facts = turn.ctx.programme.facts()
    courses = turn.button("menu.courses", "flow:course_choice")
    return turn.reply("wave_results.selected_next", courses, turn.menu_button(), **facts)


def _wave_result(turn: FlowTurn, number: int, *, joined: bool = False) -> Ask[str]:
    wave: WaveView | None = yield WaveByNumber(number)
    if joined and (told := _joined_open(turn, wave)) is not None:
        return told
    body = yield from wave_text(number, turn.lang, turn.message.at)
    if wave is None or wave.announced_at is None or turn.message.at < wave.closes_at:
        return body
    if turn.message.at - wave.announced_at < OLD_AFTER:
        return body
    open_wave, next_wave = yield WaveQuery()
    newer = open_wave or next_wave
    if newer is None or newer.number <= number:
        return body
    announced = long_date(wave.announced_at, turn.lang)
    old = turn.say("wave_results.old_wave", number=number, year=wave.opens_at.year,
                   announced=announced)  # fmt: skip
    current = yield from waves_text(turn.lang)
    return old + "\n" + current


def result_answer(turn: FlowTurn, number: int) -> Ask[Outbound]:
    """When wave ``number``'s results come ("I joined wave 72, when will I know?"): where it
    stands, and for a wave not yet open, that results come a few days after it closes (an
    open wave's text says so already)."""
    wave: WaveView | None = yield WaveByNumber(number)
    told = _joined_open(turn, wave) if JOINED.search((turn.message.text or "").lower()) else None
    if told is not None:
        remember(turn, WAIT)
        return Outbound(told, (turn.menu_button(),))
    reply = yield from wave_answer(turn, number)
    remember(turn, WAIT)  # "biasanya brp hari" next
    if wave is None or turn.message.at >= wave.opens_at:
        return reply
    after = turn.say("wave_results.after_close", closes=long_date(wave.closes_at, turn.lang))
    return replace(reply, text=reply.text + "\n" + after)


def _joined_open(turn: FlowTurn, wave: WaveView | None) -> str | None:
    """Told joined, the wave still open: when results come, without "join it!" (before,
    "saya sudah mengikuti gelombang 72, kapan hasilnya?" was told to join through the
    dashboard); None when the wave is not open now."""
    at = turn.message.at
    if wave is None or not wave.opens_at <= at < wave.closes_at:
        return None
    closes = long_date(wave.closes_at, turn.lang)
    return turn.say("wave_results.joined_open", number=wave.number, closes=closes)


def how_long(turn: FlowTurn) -> list[Outbound] | None:
    """ "biasanya brp hari sih" after the results were told: a few days after the wave closes,
    no exact day promised."""
    return [turn.reply("wave_results.how_long", turn.menu_button())]


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]] = {
    WAIT: (DAYS, now(how_long)),
}
"""The entry of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "WAIT", "result_answer", "status", "told_selected"]
