"""Specific questions read as a broader intent ("nik saya sudah terdaftar" as register, "saldo
bisa dicairkan?" as training_balance): each helper lists the intents such a question is read
as, and answers it before that intent's flow or answer, or returns None.

``HELPERS`` answer from the message alone (``helped``); ``FROM_RECORDS`` read the participant's
records, so they yield queries and run through ``answered_first`` ("pelatihan apa aja yg udh sy
beli", read as a course search, lists the trainings bought)."""

from __future__ import annotations

from collections.abc import Callable

from flows import (
    account,
    account_bought,
    account_email,
    account_takeover,
    authenticity,
    eligibility_notes,
    fraud,
    id_photos,
    incentive_unpaid,
    link_help,
    money_help,
    my_courses,
    my_details,
    my_payout,
    payout_help,
    rating_help,
    registration_abroad,
    registration_help,
    revocation_help,
    ticket_help,
    ticket_reopen_offer,
    training_help,
    wave_join,
)
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

HELPERS: tuple[tuple[tuple[str, ...], Callable[[FlowTurn], list[Outbound] | None]], ...] = (
    (account_bought.INTENTS, account_bought.answer),  # "beli akun org lain bisa?": no report
    (fraud.INTENTS, fraud.answer),  # first: a cash-out offer read as benefits or redeem codes
    (authenticity.INTENTS, authenticity.answer),  # first: "is this link real?" is about safety
    (account_takeover.INTENTS, account_takeover.answer),  # paid to a stranger: before payouts
    (id_photos.INTENTS, id_photos.answer),  # "boleh kirim foto ktp?": never by chat
    (account_email.INTENTS, account_email.answer),  # "link verifikasi email": no e-wallet
    (link_help.INTENTS, link_help.answer),  # before payout linking and before a person
    (registration_abroad.LAST_INTENTS, registration_abroad.asked_last),  # "...from Malaysia?"
    (eligibility_notes.INTENTS, eligibility_notes.former),
    (revocation_help.INTENTS, revocation_help.answer),  # before "when is the announcement"
    (registration_help.INTENTS, registration_help.answer),
    (registration_help.STATED_INTENTS, registration_help.stated),  # "nik ku udah kepake"
    (training_help.INTENTS, training_help.answer),
    (training_help.PROGRESS_INTENTS, training_help.progress),  # not incentives, not tickets
    (rating_help.INTENTS, rating_help.answer),  # before the amounts: "bintang 1 ngaruh?"
    (money_help.INTENTS, money_help.answer),
    (payout_help.INTENTS, payout_help.answer),  # before the general payout block
    (payout_help.NAME_INTENTS, payout_help.name_mismatch),  # "nama di gopay beda", a complaint
    (account.PRIVACY_INTENTS, account.privacy_question),
    (ticket_help.INTENTS, ticket_help.answer),
)


def helped(turn: FlowTurn, intent: str) -> list[Outbound] | None:
    """The answer of the first helper for ``intent`` that recognises the question."""
    for intents, answer in HELPERS:
        replies = answer(turn) if intent in intents else None
        if replies is not None:
            return replies
    return None


FROM_RECORDS: tuple[
    tuple[tuple[str, ...], Callable[[FlowTurn], Ask[list[Outbound] | None]]], ...
] = (
    (ticket_reopen_offer.INTENTS, ticket_reopen_offer.offer),  # "masih belum beres": reopen
    (incentive_unpaid.INTENTS, incentive_unpaid.answer),  # "my money never came": its records
    (my_courses.INTENTS, my_courses.listed),  # before a course search starts
    (my_details.INTENTS, my_details.held),  # before the general answer on how data is kept
    (my_payout.INTENTS, my_payout.linked),  # before the general answer on payout accounts
    (wave_join.INTENTS, wave_join.how_to_join),  # "gabung gelombang gmn": theirs, no new sign-up
)


ALTERNATIVE_FLOOR = 0.15
"""The confidence from which a lower reading of an unsure message is tried as well."""


def answered_unsure(turn: FlowTurn, intent: str) -> Ask[list[Outbound] | None]:
    """``answered_first`` for an unsure reading, then ``helped`` for the next two readings of
    the ranking that reach ``ALTERNATIVE_FLOOR``: a specific question is answered however it is
    read ("boleh pakai email punya kakak?" at affirm 0.27, check_eligibility 0.24)."""
    replies = yield from answered_first(turn, intent)
    others = [name for name, confidence in turn.message.ranking[1:3]
              if confidence >= ALTERNATIVE_FLOOR and name != intent]  # fmt: skip
    for name in others:
        if replies is None:
            replies = helped(turn, name)
    return replies


def answered_first(turn: FlowTurn, intent: str) -> Ask[list[Outbound] | None]:
    """``helped``, else the first helper of ``FROM_RECORDS`` for ``intent`` that recognises the
    question (it asks for records only then)."""
    replies = helped(turn, intent)
    return replies if replies is not None else (yield from from_records(turn, intent))


def from_records(turn: FlowTurn, intent: str) -> Ask[list[Outbound] | None]:
    """The first helper of ``FROM_RECORDS`` for ``intent`` that recognises the question."""
    for intents, answer in FROM_RECORDS:
        if intent in intents:
            replies = yield from answer(turn)
            if replies is not None:
                return replies
    return None


__all__ = ["FROM_RECORDS", "HELPERS", "answered_first", "answered_unsure", "from_records", "helped"]
