"""First-response targets on the ticket desk (SQLite and PostgreSQL): a ticket new or in
progress with no staff message to the participant is due at its creation plus its priority's
target, and overdue after that; taking it, an internal note or a priority change is no
response; the list filters overdue tickets, puts the earliest due first, and the desk counts
the overdue ones (all, and one staff member's)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from pydantic import ValidationError

from storage.models import ComplaintPriority, ComplaintTicket, utcnow
from storage.repositories.ticket_desk import DeskTicket, Filters, TicketDeskRepository
from storage.repositories.ticket_moves import Change
from storage.repositories.ticket_targets import TARGETS, Overdue, TicketTargets
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff
from tests.storage.test_db_ticket_desk import _file

HOUR = timedelta(hours=1)


async def _aged(
    factory: Factory, user: str, priority: str, age: timedelta, now: datetime, status: str = ""
) -> int:
    """A ticket filed ``age`` before ``now`` with this priority (and status, if given)."""
    ticket = await _file(factory, user)
    values: dict[str, object] = {"created_at": now - age, "priority": priority}
    if status:
        values["status"] = status
    async with factory() as session, session.begin():
        await session.execute(
            sa.update(ComplaintTicket).where(ComplaintTicket.id == ticket).values(**values)
        )
    return ticket


async def _change(desk: TicketDeskRepository, ticket: int, staff: int, change: Change) -> None:
    """The holder's change, as the console makes it."""
    moved = await desk.moves.change(ticket, staff, "crm:x", change, supervising=False)
    assert isinstance(moved, int)


async def _listed(desk: TicketDeskRepository, filters: Filters, now: datetime) -> list[int]:
    return [t.id for t in (await desk.page(filters, now=now)).items]


async def _one(desk: TicketDeskRepository, ticket: int, now: datetime) -> DeskTicket:
    (found,) = [t for t in (await desk.page(Filters(), now=now)).items if t.id == ticket]
    return found


def test_the_targets_cover_every_priority_and_are_checked() -> None:
    assert set(TicketTargets.model_fields) == {p.value for p in ComplaintPriority}
    assert [TARGETS.target(p) for p in ("urgent", "high", "normal", "low")] == [
        4 * HOUR, 8 * HOUR, 24 * HOUR, 72 * HOUR,
    ]  # fmt: skip
    assert TicketTargets(urgent=0.5).target("urgent") == timedelta(minutes=30)
    with pytest.raises(ValidationError, match="must not grow with urgency"):
        TicketTargets(urgent=10, high=8)
    with pytest.raises(ValidationError):
        TicketTargets(low=0)
    with pytest.raises(ValidationError):
        TicketTargets.model_validate({"critical": 1})
    with pytest.raises(ValueError):
        TARGETS.target("critical")


async def test_overdue_tickets_are_filtered_counted_and_dated(db_factory: Factory) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    desk = TicketDeskRepository(db_factory)
    now = utcnow()
    late = await _aged(db_factory, "a", "urgent", 5 * HOUR, now)  # due 1 h ago
    soon = await _aged(db_factory, "b", "urgent", 3 * HOUR, now)  # due in 1 h
    edge = await _aged(db_factory, "c", "normal", 24 * HOUR, now)  # due right now: not late
    held = await _aged(db_factory, "d", "normal", 30 * HOUR, now)  # due 6 h ago
    answered = await _aged(db_factory, "e", "high", 20 * HOUR, now)
    closed = await _aged(db_factory, "f", "normal", 45 * HOUR, now, status="closed")
    await desk.moves.take(held, sari, "crm:sari")  # taking it is no response
    await desk.moves.add_note(late, "crm:budi", "Cek dulu ke bank")  # nor a note
    await desk.moves.take(answered, budi, "crm:budi")
    told = Change("in_progress", "high", "in_progress", "Sedang kami cek, ya.")
    await _change(desk, answered, budi, told)
    told_at = (await desk.history(answered))[-1].at

    assert await desk.overdue(sari, now) == Overdue(2, 1)
    assert await desk.overdue(budi, now) == Overdue(2, 0)
    assert await desk.overdue(None, now) == Overdue(2, 0)
    assert await _listed(desk, Filters(overdue=True), now) == [late, held]  # newest first
    assert await _listed(desk, Filters(overdue=True, assignee_id=sari), now) == [held]
    assert await _listed(desk, Filters(overdue=True, status="open"), now) == [late]
    assert await desk.overdue(None, now + 2 * HOUR) == Overdue(4, 0)  # soon and edge too

    first = await _one(desk, late, now)
    assert first.due_at == first.created_at + 4 * HOUR and first.first_response_at is None
    assert (await _one(desk, soon, now)).due_at == now + HOUR
    done = await _one(desk, answered, now)
    assert (done.first_response_at, done.due_at) == (told_at, None)
    gone = await _one(desk, closed, now)
    assert (gone.first_response_at, gone.due_at) == (None, None)
    case = await desk.case(answered)
    assert case is not None and case.ticket.first_response_at == told_at
    assert [t.id for t in (await desk.page(Filters(), per_page=1)).items] == [soon]
    assert edge in await _listed(desk, Filters(), now)


async def test_the_earliest_due_comes_first_and_answered_tickets_last(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = TicketDeskRepository(db_factory)
    now = utcnow()
    low = await _aged(db_factory, "a", "low", 70 * HOUR, now)  # due in 2 h
    urgent = await _aged(db_factory, "b", "urgent", 3 * HOUR, now)  # due in 1 h
    normal = await _aged(db_factory, "c", "normal", 30 * HOUR, now)  # due 6 h ago
    answered = await _aged(db_factory, "d", "urgent", 50 * HOUR, now)
    resolved = await _aged(db_factory, "e", "normal", 1 * HOUR, now, status="resolved")
    newest = await _aged(db_factory, "f", "normal", 0 * HOUR, now, status="waiting_user")
    await desk.moves.take(answered, sari, "crm:sari")
    told = Change("in_progress", "urgent", "in_progress", "Sedang kami cek, ya.")
    await _change(desk, answered, sari, told)

    due_first = Filters(due_first=True)
    expected = [normal, urgent, low, newest, resolved, answered]  # the rest newest first
    assert await _listed(desk, due_first, now) == expected
    second = await desk.page(due_first, 2, per_page=2)
    assert [t.id for t in second.items] == [low, newest]
    assert (second.page, second.pages, second.total) == (2, 3, 6)
    assert await _listed(desk, Filters(due_first=True, overdue=True), now) == [normal]


async def test_the_target_follows_the_current_priority(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = TicketDeskRepository(db_factory, TicketTargets(urgent=2, high=2, normal=12, low=12))
    now = utcnow()
    ticket = await _aged(db_factory, "a", "normal", 10 * HOUR, now)
    assert await desk.overdue(sari, now) == Overdue(0, 0)
    assert (await _one(desk, ticket, now)).due_at == now + 2 * HOUR

    await desk.moves.take(ticket, sari, "crm:sari")
    raised = Change("in_progress", "urgent", "in_progress")  # no message: still no response
    await _change(desk, ticket, sari, raised)
    assert await desk.overdue(sari, now) == Overdue(1, 1)
    assert (await _one(desk, ticket, now)).due_at == now - 8 * HOUR
