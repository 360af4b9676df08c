"""Probe 7, programme rules, through the router with the records answered here: the rest of the
balance lapses ``rest_days`` after the first course's rating (DOMAIN.md, 2023-2024), which no
seeded participant linked by status shows. Before, Maya (first course rated in December 2023)
was told "Saldo Rp1.225.000" with a course search, and her purchase in November 2026 went
through. The readings behind ``tests/conversations/probe7_programme_rules.yml`` too."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, views
from flows import queries as q
from flows.balance_rest import first_course
from flows.course_second_purchase import asked
from flows.router import respond
from flows.runtime.machine import FlowTurn
from flows.wave_join import asks_how_to_join
from storage.repositories.enrolments import EnrolmentResult
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)
RATED_LONG_AGO = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


def course(title: str, bought: datetime, rated: datetime | None) -> views.EnrolmentView:
    done = rated - timedelta(days=1) if rated else None
    status = "rated" if rated else "purchased"
    return views.EnrolmentView(title, status, bought, done, rated is not None, rated)


@dataclass
class Records:
    """The data layer for one linked participant who bought courses."""

    status: str = "completed"
    era: str | None = "normal"
    balance: int = 1_225_000
    courses: list[views.EnrolmentView] = field(
        default_factory=lambda: [
            course("Minuman Kekinian", datetime(2023, 12, 20, tzinfo=UTC), RATED_LONG_AGO),
            course("Website HTML", datetime(2023, 12, 13, tzinfo=UTC), RATED_LONG_AGO),
        ]
    )
    seen: list[Query] = field(default_factory=list)

    def __call__(self, query: Query) -> Any:
        self.seen.append(query)
        if isinstance(query, q.ParticipantQuery):
            return views.ParticipantView(52, self.status, self.balance, None, self.era, 60)
        if isinstance(query, q.EnrolmentsQuery):
            return self.courses
        if isinstance(query, q.IncentivesQuery):
            return []
        if isinstance(query, q.CreateEnrolment):
            return EnrolmentResult("rest_expired", until=RATED_LONG_AGO + timedelta(days=15))
        raise AssertionError(f"unexpected query {query}")


def say(said: str, records: Records, intent: str | None = None, **more: Any) -> str:
    message = Message(text=said, intent=intent, confidence=0.99, at=AT, **more)
    replies = drive(respond(Session(), message, CTX), records)
    assert replies
    return "\n".join(reply.text for reply in replies)


def buttons(said: str, records: Records, intent: str) -> list[str]:
    message = Message(text=said, intent=intent, confidence=0.99, at=AT)
    replies: list[Outbound] = drive(respond(Session(), message, CTX), records) or []
    return [button.title for reply in replies for button in reply.buttons]


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("sisa saldo aku masih bisa dipake?", "training_balance"),
        ("saldo aku brp", "training_balance"),
        ("saldo sisa aku hangus ga kalo ga dipake?", "training_balance"),
        ("brp lama sebelum hangus?", "training_balance"),
    ],
)
def test_the_rest_is_told_gone_after_the_days_since_the_first_rating(
    said: str, intent: str
) -> None:
    reply = say(said, Records(), intent)
    assert "sudah hangus" in reply and "16 Januari 2024" in reply and "Rp1.225.000" in reply
    assert "Cari pelatihan" not in buttons(said, Records(), intent)


def test_the_rest_is_spendable_until_its_date_within_the_days() -> None:
    rated = AT - timedelta(days=3)
    records = Records(courses=[course("Barista", AT - timedelta(days=20), rated)])
    reply = say("saldo aku brp", records, "training_balance")
    assert "sampai 12 Desember 2026" in reply and "hangus" in reply
    assert "Cari pelatihan" in buttons("saldo aku brp", records, "training_balance")


def test_an_era_without_such_days_keeps_the_plain_balance() -> None:
    """2020-2022: no rule on the rest is stated (config ``rest_days: 0``): none is invented."""
    reply = say("saldo aku brp", Records(era="semi_bansos"), "training_balance")
    assert reply == "Saldo pelatihanmu sekarang Rp1.225.000."


@pytest.mark.parametrize(
    "said", ["aku mau beli pelatihan kedua", "mau beli pelatihan lagi dong, yg excel"]
)
def test_a_next_purchase_wished_once_the_rest_is_gone_is_refused(said: str) -> None:
    reply = say(said, Records(), "course_search")
    assert "tidak bisa membeli pelatihan lagi" in reply and "16 Januari 2024" in reply


def test_a_course_chosen_once_the_rest_is_gone_is_refused_before_the_confirmation() -> None:
    records = Records()
    reply = say("", records, payload="enrol:5")
    assert "tidak bisa membeli pelatihan lagi" in reply and "Ya, beli" not in reply
    assert not any(isinstance(query, q.CreateEnrolment) for query in records.seen)


def test_an_old_confirmation_tapped_is_refused_by_the_data_layer() -> None:
    reply = say("", Records(), payload="enrol_yes:5")
    assert "sisa saldomu hangus" in reply


def test_the_first_course_is_the_first_bought_not_the_last() -> None:
    found = first_course(Records().courses)
    assert found is not None and found.title == "Website HTML"


def test_a_wish_for_a_next_course_reads_no_records_without_such_words() -> None:
    records = Records()
    message = Message(text="saldo aku brp", intent="training_balance", confidence=0.99, at=AT)
    assert drive(asked(FlowTurn(Session(), message, CTX)), records) is None
    assert records.seen == []


@pytest.mark.parametrize(
    "text", ["gabung gelombang gmn", "cara ikut gelombang", "how do I join a wave?"]
)
def test_how_to_join_a_wave_asked(text: str) -> None:
    assert asks_how_to_join(text)


@pytest.mark.parametrize("text", ["gelombang 72 kapan dibuka", "cara daftar prakerja"])
def test_other_wave_or_registration_questions_are_not_how_to_join(text: str) -> None:
    assert not asks_how_to_join(text)
