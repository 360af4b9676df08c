"""What to do next, asked right after an answer, read against that answer rather than as
whatever the NLU reads it as:

- "what next", "trus abis itu apa?" after the steps after registering: the steps after joining
  a wave (not the benefits); the steps' answer is ``flows.registration_step_questions``;
- "terus aku harus ngapain?" after a selection status (``flows.my_selection``): selected, the
  steps to the first purchase; applied, wait for the announcement (not selected, the next
  wave: ``flows.follow_up_answers``' entry, with the not-selected answer's other follow-ups);
- "trs cara benerinnya gmn?", "how do I fix it" after the eligibility verdict that one counts
  as a student (PDDikti/Dapodik, another institution, on leave from university): the fix
  (``flows.eligibility_verdict.listed_fix``); there "kalo udah lulus?" (yes, once PDDikti says
  so) and "trus kapan bisa daftar?" (once the failed rules are met) too; before, both started
  the check again;
- "berarti aku harus gimana" up to a few messages after an incentive past 7×24 hours (the
  payout account asked in between): the step left, a complaint (``pending``); before, the
  generic help and the menu.

Which answer came just before is ``flows.last_answer``."""

from __future__ import annotations

import re

from flows import eligibility_verdict
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import INCENTIVE_OVERDUE as OVERDUE
from flows.follow_up_answers import FollowUp, either, now
from flows.last_answer import just_said, remember, said_since
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

AFTER_REGISTERING = "after_registering"
"""Topic ``flows.last_answer`` records: the steps after registering were just given."""

NEXT = re.compile(
    r"\bwhat(?:'s| is| happens| comes)? next\b|\bwhat then\b|\bthen what\b|\bnext steps?\b"
    r"|\b(?:abis|habis|setelah|sesudah)\s+(?:itu|ini)\b|\bselanjutnya\b|\bberikutnya\b"
    r"|^\W*(?:terus|trus|trs|lalu)\W*(?:apa|gimana|gmn|ngapain)?\W*$"
    r"|^\W*(?:(?:and|so|ok|okay)\W+)?(?:then|after that|afterwards|and after)\W*$"
)
"""Asks only for what comes next."""
FIX = re.compile(
    r"\b(?:fix\w*|benerin\w*|dibenerin\w*|perbaiki\w*|memperbaiki\w*|diperbaiki|atasi\w*|"
    r"mengatasi\w*|ngatasi\w*|solusi\w*|solve|beresin\w*|diberesin\w*|membereskan\w*|ngapain|"
    r"what (?:do|should|can) i do|harus (?:apa|gimana|gmn|bagaimana))\b"
    r"|^\W*(?:(?:terus|trus|trs|lalu)\W+)?cara\s?nya(?:\W+(?:gimana|gmn|gmna|bagaimana|apa))?\W*$"
    r"|\b(?:update|perbarui|memperbarui|diperbarui|ubah|ngubah|mengubah)\w*\b.{0,30}"
    r"\b(?:status|pddikti|dapodik)\b"
)
"""How to put it right: "trs cara benerinnya gmn?", "gimana cara ngatasinnya", "how do I fix
it", "caranya?", "gmn update status pddikti nya"; not another question ("gimana cara daftar")
nor a variation ("kalo udh lulus gmn?": ``GRADUATED``)."""
GRADUATED = re.compile(r"\b(?:lulus|tamat|wisuda|graduat\w*|sidang|skripsi|ijazah)\b")
"""Graduating named: "kalo udah lulus?", "kalo nanti wisuda?", "what if I graduate?"."""
WHEN = re.compile(
    r"\b(?:kapan|kpn|when)\b.{0,30}\b(?:bisa|bs|boleh|daftar|ikut|gabung|can|register|join|"
    r"apply)\b|^\W*(?:(?:terus|trus|trs|lalu|jadi|jd|so)\W+)?(?:kapan|kpn|when)\W*$"
)
"""When one may join: "trus kapan bisa daftar?", "so when can I apply?", "jadi kapan?" (not
"kapan gelombang berikutnya?": the waves)."""
_NOT_VARIED = (
    r"^(?!\W*(?:(?:oh|ok|oke|trus|terus|trs|tapi|tp)\W+)*(?:kalo|kalau|klo|kl|if|what if))"
)
_FIX_ASKED = re.compile(f"{_NOT_VARIED}.*(?:{FIX.pattern}|{NEXT.pattern})")


def after_joining(turn: FlowTurn) -> list[Outbound]:
    """The steps after joining a wave (the announcement, induction, first course)."""
    waves = turn.button("menu.waves", "topic:waves")
    facts = turn.ctx.programme.facts()
    return [turn.reply("registration_steps.after_joining", waves, turn.menu_button(), **facts)]


def step_after(turn: FlowTurn, topic: str) -> str:
    """ "trus abis itu apa?" read as the steps after registering once more, right after them:
    the steps after joining."""
    again = topic == AFTER_REGISTERING and just_said(turn) == AFTER_REGISTERING
    text = (turn.message.text or "").lower()
    return "after_joining" if again and NEXT.search(text) else topic


def note(turn: FlowTurn, topic: str) -> None:
    """Record that the steps after registering were just answered."""
    if topic == AFTER_REGISTERING:
        remember(turn, AFTER_REGISTERING)


WHAT_TO_DO = re.compile(
    r"^\W*(?:(?:berarti|brarti|jadi|jd|terus|trus|trs|lalu|oh|ok|oke|so|then|and|kalo gitu|"
    r"klo gitu)\W+)*(?:(?:aku|saya|sy|gue|gw|i)\W+)?(?:(?:harus|hrs|musti|mesti|perlu|should|"
    r"sebaiknya|enaknya)\W+(?:gimana|gmn|gmna|bagaimana|ngapain|apa|do)|ngapain|ngapa2in|"
    r"what (?:do|should|can) i do(?: now)?)(?:\W+(?:dong|kak|min|nih|sih|ya|sekarang|skrg|now|"
    r"then))*\W*$"
)
"""What to do now, asked alone: "berarti aku harus gimana", "trs aku hrs ngapain", "so what
should I do?"."""
PENDING_TURNS = 4
"""How many messages back an answer that left a step to take is still what "what do I do"
asks about."""
_ON_THE_WAY = frozenset(
    {"incentive_overdue", "incentive_timing", "incentive_all_paid", "payment_account",
     "payout_varied", "incentive_status"}
)  # fmt: skip
"""Topics of answers that may come between (the payout account, the schedule again) without
changing what is left to do."""


def pending(turn: FlowTurn) -> list[Outbound] | None:
    """ "berarti aku harus gimana" a few messages after an incentive past 7×24 hours (DOMAIN.md
    "Incentives": contact support then): the one step left, a complaint; None when not asked,
    no such answer came recently, or another topic's answer came since."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not WHAT_TO_DO.search(text):
        return None
    since = said_since(turn, OVERDUE, PENDING_TURNS)
    if since is None or any(topic not in _ON_THE_WAY for topic in since):
        return None
    remember(turn, OVERDUE)  # "brp lama lg" next: no more waiting, still the complaint
    report = file_complaint(turn, fix_shown="incentive")
    return [turn.reply("next_step_follow_ups.incentive_overdue", report, turn.menu_button())]


FOLLOW_UPS: dict[str, FollowUp] = {
    AFTER_REGISTERING: (NEXT, now(after_joining)),
    eligibility_verdict.LISTED: either(
        (_FIX_ASKED, now(eligibility_verdict.listed_fix)),  # "trs cara benerinnya gmn?"
        (GRADUATED, now(eligibility_verdict.listed_graduated)),  # "kalo udah lulus?"
        (WHEN, now(eligibility_verdict.listed_when)),  # "trus kapan bisa daftar?"
    ),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["AFTER_REGISTERING", "FIX", "FOLLOW_UPS", "NEXT", "WHAT_TO_DO", "after_joining", "note",
           "pending", "step_after"]  # fmt: skip
