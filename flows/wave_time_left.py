"""Three follow-ups right after the wave answer (``flows.menu_topic_follow_ups``) that it did not
answer in so many words (probe p23c):

- "keburu ga ya sampe tgl 3", "masih sempet ga?", "will I make it?": with a wave open, yes if
  every registration step (up to the basic test) is done and "Gabung Gelombang" clicked before
  it closes at 23:59 WIB on its last day; with none open, the wave answer again;
- "trus sekarang aku ngapain dulu", "terus aku harus gimana" (read as goodbye or help: "Sampai
  jumpa!" or the menu) with no wave open: get the account ready now (register and finish every
  step), so joining takes one click when a wave opens; with a wave open, how to join it;
- "kok lama bgt" (read as a complaint: the complaint form, which has nothing to file): the wait
  heard, the schedule is the programme's and cannot be hurried, news offered."""

from __future__ import annotations

import re

from flows.formatting import long_date
from flows.last_answer import remember
from flows.messages import Outbound
from flows.queries import WaveQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import WaveView

NEXT_WAVE = "wave_join_next"
"""``flows.follow_up_answers.NEXT_WAVE`` (here: ``flows.my_selection`` records it too, and the
follow-up answers import that module)."""
TOPIC = "waves"
"""``flows.menu_topic_follow_ups.WAVES``: the wave answer stays the topic."""
IN_TIME = re.compile(
    r"\b(?:keburu|kebur|sempat|sempet|sempet2|masih (?:bisa|bs|sempat|sempet|keburu)|"
    r"cukup waktu\w*|in time|make it|still time)\b"
)
"""Whether there is still time: "keburu ga ya sampe tgl 3", "masih sempet ga"."""
WHAT_NOW = re.compile(
    r"\b(?:ngapain|ngapa2in|harus apa|hrs apa|harus gimana|hrs gmn|harus gmn|hrs gimana|"
    r"what (?:should|do) i do|what now|sambil nunggu|sambil menunggu|sementara itu|"
    r"sekarang aku|skrg aku|skrg sy|sekarang saya)\b"
)
"""What to do meanwhile: "trus sekarang aku ngapain dulu", "terus aku harus gimana"."""
SLOW = re.compile(
    r"^\W*(?:(?:kok|koq|duh|aduh|yah|ih|hadeh|lho|loh|wah|so|why)\W+)*"
    r"(?:lama|lamaa+|lm|kelamaan|long|slow)\w*(?:\s+(?:bgt|banget|bngt|amat|sekali|bener|"
    r"sih|ya|yah|deh|nih|bet|min|kak))*\W*$|^\W*(?:why )?(?:so|too) long\W*$"
)
"""The wait complained of, bare: "kok lama bgt", "lama amat sih", "so long"."""


def in_time(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Still time to join the open wave: yes, before it closes, with every step done."""
    open_wave, _next = yield WaveQuery()
    remember(turn, TOPIC)
    if open_wave is None:
        return _none_open(turn)
    return [_in_time(turn, open_wave)]


def what_now(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """What to do now: with no wave open, get the account ready; with one, how to join it."""
    open_wave, next_wave = yield WaveQuery()
    remember(turn, TOPIC)
    if open_wave is not None:
        return [_in_time(turn, open_wave)]
    if next_wave is not None:
        opens = long_date(next_wave.opens_at, turn.lang)
        return [turn.reply("wave_time.prepare_next", turn.menu_button(), opens=opens,
                           number=next_wave.number)]  # fmt: skip
    return _none_open(turn)


def slow(turn: FlowTurn) -> list[Outbound]:
    """The wait heard: the programme sets the schedule, nothing to hurry or file; news offered."""
    remember(turn, TOPIC)
    offer = turn.button("registration.notify_me", "subscribe", means="yes")
    return [turn.reply("wave_time.slow", offer, turn.menu_button())]


def _in_time(turn: FlowTurn, wave: WaveView) -> Outbound:
    closes = long_date(wave.closes_at, turn.lang)
    how = turn.button("menu.register", "topic:register")
    return turn.reply("wave_time.open", how, turn.menu_button(), number=wave.number, closes=closes)


def _none_open(turn: FlowTurn) -> list[Outbound]:
    offer = turn.button("registration.notify_me", "subscribe", means="yes")
    return [turn.reply("wave_time.prepare", offer, turn.menu_button())]


__all__ = ["IN_TIME", "NEXT_WAVE", "SLOW", "WHAT_NOW", "in_time", "slow", "what_now"]
