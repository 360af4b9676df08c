"""A NIK typed in the message that opens the eligibility check ("3273015708100003 kenapa ga bisa
daftar?", "nik saya 3273... bisa daftar ga?"): what the number itself says (DOMAIN.md "NIK"),
never the number echoed whole (``3273********0003``).

- Valid: its birth date (women: day + 40) gives the age the check judges, unless the message
  states an age or a year of birth itself; the note says the date, the age and that the region
  code is a known one. An age outside the rule is the verdict's (and the day the user turns
  the minimum age, ``flows.eligibility_minor``); an age within it is said to be fine.
- Not valid (wrong length, unknown region code, no real date, serial 0000): what is wrong with
  it, and that a NIK that does not match Dukcapil's data is refused at registration.
- Asked why registering fails ("kenapa ga bisa daftar?", "why can't I register?") and the NIK
  explains nothing: the other common reasons (DOMAIN.md "Eligibility"), then the check goes on.

A NIK said to be someone else's ("nik adik aku ...") is not read as the user's."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from flows.date_answers import age_from
from flows.eligibility_jobs import about_self
from flows.formatting import long_date, mask_nik
from flows.runtime.machine import FlowTurn
from flows.turn import Message

_WHY = re.compile(
    r"\b(?:kenapa|knp|napa|mengapa|kok|why|apa (?:sebab|penyebab|alasan)\w*|penyebab\w*|"
    r"alasan\w*|(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|blm)\s*bisa|gabisa|gbs|"
    r"can'?t|cannot|unable|ditolak|gagal|rejected|refused|failed)\b"
)
"""Asking why registering fails, or saying it does ("kenapa ga bisa daftar", "gabisa daftar")."""


def own_nik(message: Message) -> tuple[str, dict[str, Any]] | None:
    """The digits and the checks (``nlu.entities.identity.check_nik``'s extra) of the NIK a
    typed message holds, when it is the user's own; None without one."""
    digits = message.entity("nik")
    if message.payload is not None or not isinstance(digits, str) or not digits:
        return None
    own = re.sub(r"\D", "", about_self((message.text or "").lower()))
    if digits not in own:
        return None  # "nik adik aku 3273...": a relative's
    return digits, message.entity_extra("nik")


def born_on(message: Message) -> date | None:
    """The birth date the user's own valid NIK in ``message`` encodes."""
    found = own_nik(message)
    if found is None or not found[1].get("valid"):
        return None
    raw = found[1].get("birth_date")
    return date.fromisoformat(raw) if isinstance(raw, str) else None


def age(message: Message) -> int | None:
    """The user's age on the day of ``message``, from the birth date in their NIK."""
    born = born_on(message)
    return None if born is None else age_from(born, message.at.date())


def asks_why(text: str) -> bool:
    return bool(_WHY.search(text.lower()))


def opening_note(turn: FlowTurn, *, failed: bool) -> list[str]:
    """What the opening's NIK says, and, asked why registering fails and no rule failed yet,
    the other common reasons. ``failed``: the opening fails a rule (the verdict follows)."""
    message = turn.message
    found = own_nik(message)
    if found is None:
        return []
    digits, checks = found
    rules = turn.ctx.programme
    limits = {"min_age": rules.min_age, "max_age": rules.max_age}
    masked = mask_nik(digits)
    lines: list[str] = []
    years = age(message)
    born = born_on(message)
    if born is None or years is None:
        reason = str(checks.get("reason") or "length")
        why = turn.say(f"invalid.nik_{reason}", code=digits[:4], count=len(digits))
        lines.append(turn.say("eligibility.from_nik.invalid", masked=masked, why=why))
    else:
        lines.append(
            turn.say(
                "eligibility.from_nik.read",
                masked=masked,
                born=long_date(born, turn.lang),
                age=years,
                region=checks.get("region", ""),
                province=checks.get("province", ""),
            )
        )
        stated = turn.slots.get("age")
        if stated is not None and int(stated) != years:
            lines.append(turn.say("eligibility.from_nik.age_differs", stated=stated, age=years))
        elif rules.min_age <= years <= rules.max_age:
            lines.append(turn.say("eligibility.from_nik.age_ok", **limits))
    if failed:
        return lines  # the verdict follows
    if asks_why(message.text or ""):
        per_kk = rules.max_beneficiaries_per_kk
        lines.append(turn.say("eligibility.from_nik.other_reasons", max_per_kk=per_kk))
    if turn.slots.get("age") is not None:  # the next question is not the age's own opening
        lines.append(turn.say("eligibility.from_nik.go_on"))
    return lines


__all__ = ["age", "asks_why", "born_on", "opening_note", "own_nik"]
