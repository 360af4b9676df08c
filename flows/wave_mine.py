"""A linked participant asking about waves, answered from their record: their own wave asked
("gelombang brp aku", "aku ikut gelombang brp ya", "gelombang aku kapan ditutup", "aku dulu
gelombang brp ya"): that wave and where it stands; a wave question in general ("gelombang skrg
buka ga") from a recipient (selected, enrolled, completed) or a revoked participant: the wave
without the invitation to join, and why they cannot join again (once in a lifetime; revoked
participants may not join again). Before, everyone was told "Gabung lewat dashboard" for the
open wave, and the participant's own wave was never said. Asked with what to do next, a
selected participant's wave is followed by the steps (``flows.my_selection.steps``)."""

from __future__ import annotations

import re

from flows.formatting import long_date
from flows.last_answer import remember
from flows.menu_topic_follow_ups import WAVES
from flows.messages import Outbound
from flows.my_data import participant
from flows.my_selection import NEXT, steps
from flows.queries import WaveQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.waves import named_wave, wave_text, waves_text

MAX_WORDS = 12
_SELF = r"(?:aku|saya|sy|gw|gue|gua|ku)"
_WHICH = r"(?:brp|berapa|brapa|mana|apa|ke ?brp|ke ?berapa|ke ?brapa)"
_WAVE = r"(?:gelombang|gel|glmbng)"
_OWN = re.compile(
    rf"\b{_WAVE}\s*(?:ku|{_SELF})\b"
    rf"|\b{_SELF}\s+(?:\w+\s+){{0,2}}?{_WAVE}\s+{_WHICH}\b"
    rf"|\b{_WAVE}\s+{_WHICH}\s+(?:\w+\s+)?{_SELF}\b"
    r"|\bmy wave\b|\b(?:which|what) wave (?:am|was|did|do) i\b"
)
"""One's own wave asked: "gelombang brp aku", "aku ikut gelombang brp ya", "gelombang aku kapan
ditutup", "which wave am I in"."""
_NAMES_WAVE = re.compile(rf"\b{_WAVE}\b|\bwaves?\b")
_OTHER_ASK = re.compile(
    r"\b(?:lagi|lg|again|ulang|cara|caranya|gimana|gmn|bagaimana|how|bisa|bs|boleh|can)\b"
)
"""Joining again or how to join: ``flows.wave_join``'s."""
_STATUSES = ("applied", "not_selected", "selected", "enrolled", "completed", "revoked")
_RECIPIENTS = ("selected", "enrolled", "completed")


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The own wave, or a recipient's or revoked participant's wave question; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    nexts = bool(NEXT.search(text))  # "... gelombang berapa? Dan apa yang harus saya kerjakan?"
    if message.payload is not None or not text or len(text.split()) > MAX_WORDS * (1 + nexts):
        return None
    own = bool(_OWN.search(text))
    general = (
        message.intent == "wave_schedule"
        and bool(_NAMES_WAVE.search(text))  # not a misread "brp lama lagi?", "kok ditutup"
        and named_wave(turn) is None
        and not _OTHER_ASK.search(text)
    )
    if not own and not general:
        return None
    person = yield from participant(turn)
    if person is None or person.status not in _STATUSES:
        return None
    joined = person.applied_wave or person.wave_number
    if own and joined is not None and named_wave(turn) in (None, joined):
        waiting = person.status == "applied"
        lines = [turn.say(f"wave_mine.yours{'_waiting' if waiting else ''}", number=joined)]
        if nexts and person.status == "selected":  # the wave, then the steps after selection
            return [Outbound(lines[0]), *steps(turn, person)]
        lines.append((yield from wave_text(joined, turn.lang, message.at)))
        return [Outbound("\n".join(lines), (turn.menu_button(),))]
    if not general or person.status not in (*_RECIPIENTS, "revoked", "applied"):
        return None
    open_wave, _ = yield WaveQuery()
    remember(turn, WAVES)  # "kuotanya?", "berapa orang yg daftar" next: still the waves
    if person.status == "applied":  # "gelombang skrg buka ga", joined already: no invitation
        if open_wave is None or open_wave.number != joined:
            return None
        closes = long_date(open_wave.closes_at, turn.lang)
        body = turn.say("wave_mine.open", number=joined, closes=closes)
        body += "\n" + turn.say("wave_mine.yours_waiting", number=joined)
        return [Outbound(body, (turn.menu_button(),))]
    if open_wave is not None:
        closes = long_date(open_wave.closes_at, turn.lang)
        body = turn.say("wave_mine.open", number=open_wave.number, closes=closes)
    else:
        body = yield from waves_text(turn.lang)
    key = "revoked" if person.status == "revoked" else "recipient"
    body += "\n\n" + turn.say(f"wave_mine.{key}")
    return [Outbound(body, (turn.menu_button(),))]


__all__ = ["answer"]
