"""A disappointed "yah" right after a "not eligible" verdict: a kind answer with what can be
done for the rules that failed; not later, not after an eligible verdict, not for a question or
a plain acknowledgment."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from flows.eligibility_letdown import answer, carry, record
from flows.runtime.machine import FlowTurn
from flows.turn import Message
from storage.sessions import Session
from tests.flows.test_runtime import CTX

AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


def _after(failed: list[str], text: str, *, turns_between: int = 0) -> str | None:
    session = Session(turns=5)
    record(FlowTurn(session, Message(text="17", at=AT), CTX), failed)
    session.turns += 1 + turns_between
    replies = answer(FlowTurn(session, Message(text=text, at=AT + timedelta(minutes=1)), CTX))
    return None if replies is None else replies[0].text


def _say(key: str, **params: object) -> str:
    return FlowTurn(Session(), Message(text=""), CTX).say(key, **params)


@pytest.mark.parametrize(
    "text",
    ["yah", "yahh", "yah gak bisa dong", "yaudah deh", "yah sedih", "yahh ga bisa ikut ya kak",
     "hiks 😢", "oh no, too bad"],
)  # fmt: skip
def test_a_disappointed_reply_right_after_the_verdict_is_answered_kindly(text: str) -> None:
    said = _after(["too_young"], text)
    assert said is not None and _say("eligibility.letdown.wait_age", min_age=18) in said


@pytest.mark.parametrize(
    ("failed", "hint"),
    [(["student"], "after_school"), (["graduate_listed"], "listed"),
     (["occupation_bumn"], "after_job"), (["too_old"], "family"), (["previous"], "family"),
     (["not_citizen"], "final"), (["kk_full"], "kk"),
     (["previous", "occupation_asn"], "family")],  # no hope held out next to a final rule
)  # fmt: skip
def test_the_hint_is_what_can_be_done_about_the_failed_rules(failed: list[str], hint: str) -> None:
    said = _after(failed, "yah")
    assert said is not None
    assert _say(f"eligibility.letdown.{hint}", min_age=18, max_per_kk=2) in said
    if hint == "family":
        assert _say("eligibility.letdown.after_job") not in said


@pytest.mark.parametrize("text", ["oh gitu", "ok", "kenapa ga bisa?", "kalo pns?", "ga"])
def test_no_letdown_in_a_question_or_a_plain_acknowledgment(text: str) -> None:
    assert _after(["too_old"], text) is None


def test_only_right_after_a_not_eligible_verdict() -> None:
    assert _after(["too_old"], "yah", turns_between=1) is None
    assert _after([], "yah") is None


def test_a_follow_up_answered_in_between_carries_the_verdict() -> None:
    session = Session(turns=5)
    record(FlowTurn(session, Message(text="17", at=AT), CTX), ["too_young"])
    session.turns += 1
    carry(FlowTurn(session, Message(text="kalo bulan depan aku 18?", at=AT), CTX))
    session.turns += 1
    assert answer(FlowTurn(session, Message(text="yah", at=AT), CTX)) is not None
