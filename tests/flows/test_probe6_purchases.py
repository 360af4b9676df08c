"""Probe 6, purchases: the readings behind the conversation tests in
``tests/conversations/probe6_purchases.yml``."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.course_buying import asks_how_to_buy
from flows.course_confirm import asks_balance, asks_rest
from flows.course_query import topic_words
from flows.course_second_purchase import still_open
from flows.purchase_deadline_rules import asks_deadline, asks_missed
from flows.views import EnrolmentView

AT = datetime(2026, 11, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("oh oke, pelatihan buat usaha ada?", "usaha"),
        ("oh gitu, ada pelatihan desain?", "desain"),
        ("sip, kelas masak", "masak"),
        ("ok deh pelatihan menjahit", "menjahit"),
        ("siap, kelas jahit", "jahit"),
        ("siap kerja", "siap kerja"),  # no comma: may be the topic itself
        ("okonomiyaki", "okonomiyaki"),
    ],
)
def test_an_opening_acknowledgement_is_no_topic(text: str, words: str) -> None:
    assert topic_words(text) == words


@pytest.mark.parametrize(
    "text",
    [
        "sisa saldonya bisa buat apa?",
        "sisa saldo buat apa aja",
        "what can I use the remaining balance for?",
    ],
)
def test_what_the_rest_of_the_balance_is_for(text: str) -> None:
    assert asks_rest(text)


@pytest.mark.parametrize("text", ["saldo ku cukup ga", "is my balance enough?"])
def test_whether_the_balance_covers_the_price_is_no_question_about_the_rest(text: str) -> None:
    assert asks_balance(text) and not asks_rest(text)


@pytest.mark.parametrize(
    "text",
    [
        "batas beli pelatihan brp hari?",
        "deadline beli pelatihan berapa hari",
        "batas beli pelatihan berikutnya kapan?",
        "beli pelatihan dikasih waktu brp hari",
    ],
)
def test_the_purchase_deadline_asked(text: str) -> None:
    assert asks_deadline(text)


@pytest.mark.parametrize("text", ["kalo lewat gmn", "bisa diperpanjang ga", "kalo telat?"])
def test_missing_or_extending_it_asked(text: str) -> None:
    assert asks_missed(text)


@pytest.mark.parametrize("text", ["pelatihan excel brp hari?", "durasi pelatihannya berapa lama"])
def test_a_course_duration_is_no_deadline(text: str) -> None:
    assert not asks_deadline(text)


@pytest.mark.parametrize("text", ["trs cara belinya gmn", "how do I buy it?", "beli nya dmn"])
def test_how_to_buy_asked(text: str) -> None:
    assert asks_how_to_buy(text)


def test_cara_beli_with_a_topic_is_a_search() -> None:
    assert not asks_how_to_buy("cara beli pelatihan desain grafis")


def _record(title: str, status: str, done: bool, rated: bool, day: int) -> EnrolmentView:
    finished = AT if done else None
    return EnrolmentView(title, status, AT.replace(day=day), finished, rated)


def test_the_oldest_course_not_completed_and_rated_is_open() -> None:
    records = [
        _record("C", "purchased", False, False, 9),
        _record("B", "completed", True, False, 5),
        _record("A", "rated", True, True, 1),
        _record("X", "cancelled", False, False, 2),
    ]
    found = still_open(records)
    assert found is not None and found.title == "B"
    assert still_open([_record("A", "rated", True, True, 1)]) is None
