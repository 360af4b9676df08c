"""The exact day an incentive arrives: the scheduled date and its 3–5 working days (Monday to
Friday), no surer day; a payment long past its date: no date, a complaint; no schedule yet:
what makes one."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, Query
from flows import queries as q
from flows.incentive_exact_date import add_working_days, answer, arrival_window
from flows.runtime.machine import FlowTurn
from flows.views import IncentiveView, ParticipantView
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # a Monday
PERSON = ParticipantView(id=7, status="completed", balance=0, purchase_deadline=None,
                         era="2023-2024", wave_number=60)  # fmt: skip


def _payment(day: date, status: str) -> IncentiveView:
    return IncentiveView(sequence=1, scheduled_date=day, amount=600_000, status=status,
                         status_label=status, payout_channel="DANA", failure_reason=None,
                         paid_at=None)  # fmt: skip


def _run(said: str, items: list[IncentiveView], intent: str = "incentive_status") -> list[str]:
    message = Message(text=said, intent=intent, confidence=0.4, at=AT, ambiguous=True)
    turn = FlowTurn(Session(), message, CTX)

    def records(query: Query) -> Any:
        if isinstance(query, q.ParticipantQuery):
            return PERSON
        if isinstance(query, q.IncentivesQuery):
            return items
        return None

    return [reply.text for reply in drive(answer(turn), records) or []]


def test_working_days_skip_the_weekend() -> None:
    friday = date(2026, 12, 4)
    assert add_working_days(friday, 1) == date(2026, 12, 7)
    assert arrival_window(friday, "3–5") == (date(2026, 12, 9), date(2026, 12, 11))
    assert arrival_window(friday, "beberapa") is None


def test_a_payment_ahead_gets_its_date_and_window_and_no_surer_day() -> None:
    said = _run("tgl brp pastinya masuk", [_payment(date(2026, 12, 4), "menunggu_diproses")])
    assert len(said) == 1
    assert "4 Desember 2026" in said[0] and "3–5 hari kerja" in said[0]
    assert "9 Desember 2026" in said[0] and "11 Desember 2026" in said[0]
    assert "tidak bisa aku ketahui atau janjikan" in said[0]


def test_a_payment_long_past_its_date_gets_no_date_but_a_complaint() -> None:
    said = _run("kapan tepatnya cair", [_payment(date(2021, 8, 2), "sedang_diproses")])
    assert said[0].startswith("Tanggal pastinya tidak bisa aku sebutkan")
    assert "2 Agustus 2021" in said[0] and "buat pengaduan" in said[0]


def test_no_schedule_yet_tells_what_makes_one() -> None:
    said = _run("tgl brp pastinya masuk", [])
    assert said[0].startswith("Tanggal pastinya belum ada")


@pytest.mark.parametrize(
    "said",
    ["tgl brp pengumuman gelombang", "jam brp tepatnya", "kapan batas beli pelatihan pastinya",
     "sertifikat sy tgl brp keluarnya", "trs kapan"],
)  # fmt: skip
def test_other_dates_or_bare_when_without_incentive_talk_are_not_answered(said: str) -> None:
    assert _run(said, [], intent="out_of_scope") == []
