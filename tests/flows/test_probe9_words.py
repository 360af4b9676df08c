"""Probe 9's readings: English greetings, card numbers said in English, the programme called a
scam over money that never came, and where a "Berhasil" payment's money went."""

from __future__ import annotations

import pytest

from flows.complaint_topics import category_for
from flows.incentive_all_paid import NOT_ARRIVED, payout_named
from flows.language import language_of
from flows.safety import secret_kind, shown, strip_secrets
from flows.secret_finders import card_numbers


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("hello, good morning", "en"),  # an English speaker's greeting
        ("hi good evening", "en"),
        ("subscribe me please", "en"),
        ("good morning kak", None),  # code-mixed: keeps the chat's language
        ("aku mau subscribe dong", "id"),  # "subscribe" is Indonesian chat's word too
        ("subscribe", None),  # one word alone decides nothing
        ("thank you", None),  # a courtesy Indonesian chat writes in English too
        ("thanks", None),
        ("ok", None),
    ],
)
def test_the_language_of_greetings_and_courtesies(text: str, language: str | None) -> None:
    assert language_of(text) == language


@pytest.mark.parametrize(
    "text",
    [
        "my card number is 5123 4567 8901 2345, what is my balance?",
        "my prakerja card 5123-4567-8901-2345",
        "card no. 5123456789012345",
    ],
)
def test_a_card_number_said_in_english_is_a_secret(text: str) -> None:
    assert secret_kind(text) == "card"
    assert "5123" not in strip_secrets(text)
    assert card_numbers(text) == {"5123456789012345"}


@pytest.mark.parametrize(
    "text",
    ["my family card number is 3302123456780001", "id card number 3273014508990003"],
)
def test_a_family_or_id_card_number_is_no_card_secret(text: str) -> None:
    assert secret_kind(text) is None
    assert card_numbers(text) == frozenset()


def test_a_mask_is_said_in_the_chat_language() -> None:
    kept = strip_secrets("my OTP is 123456")
    assert shown(kept, "en") == "my OTP is [hidden]"
    assert shown(kept, "id") == kept == "my OTP is [disembunyikan]"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("this program is a scam, I never got my money!!!", "incentive"),
        ("program ini penipuan, uang aku ga pernah masuk!!!", "incentive"),
        ("prakerja penipu! insentif ga cair2", "incentive"),
        ("bro my money never came", "incentive"),
        ("this program is a scam", "fraud"),  # no money said missing: as before
        ("someone said prakerja is a scam and asked for my OTP, I never got my money", "fraud"),
        ("prakerja nipu, joki nya udah aku bayar tapi uang aku ga balik", "fraud"),
        ("uang refund pelatihan belum masuk", None),
    ],
)
def test_the_programme_called_a_scam_over_unpaid_money(text: str, category: str | None) -> None:
    assert category_for(text) == category


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("the status says berhasil but no money in my gopay", "GoPay"),
        ("statusnya berhasil tapi ga masuk ke dana aku", "DANA"),
        ("dananya belum masuk", None),  # the money, not the e-wallet
    ],
)
def test_the_payout_named_with_money_not_arrived(text: str, named: str | None) -> None:
    assert NOT_ARRIVED.search(text)
    assert payout_named(text) == named


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("prakerja penipuan!!! ga pernah lolos", "not_selected"),
        ("program ini bohong, udah 5x daftar tidak lolos", "not_selected"),
        ("prakerja penipuan, ada joki minta 200rb katanya pasti lolos", "fraud"),  # a joki named
    ],
)
def test_the_programme_called_a_scam_over_selection(text: str, category: str) -> None:
    assert category_for(text) == category
