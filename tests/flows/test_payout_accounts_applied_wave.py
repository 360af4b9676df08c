""" "Sudah terhubung belum rekening/e-wallet aku?" answered from the linked account on record
(provider, masked number, verification; a failure says why and what to do), the incentive
payments only when there is none; and an applicant's "kapan pengumumannya?" answered for the
wave they applied to, not the one open now."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, Query, views
from flows import queries as q
from flows.helpers import answered_first
from flows.my_selection import answer
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
LINKED = datetime(2026, 1, 5, 3, 0, tzinfo=UTC)
VERIFIED = datetime(2026, 1, 6, 3, 0, tzinfo=UTC)


def account(
    provider: str = "gopay", verification: str = "verified", reason: str | None = None
) -> views.PayoutAccountView:
    label = {"gopay": "GoPay", "bni": "BNI", "dana": "DANA", "ovo": "OVO"}[provider]
    kind = "bank" if provider == "bni" else "ewallet"
    masked = "****7890" if kind == "bank" else "0812****90"
    return views.PayoutAccountView(
        7, kind, provider, label, masked, verification, reason, LINKED, VERIFIED
    )


def person(payout: views.PayoutAccountView | None) -> views.ParticipantView:
    return views.ParticipantView(7, "completed", 0, None, "normal", 71, payout=payout)


def ask(
    said: str, participant: views.ParticipantView, language: str = "id"
) -> tuple[str, list[Query]]:
    asked: list[Query] = []

    def records(query: Query) -> Any:
        asked.append(query)
        if isinstance(query, q.ParticipantQuery):
            return participant
        if isinstance(query, q.IncentivesQuery):
            return [
                views.IncentiveView(1, date(2025, 5, 2), 600_000, "berhasil", "", "OVO", None, None)
            ]
        raise AssertionError(f"unexpected query {query}")

    session = Session()
    session.language = language
    turn = FlowTurn(session, Message(text=said, intent="payment_account", at=AT), CTX)
    replies = drive(answered_first(turn, "payment_account"), records)
    assert replies is not None
    return "\n".join(reply.text for reply in replies), asked


def test_a_verified_account_is_named_with_its_masked_number() -> None:
    reply, asked = ask("sudah terhubung belum rekening/ewallet aku?", person(account()))
    assert "GoPay" in reply and "0812****90" in reply and "terverifikasi" in reply
    assert "6 Januari 2026" in reply
    assert "OVO" not in reply  # the payments are not asked when the account is on record
    assert q.IncentivesQuery not in {type(query) for query in asked}


def test_a_pending_account_says_the_check_is_in_progress() -> None:
    reply, _ = ask("rekening aku udh nyambung blm?", person(account("bni", "pending")))
    assert reply.startswith("Sudah tersambung: rekening BNI kamu (****7890)")
    assert "masih diproses" in reply


@pytest.mark.parametrize(
    ("reason", "cause", "fix"),
    [
        ("name_mismatch", "nama atau NIK pemilik akun", "atas nama kamu sendiri"),
        ("not_kyc", "belum di-upgrade", "Upgrade dulu akun DANA-mu"),
        ("phone_mismatch", "nomor HP akun e-wallet-nya tidak sama", "Ubah Nomor Handphone"),
        ("inactive", "tidak aktif", "Aktifkan lagi"),
        ("something_new", "penyebabnya belum tercatat", "menu Rekening"),
    ],
)
def test_a_failed_verification_says_why_and_what_to_do(reason: str, cause: str, fix: str) -> None:
    participant = person(account("dana", "failed", reason))
    session = Session()
    said = "e-wallet ku udah terhubung belum?"
    turn = FlowTurn(session, Message(text=said, intent="payment_account", at=AT), CTX)
    replies = drive(answered_first(turn, "payment_account"), lambda _: participant)
    assert replies is not None and len(replies) == 1
    said = replies[0].text
    assert said.startswith("E-wallet DANA kamu (0812****90)") and "gagal" in said
    assert cause in said and fix in said
    assert replies[0].buttons[0].payload == "flow:complaints"


def test_in_english_the_failure_is_told_in_english() -> None:
    reply, _ = ask("is my e-wallet connected?", person(account("ovo", "failed", "not_kyc")), "en")
    assert reply.startswith("Your OVO e-wallet (0812****90) is linked, but its verification failed")
    assert "Upgrade your OVO account" in reply


def test_without_an_account_on_record_the_payments_still_answer() -> None:
    reply, _ = ask("rekening aku udh nyambung blm?", person(None))
    assert "OVO" in reply and text("id", "kb.my_payout.none") not in reply


def _applicant(applied_wave: int | None) -> views.ParticipantView:
    return views.ParticipantView(7, "applied", 0, None, None, None, applied_wave=applied_wave)


def _wave(number: int, closes: datetime) -> views.WaveView:
    opens = datetime(closes.year, closes.month, 1, tzinfo=UTC)
    return views.WaveView(number, number, "normal", opens, closes, 1000, "open", None)


def _announcement(applicant: views.ParticipantView) -> tuple[str, list[Query]]:
    own = _wave(70, datetime(2026, 2, 20, 16, 59, tzinfo=UTC))
    open_now = _wave(72, datetime(2026, 3, 9, 16, 59, tzinfo=UTC))
    asked: list[Query] = []

    def records(query: Query) -> Any:
        asked.append(query)
        if isinstance(query, q.WaveByNumber):
            return {70: own, 72: open_now}.get(query.number)
        if isinstance(query, q.WaveQuery):
            return (open_now, None)
        raise AssertionError(f"unexpected query {query}")

    turn = FlowTurn(Session(), Message(text="kapan pengumumannya?", at=AT), CTX)
    replies = drive(answer(turn, applicant), records)
    assert replies is not None
    return "\n".join(reply.text for reply in replies), asked


def test_an_applicant_is_told_about_the_wave_they_applied_to() -> None:
    reply, asked = _announcement(_applicant(70))
    assert "Gelombang 70 sudah ditutup" in reply and "Gelombang 72" not in reply
    assert q.WaveQuery not in {type(query) for query in asked}


def test_an_applicant_with_no_wave_on_record_gets_the_open_one() -> None:
    reply, _ = _announcement(_applicant(None))
    assert "Gelombang 72 ditutup" in reply
