"""Probe 7: whose payout account a message names, a paid "joki" service asked about, a secret
given with nothing asked, the subscription's state asked, a wish to link this chat (not a
payout account); with the messages that must keep their own meaning."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows import FlowContext, Message, ProgrammeConfig, link_help, payout_help
from flows.fraud import PAID_SERVICE, asks_only
from flows.payout_owner import of_someone_else
from flows.runtime.machine import FlowTurn
from flows.safety import told_only
from flows.subscription_status import asks_state
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def turn(said: str, intent: str | None) -> FlowTurn:
    message = Message(text=said, intent=intent, confidence=0.9, at=AT)
    return FlowTurn(Session(), message, CTX)


@pytest.mark.parametrize(
    "said",
    ["kalo ovo adek aku?", "bisa pake rekening bni ibu aku?", "dana punya suami bisa?",
     "gopay temen aku boleh?", "what about my brother's gopay?", "rek bca mas aku bisa?",
     "bank account of my mother"],
)  # fmt: skip
def test_someone_elses_account_is_recognised(said: str) -> None:
    assert of_someone_else(said)


@pytest.mark.parametrize(
    "said", ["kalo ovo?", "bisa pake bca?", "kalo dana mas?", "rekening aku bni", "kak, ovo bisa?"]
)
def test_ones_own_account_or_an_address_is_not_someone_elses(said: str) -> None:
    assert not of_someone_else(said)


def test_after_a_payout_answer_a_relative_alone_is_someone_elses() -> None:
    assert of_someone_else("what about my brother?", after_payout=True)
    assert not of_someone_else("what about my brother?")


def test_a_relatives_e_wallet_asked_outright_is_no() -> None:
    replies = payout_help.answer(turn("bisa pake ovo adek aku buat insentif?", "payment_account"))
    assert replies is not None
    assert replies[0].text.startswith("Tidak bisa")


@pytest.mark.parametrize(
    "said",
    ["kak ada yg nawarin jasa daftar prakerja bayar 200rb dijamin lolos, itu beneran?",
     "ada joki prakerja katanya pasti lolos, bener ga?",
     "someone offers a registration service, guaranteed to be selected, is it real?"],
)  # fmt: skip
def test_a_paid_registration_service_asked_about_is_a_question(said: str) -> None:
    assert PAID_SERVICE.search(said.lower())
    assert asks_only(said)


def test_money_already_paid_to_a_joki_is_a_report() -> None:
    assert not asks_only("ada joki dijamin lolos, aku udah bayar 200rb, beneran ga sih?")


@pytest.mark.parametrize(
    ("said", "only"),
    [("nomor kartu prakerja aku 5213 8800 1234 5678", True),
     ("password aku Rahasia123", True),
     ("no kartu 5213880012345678 saldo brp", False),
     ("kode redeem aku 8H3KX92LQ kok ga bisa", False),
     ("nik aku 3273041103880007", False)],
)  # fmt: skip
def test_a_secret_given_with_nothing_asked(said: str, only: bool) -> None:
    assert told_only(said) is only


@pytest.mark.parametrize(
    ("said", "asked"),
    [("am I subscribed?", True), ("aku langganan ga skrg?", True),
     ("status langganan aku apa", True), ("apakah aku masih berlangganan info?", True),
     ("udah langganan belum ya", True), ("do I still get your updates?", True),
     ("mau langganan info", False), ("berhenti langganan", False),
     ("how do I unsubscribe?", False), ("subscribe", False)],
)  # fmt: skip
def test_the_subscriptions_state_asked(said: str, asked: bool) -> None:
    assert asks_state(said) is asked


@pytest.mark.parametrize(
    "said",
    ["I want to link my account", "link my prakerja account to this chat please",
     "hubungkan akun lagi", "sambungin akun prakerja ke chat ini"],
)  # fmt: skip
def test_a_wish_to_link_this_chat_offers_linking(said: str) -> None:
    replies = link_help.answer(turn(said, "complaint"))
    assert replies is not None
    assert replies[0].buttons[0].payload == "flow:link_account"


@pytest.mark.parametrize(
    "said", ["gagal hubungkan akun prakerja", "how do I link my gopay account?", "link akun ovo"]
)
def test_a_failure_or_a_payout_account_is_not_a_wish_to_link_this_chat(said: str) -> None:
    assert link_help.answer(turn(said, "complaint")) is None
