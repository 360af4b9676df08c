"""Initial schema: participants, programme catalogue, conversations, support, campaigns.

Revision ID: 0001
Revises:
Create Date: 2025-01-06

Written out explicitly (no import of the application's models), so this revision keeps
creating the same schema whatever the models become later.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The portable types of storage/models/base.py, spelled out here on purpose.
ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
JSON = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", ID, nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("action", sa.String(length=80), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=False),
        sa.Column("detail", JSON, nullable=True),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"], unique=False)
    op.create_index(op.f("ix_audit_log_subject_at"), "audit_log", ["subject", "at"], unique=False)

    op.create_table(
        "platforms",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platforms")),
        sa.UniqueConstraint("name", name=op.f("uq_platforms_name")),
    )
    op.create_table(
        "providers",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_providers")),
        sa.UniqueConstraint("name", name=op.f("uq_providers_name")),
    )
    op.create_table(
        "staff_users",
        sa.Column("id", ID, nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("last_login_at", TIMESTAMP, nullable=True),
        sa.CheckConstraint(
            "role IN ('agent', 'supervisor', 'admin')", name=op.f("ck_staff_users_role")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_users")),
        sa.UniqueConstraint("username", name=op.f("uq_staff_users_username")),
    )
    op.create_table(
        "waves",
        sa.Column("id", ID, nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("era", sa.String(length=12), nullable=False),
        sa.Column("opens_at", TIMESTAMP, nullable=False),
        sa.Column("closes_at", TIMESTAMP, nullable=False),
        sa.Column("quota", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("announced_at", TIMESTAMP, nullable=True),
        sa.CheckConstraint("era IN ('semi_bansos', 'normal')", name=op.f("ck_waves_era")),
        sa.CheckConstraint(
            "status IN ('scheduled', 'open', 'closed', 'announced')", name=op.f("ck_waves_status")
        ),
        sa.CheckConstraint("closes_at > opens_at", name=op.f("ck_waves_closes_after_opening")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waves")),
        sa.UniqueConstraint("number", name=op.f("uq_waves_number")),
    )
    op.create_table(
        "campaigns",
        sa.Column("id", ID, nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("template", sa.Text(), nullable=False),
        sa.Column("segment", JSON, nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("scheduled_at", TIMESTAMP, nullable=True),
        sa.Column("created_by_id", ID, nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "status IN ('draft', 'scheduled', 'running', 'completed', 'cancelled')",
            name=op.f("ck_campaigns_status"),
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"],
            ["staff_users.id"],
            name=op.f("fk_campaigns_created_by_id_staff_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
    )
    op.create_table(
        "courses",
        sa.Column("id", ID, nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=80), nullable=False),
        sa.Column("mode", sa.String(length=12), nullable=False),
        sa.Column("city", sa.String(length=80), nullable=True),
        sa.Column("price", sa.BigInteger(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.Column("rating", sa.Double(), nullable=True),
        sa.Column("provider_id", ID, nullable=False),
        sa.Column("platform_id", ID, nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.CheckConstraint(
            "mode IN ('webinar', 'self_paced', 'offline', 'hybrid')", name=op.f("ck_courses_mode")
        ),
        sa.CheckConstraint(
            "mode NOT IN ('offline', 'hybrid') OR city IS NOT NULL",
            name=op.f("ck_courses_city_when_in_person"),
        ),
        sa.CheckConstraint("hours > 0", name=op.f("ck_courses_hours_positive")),
        sa.CheckConstraint("price > 0", name=op.f("ck_courses_price_positive")),
        sa.CheckConstraint(
            "rating IS NULL OR (rating >= 1 AND rating <= 5)", name=op.f("ck_courses_rating")
        ),
        sa.ForeignKeyConstraint(
            ["platform_id"],
            ["platforms.id"],
            name=op.f("fk_courses_platform_id_platforms"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["provider_id"],
            ["providers.id"],
            name=op.f("fk_courses_provider_id_providers"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
    )
    op.create_index(
        op.f("ix_courses_category_title"), "courses", ["category", "title"], unique=False
    )
    op.create_index(op.f("ix_courses_platform_id"), "courses", ["platform_id"], unique=False)
    op.create_index(op.f("ix_courses_provider_id"), "courses", ["provider_id"], unique=False)

    op.create_table(
        "participants",
        sa.Column("id", ID, nullable=False),
        sa.Column("nik_ciphertext", sa.LargeBinary(), nullable=True),
        sa.Column("nik_index", sa.String(length=64), nullable=True),
        sa.Column("kk_ciphertext", sa.LargeBinary(), nullable=True),
        sa.Column("kk_index", sa.String(length=64), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=1), nullable=True),
        sa.Column("phone_ciphertext", sa.LargeBinary(), nullable=True),
        sa.Column("phone_index", sa.String(length=64), nullable=True),
        sa.Column("email_ciphertext", sa.LargeBinary(), nullable=True),
        sa.Column("email_index", sa.String(length=64), nullable=True),
        sa.Column("region_code", sa.String(length=6), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("consent_at", TIMESTAMP, nullable=True),
        sa.Column("consent_version", sa.String(length=20), nullable=True),
        sa.Column("notify_opt_in", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("balance", sa.BigInteger(), nullable=False),
        sa.Column("selected_wave_id", ID, nullable=True),
        sa.Column("purchase_deadline", TIMESTAMP, nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("deleted_at", TIMESTAMP, nullable=True),
        sa.CheckConstraint("gender IN ('M', 'F')", name=op.f("ck_participants_gender")),
        sa.CheckConstraint(
            "status IN ('registered', 'applied', 'not_selected', 'selected', 'enrolled',"
            " 'completed', 'revoked', 'deleted')",
            name=op.f("ck_participants_status"),
        ),
        sa.CheckConstraint("balance >= 0", name=op.f("ck_participants_balance_not_negative")),
        sa.ForeignKeyConstraint(
            ["selected_wave_id"],
            ["waves.id"],
            name=op.f("fk_participants_selected_wave_id_waves"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("nik_index", name=op.f("uq_participants_nik_index")),
    )
    op.create_index(
        op.f("ix_participants_email_index"), "participants", ["email_index"], unique=False
    )
    op.create_index(op.f("ix_participants_kk_index"), "participants", ["kk_index"], unique=False)
    op.create_index(
        op.f("ix_participants_phone_index"), "participants", ["phone_index"], unique=False
    )

    op.create_table(
        "channel_identities",
        sa.Column("id", ID, nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("user_id", sa.String(length=128), nullable=False),
        sa.Column("participant_id", ID, nullable=True),
        sa.Column("reachable", sa.Boolean(), nullable=False),
        sa.Column("last_inbound_at", TIMESTAMP, nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_channel_identities_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_channel_identities")),
        sa.UniqueConstraint(
            "channel", "user_id", name=op.f("uq_channel_identities_channel_user_id")
        ),
    )
    op.create_index(
        op.f("ix_channel_identities_participant_id"),
        "channel_identities",
        ["participant_id"],
        unique=False,
    )

    op.create_table(
        "conversations",
        sa.Column("id", ID, nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("user_id", sa.String(length=128), nullable=False),
        sa.Column("participant_id", ID, nullable=True),
        sa.Column("started_at", TIMESTAMP, nullable=False),
        sa.Column("last_message_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_conversations_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversations")),
        sa.UniqueConstraint("channel", "user_id", name=op.f("uq_conversations_channel_user_id")),
    )
    op.create_index(
        op.f("ix_conversations_participant_id"), "conversations", ["participant_id"], unique=False
    )

    op.create_table(
        "enrolments",
        sa.Column("id", ID, nullable=False),
        sa.Column("participant_id", ID, nullable=False),
        sa.Column("course_id", ID, nullable=False),
        sa.Column("voucher_code", sa.String(length=32), nullable=False),
        sa.Column("redeem_code", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("price_paid", sa.BigInteger(), nullable=False),
        sa.Column("purchased_at", TIMESTAMP, nullable=False),
        sa.Column("completed_at", TIMESTAMP, nullable=True),
        sa.Column("rating", sa.SmallInteger(), nullable=True),
        sa.CheckConstraint(
            "status IN ('purchased', 'redeemed', 'completed', 'certified', 'rated', 'cancelled')",
            name=op.f("ck_enrolments_status"),
        ),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_enrolments_course_id_courses"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_enrolments_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolments")),
        sa.UniqueConstraint("voucher_code", name=op.f("uq_enrolments_voucher_code")),
    )
    op.create_index(op.f("ix_enrolments_course_id"), "enrolments", ["course_id"], unique=False)
    op.create_index(
        op.f("ix_enrolments_participant_id"), "enrolments", ["participant_id"], unique=False
    )

    op.create_table(
        "incentive_payments",
        sa.Column("id", ID, nullable=False),
        sa.Column("participant_id", ID, nullable=False),
        sa.Column("sequence", sa.SmallInteger(), nullable=False),
        sa.Column("scheduled_date", sa.Date(), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("payout_channel", sa.String(length=20), nullable=True),
        sa.Column("failure_reason", sa.String(length=200), nullable=True),
        sa.Column("paid_at", TIMESTAMP, nullable=True),
        sa.CheckConstraint(
            "status IN ('menunggu_diproses', 'sedang_diproses', 'dalam_pengecekan', 'gagal',"
            " 'belum_diproses', 'berhasil')",
            name=op.f("ck_incentive_payments_status"),
        ),
        sa.CheckConstraint("amount > 0", name=op.f("ck_incentive_payments_amount_positive")),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_incentive_payments_participant_id_participants"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incentive_payments")),
        sa.UniqueConstraint(
            "participant_id", "sequence", name=op.f("uq_incentive_payments_participant_id_sequence")
        ),
    )
    op.create_table(
        "campaign_deliveries",
        sa.Column("id", ID, nullable=False),
        sa.Column("campaign_id", ID, nullable=False),
        sa.Column("channel_identity_id", ID, nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=300), nullable=True),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("sent_at", TIMESTAMP, nullable=True),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'delivered', 'read', 'failed', 'skipped')",
            name=op.f("ck_campaign_deliveries_status"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_campaign_deliveries_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["channel_identity_id"],
            ["channel_identities.id"],
            name=op.f("fk_campaign_deliveries_channel_identity_id_channel_identities"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_deliveries")),
        sa.UniqueConstraint(
            "campaign_id",
            "channel_identity_id",
            name=op.f("uq_campaign_deliveries_campaign_id_channel_identity_id"),
        ),
    )
    op.create_index(
        op.f("ix_campaign_deliveries_campaign_id_status"),
        "campaign_deliveries",
        ["campaign_id", "status"],
        unique=False,
    )
    op.create_index(
        op.f("ix_campaign_deliveries_channel_identity_id"),
        "campaign_deliveries",
        ["channel_identity_id"],
        unique=False,
    )

    op.create_table(
        "complaint_tickets",
        sa.Column("id", ID, nullable=False),
        sa.Column("reference", sa.String(length=16), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=14), nullable=False),
        sa.Column("priority", sa.String(length=8), nullable=False),
        sa.Column("participant_id", ID, nullable=True),
        sa.Column("channel_identity_id", ID, nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint(
            "priority IN ('low', 'normal', 'high', 'urgent')",
            name=op.f("ck_complaint_tickets_priority"),
        ),
        sa.CheckConstraint(
            "status IN ('open', 'in_progress', 'waiting_user', 'resolved', 'closed')",
            name=op.f("ck_complaint_tickets_status"),
        ),
        sa.ForeignKeyConstraint(
            ["channel_identity_id"],
            ["channel_identities.id"],
            name=op.f("fk_complaint_tickets_channel_identity_id_channel_identities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_complaint_tickets_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_tickets")),
        sa.UniqueConstraint("reference", name=op.f("uq_complaint_tickets_reference")),
    )
    op.create_index(
        op.f("ix_complaint_tickets_participant_id"),
        "complaint_tickets",
        ["participant_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_complaint_tickets_status_created_at"),
        "complaint_tickets",
        ["status", "created_at"],
        unique=False,
    )

    op.create_table(
        "data_deletion_requests",
        sa.Column("id", ID, nullable=False),
        sa.Column("participant_id", ID, nullable=True),
        sa.Column("channel_identity_id", ID, nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("requested_at", TIMESTAMP, nullable=False),
        sa.Column("completed_at", TIMESTAMP, nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "status IN ('received', 'completed', 'rejected')",
            name=op.f("ck_data_deletion_requests_status"),
        ),
        sa.ForeignKeyConstraint(
            ["channel_identity_id"],
            ["channel_identities.id"],
            name=op.f("fk_data_deletion_requests_channel_identity_id_channel_identities"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_data_deletion_requests_participant_id_participants"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_data_deletion_requests")),
    )
    op.create_index(
        op.f("ix_data_deletion_requests_participant_id"),
        "data_deletion_requests",
        ["participant_id"],
        unique=False,
    )

    op.create_table(
        "handoffs",
        sa.Column("id", ID, nullable=False),
        sa.Column("conversation_id", ID, nullable=False),
        sa.Column("queue", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.String(length=80), nullable=False),
        sa.Column("summary", JSON, nullable=True),
        sa.Column("assignee_id", ID, nullable=True),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.Column("assigned_at", TIMESTAMP, nullable=True),
        sa.Column("closed_at", TIMESTAMP, nullable=True),
        sa.CheckConstraint(
            "state IN ('queued', 'assigned', 'closed')", name=op.f("ck_handoffs_state")
        ),
        sa.ForeignKeyConstraint(
            ["assignee_id"],
            ["staff_users.id"],
            name=op.f("fk_handoffs_assignee_id_staff_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_handoffs_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handoffs")),
    )
    op.create_index(
        op.f("ix_handoffs_conversation_id"), "handoffs", ["conversation_id"], unique=False
    )
    op.create_index(
        op.f("ix_handoffs_state_queue_created_at"),
        "handoffs",
        ["state", "queue", "created_at"],
        unique=False,
    )

    op.create_table(
        "messages",
        sa.Column("id", ID, nullable=False),
        sa.Column("conversation_id", ID, nullable=False),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("external_id", sa.String(length=128), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("payload", sa.Text(), nullable=True),
        sa.Column("intent", sa.String(length=80), nullable=True),
        sa.Column("confidence", sa.Double(), nullable=True),
        sa.Column("entities", JSON, nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.CheckConstraint("direction IN ('in', 'out')", name=op.f("ck_messages_direction")),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversations.id"],
            name=op.f("fk_messages_conversation_id_conversations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_messages")),
    )
    op.create_index(
        op.f("ix_messages_conversation_id_created_at"),
        "messages",
        ["conversation_id", "created_at"],
        unique=False,
    )

    op.create_table(
        "opt_outs",
        sa.Column("id", ID, nullable=False),
        sa.Column("channel_identity_id", ID, nullable=False),
        sa.Column("scope", sa.String(length=30), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=True),
        sa.Column("created_at", TIMESTAMP, nullable=False),
        sa.ForeignKeyConstraint(
            ["channel_identity_id"],
            ["channel_identities.id"],
            name=op.f("fk_opt_outs_channel_identity_id_channel_identities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_opt_outs")),
        sa.UniqueConstraint(
            "channel_identity_id", "scope", name=op.f("uq_opt_outs_channel_identity_id_scope")
        ),
    )
    op.create_table(
        "complaint_events",
        sa.Column("id", ID, nullable=False),
        sa.Column("ticket_id", ID, nullable=False),
        sa.Column("at", TIMESTAMP, nullable=False),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=14), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["ticket_id"],
            ["complaint_tickets.id"],
            name=op.f("fk_complaint_events_ticket_id_complaint_tickets"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_events")),
    )
    op.create_index(
        op.f("ix_complaint_events_ticket_id_at"),
        "complaint_events",
        ["ticket_id", "at"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_table("complaint_events")
    op.drop_table("opt_outs")
    op.drop_table("messages")
    op.drop_table("handoffs")
    op.drop_table("data_deletion_requests")
    op.drop_table("complaint_tickets")
    op.drop_table("campaign_deliveries")
    op.drop_table("incentive_payments")
    op.drop_table("enrolments")
    op.drop_table("conversations")
    op.drop_table("channel_identities")
    op.drop_table("participants")
    op.drop_table("courses")
    op.drop_table("campaigns")
    op.drop_table("waves")
    op.drop_table("staff_users")
    op.drop_table("providers")
    op.drop_table("platforms")
    op.drop_table("audit_log")
