"""The CRM's ticket desk: who works a ticket, and a fuller history (the status before a
change, the priority set, whether a note is a message to the participant and whether that
message reached their chat); indexes for the desk's list.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
DELIVERY = "delivery IN ('pending', 'sent', 'unreachable', 'failed')"


def upgrade() -> None:
    with op.batch_alter_table("complaint_tickets") as batch:
        batch.add_column(sa.Column("assignee_id", ID, nullable=True))
        batch.create_foreign_key(
            op.f("fk_complaint_tickets_assignee_id_staff_users"),
            "staff_users",
            ["assignee_id"],
            ["id"],
            ondelete="SET NULL",
        )
    op.create_index(
        op.f("ix_complaint_tickets_assignee_id"), "complaint_tickets", ["assignee_id"], unique=False
    )
    op.create_index(
        op.f("ix_complaint_tickets_category_created_at"),
        "complaint_tickets",
        ["category", "created_at"],
        unique=False,
    )
    op.create_index(
        op.f("ix_complaint_tickets_created_at"), "complaint_tickets", ["created_at"], unique=False
    )
    with op.batch_alter_table("complaint_events") as batch:
        batch.add_column(sa.Column("old_status", sa.String(length=14), nullable=True))
        batch.add_column(sa.Column("priority", sa.String(length=8), nullable=True))
        batch.add_column(
            sa.Column("to_participant", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.add_column(sa.Column("delivery", sa.String(length=12), nullable=True))
        batch.create_check_constraint(op.f("ck_complaint_events_delivery"), DELIVERY)


def downgrade() -> None:
    with op.batch_alter_table("complaint_events") as batch:
        batch.drop_constraint(op.f("ck_complaint_events_delivery"), type_="check")
        batch.drop_column("delivery")
        batch.drop_column("to_participant")
        batch.drop_column("priority")
        batch.drop_column("old_status")
    op.drop_index(op.f("ix_complaint_tickets_created_at"), table_name="complaint_tickets")
    op.drop_index(op.f("ix_complaint_tickets_category_created_at"), table_name="complaint_tickets")
    op.drop_index(op.f("ix_complaint_tickets_assignee_id"), table_name="complaint_tickets")
    with op.batch_alter_table("complaint_tickets") as batch:
        batch.drop_constraint(
            op.f("fk_complaint_tickets_assignee_id_staff_users"), type_="foreignkey"
        )
        batch.drop_column("assignee_id")
