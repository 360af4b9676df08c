"""A whole date of birth in the eligibility check, from the user's own words:

- a date typed alone before ("17-08-2008" → "Tanggal itu untuk apa?"), then "itu tgl lahir
  aku, bisa daftar ga" or the "Cek kelayakanku" button: the check takes its age (on the day of
  the conversation) instead of asking "Berapa usiamu sekarang?" again (``kept``, ``opening``);
- a date of birth typed after a "too young" verdict ("lahir 2 januari 2008"): a correction of
  the age (``given``, read by ``flows.eligibility_redo``)."""

from __future__ import annotations

import re
from datetime import date

from flows.date_answers import age_from, birth_date
from flows.eligibility_jobs import about_self
from flows.result import Valid
from flows.runtime.machine import FlowTurn
from flows.turn import Message, within_context_of

KEPT = "eligibility_date_alone"
"""``session.profile`` key: [ISO date typed alone, ``Session.turns`` of it, epoch seconds]."""
START = "flow:eligibility"
_BIRTH = re.compile(r"\b(?:lahir\w*|lhr|kelahiran|born|birth\w*|dob|ultah|ulang tahun)\b")
_THAT = re.compile(r"\b(?:itu|tsb|tersebut|tadi|td|that|it)\b")


def keep(turn: FlowTurn) -> None:
    """A date typed alone outside a form: a birth date the check may use next."""
    found = turn.message.entity("date")
    if isinstance(found, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", found):
        turn.session.profile[KEPT] = [found, turn.session.turns, turn.message.at.timestamp()]


def _just_kept(turn: FlowTurn) -> date | None:
    said = turn.session.profile.get(KEPT)
    if not isinstance(said, list) or len(said) != 3:
        return None
    iso, typed_in, at = said
    if typed_in != turn.session.turns - 1 or not within_context_of(float(at), turn.message.at):
        return None
    return date.fromisoformat(str(iso))


def kept_age(turn: FlowTurn) -> int | None:
    """The age the date typed just before gives, when this message says it is the user's
    birth date ("itu tgl lahir aku") or taps the check's button under it; else None."""
    message = turn.message
    born = _just_kept(turn)
    if born is None:
        return None
    if message.payload is None:
        own = about_self((message.text or "").lower())
        if not (_BIRTH.search(own) and _THAT.search(own)) or _has_date(message):
            return None  # "itu tgl lahir adikku", or another date typed now
    elif message.payload != START:
        return None
    years = age_from(born, message.at.date())
    return years if 0 < years < 130 else None


def opening(turn: FlowTurn) -> list[str]:
    """At the check's start: the age from the date typed just before put in the answers, and
    said when it meets the rule (an age under or over it is the verdict's)."""
    if "age" in turn.slots:
        return []
    years = kept_age(turn)
    if years is None:
        return []
    turn.session.profile.pop(KEPT, None)
    turn.slots["age"] = years
    rules = turn.ctx.programme
    if not rules.min_age <= years <= rules.max_age:
        return []
    limits = {"min_age": rules.min_age, "max_age": rules.max_age}
    return [turn.say("eligibility.note.age_ok", age=years, **limits)]


def _has_date(message: Message) -> bool:
    return message.entity("date") is not None or isinstance(
        birth_date(message.text or ""), Valid
    )


def given(message: Message) -> bool:
    """The user's own whole date of birth is typed ("lahir 2 januari 2008", "17-08-2008")."""
    text = (message.text or "").lower()
    if about_self(text) != text or message.payload is not None:
        return False  # "adikku lahir 2 januari 2008": not the user's
    return _has_date(message)


__all__ = ["KEPT", "given", "keep", "kept_age", "opening"]
