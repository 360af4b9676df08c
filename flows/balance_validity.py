"""How long the training balance lasts, asked by a participant who bought a course ("saldo sisa
aku hangus ga kalo ga dipake?", "brp lama sebelum hangus?"): their own rest of the balance and
its date, from the first course's rating (or that it is gone), ``flows.balance_rest``. Anyone
else gets the rules (``flows.money_help.validity``: the first purchase's days, then the rest's).
Before, everyone got the rules, and a linked participant whose rest was long gone was not told.
The rest of the balance asked about ("bisa beli pelatihan lagi pake sisa saldo?") by such a
participant is theirs too (``balance_rest.own_rest``)."""

from __future__ import annotations

from flows import balance_rest, money_help
from flows import purchase_deadline_mine as mine
from flows.balance_trade import traded
from flows.complaint_topics import file_complaint
from flows.formatting import money
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.purchase_deadline import lapsed
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The validity question's answer (the participant's own when a course is bought), or the
    top-up one; None: the message asks no such thing. The records are read only for such a
    question."""
    if traded(turn.message.text or ""):
        return None  # "temenku bilang sisa saldo bisa dijual": a fraud (``flows.fraud``)
    if money_help.asks_top_up(turn.message.text or ""):
        return (yield from top_up(turn))
    if balance_rest.asks_rest(turn.message.text or ""):
        own = yield from _own_rest(turn)
        if own is not None:
            return own
    general = money_help.validity(turn)
    if general is None:
        return None
    person = yield from participant(turn)
    if person is not None and person.status == "revoked":  # no balance left to last, no search
        report = file_complaint(turn, topic="revoked")
        return [turn.reply("kb.balance_revoked", report, turn.menu_button())]
    remember(turn, money_help.BALANCE)  # "aku punya brp hari lg" next: their own days
    selected = person is not None and person.status == "selected"
    if selected and person is not None and (lapsed(turn, person) or person.purchase_deadline):
        return (yield from mine.answer(turn))  # "batas waktunya kapan": their own date, or gone
    if person is None or person.balance <= 0:
        return general
    rest = yield from balance_rest.lookup(turn, person)
    return general if rest is None else [balance_rest.told(turn, person, rest)]


_WITH_BALANCE = ("selected", "enrolled", "completed")


def _own_rest(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "bisa beli pelatihan lagi ga pake sisa saldo" from a linked participant who bought a
    course: their own rest (their era's days from their own rating, or none in their era);
    before, everyone was told "dalam 15 hari", a 2021 participant too. None: not linked, or no
    course bought (the general rule follows)."""
    person = yield from participant(turn)
    if person is None:
        return None
    return (yield from balance_rest.own_rest(turn, person))


def top_up(turn: FlowTurn) -> Ask[list[Outbound]]:
    """ "saldo 0 ya? bisa diisi ulang ga": the linked participant's balance, then that it is
    never topped up (before, only the balance: the question went unanswered)."""
    rule = money_help.top_up(turn)
    person = yield from participant(turn)
    if person is None or person.status not in _WITH_BALANCE:
        return [rule]
    balance = turn.say("kb.balance", balance=money(person.balance))
    return [Outbound(f"{balance} {rule.text}", rule.buttons)]


__all__ = ["answer", "top_up"]
