"""Two trainings asked about right after the balance ("kalo 2 pelatihan bisa ga?", "bisa beli
dua kelas sekaligus?"): yes while the balance lasts, but one after another. The next training
is bought only after the first is finished, rated and reviewed, and under the newest rules the
rest of the balance is spent within its days after that rating (DOMAIN.md "Eras"; the texts
``course_buy_one_at_a_time``, ``left_several``). Probe p22b #33: "Bisa 👍" and the deadline, as
if both could be bought now."""

from __future__ import annotations

import re

from flows.deadline_words import deadline_at
from flows.formatting import money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.purchase_deadline import deadline_ahead
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "two_courses"
MAX_WORDS = 10
AFTER = ("balance", "balance_can_buy", TOPIC)
"""The answers it follows: the balance, what it can buy (``flows.money_help``,
``flows.balance_can_buy``)."""
_TWO = re.compile(
    r"\b(?:2|dua|two|3|tiga|three|lebih dari (?:1|satu)|more than one|beberapa|several|banyak)\s+"
    r"(?:pelatihan\w*|kelas\w*|kursus\w*|course\w*|training\w*|plthn)\b"
    r"|\b(?:sekaligus|bersamaan|barengan|bareng|at once|at the same time)\b"
)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The one-after-another rule with the participant's balance and deadline; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS or not _TWO.search(text):
        return None
    if just_said(turn) not in AFTER or turn.session.participant_id is None:
        return None
    person = yield from participant(turn)
    if person is None or person.balance <= 0:
        return None
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "") or programme.era  # their wave's rules
    lines = [turn.say("two_courses.rule", balance=money(person.balance))]
    if era.rest_days > 0:
        lines.append(turn.say("two_courses.rest", **era.facts()))
    deadline = deadline_ahead(turn, person) if person.status == "selected" else None
    if deadline is not None:
        lines.append(turn.say("balance_can_buy.yours", deadline=deadline_at(deadline, turn.lang)))
    remember(turn, TOPIC)
    search = turn.button("menu.courses", "flow:course_choice")
    return [Outbound(" ".join(lines), (search, turn.menu_button()))]


__all__ = ["TOPIC", "answer"]
