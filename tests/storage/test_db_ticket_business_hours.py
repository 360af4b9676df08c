"""First-response targets counted in staff hours on the ticket desk (SQLite and PostgreSQL):
the due time each ticket shows, the overdue filter, the overdue counts and the "earliest due
first" order all say the same as ``BusinessHours.due`` (Monday to Friday 08:00-17:00 WIB),
over a weekend, with the targets of four priorities."""

from __future__ import annotations

from datetime import datetime, time, timedelta, timezone

import sqlalchemy as sa

from storage.business_hours import BusinessHours
from storage.models import ComplaintTicket
from storage.repositories.clock_sql import worked_seconds
from storage.repositories.ticket_desk import Filters, TicketDeskRepository
from storage.repositories.ticket_targets import TARGETS, Overdue
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff
from tests.storage.test_db_ticket_desk import _file

WIB = timezone(timedelta(hours=7))
OFFICE = BusinessHours(frozenset(range(5)), time(8), time(17), 7)


def wib(day: int, hour: int, minute: int = 0) -> datetime:
    """March 2025: Wednesday the 5th, Friday the 7th, Saturday the 8th, Monday the 10th."""
    return datetime(2025, 3, day, hour, minute, tzinfo=WIB)


async def _filed(factory: Factory, user: str, priority: str, at: datetime) -> int:
    ticket = await _file(factory, user)
    async with factory() as session, session.begin():
        await session.execute(
            sa.update(ComplaintTicket)
            .where(ComplaintTicket.id == ticket)
            .values(created_at=at, priority=priority)
        )
    return ticket


FILED = {  # user: (priority, filed, due in staff hours)
    "a": ("high", wib(7, 16), wib(10, 15)),  # 8 h: Friday 1, Monday 7
    "b": ("urgent", wib(7, 9), wib(7, 13)),
    "c": ("high", wib(7, 9), wib(7, 17)),  # reached at Friday's closing
    "d": ("normal", wib(5, 12), wib(10, 9)),  # 24 h: Wednesday 5, Thursday 9, Friday 9, Monday 1
    "e": ("low", wib(8, 10), wib(19, 17)),  # 72 h: 8 working days from Monday's opening
    "f": ("urgent", wib(10, 7), wib(10, 12)),  # filed before Monday's opening
}


async def test_due_times_filter_counts_and_order_agree_in_staff_hours(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = TicketDeskRepository(db_factory, TARGETS, OFFICE)
    ids = {user: await _filed(db_factory, user, p, at) for user, (p, at, _) in FILED.items()}
    await desk.moves.take(ids["c"], sari, "crm:sari")
    by_id = {ids[user]: due for user, (_, _, due) in FILED.items()}

    listed = (await desk.page(Filters(), now=wib(10, 15))).items
    assert {t.id: t.due_at for t in listed} == by_id
    assert all(desk.due.due(t.created_at, t.priority) == t.due_at for t in listed)
    earliest = [t.id for t in (await desk.page(Filters(due_first=True))).items]
    assert earliest == sorted(by_id, key=lambda ticket: by_id[ticket])  # b c d f a e

    saturday = wib(8, 12)  # the calendar would have a (due Saturday 00:00) and d late too
    late = await desk.page(Filters(overdue=True, oldest_first=True), now=saturday)
    assert [t.id for t in late.items] == [ids["b"], ids["c"]]
    assert await desk.overdue(sari, saturday) == Overdue(2, 1)
    assert await desk.overdue(sari, wib(10, 8)) == Overdue(2, 1)  # Monday's opening

    monday = wib(10, 15)  # a is due right now: not late yet
    late = await desk.page(Filters(overdue=True, due_first=True), now=monday)
    assert [t.id for t in late.items] == [ids["b"], ids["c"], ids["d"], ids["f"]]
    assert all(t.due_at is not None and t.due_at < monday for t in late.items)
    assert await desk.overdue(None, monday) == Overdue(4, 0)
    assert await desk.overdue(None, monday + timedelta(microseconds=1)) == Overdue(5, 0)


async def test_worked_time_in_sql_is_the_clocks(db_factory: Factory) -> None:
    """The order's SQL measures what ``BusinessHours.worked`` does, to the millisecond: at
    night, on a weekend, exactly at opening and closing, within the hours, in other years."""
    instants = [
        wib(7, 16), wib(7, 17), wib(8, 3), wib(9, 23, 59), wib(10, 8), wib(10, 12, 34),
        wib(10, 7, 59), wib(11, 0), datetime(2031, 12, 31, 16, 59, 59, 500000, tzinfo=WIB),
        datetime(2024, 2, 29, 8, 0, 0, 1, tzinfo=WIB),
    ]  # fmt: skip
    seven_to_three = BusinessHours(frozenset({0, 2, 3, 5}), time(7, 30), time(15), -3)
    ids = [await _filed(db_factory, f"u{n}", "normal", at) for n, at in enumerate(instants)]
    for clock in (OFFICE, seven_to_three):
        measured = worked_seconds(clock, ComplaintTicket.created_at)
        query = sa.select(ComplaintTicket.id, measured).where(ComplaintTicket.id.in_(ids))
        async with db_factory() as session:
            found = {int(row[0]): float(row[1]) for row in await session.execute(query)}
        for ticket, at in zip(ids, instants, strict=True):
            assert abs(found[ticket] - clock.worked(at).total_seconds()) < 1e-3, (clock, at)
