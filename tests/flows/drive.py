"""Running a flow step's generator to its end, answering each query it yields."""

from __future__ import annotations

from collections.abc import Callable, Generator, Sequence
from typing import Any

from flows import FlowContext, Message, Outbound, Query, respond, views
from flows import queries as q
from storage.sessions import Session

Steps = Generator[Query, Any, list[Outbound] | None]


def drive(steps: Steps, answer: Callable[[Query], Any]) -> list[Outbound] | None:
    """What ``steps`` returns when every query it asks is answered by ``answer``."""
    try:
        query = next(steps)
        while True:
            query = steps.send(answer(query))
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]


def tickets_known(tickets: Sequence[views.TicketView]) -> Callable[[Query], Any]:
    """Answers the ticket queries with ``tickets`` (this chat's, newest first), others with
    None."""

    def answer(query: Query) -> Any:
        if isinstance(query, q.MyTickets):
            return list(tickets)
        if isinstance(query, q.TicketQuery):
            return next((t for t in tickets if t.reference == query.reference), None)
        return None

    return answer


def turn_replies(
    session: Session, message: Message, answer: Callable[[Query], Any], ctx: FlowContext
) -> list[Outbound]:
    """The replies of one turn of ``session`` to ``message``, its queries answered by ``answer``."""
    return list(drive(respond(session, message, ctx), answer) or [])
