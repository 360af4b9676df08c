"""Probe 9 of linked participants: the payout channel on record that a complaint about an
incentive needs not ask ("Rekening atau e-wallet apa?" though the record shows DANA); a short
Indonesian message is Indonesian ("kenapa dicabut" to a chat whose record says English); one's
own NIK asked in a linked chat is left to the record (``flows.my_details``)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, Query, views
from flows import queries as q
from flows.language import language_of
from flows.my_payout import recorded_channel
from flows.number_asked import forgotten_number
from flows.runtime.machine import FlowTurn
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def _paid(channel: str | None) -> views.IncentiveView:
    return views.IncentiveView(1, date(2021, 8, 2), 600_000, "gagal", "Gagal", channel, None, None)


def _account(label: str) -> views.PayoutAccountView:
    return views.PayoutAccountView(
        7, "ewallet", label.lower(), label, "0812****90", "verified", None, AT, AT
    )


def _channel(
    person: views.ParticipantView | None, payments: list[views.IncentiveView]
) -> str | None:
    turn = FlowTurn(Session(), Message(text="insentif gagal", at=AT), CTX)

    def answer(query: Query) -> Any:
        if isinstance(query, q.ParticipantQuery):
            return person
        if isinstance(query, q.IncentivesQuery):
            return payments
        raise AssertionError(f"unexpected query {query}")

    steps = recorded_channel(turn)
    try:
        query = next(steps)
        while True:
            query = steps.send(answer(query))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def _person(payout: views.PayoutAccountView | None = None) -> views.ParticipantView:
    return views.ParticipantView(7, "completed", 0, None, "semi_bansos", 12, payout=payout)


def test_the_linked_payout_account_names_the_channel() -> None:
    assert _channel(_person(_account("DANA")), []) == "DANA"


def test_without_a_linked_account_the_latest_payment_names_it() -> None:
    assert _channel(_person(), [_paid("OVO"), _paid("GoPay"), _paid(None)]) == "GoPay"


@pytest.mark.parametrize(
    ("person", "payments"),
    [(None, [_paid("DANA")]), (_person(), []), (_person(), [_paid("BRI")])],
    ids=["not linked", "none on record", "no payout channel"],
)
def test_no_channel_when_none_is_known(
    person: views.ParticipantView | None, payments: list[views.IncentiveView]
) -> None:
    assert _channel(person, payments) is None


@pytest.mark.parametrize(
    ("said", "language"),
    [
        ("kenapa dicabut", "id"),  # one Indonesian function word, no English one
        ("sertifikat ku mana", "id"),
        ("ya", None),  # one word alone decides nothing
        ("good morning kak", None),  # code-mixed: keeps the chat's language
        ("Siti Aminah", None),  # a name
        ("why was it revoked", "en"),
    ],
)
def test_a_short_indonesian_message_is_indonesian(said: str, language: str | None) -> None:
    assert language_of(said) == language


@pytest.mark.parametrize("said", ["nik ku apa ya", "what's my nik", "nik saya apa ya"])
def test_ones_own_nik_in_a_linked_chat_is_left_to_the_record(said: str) -> None:
    assert forgotten_number(Message(text=said), linked=True) is None
    assert forgotten_number(Message(text=said)) == "nik"


@pytest.mark.parametrize("said", ["aku lupa nik ku", "nik itu apa sih kak?"])
def test_a_forgotten_or_unknown_nik_is_told_where_it_is_even_when_linked(said: str) -> None:
    assert forgotten_number(Message(text=said), linked=True) == "nik"
