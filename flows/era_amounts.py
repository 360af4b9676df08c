"""The package asked by someone who says which wave they were in, or an amount of an earlier era
taken for today's (DOMAIN.md "Eras"):

- "aku peserta gelombang 17, insentifnya brp", or "aku gelombang 60" then "insentifnya cair brp
  kali": that wave's era only (17: Rp600.000 × 4; 60: × 1), not both eras listed;
- "saldo pelatihan 1 juta kan?": 1 juta was the 2020–2022 amount, now Rp3.500.000;
- "dulu thn 2021 prakerja dapet brp ya total" from a chat not linked: that year's era only.

The wave is read from the message and the last few the user typed (``profile["recent"]``),
newest first: a later "eh salah, maksudnya gelombang 71" corrects it."""

from __future__ import annotations

import re

from flows.config import EraRules
from flows.era_answers import BENEFITS, era_named
from flows.formatting import money
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_OWN_WAVE = re.compile(
    r"\b(?:aku|saya|sy|gw|gue|ku|i|i'?m|ane)\b(?:\s+\w+){0,3}?\s+"
    r"(?:gelombang|gel|gelb|wave|angkatan)\.?\s?(\d{1,3})\b"
)
"""One's own wave: "aku peserta gelombang 17", "saya ikut gel 60", "I was in wave 12"."""
_ANY_WAVE = re.compile(r"\b(?:gelombang|gel|gelb|wave|angkatan)\.?\s?(\d{1,3})\b")
_PACKAGE = re.compile(
    r"\b(?:insentif\w*|saldo\w*|dapet|dapat|dpt|cair\w*|manfaat\w*|benefits?|incentives?|"
    r"balance|get)\b"
)
_HOW_MUCH = re.compile(
    r"\b(?:berapa|brp|brapa|brpa|bberapa|jumlah\w*|besar\w*|nominal\w*|how much|how many)\b"
)
"""The package asked about, and how much or how many times."""
_AMOUNT = re.compile(
    r"\b(?:saldo(?:\s+pelatihan\w*|\s+prakerja)?|(?:dana|uang|duit)\s+pelatihan\w*)\s*"
    r"(?:nya\s+)?(?:cuma\s+|hanya\s+|itu\s+)?(\d+(?:[.,]\d+)?)\s*(?:juta|jt)\b"
    r"(?=.*(?:\b(?:kan|ya|bukan|bener|benar|betul|doang|right|isn'?t it)\b|\?))"
)
_OWN_MONEY = re.compile(r"\b(?:sisa\w*|tinggal|masih|beli\w*|kepotong|terpotong|habis)\b")
"""An amount of the training balance said ("saldo pelatihan 1 juta kan?")."""
_SAME_NOW = re.compile(
    r"\b(?:masih sama|msh sama|sama (?:ga|gak|gk|nggak|ngga|kah|aja)|still the same|same now)\b"
)
"""Whether an earlier wave's package is still today's ("skrg masih sama ga?")."""
MAX_WORDS = 14


def own_wave(turn: FlowTurn) -> int | None:
    """The wave the user says they were in, in this message or the last few typed (a later
    wave number correcting it: "eh salah, maksudnya gelombang 71")."""
    recent = [str(text).lower() for text in turn.session.profile.get("recent") or []]
    now = (turn.message.text or "").lower()
    texts = recent if recent and recent[-1] == now[:100] else [*recent, now]
    newest: int | None = None
    for text in reversed(texts):
        found = _ANY_WAVE.search(text)
        if found is not None and newest is None:
            newest = int(found.group(1))
        if _OWN_WAVE.search(text):
            return newest
    return None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The package of the wave the user was in, or an earlier era's balance corrected."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not lowered or len(lowered.split()) > MAX_WORDS:
        return None
    said = _AMOUNT.search(lowered)
    if said is not None and not _OWN_MONEY.search(lowered):
        return _balance_said(turn, said.group(1))
    if _PACKAGE.search(lowered) and _SAME_NOW.search(lowered):
        compared = _now_compared(turn)  # "dulu gelombang 12 dapet 600rb x 4, skrg masih sama?"
        if compared is not None:
            return compared
    if not (_PACKAGE.search(lowered) and _HOW_MUCH.search(lowered)):
        return None
    wave = own_wave(turn)
    if wave is None and turn.session.participant_id is None:
        return _of_year(turn, lowered)  # "dulu thn 2021 prakerja dapet brp ya total"
    if turn.session.participant_id is not None and not _ANY_WAVE.search(lowered):
        return None  # a participant's own amounts are their record's
    era = era_named(f"gelombang {wave}", turn.ctx.programme) if wave is not None else None
    if wave is None or era is None:
        return None
    remember(turn, BENEFITS)  # "kalo gelombang 10?" next: that era's package
    low, high = (int(n) for n in re.findall(r"\d+", era.waves)[:2])
    key = "kb.benefits_of_wave" if low <= wave <= high else "kb.benefits_of_wave_latest"
    body = turn.say(key, wave=wave, waves=era.waves, **era.facts())
    return [Outbound(body, (turn.menu_button(),))]


def _of_year(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """The package of the era of the year (or earlier time) named, asked from a chat not
    linked: "dulu thn 2021 prakerja dapet brp ya total" is the 2020–2022 package, not one's own
    record (before, "link your account"); "prakerja 2021 dapet brp" leads with its era too."""
    era = era_named(lowered, turn.ctx.programme)
    if era is None:
        return None
    remember(turn, BENEFITS)  # "klo skrg?" next: today's package
    body = turn.say("kb.benefits_other_era", **era.facts())
    return [Outbound(body, (turn.menu_button(),))]


def _now_compared(turn: FlowTurn) -> list[Outbound] | None:
    """An earlier era's wave against today's package, and that a recipient cannot join again."""
    wave = own_wave(turn)
    programme = turn.ctx.programme
    then = era_named(f"gelombang {wave}", programme) if wave is not None else None
    if then is None or then == programme.era:
        return None
    was = then.facts()
    earlier = {
        "then_years": then.years,
        "then_training": was["training"],
        "then_incentive": was["incentive"],
        "then_times": was["incentive_times"],
    }
    remember(turn, BENEFITS)  # "kalo gelombang 60?" next: that era's package
    body = turn.say("kb.benefits_wave_now", wave=wave, **programme.facts(), **earlier)
    return [Outbound(body, (turn.menu_button(),))]


def _balance_said(turn: FlowTurn, amount: str) -> list[Outbound] | None:
    """ "saldo pelatihan 1 juta kan?": the era that amount was, and today's."""
    programme = turn.ctx.programme
    rupiah = round(float(amount.replace(",", ".")) * 1_000_000)
    current = programme.era
    if rupiah == current.training_balance:
        return None  # today's amount: the usual answer says it
    then: EraRules | None = next(
        (e for e in programme.eras.values() if e.training_balance == rupiah), None
    )
    key = "kb.balance_of_era" if then is not None else "kb.balance_not_amount"
    facts = {"said": money(rupiah), "training": money(current.training_balance)}
    era = {"then_years": then.years, "then_waves": then.waves} if then is not None else {}
    remember(turn, BENEFITS)
    body = turn.say(key, years=current.years, **facts, **era)
    return [Outbound(body, (turn.menu_button(),))]


__all__ = ["answer", "own_wave"]
