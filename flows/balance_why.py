"""Why the training balance is lower than the full amount, and where an unused balance goes,
answered from the linked participant's record:

- "kok saldonya cuma 2jt bukannya 3,5jt", "kok saldo aku tinggal 500rb?": the full amount of
  their era (DOMAIN.md "Eras": Rp3,500,000 in 2023-2024, Rp1,000,000 in 2020-2022), what was
  spent and on which courses (the balance only goes down when a course is bought); a balance
  lower with no purchase on record is for a complaint (``kb.balance_gone``'s advice);
- "sisa saldonya kemana kalo ga kepake": it is never paid out; past its deadline it lapses and
  goes back to the state (reference/prakerja_faq_facts.yml ``insentif-sisa-saldo``), with the
  participant's own dates (``flows.balance_rest``) or the rules.

Before, both got the balance repeated ("Saldo pelatihanmu Rp2.000.000...")."""

from __future__ import annotations

import re

from flows import balance_rest, money_help
from flows.complaint_topics import file_complaint
from flows.deadline_words import deadline_at
from flows.formatting import money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import not_linked, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView, ParticipantView

WITH_BALANCE = ("selected", "enrolled", "completed")
MAX_TITLES = 3

_BALANCE = re.compile(r"\b(?:saldo\w*|balance)\b")
_LOWER = re.compile(
    r"\b(?:cuma|cuman|cm|hanya|tinggal|bukannya|bukan nya|harusnya|seharusnya|mestinya|"
    r"semestinya|only|should be|supposed to be)\b"
)
"""The balance said to be less than expected ("cuma 2jt", "bukannya 3,5jt")."""
_WHY = re.compile(r"\b(?:kok|koq|kenapa|knp|napa|mengapa|why|how come)\b|\?|\bbukannya\b")
_UNUSED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|not|never|don'?t)\s+"
    r"(?:\w+\s+)?(?:ke|ter|di)?(?:pake|pakai|kepake|kepakai|terpakai|dipake|dipakai|digunakan|"
    r"gunakan|habis|dihabiskan|dihabisin|dibelanjakan|use|used|spend|spent)\b"
    r"|\bunused\b|\bleftover\b"
)
"""Balance not spent ("kalo ga kepake", "yang ga kepakai", "if I don't use it")."""
_WHERE = re.compile(
    r"\b(?:ke ?mana|kmn|gimana|gmn|bagaimana|diapain|diapakan|jadi apa|hangus\w*|balik\w*|"
    r"kembali\w*|where|what happens)\b"
)


_EXPECTED = re.compile(
    r"\b(?:bukannya|bukan nya|harusnya|seharusnya|mestinya|semestinya|segini|sedikit|dikit|"
    r"should be|supposed to be)\b"
)
"""What the balance should be, or how little it is: a lower balance questioned with no amount."""


_LITTLE = re.compile(r"\b(?:0|nol|habis|abis|kosong|segitu|segini|zero|empty)\b")
"""The balance just told questioned without naming it ("kok 0 sih??", "kok abis?")."""
MAX_BARE_WORDS = 10


def _questioned_after(turn: FlowTurn, lowered: str) -> bool:
    """Right after the balance's answer, a short "kok 0 sih?? aku baru beli 1 pelatihan"."""
    short = len(lowered.split()) <= MAX_BARE_WORDS
    after = just_said(turn) == money_help.BALANCE
    return short and after and bool(_WHY.search(lowered) and _LITTLE.search(lowered))


def answer(turn: FlowTurn, lowered: str) -> Ask[list[Outbound] | None]:
    """The lower balance's or the unused balance's answer; None: neither is asked (how long
    the balance lasts, "hangus kapan?", is ``flows.balance_validity``'s)."""
    if _questioned_after(turn, lowered):
        return (yield from _lower(turn))
    if not _BALANCE.search(lowered) or money_help.validity(turn) is not None:
        return None
    if _UNUSED.search(lowered) and _WHERE.search(lowered):
        return (yield from _unused(turn))
    amount = turn.message.entity("money") is not None
    if _LOWER.search(lowered) and _WHY.search(lowered) and (amount or _EXPECTED.search(lowered)):
        return (yield from _lower(turn))
    return None


def _lower(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The full amount, what was spent and on what; a drop with no purchase: a complaint."""
    person = yield from participant(turn)
    programme = turn.ctx.programme
    if person is None:
        said = turn.say("balance_why.rule", **programme.facts())
        return [Outbound(said), *not_linked(turn)]
    if person.status not in WITH_BALANCE:
        return None  # no balance yet, or revoked: the balance's own answer says so
    remember(turn, money_help.BALANCE)  # "kalo beli 1jt sisanya?" next: the sum
    era = programme.eras.get(person.era or "") or programme.era
    params = {"balance": money(person.balance), "full": money(era.training_balance),
              "years": era.years}  # fmt: skip
    menu = turn.menu_button()
    if person.balance >= era.training_balance:
        current = {"current": money(programme.era.training_balance),
                   "current_years": programme.era.years}  # fmt: skip
        other_era = era.training_balance != programme.era.training_balance
        key = "balance_why.full_era" if other_era else "balance_why.full"
        return [turn.reply(key, menu, **params, **current)]
    records = list((yield EnrolmentsQuery(person.id)) or [])
    bought = [record for record in records if record.status != "cancelled"]
    spent = money(era.training_balance - person.balance)
    if not bought:
        return [turn.reply("balance_why.not_spent", file_complaint(turn), menu, **params)]
    titles = _titles(bought)
    return [turn.reply("balance_why.spent", menu, spent=spent, titles=titles, **params)]


def _titles(bought: list[EnrolmentView]) -> str:
    ordered = sorted(bought, key=lambda record: record.purchased_at)
    names = [f"\u201c{record.title}\u201d" for record in ordered[:MAX_TITLES]]
    more = len(ordered) - MAX_TITLES
    return ", ".join(names) + (f" (+{more})" if more > 0 else "")


def _unused(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Never cash; it lapses to the state after its deadline: the participant's own dates."""
    remember(turn, money_help.BALANCE)  # "sampe kapan?" next: how long it lasts
    person = yield from participant(turn)
    if person is not None and person.status in WITH_BALANCE:
        own = yield from _own_unused(turn, person)
        if own is not None:
            return own
    facts = turn.ctx.programme.facts()
    rest = turn.ctx.programme.era.rest_days > 0
    search = turn.button("menu.courses", "flow:course_choice")
    key = "balance_why.unused" if rest else "balance_why.unused_first"
    return [turn.reply(key, search, turn.menu_button(), **facts)]


def _own_unused(turn: FlowTurn, person: ParticipantView) -> Ask[list[Outbound] | None]:
    """A course bought: the rest's own window (``balance_rest.told``; in an era without one,
    ``balance_rest.balance_answer``); none bought yet: the first purchase's deadline, then the
    rest's days."""
    rest = yield from balance_rest.lookup(turn, person)
    note = turn.say("balance_why.never_cash")
    if rest is not None:
        told = balance_rest.told(turn, person, rest)
        return [Outbound(f"{told.text} {note}", told.buttons)]
    if person.status in balance_rest.BOUGHT:  # an era with no days for the rest: whether it
        return (yield from balance_rest.balance_answer(turn, person))  # may still buy another
    if person.status != "selected" or person.purchase_deadline is None:
        return None
    days = balance_rest.era_rest_days(turn, person)
    search = turn.button("menu.courses", "flow:course_choice")
    deadline = deadline_at(person.purchase_deadline, turn.lang)
    params = {"balance": money(person.balance), "deadline": deadline, "rest_days": days}
    key = "balance_why.unused_selected" if days > 0 else "balance_why.unused_selected_first"
    return [turn.reply(key, search, turn.menu_button(), **params)]


__all__ = ["answer"]
