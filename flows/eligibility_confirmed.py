"""The user confirms the fact a "not eligible" verdict rests on, right after it ("iya aku pns",
"bener, aku anggota TNI", "iya masih kuliah", "maksudnya di kk ku ada 2 org yg udh dapet"):
acknowledged, the rule said again with what can change it (DOMAIN.md "Eligibility": a job only
while held, school until graduating, the card's quota per card), instead of "Maksud kamu yang
mana?" or the family card number's help. Asked first by ``flows.eligibility_closers``."""

from __future__ import annotations

import re

from flows import eligibility_kk_said as kk_said
from flows import eligibility_letdown
from flows.eligibility_facts import about_self, job, studying
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 12
_HINTS = {"student": "after_school", "kk_full": "kk"}
"""What can change, by the rule confirmed (``eligibility.letdown.*``); a job's is after_job."""
_YES = re.compile(
    r"^(?:iy+a+|ya+|yup|yap|yes|yeah|betul|bener|benar|emang|memang|mmg|iyes|he ?eh|ho ?oh|"
    r"right|correct|indeed)\b"
)


def _card_full(failed: list[str], lowered: str, most: int) -> bool:
    """ "maksudnya di kk ku ada 2 org yg udh dapet" right after "the card is full": so it is."""
    counted = kk_said.recipients(lowered)
    return "kk_full" in failed and counted is not None and counted >= most


def _rule(failed: list[str], lowered: str) -> str | None:
    """The failed rule the message confirms: the job it names, or still studying."""
    work = job(lowered)
    if work not in (None, "none") and f"occupation_{work}" in failed:
        return f"occupation_{work}"
    if "student" in failed and studying(lowered):
        return "student"
    return None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Right after a "not eligible" verdict, a yes that names its failed job or school: the
    acknowledgement; else None."""
    failed = eligibility_letdown.just_failed(turn) if turn.message.payload is None else None
    lowered = " ".join((turn.message.text or "").lower().split())
    if not failed or len(lowered.split()) > MAX_WORDS:
        return None
    most = turn.ctx.programme.max_beneficiaries_per_kk
    if _card_full(failed, lowered, most):
        rule: str | None = "kk_full"
    else:
        rule = _rule(failed, about_self(lowered)) if _YES.search(lowered) else None
    if rule is None:
        return None
    limits = {"min_age": turn.ctx.programme.min_age, "max_per_kk": most}
    said = turn.say(f"eligibility.fail.{rule}", **limits).lstrip("• ")
    hint = _HINTS.get(rule, "after_job")
    eligibility_letdown.carry(turn)  # "yah" next: still about the verdict
    again = turn.button("eligibility.check_again", "flow:eligibility")
    line = turn.say(f"eligibility.letdown.{hint}", **limits)
    return [turn.reply("eligibility.confirmed", again, turn.menu_button(), rule=said, hint=line)]


__all__ = ["answer"]
