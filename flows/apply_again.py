"""Whether one may try again in a named wave ("can I apply again in wave 72?", "boleh daftar
lagi di gelombang 72?"): how often one may join (every wave until selected), then where that
wave stands. The NLU splits such a message between the wave schedule, the requirements and
the selection status, and the user was asked which of the three they meant. Right after the
not-selected answer no wave needs naming ("ikut lagi bisa?", read as a wish to check the
requirements): yes, join the next wave from the dashboard, and the wave open or next. A linked
participant is answered by their status (``flows.wave_join``: revoked or a beneficiary cannot
join again; not selected or registered: "Gabung Gelombang", no new registration); before, "bisa
daftar lg ga" from them started the eligibility check, and so did "daftar prakerja lagi" (a word
between) from anyone; a revoked participant naming a wave without "lagi" ("boleh ikut
gelombang 72?") was told to join it from the dashboard."""

from __future__ import annotations

from flows import wave_join
from flows.follow_up_answers import NOT_SELECTED, join_next_key
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.waves import named_wave, wave_text, waves_text

_NEVER = ("revoked", *wave_join.BENEFICIARY)
"""Statuses that cannot join any wave again, whichever is named."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """How often one may join and the named wave (right after the not-selected answer: the
    wave open or next); None for any other message."""
    text = turn.message.text or ""
    number = named_wave(turn)
    again = wave_join.asks_again(text)  # "daftar prakerja lagi" too, not only "daftar lagi"
    if not again and (number is None or not wave_join.asks_to_join_wave(text)):
        return None
    if again and number is None and just_said(turn) == NOT_SELECTED:
        return (yield from _after_not_selected(turn))
    person = yield from participant(turn)  # their status decides: revoked, a beneficiary ...
    if person is not None and (number is None or person.status in _NEVER):
        own = yield from wave_join.by_status(turn, person)
        if own is not None:
            return own
    if not again:  # "boleh ikut gelombang 72?" from one who may: the wave's own answer
        return None
    if number is None:
        return None  # not linked: the eligibility check, as before
    wave = yield from wave_text(number, turn.lang, turn.message.at)
    body = turn.say("registration_help.how_often") + "\n\n" + wave
    check = turn.button("menu.eligibility", "flow:eligibility")
    return [Outbound(body, (check, turn.menu_button()))]


def _after_not_selected(turn: FlowTurn) -> Ask[list[Outbound]]:
    """ "ikut lagi bisa?" right after being told one was not selected: yes, and the next wave;
    "hrs daftar ulang dari awal?": no new registration, and the next wave."""
    wave = yield from waves_text(turn.lang)
    body = turn.say(join_next_key(turn)) + "\n\n" + wave
    return [Outbound(body, (turn.menu_button(),))]
