"""When a course was rated and reviewed (``enrolments.rated_at``): the first course's rating
starts the days in which the rest of the training balance may be spent (DOMAIN.md, 2023-2024:
"then 15 more days to spend the rest after the first course is rated"). Rows rated before this
revision keep it empty; ``storage.repositories.enrolments`` then counts from ``completed_at``.

The nullable column is added in place on SQLite too (no foreign key involved, so no batch copy).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.add_column("enrolments", sa.Column("rated_at", TIMESTAMP, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("enrolments") as batch:  # nothing refers to enrolments
        batch.drop_column("rated_at")
