"""What a wave ("gelombang") is, how often waves come, and which one a registration now would
join, asked in so many words (read before the NLU's intent in ``flows.follow_ons``):

- "gelombang tu maksudnya apa sih", "what is a wave?": what a wave is (a registration period,
  "Gabung Gelombang" in the dashboard, random selection among eligible applicants, the next
  wave for those not selected: DOMAIN.md "Registration steps", "Eligibility"), then the wave
  open now or next (before: only wave 72's dates);
- "setahun berapa kali" right after it (or naming waves): no fixed number and no schedule
  ahead is known, so none is said; the wave open now or next, news by broadcast offered
  (before: the benefits table);
- "kalo daftar skrg masuk gelombang brp": the wave open now or next (before: the amounts)."""

from __future__ import annotations

import re

from flows.last_answer import just_said, remember
from flows.menu_topic_follow_ups import WAVES
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.waves import waves_text

MEANING = "wave_meaning"
"""``flows.last_answer`` topic: what a wave is was just told."""
MAX_WORDS = 12

_WAVE = r"(?:gelombang|gel|wave|waves|batch)"
_WHAT_IS = re.compile(
    rf"\b{_WAVE}\s*(?:tu|itu|tuh|nya|tuch)?\s*(?:maksud\w*|arti\w*|apa(?:an)?|apa sih|"
    r"itu apa|teh naon)\b"
    rf"|\b(?:apa\s*(?:itu|sih|ya)?|maksud\w*|arti\w*|what(?:'s| is| are)(?: a| the)?)\s+"
    rf"(?:dari\s+|of\s+)?{_WAVE}\b"
)
"""What a wave is ("gelombang tu maksudnya apa sih", "apa itu gelombang", "what is a wave")."""
_HOW_OFTEN = re.compile(
    r"\b(?:setahun|per ?tahun|dalam (?:se|satu )?tahun|a year|per year|each year|"
    r"tiap tahun)\b.{0,25}\b(?:berapa|brp|brapa|how many)\b"
    r"|\b(?:berapa|brp|brapa|how many)\s+(?:kali|times|waves?|gelombang)\b.{0,25}"
    r"\b(?:setahun|per ?tahun|tahun|a year|per year|each year)\b"
    r"|\bhow often\b|\bseberapa sering\b|\b(?:berapa|brp) (?:bulan|minggu) sekali\b"
)
"""How often waves come ("setahun berapa kali", "how many waves a year")."""
_WHICH_NOW = re.compile(
    rf"\b(?:masuk|ikut|dapet|dapat|join|get)\s+{_WAVE}\s+(?:ke\s*)?(?:berapa|brp|brapa|"
    r"yang mana|yg mana|mana|apa)\b"
    rf"|\bwhich {_WAVE}\b.{{0,30}}\b(?:now|today|join|get)\b"
    rf"|\b{_WAVE}\s+(?:ke\s*)?(?:berapa|brp|brapa)\b.{{0,25}}\b(?:sekarang|skrg|skrang|now)\b"
)
"""Which wave one would join now ("kalo daftar skrg masuk gelombang brp")."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """What a wave is, how often they come, or which one is open; else None."""
    text = turn.message.words
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if _WHAT_IS.search(text):
        key = "wave_explained.what"
    elif _HOW_OFTEN.search(text) and (
        re.search(rf"\b{_WAVE}\b", text) or just_said(turn) in (MEANING, WAVES)
    ):
        key = "wave_explained.how_often"
    elif _WHICH_NOW.search(text):
        key = None
    else:
        return None
    now: str = yield from waves_text(turn.lang)
    body = now if key is None else f"{turn.say(key)}\n\n{now}"
    remember(turn, MEANING if key is not None else WAVES)  # "setahun berapa kali" next
    news = turn.button("intents.subscribe", "subscribe")
    return [Outbound(body, (news, turn.menu_button()))]


__all__ = ["MEANING", "answer"]
