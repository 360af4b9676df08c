"""What a linked participant's training balance can buy: "bisa buat beli apa" right after an
answer on the balance, or "saldo aku bisa beli pelatihan apa aja" with the balance named. The
courses priced within the balance, cheapest first (or that none is, and the cheapest price:
a course's price may not exceed the balance, and the difference is never paid in cash,
reference/prakerja_faq_facts.yml), then when the balance may be spent (the rest after the
first course: ``flows.balance_rest``). Before, "Maksud kamu yang mana?" for Rp50.000 left."""

from __future__ import annotations

import re

from flows import balance_rest
from flows.balance_sums import BALANCE_TOPICS
from flows.deadline_words import deadline_at
from flows.fallback import previous_intent
from flows.formatting import long_date, money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.money_help import BALANCE
from flows.my_data import participant
from flows.queries import CourseSearch
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of
from flows.views import ParticipantView, SearchPage

MAX_WORDS = 9
"""A follow-up is short; a longer message says what it is about itself."""
SHOWN = 3
"""Courses listed at most."""
WITH_BALANCE = ("selected", "enrolled", "completed")

_WHAT = re.compile(
    r"\b(?:beli|dibeliin|dibelikan|belanja\w*|dapet|dapat|dipake|dipakai|pake|pakai|buat|"
    r"untuk|utk|buy|get|afford)\b.{0,25}\b(?:apa|apaan|apa aja|apa saja|mana|what|which)\b"
    r"|\b(?:pelatihan|kelas|kursus|courses?|training)\s+(?:apa|apaan|mana|what|which)\b"
    r"|\b(?:what|which)\s+(?:courses?|training)\b.{0,20}\b(?:buy|get|afford)\b"
    r"|\bcukup\s+(?:buat|untuk|utk)\s+(?:apa|beli apa)\b"
)
"""What the balance buys: "bisa buat beli apa", "dapet pelatihan apa", "what can I buy"."""
_BALANCE_WORD = re.compile(r"\b(?:saldo\w*|balance|sisa\w*)\b")
_ELSEWHERE = re.compile(r"\b(?:insentif\w*|incentive\w*|cair\w*|tunai|cash)\b")


def asks(turn: FlowTurn) -> bool:
    """Whether the message asks what the balance buys: short, and right after an answer on the
    balance (or naming the balance itself)."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(lowered.split()) > MAX_WORDS:
        return False
    if not _WHAT.search(lowered) or _ELSEWHERE.search(lowered):
        return False
    if _BALANCE_WORD.search(lowered):
        return True
    if just_said(turn) in BALANCE_TOPICS:
        return True
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return recent and previous_intent(turn) == "training_balance"


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The courses within the linked participant's balance and when it may be spent; None: not
    such a question, not linked, or no balance."""
    if not asks(turn):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in WITH_BALANCE or person.balance <= 0:
        return None
    rest = yield from balance_rest.lookup(turn, person)
    if rest is not None and rest.expired(turn.message.at):  # nothing more can be bought
        return [balance_rest.told(turn, person, rest)]
    within: SearchPage = yield CourseSearch(max_price=person.balance, cheapest=True, per_page=SHOWN)
    balance = money(person.balance)
    if within.items:
        listed = "\n".join(f"• {item.title} · {money(item.price)}" for item in within.items)
        lines = [turn.say("balance_buys.some", balance=balance, total=within.total), listed]
    else:
        cheapest: SearchPage = yield CourseSearch(cheapest=True, per_page=1)
        low = money(cheapest.items[0].price) if cheapest.items else balance
        lines = [turn.say("balance_buys.none", balance=balance, cheapest=low)]
    when = _when(turn, person, rest)
    if when:
        lines.append(when)
    remember(turn, BALANCE)  # "bisa ditambah pake uang sendiri?" next: still the balance
    buttons = [turn.button("menu.courses", "flow:course_choice")] if within.items else []
    return [Outbound("\n".join(lines), (*buttons, turn.menu_button()))]


def _when(turn: FlowTurn, person: ParticipantView, rest: balance_rest.Rest | None) -> str:
    """When the balance may be spent: after the open first course, until the rest's last day,
    or before the first purchase's deadline."""
    if rest is not None and rest.until is None and rest.open_title:
        return turn.say("balance_buys.after_first", title=rest.open_title, rest_days=rest.days)
    if rest is not None and rest.until is not None:
        return turn.say("balance_buys.until", until=long_date(rest.until, turn.lang))
    if person.status == "selected" and person.purchase_deadline is not None:
        deadline = deadline_at(person.purchase_deadline, turn.lang)
        return turn.say("balance_buys.first_by", deadline=deadline)
    return ""


__all__ = ["answer", "asks"]
