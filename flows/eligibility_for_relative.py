"""The eligibility check run for a relative whose age was just answered ("bapakku umur 63 bisa
daftar ga": ``flows.eligibility_relatives.age_verdict``). Before (p19 probe), only "Cek
kelayakanku" (the user's own check) was offered, and a user who went on answering for the
relative as if in a form ("63", "wni") got "belum paham" and the menu.

Now, with an age that meets the rule, the check for the relative is offered too (a button,
``tapped``),
and a short answer right after ("63", "wni") starts it (``answer``): the
relative's age and the facts the message gives are taken into the check (``restored``), whose
questions are then answered for the relative."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import eligibility_future_age
from flows.eligibility_facts import later_facts
from flows.eligibility_relatives import AGE, KIN_SAID, RELATIVE_AGE
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, Step

RESTORE = "eligibility_relative_check"
"""``session.profile``: the answers the relative's check starts with."""
MAX_WORDS = 3
"""Only a form-like answer ("63", "wni", "ya wni"): a longer one about the relative ("dia ibu
rumah tangga, gak sekolah") is ``flows.eligibility_family``'s."""
_BARE_AGE = re.compile(r"^\D*?(\d{1,2})\s*(?:tahun|thn|th|taun|years?)?\W*$")
_ASKS = re.compile(
    r"\?|\b(?:kalo|kalau|klo|kl|gimana|gmn|bagaimana|apa|apakah|kah|bisa|boleh|what|how|if)\b"
)
_ABOUT = re.compile(r"\b(?:dia|beliau|he|she|they)\b")

Start = Callable[[FlowTurn], Step]


def tapped(turn: FlowTurn, start: Start) -> Step:
    """The button tapped: the check started with the relative's age."""
    _prepare(turn, {})
    return (yield from start(turn))


def answer(turn: FlowTurn, start: Start) -> Ask[list[Outbound] | None]:
    """A short answer typed right after the relative's age ("63", "wni"): the check for the
    relative started with it; else None (a reader of ``flows.route_readers``)."""
    message = turn.message
    if message.payload is not None or not message.text or turn.session.flow is not None:
        return None
    if just_said(turn) != RELATIVE_AGE or not isinstance(turn.session.profile.get(AGE), int):
        return None
    lowered = " ".join(message.text.lower().split())
    later = eligibility_future_age.answer(turn, lowered)  # "tahun depan udah 64, masih bisa?"
    if later is not None:
        return later
    if len(lowered.split()) > MAX_WORDS or _ASKS.search(lowered) or _ABOUT.search(lowered):
        return None  # "kalo 64?", "dia irt": ``flows.eligibility_follow_ups``
    bare = _BARE_AGE.fullmatch(lowered)
    facts = later_facts(message, turn.ctx)
    if bare is not None:
        facts["age"] = int(bare.group(1))
    if not facts:
        return None
    _prepare(turn, facts)
    return (yield from start(turn))


def _prepare(turn: FlowTurn, facts: Slots) -> None:
    profile = turn.session.profile
    years = profile.get(AGE)
    kept: Slots = {"age": years} if isinstance(years, int) else {}
    profile[RESTORE] = {**kept, **facts}


def restored(turn: FlowTurn) -> list[str]:
    """At the check's start for a relative: their answers taken in, and the line that says the
    questions are about them; else nothing."""
    facts = turn.session.profile.pop(RESTORE, None)
    if not isinstance(facts, dict):
        return []
    turn.slots.update(facts)
    kin = turn.session.profile.get(KIN_SAID)
    name = turn.say(f"eligibility.kin.{kin if isinstance(kin, str) else 'other'}")
    age = facts.get("age")
    if isinstance(age, int):
        return [turn.say("eligibility_step_asks.for_relative_age", kin=name, age=age)]
    return [turn.say("eligibility_step_asks.for_relative", kin=name)]


__all__ = ["RESTORE", "answer", "restored", "tapped"]
