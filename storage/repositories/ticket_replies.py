"""Which participant replies to complaint tickets staff have not seen yet.

A participant's reply (a ``participant_reply`` entry) is *new* to staff until they have seen
it: the ticket's ``reply_seen_at`` holds the time of the latest reply seen, and a reply later
than that is new. It is seen when the staff member holding the ticket opens its page
(``mark_seen``; a colleague or supervisor looking in leaves it new for the holder), or when
staff change the ticket from a page that showed it (``ticket_moves``). What is stored is the
time of the reply the page showed, not the time of looking: a reply saved while the page was
being read, or written by a bot whose clock runs behind the console's, is never taken as seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ComplaintEvent, ComplaintTicket
from storage.repositories._results import rowcount
from storage.repositories.tickets import PARTICIPANT_REPLY

__all__ = ["Unread", "count_unread", "has_new_reply", "mark_seen", "new_reply_times"]


@dataclass(frozen=True, slots=True)
class Unread:
    """How many tickets have a participant reply staff have not seen: all, and those held by
    one staff member."""

    total: int = 0
    mine: int = 0


def _new_replies(*only: sa.ColumnElement[bool]) -> sa.Subquery:
    """Per ticket with a participant reply staff have not seen, the time of the latest (from
    the index on kind, ticket_id, at: the replies only, never every ticket)."""
    seen = ComplaintTicket.reply_seen_at
    return (
        sa.select(ComplaintEvent.ticket_id, sa.func.max(ComplaintEvent.at).label("at"))
        .join(ComplaintTicket, ComplaintTicket.id == ComplaintEvent.ticket_id)
        .where(
            ComplaintEvent.kind == PARTICIPANT_REPLY,
            sa.or_(seen.is_(None), ComplaintEvent.at > seen),
            *only,
        )
        .group_by(ComplaintEvent.ticket_id)
        .subquery("new_replies")
    )


def has_new_reply() -> sa.ColumnElement[bool]:
    """The ticket has a reply staff have not seen (a set built once per query, not per
    ticket)."""
    return ComplaintTicket.id.in_(sa.select(_new_replies().c.ticket_id))


async def new_reply_times(session: AsyncSession, ticket_ids: Sequence[int]) -> dict[int, datetime]:
    """Of these tickets, those with a participant reply staff have not seen: its time."""
    if not ticket_ids:
        return {}
    new = _new_replies(ComplaintEvent.ticket_id.in_(ticket_ids))
    rows = await session.execute(sa.select(new.c.ticket_id, new.c.at))
    return {int(ticket_id): at for ticket_id, at in rows}


async def count_unread(session: AsyncSession, staff_id: int | None) -> Unread:
    """How many tickets have a participant reply no staff member has seen: all of them, and
    those ``staff_id`` holds."""
    mine = sa.func.coalesce(
        sa.func.sum(sa.case((ComplaintTicket.assignee_id == staff_id, 1), else_=0)), 0
    )
    new = _new_replies()
    counted = sa.select(sa.func.count(new.c.ticket_id), mine).select_from(
        new.join(ComplaintTicket, ComplaintTicket.id == new.c.ticket_id)
    )
    found = (await session.execute(counted)).one()
    return Unread(int(found[0] or 0), int(found[1] or 0) if staff_id is not None else 0)


async def mark_seen(session: AsyncSession, ticket_id: int, staff_id: int, up_to: datetime) -> bool:
    """The holder's page showed the replies up to ``up_to``: they are seen. Whether that
    changed anything (False: ``staff_id`` does not hold the ticket, or seen already)."""
    seen = ComplaintTicket.reply_seen_at
    moved = await session.execute(
        sa.update(ComplaintTicket)
        .where(
            ComplaintTicket.id == ticket_id,
            ComplaintTicket.assignee_id == staff_id,
            sa.or_(seen.is_(None), seen < up_to),
        )
        .values(reply_seen_at=up_to)
        .execution_options(synchronize_session=False)
    )
    return rowcount(moved) == 1
