"""A linked participant's own situation, on records the demo data cannot link to a chat (a
2023-2024 participant who finished, a payout to a bank): their era's single incentive payment
and two surveys, a bank's rule on a phone change; and which words each reader takes
(``flows.my_situation``)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, views
from flows import queries as q
from flows.incentive_nth import answer as nth_answer
from flows.incentive_nth import asks as nth_asks
from flows.incentive_nth import number_asked
from flows.incentive_phone import answer as phone_answer
from flows.incentive_totals import asks_total_received
from flows.my_intro_videos import asks as video_asks
from flows.my_training_done import asks as done_asks
from flows.responses import text
from flows.runtime.machine import FlowTurn
from flows.survey_nth import answer as survey_answer
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
NORMAL = views.ParticipantView(7, "completed", 0, None, "normal", 60)
PAID = views.IncentiveView(
    1, date(2024, 1, 10), 600_000, "berhasil", "Berhasil", "BNI", None, None
)  # fmt: skip
RECENT = views.IncentiveView(
    1, date(2026, 11, 27), 600_000, "sedang_diproses", "Sedang Diproses", "BNI", None, None
)  # fmt: skip


def turn(said: str, intent: str = "incentive_status") -> FlowTurn:
    message = Message(text=said, intent=intent, confidence=0.99, at=AT)
    return FlowTurn(Session(participant_id=7), message, CTX)


def _records(*payments: views.IncentiveView) -> Any:
    def answer(query: Query) -> Any:
        if isinstance(query, q.ParticipantQuery):
            return NORMAL
        if isinstance(query, q.IncentivesQuery):
            return list(payments)
        raise AssertionError(f"unexpected query {query}")

    return answer


def _body(replies: list[Outbound] | None) -> str:
    assert replies is not None
    return "\n".join(reply.text for reply in replies)


def test_a_second_payment_asked_in_an_era_of_one_says_there_is_none() -> None:
    body = _body(drive(nth_answer(turn("insentif ke 2 kapan masuk ya")), _records(PAID)))
    assert text("id", "incentive_nth.beyond_era", sequence=2, **CTX.programme.era.facts()) in body
    assert "Rp600.000 × 1" in body
    assert "1. 10 Januari 2024 · Rp600.000 · Berhasil · BNI" in body


def test_a_payment_waiting_within_its_days_gets_when_money_usually_comes() -> None:
    body = _body(drive(nth_answer(turn("insentif ke 1 kapan cair?")), _records(RECENT)))
    assert "berstatus Sedang Diproses, ke BNI" in body
    assert text("id", "kb.incentive_timing", **CTX.programme.facts()) in body
    assert "lebih dari" not in body  # not past 7×24 hours: nothing stalled


def test_a_third_survey_asked_in_an_era_of_two_says_there_is_none() -> None:
    body = _body(drive(survey_answer(turn("survei ketiga kapan dibayar?")), _records(PAID)))
    assert "hanya Rp50.000 × 2, jadi tidak ada survei ke-3" in body
    assert "(1 pembayaran berhasil, ke BNI)" in body


def test_a_phone_change_while_a_bank_payment_waits_gets_the_bank_rule() -> None:
    said = turn("mau ganti no hp tapi insentif aku masih proses, aman ga?")
    body = _body(drive(phone_answer(said), _records(RECENT)))
    assert text("id", "incentive_phone.bank", channel="BNI") in body
    assert "insentif ke-1 kamu (Rp600.000, jadwal 27 November 2026)" in body


@pytest.mark.parametrize(
    ("said", "number"),
    [
        ("insentif ke 2 kapan masuk ya", 2),
        ("insentif aku yg ke-3 kapan", 3),
        ("insentif kedua aku kapan cair", 2),
        ("pencairan ke dua kapan", 2),
        ("when is my second incentive payment?", 2),
        ("insentif aku kapan cair", None),
    ],
)
def test_the_payment_asked_is_read_by_its_number(said: str, number: int | None) -> None:
    assert number_asked(said) == number


@pytest.mark.parametrize(
    "said",
    [
        "insentif ke 4 gagal padahal dana aku udh premium",  # a failure told: its cause and fix
        "insentif ke 2 aku blm masuk kapan ya",  # money missing: the paid-not-arrived answer
        "insentif survei ke 3 aku mana ya",  # the survey's
        "insentif ke 4 kapan dikirim ulang",  # a resend: no date promised
        "mau komplain insentif ke 2",  # the complaint flow
    ],
)
def test_other_questions_naming_a_payment_keep_their_answers(said: str) -> None:
    assert not nth_asks(said)


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("how much have I received in total?", True),
        ("total incentive I got so far", True),
        ("udh cair semua blm?", False),  # whether all is paid
        ("kok sampe sekarang insentifnya belum masuk", False),  # a wait told
    ],
)
def test_the_total_received_is_read_in_english_too(said: str, asks: bool) -> None:
    assert asks_total_received(turn(said)) is asks


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("pelatihanku udh selesai blm", True),
        ("is my training finished yet?", True),
        ("pelatihanku udah selesai tp sertifikat blm muncul", False),  # the certificate's
        ("pelatihan aku kapan selesai?", False),  # when: not on record
    ],
)
def test_a_training_finished_is_asked_not_told(said: str, asks: bool) -> None:
    assert done_asks(said) is asks


@pytest.mark.parametrize(
    ("said", "asks"),
    [
        ("video pengenalan itu wajib?", True),
        ("is the intro video mandatory?", True),
        ("harus nonton video apa", False),  # which videos: the selected status's follow-up
    ],
)
def test_the_induction_videos_required_is_asked_by_name(said: str, asks: bool) -> None:
    assert video_asks(said) is asks
