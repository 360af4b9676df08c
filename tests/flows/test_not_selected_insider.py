"""Re-probe 15: an insider asked about after the not-selected answer
(``flows.not_selected_insider``) and selection offered for money
(``flows.fraud.sells_selection``)."""

from __future__ import annotations

import pytest

from flows.fraud import reported, sells_selection
from flows.not_selected_insider import INSIDER


@pytest.mark.parametrize(
    "text",
    [
        "emang pake orang dalem ya",
        "pake orang dalem ya?",
        "harus ada orang dalam kah",
        "katanya bisa lewat orang dalem",
        "ada ordal ga sih",
        "lewat jalur belakang bisa?",
        "do you need an insider?",
    ],
)
def test_an_insider_is_named(text: str) -> None:
    assert INSIDER.search(text)


@pytest.mark.parametrize(
    "text", ["berapa orang dalam 1 kk yang boleh", "orang dalam satu keluarga boleh 2?"]
)
def test_people_in_a_family_card_are_no_insider(text: str) -> None:
    assert not INSIDER.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "ada yg nawarin lolos bayar 200rb, beneran ga",
        "td ada yg nawarin lolos bayar 200rb",
        "katanya bisa lolos kalau bayar 500rb",
        "someone offered to get me selected if i pay 200k, is it real?",
        "ada joki prakerja biar lolos, aman ga?",
    ],
)
def test_selection_offered_for_money_is_sold(text: str) -> None:
    assert sells_selection(text)


@pytest.mark.parametrize(
    "text",
    [
        "temen aku lolos terus bayar pelatihan pake saldo",
        "kalau lolos dapet 4,2 juta ya?",
        "bayar pelatihan pakai saldo kan",
    ],
)
def test_selection_and_money_without_an_offer_are_not_sold(text: str) -> None:
    assert not sells_selection(text)


def test_a_payment_made_is_reported() -> None:
    assert reported("udh bayar 200rb biar lolos")
    assert not reported("ada yg nawarin lolos bayar 200rb, beneran ga")
