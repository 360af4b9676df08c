"""An unpaid incentive told in a few words ("udh 2 minggu blm cair ke dana") instead of yes or no
to "did this help?": a story (what happened and since when), kept as the complaint's and read
against the incentive's timing; a wait alone ("udh 2 minggu") is no story."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import pytest

from flows import FlowContext, Message, ProgrammeConfig
from flows.complaint_story import told
from flows.incentive_story import tells_wait, told_at_fix
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


@dataclass(frozen=True)
class _Entity:
    entity: str
    value: str


def message(said: str, payout: str | None = None) -> Message:
    entities = (_Entity("payout", payout),) if payout else ()
    return Message(text=said, intent="incentive_status", confidence=0.9, at=AT, entities=entities)


def at_fix(said: str, payout: str | None = None, language: str = "id") -> FlowTurn:
    session = Session()
    session.language = language
    session.flow, session.step = "complaints", "told"
    session.slots.update({"category": "incentive", "helped": "no"})
    return FlowTurn(session, message(said, payout), CTX)


@pytest.mark.parametrize(
    ("said", "payout"),
    [("udh 2 minggu blm cair ke dana", "dana"), ("udah 10 hari belum masuk", None),
     ("sebulan blm masuk juga", None), ("2 weeks now, still not in DANA", "dana"),
     ("it's been 2 weeks and it hasn't arrived", None), ("udh seminggu ke gopay", "gopay")],
)  # fmt: skip
def test_a_wait_with_what_did_not_arrive_is_a_story(said: str, payout: str | None) -> None:
    assert tells_wait(message(said, payout))
    assert told_at_fix(at_fix(said, payout))


@pytest.mark.parametrize(
    "said",
    ["udh 2 minggu", "it's been 2 months since the schedule", "blm cair ke dana",
     "2 minggu lagi cair ga?", "udah dicoba, masih gagal"],
)  # fmt: skip
def test_a_wait_alone_or_no_wait_is_no_short_story(said: str) -> None:
    assert not tells_wait(message(said))
    assert not told_at_fix(at_fix(said))


def test_a_failed_payment_with_its_age_is_kept_without_the_timing() -> None:
    turn = at_fix("gagal terus udh 2 minggu ke dana", "dana")
    assert not tells_wait(turn.message) and told_at_fix(turn)
    replies = drive(told(turn), lambda query: None)
    assert [reply.text for reply in replies or []] == [text("id", "complaints.waited.kept")]
    assert turn.slots["description"] == "gagal terus udh 2 minggu ke dana"


def test_the_story_is_kept_and_read_against_the_timing() -> None:
    turn = at_fix("udh 2 minggu blm cair ke dana", "dana")
    replies = drive(told(turn), lambda query: None) or []
    assert turn.slots["description"] == "udh 2 minggu blm cair ke dana"
    said = replies[0].text
    assert said.startswith("Insentifmu belum masuk ke DANA setelah 2 minggu?")
    assert "3–5 hari kerja" in said and "7×24 jam" in said
    assert said.endswith(text("id", "complaints.waited.kept"))


def test_a_few_days_is_read_as_possibly_early_in_english() -> None:
    turn = at_fix("3 days, still not in my OVO", "ovo", language="en")
    said = (drive(told(turn), lambda query: None) or [])[0].text
    assert said.startswith("Your incentive still isn't in your OVO after 3 days?")
    assert "isn't past that yet" in said


def test_another_category_keeps_only_whole_stories() -> None:
    turn = at_fix("udh 2 minggu blm muncul")
    turn.slots["category"] = "certificate"
    assert not told_at_fix(turn)
    assert drive(told(turn), lambda query: None) == [] and "description" not in turn.slots
