"""Answers a probe of the running assistant found wrong: what an incentive status means (with
the participant's own payments in it), the total of the incentives received, and why a payout
account will not link."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, views
from flows import queries as q
from flows.incentive_totals import asks_total_received, received_total
from flows.my_incentives import incentive_schedule
from flows.payout_help import answer as payout
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import Steps, drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
PAID = views.IncentiveView(
    1, date(2024, 1, 10), 600_000, "berhasil", "Berhasil", "DANA", None, None
)  # fmt: skip
CHECKED = views.IncentiveView(
    2, date(2024, 2, 10), 600_000, "dalam_pengecekan", "Dalam Pengecekan", "DANA", None, None
)  # fmt: skip


def turn(said: str, intent: str = "incentive_status") -> FlowTurn:
    message = Message(text=said, intent=intent, confidence=0.99, at=AT)
    return FlowTurn(Session(), message, CTX)


def _records(query: Query) -> Any:
    if isinstance(query, q.ParticipantQuery):
        return views.ParticipantView(7, "completed", 0, None, None, 71)
    if isinstance(query, q.IncentivesQuery):
        return [PAID, CHECKED]
    if isinstance(query, q.OwnNik):
        return None
    raise AssertionError(f"unexpected query {query}")


def _run(steps: Steps) -> list[Outbound] | None:
    return drive(steps, _records)


def test_a_status_asked_about_is_explained_with_the_own_payments_in_it() -> None:
    replies = _run(incentive_schedule(turn("dalam pengecekan maksudnya apa min? lama bgt")))
    assert replies is not None
    body = replies[0].text
    assert text("id", "incentive_meaning.dalam_pengecekan") in body  # the meaning first
    assert "Dalam Pengecekan · DANA" in body
    assert "Berhasil" not in body  # only the payments in the status asked about


def test_the_total_received_sums_the_paid_incentives_only() -> None:
    replies = _run(received_total(turn("total insentif yg udh aku terima brp?", "benefits_info")))
    assert replies is not None
    assert replies[0].text.startswith(
        text("id", "kb.incentive_received_total", total="Rp600.000", count=1)
    )


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("total insentif yg udh aku terima brp?", True),
        ("aku udh nerima insentif brp semuanya", True),
        ("insentif prakerja berapa sih?", False),  # the programme's amounts
        ("udh cair semua blm?", False),  # whether all is paid, not how much
    ],
)
def test_the_total_received_is_asked_only_with_a_total_an_amount_and_a_receipt(
    said: str, asks: bool
) -> None:
    assert asks_total_received(turn(said)) is asks


def test_why_a_payout_account_will_not_link_gets_the_causes() -> None:
    replies = payout(turn("kak, my gopay not connected ke prakerja, why ya?", "payment_account"))
    assert replies is not None
    assert replies[0].text == text("id", "kb.payout_link_failed")
    # a problem only told, with no "why", is left to the general answer on linking
    assert payout(turn("ovo aku ga bisa disambungin", "payment_account")) is None
