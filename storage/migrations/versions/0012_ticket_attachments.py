"""Evidence on complaint tickets: the screenshots and PDFs participants send in their chat,
encrypted (``ticket_attachments``; one row per distinct file per ticket).

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TIMESTAMP = sa.DateTime(timezone=True)
TYPES = "content_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')"


def upgrade() -> None:
    op.create_table(
        "ticket_attachments",
        sa.Column("id", ID, nullable=False),
        sa.Column("ticket_id", ID, nullable=False),
        sa.Column("content_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("sealed", sa.LargeBinary(), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(TYPES, name=op.f("ck_ticket_attachments_content_type")),
        sa.CheckConstraint("size > 0", name=op.f("ck_ticket_attachments_size")),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["complaint_tickets.id"],
            name=op.f("fk_ticket_attachments_ticket_id_complaint_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ticket_attachments")),
        sa.UniqueConstraint(
            "ticket_id", "sha256", name=op.f("uq_ticket_attachments_ticket_id_sha256")
        ),
    )


def downgrade() -> None:
    op.drop_table("ticket_attachments")
