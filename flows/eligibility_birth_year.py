"""A year of birth in a message that opens the eligibility check ("lahir 2008 bisa daftar?",
"kelahiran 2007 boleh daftar ga", "I was born in 2009, can I join?"): the user's age in the
year the message is sent, read as the age question reads a year (``eligibility_age.born_in``),
and said: under age, the verdict; either side of a limit, what decides it; else that the age
meets the rule. Only with birth words ("lahir", "kelahiran", "born"): a year alone ("2008",
"prakerja 2008 ada ga", "syarat prakerja 2024") is no age, nor a relative's ("adik aku lahir
2009"). A whole date of birth with them ("lahir 20 juli 2008") is its age on that day."""

from __future__ import annotations

import re
from datetime import date

from flows import eligibility_opening_asks
from flows.date_answers import age_from
from flows.eligibility_age import born_in
from flows.eligibility_facts import about_self, facts, stated_age
from flows.eligibility_nik import age as nik_age
from flows.eligibility_verdict import age_said
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import FlowContext, Message

_BORN = re.compile(r"\b(?:lahir|lhr|kelahiran|born)\b")
_JOIN = re.compile(
    r"\b(?:bisa|boleh|blh|bs|daftar|ikut|gabung|syarat\w*|cukup umur|terlalu (?:muda|tua)|"
    r"can i|could i|may i|am i|join|apply|register|sign up|old enough|eligible|qualify)\b"
)
"""Asking whether one may join ("udh bisa ikut?", "am I old enough?")."""


def birth_age(message: Message, ctx: FlowContext, slots: Slots) -> Result:
    """The user's own age from a year (or date) of birth said with birth words; ``born_in``'s
    ``Invalid("age_birth_year")`` when the two ages it gives fall either side of a limit."""
    text = (message.text or "").lower()
    own = about_self(text)
    if message.payload is not None or not _BORN.search(own):  # a lone "2008" is none
        return None
    on = message.at.date()
    born = message.entity("date") if own == text else None
    if isinstance(born, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", born):
        years = age_from(date.fromisoformat(born), on)
        return Valid(years) if 0 < years < 130 else None
    return born_in(own, slots, ctx, today=on)


def asks_to_join(message: Message, ctx: FlowContext) -> bool:
    """A year of birth with a question whether one may join ("I was born in 2009, am I old
    enough?", which the NLU reads as the selection results), or one's age told with another
    fact of the check ("aku umur 30 gak kerja", read as ``inform``), or a rule the opening
    answers (``eligibility_opening_asks.asks_rule``): the check's opening."""
    lowered = (message.text or "").lower()
    if birth_age(message, ctx, {}) is not None and _JOIN.search(lowered):
        return True
    if eligibility_opening_asks.asks_rule(message):  # "kejar paket C, termasuk sekolah gak?"
        return True
    told = facts(message, ctx) if message.intent in (None, "inform") else {}
    return "age" in told and len(told) > 1


def opening_facts(message: Message, ctx: FlowContext) -> Slots:
    """The check's prefill: ``facts``, and the age a year of birth gives when no age is said,
    else the one the user's own NIK gives (``flows.eligibility_nik``)."""
    slots = facts(message, ctx)
    if "age" not in slots:
        found = birth_age(message, ctx, slots)
        if isinstance(found, Valid):
            slots["age"] = found.value
    if "age" not in slots and (from_nik := nik_age(message)) is not None:
        slots["age"] = from_nik  # "3273015708100003 kenapa ga bisa daftar?": its birth date
    return slots


def opening_note(turn: FlowTurn, *, failed: bool) -> list[str]:
    """What the opening says of a year of birth: either side of a limit, what decides it (the
    age question follows); an age that meets the rule, that it does, when the check goes on
    (an age under the limit is the verdict's)."""
    message = turn.message
    if stated_age(message) is not None:
        return []  # "umur 20": said by ``eligibility_age.opening_note``
    found = birth_age(message, turn.ctx, {})
    rules = turn.ctx.programme
    limits = {"min_age": rules.min_age, "max_age": rules.max_age}
    if isinstance(found, Invalid) and found.reason == "age_birth_year":
        side = "young" if int(str(found.params["younger"])) < rules.min_age else "old"
        return [turn.say(f"eligibility.note.birth_year_{side}", **found.params, **limits)]
    if failed or not isinstance(found, Valid) or turn.slots.get("age") != found.value:
        return []
    if not rules.min_age <= int(found.value) <= rules.max_age:
        return []
    return [turn.say("eligibility.note.age_ok", age=age_said(turn), **limits)]


__all__ = ["asks_to_join", "birth_age", "opening_facts", "opening_note"]
