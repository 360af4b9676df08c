"""What a linked participant's incentive will be, asked before or beside their schedule:

- revoked, nothing scheduled: no incentive comes, and why (DOMAIN.md "Incentives": paid after
  the first course's certificate, rating and review; reference/prakerja_faq_facts.yml
  ``pelatihan-tidak-beli``: a revoked participation loses the training balance), with a
  complaint for one who bought in time; before, "Jadwal muncul setelah pelatihan pertamamu
  selesai…" as if one would come;
- "insentif aku brp nanti?": the amount by the rules of the participant's own era (DOMAIN.md
  "Eras": 2023-2024 Rp600,000 × 1 + survey Rp50,000 × 2; 2020-2022 Rp600,000 × 4 + survey
  Rp50,000 × 3; config.yml ``programme.eras``), then their schedule if there is one; before,
  only "no schedule yet".

None: ``flows.my_incentives`` answers as before."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.revocation_help import REVOKED
from flows.runtime.machine import FlowTurn
from flows.views import IncentiveView, ParticipantView

PAST_SELECTION = ("selected", "enrolled", "completed")
"""Statuses with an incentive to come (or paid)."""
BEFORE_SELECTION = ("registered", "applied", "not_selected")
"""Statuses with no incentive yet: not a participant (before, "the schedule appears after your
first course", as if they were one)."""
_HOW_MUCH = re.compile(r"\b(?:berapa|brp|brapa|berapaan|brpan|how much|jumlah\w*|nominal\w*)\b")
_WHICH_DATE = re.compile(r"\b(?:tanggal|tgl|jam|pukul)\s+(?:berapa|brp|brapa)\b")
"""A date or a time asked ("jadwal transfer insentif aku tanggal brp aja"): no amount."""


Line = Callable[[FlowTurn, IncentiveView], str]
"""How a scheduled payment is shown (``flows.my_incentives``)."""


def answer(
    turn: FlowTurn, person: ParticipantView, items: list[IncentiveView], line: Line
) -> list[Outbound] | None:
    """The revoked participant's "none comes", or the amount asked (``line`` shows each
    payment of the schedule); else None."""
    if person.status == "revoked" and not items:
        remember(turn, REVOKED)  # "mau banding" next: no appeal promised, a complaint
        report = file_complaint(turn, topic="revoked")
        return [turn.reply("incentive_outlook.revoked", report, turn.menu_button())]
    if person.status in BEFORE_SELECTION and not items:  # "insentif ku udh cair blm": none
        return [turn.reply(f"incentive_outlook.{person.status}", turn.menu_button())]
    lowered = (turn.message.text or "").lower()
    if person.status not in PAST_SELECTION or not _HOW_MUCH.search(_WHICH_DATE.sub(" ", lowered)):
        return None
    return [amount(turn, person, items, line)]


def amount(
    turn: FlowTurn, person: ParticipantView, items: list[IncentiveView], line: Line
) -> Outbound:
    """The era's amounts, then the schedule (or when it comes)."""
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "")
    facts = {**programme.facts(), **(era or programme.era).facts()}
    key = "incentive_outlook.amount" if era is not None else "incentive_outlook.amount_current"
    lines = [turn.say(key, **facts)]
    if items:
        lines += [turn.say("kb.incentive_header"), *(line(turn, item) for item in items)]
    else:
        lines.append(turn.say("kb.incentive_none", **facts))
    return Outbound("\n".join(lines), (turn.menu_button(),))


__all__ = ["PAST_SELECTION", "amount", "answer"]
