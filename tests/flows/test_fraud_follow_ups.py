"""Probe four (b): fraud read where the NLU reads another topic, and the category a detailed
answer names."""

from __future__ import annotations

import pytest

from flows.complaint_topics import category_for
from flows.fraud import asks_only, handed_over
from flows.fraud_follow_ups import AFTER_WARNING


@pytest.mark.parametrize(
    "text",
    ["ada cs prakerja wa minta kode otp, kasih ga?", "admin prakerja minta otp aku, kasih ga ya"],
)
def test_a_secret_asked_by_someone_said_to_be_staff_is_a_fraud_question(text: str) -> None:
    assert category_for(text) == "fraud"
    assert asks_only(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("akun saya diblokir pas login kemarin, katanya melanggar", "account_blocked"),
        ("min kok minta otp terus pas login", "otp_login"),  # no one said to be staff
        ("rekening bni diblokir insentif gagal", "incentive"),  # not the account blocked
    ],
)
def test_a_blocked_account_is_not_a_login_problem(text: str, category: str) -> None:
    assert category_for(text) == category


def test_given_with_the_short_form_is_handed_over() -> None:
    assert handed_over("udh kukasih kode otp nya ke dia")


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("udh kukasih kak gmn dong", True),
        ("udh terlanjur bayar", True),
        ("temen ku bisa katanya potong 30%", True),
        ("oke makasih infonya", False),
        ("udah tau kok", False),
    ],
)
def test_what_follows_a_warning(text: str, follows: bool) -> None:
    assert bool(AFTER_WARNING.search(text)) is follows


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("temen aku nawarin beli pelatihan fiktif, nanti uangnya dibagi 2, gimana tuh?", True),
        ("ada yg nawarin cairin saldo, gmn?", True),
        ("aku ketipu, gimana?", False),  # a report
        ("ada yang minta otp gimana caranya lapor", False),
    ],
)
def test_an_offer_told_then_gimana_asks_whether_to_take_it(text: str, asks: bool) -> None:
    assert asks_only(text) is asks
