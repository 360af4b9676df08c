"""Readings around flows: the complaint category a typo names, a scam asked about or reported,
the language of a short English question, and what a flow's context makes of a message."""

from __future__ import annotations

import pytest

from flows.complaint_topics import category_near
from flows.digression import _HOW_LONG, _WEARY
from flows.fraud import asks_only
from flows.language import language_of


@pytest.mark.parametrize(
    ("typed", "category"),
    [
        ("sertifkat", "certificate"),  # one letter left out
        ("sertif", "certificate"),  # the start of the label's word
        ("insnetif", "incentive"),  # two letters swapped
        ("kepesertan", "revoked"),
        ("lembga", "provider"),
        ("redem", "purchase_redeem"),
        ("certficate", "certificate"),  # the English label
        ("akun", None),  # a word of a label that names no category alone
        ("tidak", None),
        ("saldo aku brp?", None),  # a new question, not a category
        ("wajah sertifikat", None),  # two categories: none chosen
    ],
)
def test_the_category_a_typed_word_nearly_names(typed: str, category: str | None) -> None:
    assert category_near(typed) == category


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("ada yg nawarin tuker saldo prakerja jadi gopay, legal ga?", True),
        ("ada yg jual akun prakerja yg udh lolos 300rb, aman ga beli?", True),
        ("ada jasa daftarin prakerja 50rb dijamin lolos, mending pake ga?", True),
        ("someone is selling prakerja accounts, is it safe to buy?", True),
        ("aku ketipu joki prakerja, udah bayar 100rb", False),  # a report
        ("mau lapor ada yg jual akun prakerja, gimana?", False),  # a report, with a question
        ("ada yg minta kode otp aku, udh aku kasih, gmn?", False),  # handed over: a report
        ("ada yg ngaku petugas minta otp aku", False),  # told, not asked
        ("ada joki yang minta bayar 500 ribu biar pasti lolos, itu penipuan kan?", False),  # named
    ],
)
def test_a_scam_asked_about_or_reported(text: str, asks: bool) -> None:
    assert asks_only(text) is asks


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("what's the weather in Jakarta?", "en"),
        ("is it open on Monday?", "en"),
        ("gmn cara log in", None),  # code-mixed: decides nothing
        ("cek syarat", None),
    ],
)
def test_a_short_english_question_is_english(text: str, language: str | None) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "how_long", "weary"),
    [
        ("kira2 brp hari beresnya?", True, False),
        ("brp jam?", True, False),
        ("how long does it take?", True, False),
        ("udh lah cape", False, True),
        ("ribet bgt, males", False, True),
        ("udahlah", False, True),
        ("28", False, False),
        ("udah lulus", False, False),
    ],
)
def test_what_a_flow_context_reads(text: str, how_long: bool, weary: bool) -> None:
    assert bool(_HOW_LONG.search(text)) is how_long
    assert bool(_WEARY.search(text)) is weary
