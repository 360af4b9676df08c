"""The complaint's details and story, checked without the engine (flows/complaint_details.py,
flows/complaint_story.py, flows/complaint_topics.py)."""

from __future__ import annotations

from typing import Any

import pytest

from flows import complaint_details as details
from flows.complaint_story import masked
from flows.complaint_topics import category_for
from flows.fraud import handed_over
from flows.result import Invalid, Valid
from flows.turn import Message

CTX: Any = None  # the validators read no context


def _value(result: object) -> object:
    return result.value if isinstance(result, Valid) else type(result).__name__


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gelombang 70", "70"),
        ("gel 70, 71, 72", "70, 71, 72"),
        ("gelombang 68-70", "68, 69, 70"),
        ("ga inget, banyak", "-"),
        ("lupa", "-"),
        ("banyak", "NoneType"),
    ],
)
def test_waves_all_kept_or_skipped(text: str, expected: str) -> None:
    assert _value(details.wave(Message(text=text), {}, CTX)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LPK Maju Jaya", "LPK Maju Jaya"),
        ("lapor", "-"),
        ("2", "Invalid"),
        ("kirim aja", "Invalid"),
        ("ga tau", "-"),
    ],
)
def test_provider_name_is_no_number_or_command(text: str, expected: str) -> None:
    assert _value(details.provider(Message(text=text), {}, CTX)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("INV/2026/03/0001", "INV/2026/03/0001"),
        ("nomor pesanannya TKP-88123 kak", "TKP-88123"),
        ("pelatihannya udh dibayar tp ga muncul di dashboard", "Invalid"),
        ("lupa", "-"),
        ("ga ada", "-"),
    ],
)
def test_order_number_looks_like_an_order_id(text: str, expected: str) -> None:
    result = details.order(Message(text=text), {}, CTX)
    assert _value(result) == expected
    assert not isinstance(result, Invalid) or result.reason == "order_number"


@pytest.mark.parametrize(
    "story",
    [
        "ini kode otp yg masuk 482913 bisa dipake ga",
        "ada yg telpon, aku kasih 482913 trus akunku dibajak",
        "kodenya 4829 udah aku kasih ke dia",
        "kode voucher aku PRK7XQ9ZT2 ga bisa diredeem",
    ],
)
def test_a_code_in_a_story_is_masked(story: str) -> None:
    kept = masked(story)
    assert "[disembunyikan]" in kept
    assert not any(code in kept for code in ("482913", "4829", "PRK7XQ9ZT2"))


def test_amounts_and_waves_in_a_story_are_kept() -> None:
    story = "insentif Rp600000 gelombang 70 tahun 2024, transfer 600000 rupiah"
    assert masked(story) == story


@pytest.mark.parametrize(
    "text",
    [
        "ada yg nawarin cairin saldo prakerja jd uang tunai potong 30%",
        "temen aku nawarin beli pelatihan fiktif, nanti uangnya dibagi 2",
        "someone offers to convert my training balance to cash for a 20% fee",
        "min ada yg minta kode otp aku, udh aku kasih, gmn?",
    ],
)
def test_cash_out_fictitious_purchase_and_otp_asked_are_fraud(text: str) -> None:
    assert category_for(text) == "fraud"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("lupa password, minta otp lagi gimana", "otp_login"),  # the user's own request
        ("saldo pelatihan bisa dicairkan?", None),  # a rule asked, no offer
        ("kartu prakerja aku dicabut padahal udah beli pelatihan", "revoked"),
    ],
)
def test_no_fraud_where_none_is_told(text: str, category: str | None) -> None:
    assert category_for(text) == category


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("min ada yg minta kode otp aku, udh aku kasih", True),
        ("aku udh kasih kode voucher ke dia", True),
        ("i already gave them the OTP code", True),
        ("ada yg minta kode otp, aku ga kasih kok", False),
    ],
)
def test_what_was_handed_over(text: str, given: bool) -> None:
    assert handed_over(text) is given
