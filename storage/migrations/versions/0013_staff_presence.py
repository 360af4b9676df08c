"""Staff availability for the automatic assignment of escalated chats (``crm.auto_assign``):
switched on in the console, the time the console last saw them, and their last automatic
assignment (round-robin). Nobody is available until they switch it on.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "staff_presence",
        sa.Column("staff_id", ID, nullable=False),
        sa.Column("available", sa.Boolean(), nullable=False),
        sa.Column("seen_at", TIMESTAMP, nullable=True),
        sa.Column("assigned_at", TIMESTAMP, nullable=True),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_users.id"],
            name=op.f("fk_staff_presence_staff_id_staff_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("staff_id", name=op.f("pk_staff_presence")),
    )


def downgrade() -> None:
    op.drop_table("staff_presence")
