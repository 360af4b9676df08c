"""The training balance left after buying a course just shown: "brp sisa saldo kalo beli itu"
after a search result or a course's details. The price is taken from the balance at purchase
(DOMAIN.md), so the answer is the balance minus that course's price; when no single course is
known (several listed, none named), the balance and that the price comes off it at purchase.
Before, the full balance, as if nothing would be bought."""

from __future__ import annotations

import re
from typing import Any

from flows import course_relax as relax
from flows.course_choice import PAGE
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.courses import FLOW as DETAIL_FLOW
from flows.formatting import money
from flows.messages import Outbound
from flows.ordinals import ordinal
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import ParticipantView

IF_BOUGHT = re.compile(
    r"\b(?:kalo|kalau|klo|kl|kalo\w*|jika|jk|misal\w*|setelah|stlh|abis|habis|if|after)\b"
    r".{0,15}\b(?:beli|membeli|dibeli|ambil|ngambil|buy|buying|bought|take|taking)\b"
)
"""A purchase supposed: "kalo beli itu", "setelah beli yg ini", "if I buy it"."""
_ASKS_LEFT = re.compile(r"\b(?:sisa\w*|tersisa|left|remain\w*|saldo\w*|balance)\b")

Shown = tuple[str, int]
"""A course shown: its title and price."""


def asks(text: str) -> bool:
    """Whether the balance left after a supposed purchase is asked."""
    lowered = " ".join(text.lower().split())
    return bool(IF_BOUGHT.search(lowered) and _ASKS_LEFT.search(lowered))


def answer(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """The balance after buying the course shown (or the rule, no single course known); None:
    no such question."""
    if not asks(turn.message.text or ""):
        return None
    shown = yield from _shown(turn)
    menu = turn.menu_button()
    search = turn.button("menu.courses", "flow:course_choice")
    balance = money(person.balance)
    if shown is None:
        return [turn.reply("balance_after.unknown", search, menu, balance=balance)]
    title, price = shown
    if price > person.balance:
        return [turn.reply("balance_after.over", search, menu, title=title, price=money(price),
                           balance=balance)]  # fmt: skip
    left = money(person.balance - price)
    return [turn.reply("balance_after.left", menu, title=title, price=money(price),
                       balance=balance, left=left)]  # fmt: skip


def _shown(turn: FlowTurn) -> Ask[Shown | None]:
    """The one course the question is about: its details open, the only one listed, or the
    one named by its number ("yg ke 2") in the results just shown; else None."""
    session = turn.session
    opened = session.slots.get("course") if session.flow == DETAIL_FLOW else None
    if isinstance(opened, int):
        course: Any = yield CourseDetailQuery(opened)
        return None if course is None else (str(course.title), int(course.price))
    page_shown = session.profile.get(PAGE)
    search: dict[str, Any] = session.profile.get(SEARCH) or {}
    if not isinstance(page_shown, list) or not recent(search, turn.message.at):
        return None
    per_page = turn.ctx.programme.courses_per_page
    found = yield from relax.search(search, int(page_shown[0]), per_page)
    number = _picked(turn.message.text or "")
    if number is not None and 1 <= number <= len(found.items):
        item = found.items[number - 1]
    elif len(found.items) == 1:
        item = found.items[0]
    else:
        return None
    return item.title, item.price


def _picked(text: str) -> int | None:
    """The place named after the purchase verb ("kalo beli yg kedua": 2), else None."""
    lowered = " ".join(text.lower().split())
    supposed = IF_BOUGHT.search(lowered)
    return ordinal(lowered[supposed.end() :]) if supposed is not None else None


__all__ = ["IF_BOUGHT", "answer", "asks"]
