"""A relative's age to come, right after their age was answered ("bapak saya umur 63, masih
bisa?" then "tahun depan udah 64, masih bisa kan?", "bulan depan 65 loh"): that age against the
limits, said of the relative. Before (p23 probe), the user's own check started ("Berapa
usiamu?") or the answer spoke of the user ("selagi usiamu masih 64"). When the age is counted
(at registering, joining a wave or the announcement) is not in DOMAIN.md: not guessed. An age
under the minimum is ``flows.eligibility_minor``'s ("bulan depan dia 18")."""

from __future__ import annotations

import re

from flows.eligibility_relatives import AGE, KIN_SAID, PAYLOAD, RELATIVE_AGE
from flows.last_answer import just_said, remember
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

FUTURE = re.compile(
    r"\b(?:bulan|bln|minggu|mgg|pekan|tahun|thn|taun) (?:depan|dpn)\b"
    r"|\b(?:besok|lusa|nanti|ntar|soon|tomorrow)\b|\bnext (?:week|month|year)\b"
    r"|\b(?:sebentar|bentar|tinggal) lagi\b|\b\d{1,2} (?:hari|minggu|bulan|bln|tahun|thn) lagi\b"
    r"|\bin \d{1,2} (?:days?|weeks?|months?)\b"
)
"""A time to come ("tahun depan", "next month", "2 bulan lagi")."""
_NUMBER = re.compile(r"(?<![\d.,:])\d{1,2}(?![\d.,:]?\d)")
_SELF = re.compile(r"\b(?:aku|saya|sy|gw|gue|gua|ane|i|me|i'm|im|my ?self|usiaku|umurku)\b")
MAX_WORDS = 12


def future_age(lowered: str) -> int | None:
    """The one age a message says someone will be ("tahun depan udah 64"); else None."""
    if not FUTURE.search(lowered) or len(lowered.split()) > MAX_WORDS:
        return None
    ages = [int(n) for n in _NUMBER.findall(FUTURE.sub(" ", lowered))]
    return ages[0] if len(ages) == 1 else None


def answer(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """Right after a relative's age: the age they will be, against the limits; else None."""
    if turn.message.payload is not None or just_said(turn) != RELATIVE_AGE:
        return None
    years = future_age(lowered)
    rules = turn.ctx.programme
    if years is None or years < rules.min_age or _SELF.search(lowered):
        return None  # "bulan depan dia 18": the minor's; "tahun depan aku 64": the user's
    kin = turn.session.profile.get(KIN_SAID)
    name = turn.say(f"eligibility.kin.{kin if isinstance(kin, str) else 'other'}")
    key = "future_ok" if years <= rules.max_age else "future_old"
    limits = {"min_age": rules.min_age, "max_age": rules.max_age}
    remember(turn, RELATIVE_AGE)  # "kalo 65?" next: still about them
    said = turn.say(f"eligibility.relative.{key}", kin=name, age=years, **limits)
    buttons: tuple[Button, ...] = (turn.button("eligibility.start", "flow:eligibility"),)
    buttons += (turn.menu_button(),)
    if key == "future_ok" and isinstance(turn.session.profile.get(AGE), int):  # their check
        buttons = (turn.button("eligibility_step_asks.check_for", PAYLOAD, kin=name), *buttons)
    return [Outbound(said, buttons)]


__all__ = ["FUTURE", "answer", "future_age"]
