"""Payout accounts (the bank account or e-wallet a participant linked for incentives: number
encrypted, a masked form for display, the verification and why it failed), and the wave an
applicant joined (``participants.applied_wave_id``; only the selected wave was kept before).

On SQLite the column is added in place, not by a batch copy: copying ``participants`` drops the
table, which foreign keys refuse (enrolments and payments RESTRICT it) or turn into a loss of
links (SET NULL). ``ADD COLUMN ... REFERENCES`` enforces the key but leaves it unnamed and
without its ON DELETE in the stored schema text that reflection reads, so the key is written as
a table constraint into that text instead (SQLite's documented ``writable_schema`` edit, safe
here: the new column is all NULL, so no row can break the key; ``schema_version`` is bumped so
other connections reload the schema).

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-04
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
TIMESTAMP = sa.DateTime(timezone=True)
APPLIED_FK = "fk_participants_applied_wave_id_waves"
REASONS = "'name_mismatch', 'not_kyc', 'phone_mismatch', 'inactive'"


def _checks() -> list[sa.CheckConstraint]:
    return [
        sa.CheckConstraint("kind IN ('bank', 'ewallet')", name=op.f("ck_payout_accounts_kind")),
        sa.CheckConstraint(
            "provider IN ('bni', 'bca', 'ovo', 'gopay', 'dana', 'linkaja')",
            name=op.f("ck_payout_accounts_provider"),
        ),
        sa.CheckConstraint(
            "(kind = 'bank') = (provider IN ('bca', 'bni'))",
            name=op.f("ck_payout_accounts_kind_of_provider"),
        ),
        sa.CheckConstraint(
            "verification IN ('pending', 'verified', 'failed')",
            name=op.f("ck_payout_accounts_verification"),
        ),
        sa.CheckConstraint(
            f"failure_reason IS NULL OR failure_reason IN ({REASONS})",
            name=op.f("ck_payout_accounts_failure_reason"),
        ),
        sa.CheckConstraint(
            "(verification = 'failed') = (failure_reason IS NOT NULL)",
            name=op.f("ck_payout_accounts_failure_reason_when_failed"),
        ),
    ]


def _sqlite_add_key(table: str, constraint: str) -> None:
    """Append ``constraint`` to ``table``'s stored CREATE TABLE text (see the module's note)."""
    bind = op.get_bind()
    version = int(bind.exec_driver_sql("PRAGMA schema_version").scalar_one())
    sql = bind.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :name"),
        {"name": table},
    ).scalar_one()
    head, _, tail = str(sql).rpartition(")")
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.execute(
        sa.text("UPDATE sqlite_master SET sql = :sql WHERE type = 'table' AND name = :name"),
        {"sql": f"{head}, \n\t{constraint}\n){tail}", "name": table},
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    op.create_table(
        "payout_accounts",
        sa.Column("id", ID, nullable=False),
        sa.Column("participant_id", ID, nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("provider", sa.String(length=10), nullable=False),
        sa.Column("account_number_ciphertext", sa.LargeBinary(), nullable=False),
        sa.Column("account_masked", sa.String(length=20), nullable=False),
        sa.Column("verification", sa.String(length=10), nullable=False),
        sa.Column("failure_reason", sa.String(length=20), nullable=True),
        sa.Column("linked_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        *_checks(),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_payout_accounts_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_accounts")),
        sa.UniqueConstraint("participant_id", name=op.f("uq_payout_accounts_participant_id")),
    )
    op.add_column("participants", sa.Column("applied_wave_id", ID, nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        _sqlite_add_key(
            "participants",
            f"CONSTRAINT {APPLIED_FK} FOREIGN KEY(applied_wave_id) REFERENCES waves (id) "
            "ON DELETE SET NULL",
        )
        return
    op.create_foreign_key(
        op.f(APPLIED_FK), "participants", "waves", ["applied_wave_id"], ["id"], ondelete="SET NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_constraint(op.f(APPLIED_FK), type_="foreignkey")
        batch.drop_column("applied_wave_id")
    op.drop_table("payout_accounts")
