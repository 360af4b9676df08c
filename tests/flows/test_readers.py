"""The first answer among readers: in order, records asked only by the readers that run."""

from __future__ import annotations

from typing import Any

from flows.messages import Outbound
from flows.queries.support import MyTickets
from flows.readers import Answer, first_answer
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def _turn() -> Any:
    return FlowTurn.__new__(FlowTurn)  # the readers below never look at it


def _drive(chain: Ask[Answer], records: list[str]) -> Answer:
    try:
        query = next(chain)
        while True:
            records.append(type(query).__name__)
            query = chain.send(f"records for {type(query).__name__}")
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def test_the_first_answer_wins_and_later_readers_do_not_run() -> None:
    ran: list[str] = []

    def declines(_turn: FlowTurn) -> Answer:
        ran.append("declines")
        return None

    def asks_records(_turn: FlowTurn) -> Ask[Answer]:
        ran.append("asks_records")
        found = yield MyTickets("webchat", "u1")
        return [Outbound(f"answered from {found}")]

    def never(_turn: FlowTurn) -> Answer:
        ran.append("never")
        return [Outbound("too late")]

    records: list[str] = []
    said = _drive(first_answer(_turn(), (declines, asks_records, never)), records)
    assert said is not None and said[0].text == "answered from records for MyTickets"
    assert ran == ["declines", "asks_records"]
    assert records == ["MyTickets"]


def test_no_answer_is_none_after_every_reader_declined() -> None:
    def declines(_turn: FlowTurn) -> Answer:
        return None

    def asks_then_declines(_turn: FlowTurn) -> Ask[Answer]:
        yield MyTickets("webchat", "u2")
        return None

    records: list[str] = []
    assert _drive(first_answer(_turn(), (declines, asks_then_declines)), records) is None
    assert records == ["MyTickets"]
