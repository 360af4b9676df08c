"""What a participant's ticket shows them of its conversation with staff: the latest message
staff wrote to them, unless they have answered it since.

Answered means a reply of theirs that gave the ticket back to staff: the data a waiting ticket
asked for (``add_reply``) or the words that reopened a resolved one (``reopen``); staff's
message then asked for what came, or told a solution the participant says did not work. What
they add of their own accord (``add_comment``, a file's caption) keeps the ticket's status and
answers nothing, so staff's message stays shown: it is still staff's latest word to them."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ComplaintEvent

__all__ = ["PARTICIPANT_REPLY", "staff_messages"]

PARTICIPANT_REPLY = "participant_reply"
"""The kind of history entry that holds the words (or file caption) a participant sent for
their ticket: the data it waited for, the words that reopened it, or an addition."""


def _answered() -> sa.ColumnElement[bool]:
    """A participant's reply that gave the ticket back to staff (it set a status)."""
    return sa.and_(ComplaintEvent.kind == PARTICIPANT_REPLY, ComplaintEvent.status.is_not(None))


async def staff_messages(session: AsyncSession, ticket_ids: Sequence[int]) -> dict[int, str]:
    """Per ticket, the latest staff message to the participant, if no answer of theirs came
    after it (their additions do not count)."""
    if not ticket_ids:
        return {}
    rows = await session.execute(
        sa.select(ComplaintEvent.ticket_id, ComplaintEvent.note, ComplaintEvent.kind)
        .where(
            ComplaintEvent.ticket_id.in_(ticket_ids),
            sa.or_(ComplaintEvent.to_participant, _answered()),
        )
        .order_by(ComplaintEvent.at.desc(), ComplaintEvent.id.desc())
    )
    latest: dict[int, str | None] = {}
    for ticket_id, note, kind in rows:
        if ticket_id not in latest:
            latest[ticket_id] = None if kind == PARTICIPANT_REPLY else note
    return {ticket_id: note for ticket_id, note in latest.items() if note}
