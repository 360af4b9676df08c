"""Codes by SMS counted per asking chat (``storage.repositories.link_otp_sends``): each send's
audit-log row names the chat that asked (``actor`` ``chat:<keyed index>``), and a chat's sends
are counted by ``actor`` within a window, so ``audit_log`` gets an index on (actor, at).

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-06
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(op.f("ix_audit_log_actor_at"), "audit_log", ["actor", "at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_audit_log_actor_at"), table_name="audit_log")
