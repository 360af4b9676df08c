"""The CRM's ticket desk notices a participant's reply: how far staff have seen the
participant's replies on a ticket (``complaint_tickets.reply_seen_at``; the replies themselves
are the ``participant_reply`` entries of ``complaint_events``), and an index to find the
replies for the desk's count.

Replies made before this revision count as seen when staff moved the ticket after the latest
one (any history entry but a note): only a reply nobody acted on comes up as new.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)
SEEN_ALREADY = """
UPDATE complaint_tickets SET reply_seen_at = (
    SELECT max(r.at) FROM complaint_events r
    WHERE r.ticket_id = complaint_tickets.id AND r.kind = 'participant_reply'
)
WHERE (
    SELECT max(e.id) FROM complaint_events e
    WHERE e.ticket_id = complaint_tickets.id AND e.kind <> 'note'
) > (
    SELECT max(r.id) FROM complaint_events r
    WHERE r.ticket_id = complaint_tickets.id AND r.kind = 'participant_reply'
)
"""


def upgrade() -> None:
    with op.batch_alter_table("complaint_tickets") as batch:
        batch.add_column(sa.Column("reply_seen_at", TIMESTAMP, nullable=True))
    op.create_index(
        op.f("ix_complaint_events_kind_ticket_id_at"),
        "complaint_events",
        ["kind", "ticket_id", "at"],
        unique=False,
    )
    op.execute(sa.text(SEEN_ALREADY))


def downgrade() -> None:
    op.drop_index(op.f("ix_complaint_events_kind_ticket_id_at"), table_name="complaint_events")
    with op.batch_alter_table("complaint_tickets") as batch:
        batch.drop_column("reply_seen_at")
