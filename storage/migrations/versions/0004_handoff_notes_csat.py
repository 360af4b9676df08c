"""CRM: internal notes on handoffs, and the user's satisfaction rating (CSAT) of the help.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("handoffs") as batch:
        batch.add_column(sa.Column("csat", sa.SmallInteger(), nullable=True))
        batch.add_column(sa.Column("csat_at", TIMESTAMP, nullable=True))
        batch.create_check_constraint(
            op.f("ck_handoffs_csat"), "csat IS NULL OR csat BETWEEN 1 AND 5"
        )
    op.create_table(
        "handoff_notes",
        sa.Column("id", ID, nullable=False),
        sa.Column("handoff_id", ID, nullable=False),
        sa.Column("author", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["handoff_id"],
            ["handoffs.id"],
            name=op.f("fk_handoff_notes_handoff_id_handoffs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoff_notes")),
    )
    op.create_index(
        op.f("ix_handoff_notes_handoff_id_created_at"),
        "handoff_notes",
        ["handoff_id", "created_at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_handoff_notes_handoff_id_created_at"), table_name="handoff_notes")
    op.drop_table("handoff_notes")
    with op.batch_alter_table("handoffs") as batch:
        batch.drop_constraint(op.f("ck_handoffs_csat"), type_="check")
        batch.drop_column("csat_at")
        batch.drop_column("csat")
