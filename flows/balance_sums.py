"""Questions about the training balance that carry numbers or a "what if", answered from the
linked participant's record instead of the balance repeated:

- a price supposed: "kalo aku beli pelatihan 1.500.000 sisanya jadi brp", and right after an
  answer on the balance "kalo harganya 1,2jt sama 2jt?": the balance minus the price (or the
  prices), and whether it fits; several courses are bought one at a time (DOMAIN.md "Eras":
  the rest is spent after the first course is rated);
- paying the shortfall with one's own money ("kurangnya bisa nambah pake uang sendiri?"): no,
  a course's price may not exceed the balance (reference/prakerja_faq_facts.yml: "harga
  pelatihan tidak boleh melebihi saldo"), and the balance is never topped up.

Why the balance is lower than the full amount, and where an unused balance goes, are
``flows.balance_why``. Before, each got "Saldo pelatihanmu Rp2.000.000..." again, or the
benefits list."""

from __future__ import annotations

import re

from flows import balance_package, balance_rest, balance_why, course_buying, money_help
from flows.balance_after import IF_BOUGHT
from flows.course_buy_more import USED_UP
from flows.formatting import money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import not_linked, participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of
from flows.views import ParticipantView

TOPIC = "balance_sums"
"""``flows.last_answer`` topic: a sum on the balance was answered ("kalo 2jt?" next: again)."""
WITH_BALANCE = ("selected", "enrolled", "completed")
"""Statuses with a training balance on record."""
MIN_PRICE = 10_000
"""Smaller amounts are no course's price."""
FOLLOW_UP_WORDS = 8
"""A follow-up that names no purchase ("kalo harganya 1,2jt sama 2jt?") is short."""
BALANCE_TOPICS = (money_help.BALANCE, money_help.CASH_OUT, money_help.TOP_UP, USED_UP,
                  course_buying.TOPIC, TOPIC)  # fmt: skip
"""Answers after which a bare sum or "pake uang sendiri?" is about the balance (or buying:
"bisa beli 2 pelatihan?", then "kalo harganya 1,2jt sama 2jt?")."""

_BALANCE_WORD = re.compile(r"\b(?:saldo\w*|balance|sisa\w*|tinggal|left)\W*(?:\w+\W+)?$")
"""Words just before an amount that make it the balance's own ("saldo aku 2jt"), no price."""
_HAVE_BEFORE = re.compile(r"\b(?:have|has|got|punya|pny)\W*$")
"""Owning just before an amount: "I only have 500k (left)", "cuma punya 500rb"."""
_LEFT_AFTER = re.compile(r"^\W*(?:left|remaining|lagi|tersisa|tersisanya)\b")
"""Words just after an amount that make it the balance's own ("500k left", "500rb lagi")."""
_PRICE = re.compile(r"\bharga\w*|\bprice\w*|\bcost\w*|\bseharga\b")
_LEFT = re.compile(
    r"\b(?:sisa\w*|tersisa|left|remain\w*|kurang\w*|cukup|muat|kebeli|terbeli|enough|fit)\b"
    r"|\bjadi (?:brp|berapa|brapa)\b"
)
"""The balance after the purchase asked ("sisanya jadi brp", "cukup ga", "how much is left")."""
_SUPPOSED = re.compile(r"\b(?:kalo|kalau|klo|kl|jika|misal\w*|if|sama|dan|and|plus|\+)\b|\+")
_CASH = re.compile(
    r"\b(?:dicairkan|dicairin|cairkan|cairin|diuangkan|ditarik|tarik|cash ?out|withdraw\w*|"
    r"transfer\w*|insentif\w*|incentive\w*)\b"
)
"""Cash, transfers and the incentive: other answers' questions."""
_OWN_MONEY = re.compile(
    r"\b(?:uang|duit|dana|doku|biaya) (?:sendiri|pribadi)\b|\bbayar sendiri\b|\bnombok\w*\b"
    r"|\bown money\b|\bpay (?:the )?(?:rest|difference)\b|\btop ?up (?:the )?difference\b"
)
_SHORTFALL = re.compile(
    r"\b(?:kurang\w*|kekurangan\w*|selisih\w*|sisanya|nambah\w*|tambah\w*|ditambah\w*|"
    r"difference|rest|shortfall)\b"
)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The sum's, the shortfall's, the lower balance's or the unused balance's answer; None:
    the message asks none of these (or is no typed message outside a flow)."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or not lowered or turn.session.flow is not None:
        return None
    if _CASH.search(lowered):
        return None
    package = yield from balance_package.answer(turn, lowered)  # "dpt 4,2jt kok saldo cuma 3,5jt"
    if package is not None:
        return package
    if _OWN_MONEY.search(lowered) and (_SHORTFALL.search(lowered) or _balance_talk(turn)):
        return (yield from _own_money(turn))
    prices = asked_prices(turn, lowered)
    if prices:
        return (yield from _sum(turn, prices))
    return (yield from balance_why.answer(turn, lowered))


def asked_prices(turn: FlowTurn, lowered: str) -> list[int]:
    """The prices a message supposes buying at: amounts not the balance's own, with a purchase
    or a price named and the rest asked, or right after the balance's answer; else []."""
    found = [
        int(item.value)
        for item in turn.message.entities
        if getattr(item, "entity", None) == "money"
        and isinstance(item.value, int | float)
        and int(item.value) >= MIN_PRICE
        and not _own_amount((turn.message.text or "").lower(), item.start, item.end)
    ]
    if not found:
        return []
    supposed = bool(IF_BOUGHT.search(lowered) or _PRICE.search(lowered))
    if supposed and _LEFT.search(lowered):
        return found
    short = len(lowered.split()) <= FOLLOW_UP_WORDS
    followed = short and _balance_talk(turn) and (supposed or _SUPPOSED.search(lowered))
    return found if followed else []


def _own_amount(text: str, start: int, end: int) -> bool:
    """The amount at text[start:end] is the balance the writer has, no price."""
    before, after = text[:start], text[end:]
    return bool(
        _BALANCE_WORD.search(before) or _HAVE_BEFORE.search(before) or _LEFT_AFTER.search(after)
    )


def _balance_talk(turn: FlowTurn) -> bool:
    """Right after an answer on the balance (its topic recorded, or one of the two messages
    before read as the balance)."""
    if just_said(turn) in BALANCE_TOPICS:
        return True
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return bool(recent and "training_balance" in before[-2:])


def _sum(turn: FlowTurn, prices: list[int]) -> Ask[list[Outbound] | None]:
    """The balance minus the prices: what is left, or how much is short."""
    person = yield from participant(turn)
    if person is not None and person.status not in WITH_BALANCE:
        return None  # no balance yet, or revoked: the balance's own answer says so
    remember(turn, TOPIC)  # "kalo 2jt?" next: the same sum
    total = sum(prices)
    search = turn.button("menu.courses", "flow:course_choice")
    menu = turn.menu_button()
    if person is None:  # the full balance of the current era, then how to see one's own
        full = turn.ctx.programme.era.training_balance
        key = "rule_over" if total > full else "rule_left"
        said = turn.say(f"balance_sums.{key}", **_amounts(total, full))
        return [Outbound(said), *not_linked(turn)]
    lines = [_fit(turn, person, prices)]
    rest = yield from balance_rest.lookup(turn, person)
    refused = balance_rest.refusal(turn, person, rest)
    if refused is not None:  # the days to spend the rest are over: nothing can be bought
        lines.append(refused.text)
    return [Outbound("\n\n".join(lines), (search, menu))]


def _fit(turn: FlowTurn, person: ParticipantView, prices: list[int]) -> str:
    total = sum(prices)
    amounts = _amounts(total, person.balance)
    several = len(prices) > 1
    if total > person.balance:
        return turn.say("balance_sums.over_several" if several else "balance_sums.over", **amounts)
    if several:
        days = balance_rest.era_rest_days(turn, person)
        listed = " + ".join(money(price) for price in prices)
        key = "balance_sums.left_several" if days > 0 else "balance_sums.left_several_first"
        return turn.say(key, prices=listed, rest_days=days, **amounts)
    return turn.say("balance_sums.left", **amounts)


def _amounts(total: int, balance: int) -> dict[str, object]:
    return {
        "price": money(total),
        "balance": money(balance),
        "left": money(max(balance - total, 0)),
        "short": money(max(total - balance, 0)),
    }


def _own_money(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The shortfall is never paid with one's own money."""
    remember(turn, TOPIC)
    person = yield from participant(turn)
    search = turn.button("menu.courses", "flow:course_choice")
    menu = turn.menu_button()
    if person is None or person.status not in WITH_BALANCE:
        return [turn.reply("balance_sums.own_money_rule", search, menu)]
    return [turn.reply("balance_sums.own_money", search, menu, balance=money(person.balance))]


__all__ = ["BALANCE_TOPICS", "TOPIC", "answer", "asked_prices"]
