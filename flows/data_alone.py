"""A NIK or a date typed alone outside any form ("3273041103880007", "11-03-1988"): what the
assistant can do with it, instead of "belum paham" and the menu.

- A NIK: checked (16 digits, a known region, a real date, serial not 0000: DOMAIN.md "NIK");
  a wrong one is explained, a valid one (never echoed in full: masked as ``3273********0007``)
  is kept for linking this chat, with registering one tap away.
- Right after the registration's "NIK already registered" ending (``nik_taken`` remembered
  by ``flows.last_answer``), the registration's next answers typed anyway (the NIK again, the
  KK, the date of birth): the registration stopped there, so nothing more is needed; if the
  account is theirs, linking it to this chat (or account help) is what comes next.
- A date: if it is their date of birth, the check, registering or linking may use it.
- A phone number or an amount: asked what it is for (``flows.data_alone_numbers``).

Nothing is looked up by the NIK (no account enumeration: ``flows.link_account``)."""

from __future__ import annotations

import re

from flows import data_alone_numbers, eligibility_birth_date
from flows import validators as check
from flows.formatting import mask_nik
from flows.last_answer import just_said, remember
from flows.link_account import link_payload, remember_nik
from flows.messages import Button, Outbound
from flows.nik_taken_follow_ups import TOPIC as NIK_TAKEN
from flows.result import Invalid, Valid
from flows.runtime.machine import FlowTurn
from flows.turn import Message

_SIXTEEN = re.compile(
    r"\W*(?:(?:no\.?\s*|nomor\s+)?nik(?:\s+(?:saya|aku|ku|sy|aq|gw|gue|ane|kak|min))*\W*)?"
    r"\d(?:[\s.\-]?\d){15}\W*"
)
"""Sixteen digits alone, maybe grouped ("3273.0411.0388.0007") or labelled ("NIK: ...",
"NIK saya 3374...")."""
_DATE_ALONE = re.compile(
    r"\W*(?:(?:tgl|tanggal)\s+lahir\w*\W*)?(?:\d{1,2}[\s./\-]+(?:\d{1,2}|[a-z]{3,9})[\s./\-]+"
    r"\d{2,4}|\d{4}-\d{2}-\d{2})\W*"
)
"""A date alone ("11-03-1988", "11 maret 1988", "2001-08-17")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What can be done with a NIK or a date typed alone outside a form; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    nik = _SIXTEEN.fullmatch(text) is not None
    if not nik and not date_alone(message):
        return data_alone_numbers.answer(turn)  # "081234567890", "Rp600.000": what for
    if just_said(turn) == NIK_TAKEN:  # the registration's answers, typed on after it stopped
        return _after_nik_taken(turn)
    return _nik(turn, text) if nik else _date(turn)


def date_alone(message: Message) -> bool:
    """A date typed alone ("11-03-1988", "17 agustus 2001"), read as a date."""
    text = " ".join((message.text or "").lower().split())
    return bool(_DATE_ALONE.fullmatch(text)) and message.entity("date") is not None


def _link(turn: FlowTurn) -> Button:
    return turn.button("link_account.start", link_payload(None))


def _after_nik_taken(turn: FlowTurn) -> list[Outbound]:
    remember(turn, NIK_TAKEN)  # "trs gmn", or the next answer typed: still about that NIK
    account = turn.button("registration.account_help", "topic:account")
    return [turn.reply("kb.data_after_nik_taken", _link(turn), account, turn.menu_button())]


def _nik(turn: FlowTurn, text: str) -> list[Outbound]:
    found = check.nik(text)
    if isinstance(found, Invalid):
        reason = turn.say(f"invalid.{found.reason}", **found.params)
        return [turn.reply("kb.nik_alone_invalid", turn.menu_button(), reason=reason)]
    if turn.session.participant_id is not None:
        return [turn.reply("kb.nik_alone_linked", turn.menu_button())]
    masked = mask_nik(str(found.value)) if isinstance(found, Valid) else ""
    remember_nik(turn)  # "Hubungkan akun" next: the NIK is not asked again
    register = turn.button("registration.start", "flow:registration")
    return [turn.reply("kb.nik_alone", _link(turn), register, turn.menu_button(), nik=masked)]


def _date(turn: FlowTurn) -> list[Outbound]:
    eligibility_birth_date.keep(turn)  # "itu tgl lahir aku, bisa daftar?" next: its age
    buttons = [turn.button("eligibility.start", "flow:eligibility")]
    if turn.session.participant_id is None:
        buttons += [turn.button("registration.start", "flow:registration"), _link(turn)]
    return [turn.reply("kb.date_alone", *buttons, turn.menu_button())]


__all__ = ["answer", "date_alone"]
