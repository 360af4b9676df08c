"""Specific answers before the broad intent's general block: the payout account, the rating,
durations said with the right plural, and "knp gagal?" answered from the participant's own
schedule (the recorded cause and its fix)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, views
from flows import queries as q
from flows.durations import hours
from flows.follow_ons import answer as follow_on
from flows.last_answer import remember
from flows.payout_help import answer as payout
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import Steps, drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def turn(said: str, intent: str = "payment_account", session: Session | None = None) -> FlowTurn:
    message = Message(text=said, intent=intent, confidence=0.99, at=AT)
    return FlowTurn(session or Session(), message, CTX)


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("min mau ganti e-wallet dari ovo ke dana bisa ga?", "kb.payout_change"),
        ("kalo ke rekening bca bisa?", "kb.payout_bank_yes"),
        ("bisa pake linkaja?", "kb.payout_wallet_yes"),
        ("bisa pake bri?", "kb.payout_not_accepted"),
        ("gopay aku blm premium, wajib ya?", "kb.payout_upgrade"),
        ("kalo ga mau upgrade gmn", "kb.payout_no_upgrade"),
        ("udh aku upgrade gopay nya, trs gmn?", "kb.payout_fixed"),
        ("can I use my BCA account?", "kb.payout_bank_yes"),
        ("do I have to upgrade my ovo?", "kb.payout_upgrade"),
    ],
)
def test_a_specific_payout_question_gets_its_own_answer(said: str, key: str) -> None:
    replies = payout(turn(said))
    assert replies is not None
    name = {"kb.payout_bank_yes": "BCA", "kb.payout_wallet_yes": "LinkAja"}.get(key, "BRI")
    assert replies[0].text == text("id", key, name=name)


@pytest.mark.parametrize(
    "said",
    [
        "rekening apa aja yg bisa buat insentif?",  # general: the general block
        "ovo aku ga bisa disambungin",  # a linking problem, not a question
        "dana bisa masuk kapan?",  # "dana" are the funds here
        "mau ganti no hp tapi e-wallet udah tersambung",  # a phone number, not the account
    ],
)
def test_a_general_question_or_a_problem_is_left_to_the_general_answers(said: str) -> None:
    assert payout(turn(said)) is None


def test_durations_use_the_language_plural() -> None:
    assert (hours(1, "en"), hours(2, "en"), hours(1, "id")) == ("1 hour", "2 hours", "1 jam")


FAILED = views.IncentiveView(
    1, date(2024, 3, 20), 600_000, "gagal", "Gagal", "GoPay",
    "Akun e-wallet belum di-upgrade (belum KYC/premium)", None,
)  # fmt: skip


def _records(query: Query) -> Any:
    if isinstance(query, q.ParticipantQuery):
        return views.ParticipantView(7, "completed", 0, None, None, 71)
    if isinstance(query, q.IncentivesQuery):
        return [FAILED]
    raise AssertionError(f"unexpected query {query}")


def _run(steps: Steps) -> list[Outbound] | None:
    return drive(steps, _records)


def test_why_it_failed_right_after_the_schedule_gives_the_recorded_cause_and_its_fix() -> None:
    session = Session()
    remember(turn("jadwal insentif aku", "incentive_status", session), "incentive_failed")
    session.turns += 1
    replies = _run(follow_on(turn("knp gagal?", "registration_status", session)))
    assert replies is not None
    said = replies[0].text
    assert "Akun e-wallet belum di-upgrade" in said and "GoPay" in said
    assert text("id", "kb.incentive_failed_fix.upgrade") in said
    assert text("id", "kb.incentive_failed_report") in said
    assert replies[0].buttons[0].payload == "flow:complaints"


def test_why_it_failed_long_after_the_schedule_is_no_follow_up() -> None:
    session = Session()
    remember(turn("jadwal insentif aku", "incentive_status", session), "incentive_failed")
    session.turns += 3  # other things were said since
    assert _run(follow_on(turn("knp gagal?", "registration_status", session))) is None
