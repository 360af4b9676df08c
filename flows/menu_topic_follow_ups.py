"""Short follow-ups right after a menu topic's answer (the button, or the question typed), read
against that answer (``flows.follow_ons``):

- after the steps to register: "terus?", "abis itu?" ask for the steps after joining a wave (the
  announcement, induction, the first course), not to start registering; once more, for what
  follows the first course (certificate, rating, incentive);
- after the wave answer: "yg sekarang sampe kapan?" (when it closes) and "kuotanya berapa?"
  (its quota) were in that answer: said again; "kalo telat gimana" (a wave missed: join the
  next one, the account stays).

Which answer came just before is ``flows.last_answer``."""

from __future__ import annotations

import re

from flows import wave_time_left
from flows.certificate_wait import TOPIC as CERTIFICATE
from flows.follow_up_answers import FollowUp, either, now
from flows.formatting import count
from flows.last_answer import remember
from flows.messages import Outbound
from flows.next_step_follow_ups import NEXT, after_joining
from flows.queries import WaveQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import WaveView
from flows.waves import waves_text

REGISTER_STEPS = "register_steps"
"""Topic ``flows.last_answer`` records: the steps to register were just given."""
WAVES = "waves"
"""Topic ``flows.last_answer`` records: the wave open now (or next) was just told."""
WAVE_NAMED = "wave_named"
"""Topic ``flows.last_answer`` records: a wave named by its number was just told."""
JOINING_STEPS = "joining_steps"
"""Topic ``flows.last_answer`` records: the steps after joining a wave were just given."""
TOPICS = {"register": REGISTER_STEPS, "waves": WAVES, "certificate": CERTIFICATE}
"""Menu topics whose answer has follow-ups: the certificate's "ga muncul2 udh 3 hari" next is
its wait (``flows.certificate_wait``; before, the account problems)."""

_UNTIL = re.compile(
    r"\b(?:sampe|sampai|smp|ampe|until|till)\s+(?:kapan|kpn|when|tanggal|tgl|jam)\b"
    r"|\b(?:kapan|kpn|when|jam berapa|jam brp)\b.{0,20}\b(?:tutup\w*|ditutup|berakhir|"
    r"selesai|abis|habis|close[sd]?|ends?)\b|\b(?:tutup\w*|ditutup|close[sd]?)\b.{0,15}"
    r"\b(?:kapan|kpn|when)\b|\bdeadline\w*\b"
)
"""When the wave closes: "yg sekarang sampe kapan?", "kapan ditutup?", "until when?"."""
_QUOTA = re.compile(r"\b(?:kuota\w*|quota\w*|berapa (?:orang|peserta)|how many (?:people|places))")
"""Its quota: "kuotanya berapa?", "how many places?"."""
_LATE = re.compile(
    r"\b(?:telat|terlambat|ketinggalan|kelewat\w*|kelewatan|lewat|kehabisan|late|miss\w*)\b"
)
"""The wave missed: "kalo telat gimana", "kalau kelewatan?", "what if I'm late"."""
_JOIN_HOW = re.compile(
    r"\b(?:gabung|join|ikut)\w*\b.{0,15}\b(?:gimana|gmn|gmna|bagaimana|caranya|how)\b"
    r"|\b(?:gimana|gmn|gmna|bagaimana|cara\w*|how)\b.{0,15}\b(?:gabung|join|ikut)\w*"
)
"""How to join it: "gmn cara gabungnya", "how do I join"."""


def join_how(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "gmn cara gabungnya" after the wave: how to join it (``flows.wave_join``)."""
    from flows import wave_join  # here: wave_join's imports reach the follow-ups' modules

    return (yield from wave_join.how_asked(turn))


def note(turn: FlowTurn, topic: str) -> None:
    """Record that menu topic ``topic``'s answer was just given (if it has follow-ups)."""
    if topic in TOPICS:
        remember(turn, TOPICS[topic])


def joining(turn: FlowTurn) -> list[Outbound]:
    """ "terus?" after the steps to register: the steps after joining a wave."""
    remember(turn, JOINING_STEPS)  # "abis itu?" next: after the first course
    return after_joining(turn)


def after_course(turn: FlowTurn) -> list[Outbound]:
    """ "abis itu?" after the steps after joining: the course, certificate, rating, incentive."""
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.after_first_course", turn.menu_button(), **facts)]


def waves_again(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The wave open now or next, said again (its close date is in it); not for a wave named."""
    if re.search(r"\d", turn.message.text or ""):
        return None
    remember(turn, WAVES)
    body = yield from waves_text(turn.lang)
    return [Outbound(body, (turn.menu_button(),))]


def quota(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The open wave's quota; with no wave open, what is open or next. A wave named ("kalo
    gel 71 dulu kuota brp?") is the wave answer's own question."""
    if re.search(r"\d", turn.message.text or ""):
        return None
    remember(turn, WAVES)
    found: tuple[WaveView | None, WaveView | None] = yield WaveQuery()
    open_wave = found[0]
    if open_wave is None:
        return (yield from waves_again(turn))
    amount = count(open_wave.quota, turn.lang)
    said = turn.say("kb.wave_quota", number=open_wave.number, quota=amount)
    return [Outbound(f"{said} {turn.say('kb.wave_quota_random')}", (turn.menu_button(),))]


def late(turn: FlowTurn) -> list[Outbound]:
    """A wave missed: no late joining; the next wave, the account kept."""
    remember(turn, WAVES)
    news = turn.button("intents.subscribe", "subscribe")
    return [turn.reply("kb.wave_missed", news, turn.menu_button())]


FOLLOW_UPS: dict[str, FollowUp] = {
    REGISTER_STEPS: (NEXT, now(joining)),
    JOINING_STEPS: (NEXT, now(after_course)),
    WAVES: either(
        (wave_time_left.IN_TIME, wave_time_left.in_time),  # "keburu ga ya sampe tgl 3"
        (wave_time_left.SLOW, now(wave_time_left.slow)),  # "kok lama bgt": no complaint
        (_QUOTA, quota),
        (_LATE, now(late)),
        (_UNTIL, waves_again),
        (_JOIN_HOW, join_how),
        (wave_time_left.WHAT_NOW, wave_time_left.what_now),  # "trus aku ngapain dulu"
    ),
    WAVE_NAMED: (_JOIN_HOW, join_how),  # "gmn cara gabungnya" after "gelombang 72 udh buka?"
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "REGISTER_STEPS", "TOPICS", "WAVES", "WAVE_NAMED", "note"]
