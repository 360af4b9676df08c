"""Probe 10 (re11), courses: the readings behind ``tests/conversations/courses_re11.yml`` (pure:
plain data, no database)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, Query, views
from flows import queries as q
from flows.course_access import answer as course_access_answer
from flows.course_access import asks as course_will_not_open
from flows.course_card_payment import asks as card_refused
from flows.course_price_fit import answer as price_fit
from flows.course_price_fit import asked_price
from flows.course_query import prefill, topic_words
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    "said",
    [
        "mn nih gw udh beli kelas tp kok gbs dbuka y",
        "kelas yg aku beli ga bisa dibuka",
        "pelatihan ku gabisa diakses",
        "udah beli kursus di tokopedia tapi ga kebuka",
        "i bought a course but it won't open",
        "I bought a training and can't access it",
    ],
)
def test_a_bought_course_that_will_not_open(said: str) -> None:
    assert course_will_not_open(said)


@pytest.mark.parametrize(
    "said",
    [
        "kode redeem pelatihan yg aku beli ga bisa dipake",  # the redeem code's own answer
        "link zoom kelas aku ga bisa dibuka",  # the webinar's link
        "sertifikat pelatihan ku ga bisa dibuka",
        "mau lapor, kelas yg aku beli ga bisa dibuka",  # a complaint asked for outright
        "pelatihan apa yg bisa dibuka buat pemula",
        "ga bisa login prakerja",
    ],
)
def test_other_problems_are_not_a_course_that_will_not_open(said: str) -> None:
    assert not course_will_not_open(said)


@pytest.mark.parametrize(
    "said",
    [
        "nomor kartu prakerja ku ga valid pas bayar",
        "kartu prakerja ditolak pas checkout",
        "no kartu prakerja aku invalid di tokopedia",
        "my prakerja card was rejected at checkout",
        "card number not valid when I pay for the course",
    ],
)
def test_the_card_refused_at_payment(said: str) -> None:
    assert card_refused(said)


@pytest.mark.parametrize(
    "said",
    [
        "nomor kartu keluarga ga valid pas daftar",  # the family card, at registration
        "kartu prakerja ku dicabut, ga bisa beli pelatihan",  # a revocation said outright
        "nomor kartu prakerja ku apa",
        "mau lapor kartu prakerja ditolak pas bayar",  # a complaint asked for outright
    ],
)
def test_other_card_messages_are_not_a_refused_payment(said: str) -> None:
    assert not card_refused(said)


def _turn(said: str, session: Session | None = None) -> FlowTurn:
    return FlowTurn(session or Session(), Message(text=said, at=AT), CTX)


@pytest.mark.parametrize(
    ("said", "price"),
    [
        ("yg harganya 1,5jt bisa ga", 1_500_000),
        ("kalo yang 2 juta boleh?", 2_000_000),
        ("yg 750rb cukup ga", 750_000),
        ("yg dibawah 1 juta bisa?", None),  # a limit: the courses shown refined
        ("max 2jt", None),
        ("saldo aku 1,2jt cukup ga", None),  # the balance's own amount
        ("kursus python 1,5jt bisa?", None),  # a topic: a search
        ("yg ke 2 bisa ga", None),
    ],
)
def test_a_price_asked_against_the_balance(said: str, price: int | None) -> None:
    assert asked_price(_turn(said)) == price


def _participant(status: str, balance: int) -> Any:
    def records(query: Query) -> Any:
        if isinstance(query, q.ParticipantQuery):
            return views.ParticipantView(7, status, balance, None, "normal", 71)
        if isinstance(query, q.EnrolmentsQuery):
            return []
        raise AssertionError(f"unexpected query {query}")

    return records


def test_a_price_over_the_balance_is_no_with_both_amounts() -> None:
    replies = drive(
        price_fit(_turn("yg harganya 1,5jt bisa ga")), _participant("selected", 1_200_000)
    )
    assert replies is not None
    over = text("id", "course_price_fit.over", price="Rp1.500.000", balance="Rp1.200.000")
    assert replies[0].text == over


def test_a_price_within_the_balance_is_yes_with_what_is_left() -> None:
    replies = drive(price_fit(_turn("yg 1 juta bisa ga")), _participant("selected", 3_500_000))
    assert replies is not None
    left = "Rp2.500.000"
    assert text("id", "course_price_fit.within", price="Rp1.000.000", balance="Rp3.500.000",
                left=left) in replies[0].text  # fmt: skip


@pytest.mark.parametrize(
    ("said", "words"),
    [
        ("find a cooking course, i can't learn online", "masakan"),
        ("find a cooking course, i can\u2019t learn online", "masakan"),
        ("i can't learn online", ""),
        ("i cannot attend online classes", ""),
        ("ga bisa belajar online", ""),
    ],
)
def test_online_ruled_out_names_no_topic(said: str, words: str) -> None:
    assert topic_words(said) == words


@pytest.mark.parametrize(
    ("said", "mode"),
    [
        ("i can't learn online", "offline"),
        ("cari kursus masak, ga bisa daring", "offline"),
        ("aku ga bisa offline", "online"),
        ("kursus masak online", "online"),
    ],
)
def test_a_mode_ruled_out_wants_the_other_kind(said: str, mode: str) -> None:
    assert prefill(Message(text=said), CTX).get("mode") == mode


def test_a_city_entity_does_not_cut_the_rest_of_the_message_into_a_topic() -> None:
    said = "is there an in-person course in surabaya? i can't learn online"
    start = said.index("surabaya")
    region = _Entity("region", "Kota Surabaya", start, start + len("surabaya"))
    slots = prefill(Message(text=said, entities=(region,)), CTX)
    assert slots.get("city") == "Surabaya"
    assert slots.get("mode") == "offline"
    assert "topic" not in slots


class _Entity:
    def __init__(self, entity: str, value: str, start: int, end: int) -> None:
        self.entity, self.value, self.start, self.end = entity, value, start, end


def _after_steps(said: str) -> list[Any] | None:
    """The answer to ``said`` typed right after the steps for a course that will not open."""
    session = Session()
    first = FlowTurn(session, Message(text="kelas yg aku beli ga bisa dibuka", at=AT), CTX)
    assert drive(course_access_answer(first), lambda _: None) is not None
    session.turns += 1
    return drive(course_access_answer(_turn(said, session)), lambda _: None)


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("di tokped", "course_access.platform"),
        ("udh gw cb logout login ttp gbs", "course_access.stuck_unknown"),
        ("masih ga bisa", "course_access.stuck_unknown"),
        ("still can\u2019t, i tried logging out and in", "course_access.stuck_unknown"),
    ],
)
def test_a_follow_up_to_the_steps_stays_on_the_course(said: str, key: str) -> None:
    replies = _after_steps(said)
    assert replies is not None
    expected = text("id", key, platform="Tokopedia")
    assert replies[0].text.startswith(expected.split(":")[0])


@pytest.mark.parametrize(
    "said", ["masih bingung", "ga bisa login prakerja", "otp ga masuk", "cek saldo aku"]
)
def test_other_messages_after_the_steps_are_not_its_follow_ups(said: str) -> None:
    assert _after_steps(said) is None
