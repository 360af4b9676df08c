"""A wish to buy one more course that names what on ("mau beli satu lagi, yg masak2", "mau
ambil kelas lagi, yang jahit"): the course search on that topic, whatever the NLU made of it
(it read the first as out of scope, unsure, and "Maksud kamu yang mana?" was asked). Whether a
next course may be bought yet is checked when one is chosen (``flows.course_choice.choose`` and
``flows.course_second_purchase``), not here. Regular expressions only, on typed messages
outside a flow.

A linked participant whose training balance is Rp0 who asks to buy another ("bisa beli pelatihan
lagi ga") is told no course can be bought with the card any more (``used_up``; before, "Bisa" and
the days to spend the rest), and "pake uang sendiri bisa?" right after it that the balance is
never topped up, the platforms named without claims on their own sales."""

from __future__ import annotations

import re

from flows import course_query as query
from flows.course_platforms import listed
from flows.formatting import money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_courses import asks_my_courses
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

USED_UP = "balance_used_up"
"""``flows.last_answer`` topic: no course can be bought, the balance being Rp0."""

_MORE = re.compile(
    r"\b(?:beli|membeli|ambil|ngambil|ikut|buy|take)\b"
    r"(?:\s+(?:pelatihan|kelas|kursus|training|course)\w*)?"
    r"\s+(?:(?:satu|1|sekali)\s+)?(?:lagi|kedua|ke-?2)\b"
    r"|\b(?:another|one more|a second) (?:course|training|class|one)\b"
)
"""Buying one more ("beli satu lagi", "ambil kelas lagi", "another course")."""
_VAGUE = frozenset({None, "course_search", "out_of_scope", "inform", "help"})
"""Readings of such a wish that name no other request."""


def asks(turn: FlowTurn) -> bool:
    """Whether the message wishes to buy one more course on a topic it names."""
    message = turn.message
    if turn.session.flow is not None or message.payload is not None or not message.text:
        return False
    sure = message.confidence >= query.OTHER_INTENT_SURE and not message.ambiguous
    if message.intent not in _VAGUE and sure:
        return False  # "mau beli lagi tapi insentif aku belum cair?" is the incentive's
    lowered = " ".join(message.text.lower().split())
    if not _MORE.search(lowered) or asks_my_courses(lowered):
        return False
    return bool(query.topic_words(lowered))  # "mau beli pelatihan kedua": no topic, the NLU's


_NEXT = re.compile(
    r"\b(?:beli|membeli|ambil|ngambil|buy|take)\b.{0,30}\b(?:lagi|lg|kedua|ke-?2|lain\w*|"
    r"berikutnya|selanjutnya)\b|\b(?:another|next|second|more) (?:course|training|class)"
)
"""Buying another course asked about ("bisa beli pelatihan lagi ga", "can I buy another course")."""
_OWN_MONEY = re.compile(
    r"\b(?:uang|duit|dana) (?:sendiri|pribadi)|\bbayar sendiri\b|\bown money\b|\bpay (?:for it )?"
    r"myself\b"
)
"""Paying with one's own money ("pake uang sendiri bisa?")."""
_WITH_CARD = ("selected", "enrolled", "completed")


def used_up(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Another course asked for by a linked participant with nothing left on the card, or
    paying with one's own money right after that answer; None otherwise."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not lowered:
        return None
    if just_said(turn) == USED_UP and _OWN_MONEY.search(lowered):
        remember(turn, USED_UP)
        menu = turn.menu_button()
        return [turn.reply("course_buy_more.own_money", menu, platforms=listed())]
    if not _NEXT.search(lowered):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in _WITH_CARD or person.balance > 0:
        return None
    remember(turn, USED_UP)  # "pake uang sendiri bisa?" next
    balance = money(person.balance)
    return [turn.reply("course_buy_more.used_up", turn.menu_button(), balance=balance)]


__all__ = ["USED_UP", "asks", "used_up"]
