"""The first answer among readers: functions that each recognise one kind of message and answer
it, or return None. A reader answers from the message alone (a list of replies) or asks for
records first (a generator of queries, as ``flows.turn.Ask``); the chain tries them in order
and stops at the first answer, so a later reader runs only when every earlier one declined."""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from typing import Any, cast

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

Answer = list[Outbound] | None
Reader = Callable[[FlowTurn], Ask[Answer] | Answer]
"""One reader: the replies, None, or a generator asking for records before either."""


def first_answer(turn: FlowTurn, readers: Iterable[Reader]) -> Ask[Answer]:
    """The replies of the first reader that answers ``turn``, else None."""
    for read in readers:
        found: Any = read(turn)
        if isinstance(found, Generator):
            found = yield from found
        if found is not None:
            return cast(Answer, found)
    return None


__all__ = ["Answer", "Reader", "first_answer"]
