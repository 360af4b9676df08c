"""Conversations and their messages, handoffs to staff, complaint tickets, staff, audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import JSON, Base, BigIntId, UTCDateTime, one_of, utcnow
from storage.models.enums import (
    ComplaintPriority,
    ComplaintStatus,
    Direction,
    HandoffState,
    StaffRole,
    TicketDelivery,
)

__all__ = [
    "AuditLog",
    "ComplaintEvent",
    "ComplaintTicket",
    "Conversation",
    "Handoff",
    "HandoffNote",
    "Message",
    "StaffUser",
]


class Conversation(Base):
    """One user on one channel (the ``ConversationKey``); the transcript agents read."""

    __tablename__ = "conversations"
    __table_args__ = (sa.UniqueConstraint("channel", "user_id"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20))
    user_id: Mapped[str] = mapped_column(sa.String(128))
    participant_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_message_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Message(Base):
    """One inbound or outbound message, with the NLU result for inbound text."""

    __tablename__ = "messages"
    __table_args__ = (
        sa.CheckConstraint(one_of("direction", Direction), name="direction"),
        sa.Index(None, "conversation_id", "created_at"),
        sa.Index(None, "created_at"),  # analytics and retention read by time range
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("conversations.id", ondelete="CASCADE")
    )
    direction: Mapped[str] = mapped_column(sa.String(3))
    channel: Mapped[str] = mapped_column(sa.String(20))
    external_id: Mapped[str | None] = mapped_column(sa.String(128))
    text: Mapped[str | None] = mapped_column(sa.Text)
    payload: Mapped[str | None] = mapped_column(sa.Text)
    intent: Mapped[str | None] = mapped_column(sa.String(80))
    confidence: Mapped[float | None] = mapped_column(sa.Double)
    entities: Mapped[Any | None] = mapped_column(JSON)
    author: Mapped[str | None] = mapped_column(sa.String(64))
    """The staff username for a reply a CRM agent wrote; None for the user and the bot."""
    steps: Mapped[str | None] = mapped_column(sa.Text)
    """The flow states this inbound message's turn entered, as `` flow/state flow/state ``
    (spaces around every name, so a funnel matches whole names); None when it entered none."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class StaffUser(Base):
    """A CRM agent, supervisor or admin. ``password_hash`` is an argon2id hash."""

    __tablename__ = "staff_users"
    __table_args__ = (sa.CheckConstraint(one_of("role", StaffRole), name="role"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    username: Mapped[str] = mapped_column(sa.String(64), unique=True)
    display_name: Mapped[str] = mapped_column(sa.String(120))
    role: Mapped[str] = mapped_column(sa.String(12))
    password_hash: Mapped[str] = mapped_column(sa.String(255))
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Handoff(Base):
    """A conversation escalated to the CRM team: queued, then assigned, then closed."""

    __tablename__ = "handoffs"
    __table_args__ = (
        sa.CheckConstraint(one_of("state", HandoffState), name="state"),
        sa.CheckConstraint("csat IS NULL OR csat BETWEEN 1 AND 5", name="csat"),
        sa.Index(None, "state", "queue", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    conversation_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("conversations.id", ondelete="CASCADE"), index=True
    )
    queue: Mapped[str] = mapped_column(sa.String(40))
    reason: Mapped[str] = mapped_column(sa.String(80))
    summary: Mapped[Any | None] = mapped_column(JSON)
    assignee_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    state: Mapped[str] = mapped_column(sa.String(10), default=HandoffState.QUEUED.value)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    csat: Mapped[int | None] = mapped_column(sa.SmallInteger)
    """The user's 1-5 rating of the help after the hand-back (customer satisfaction)."""
    csat_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class HandoffNote(Base):
    """An internal note on a handoff: staff read it, the user never does."""

    __tablename__ = "handoff_notes"
    __table_args__ = (sa.Index(None, "handoff_id", "created_at"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    handoff_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("handoffs.id", ondelete="CASCADE")
    )
    author: Mapped[str] = mapped_column(sa.String(64))
    text: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ComplaintTicket(Base):
    """A complaint with a reference users can quote (``PRK-12345678``)."""

    __tablename__ = "complaint_tickets"
    __table_args__ = (
        sa.CheckConstraint(one_of("status", ComplaintStatus), name="status"),
        sa.CheckConstraint(one_of("priority", ComplaintPriority), name="priority"),
        sa.Index(None, "status", "created_at"),
        sa.Index(None, "category", "created_at"),  # the CRM's ticket list, by category
        sa.Index(None, "created_at"),  # the CRM's ticket list, unfiltered
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    reference: Mapped[str] = mapped_column(sa.String(16), unique=True)
    category: Mapped[str] = mapped_column(sa.String(40))
    description: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.String(14), default=ComplaintStatus.OPEN.value)
    priority: Mapped[str] = mapped_column(sa.String(8), default=ComplaintPriority.NORMAL.value)
    participant_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    channel_identity_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("channel_identities.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    assignee_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("staff_users.id", ondelete="SET NULL"), index=True
    )
    """The staff member working the ticket in the CRM (None: nobody took it yet)."""
    reply_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    """Staff have seen the participant's replies (``participant_reply`` entries) up to this
    time: the time of the latest reply shown when the ticket's holder opened its page, or
    when staff changed it from a page showing it. A later reply is new to staff (None: none
    seen yet)."""


class ComplaintEvent(Base):
    """The history of a ticket: creation, assignment, status and priority changes, messages to
    the participant, internal notes, the participant's replies. ``note`` holds the entry's
    text, whoever wrote it (erased with the participant's other data on a deletion request)."""

    __tablename__ = "complaint_events"
    __table_args__ = (
        sa.Index(None, "ticket_id", "at"),
        sa.Index(None, "kind", "ticket_id", "at"),  # the participant's replies: the CRM's count
        sa.CheckConstraint(one_of("delivery", TicketDelivery), name="delivery"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("complaint_tickets.id", ondelete="CASCADE")
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor: Mapped[str] = mapped_column(sa.String(80))
    kind: Mapped[str] = mapped_column(sa.String(20))
    status: Mapped[str | None] = mapped_column(sa.String(14))
    """The status after this entry, when it set one."""
    note: Mapped[str | None] = mapped_column(sa.Text)
    old_status: Mapped[str | None] = mapped_column(sa.String(14))
    """The status before this entry, when it changed it."""
    priority: Mapped[str | None] = mapped_column(sa.String(8))
    """The priority this entry set, when it changed it."""
    to_participant: Mapped[bool] = mapped_column(
        sa.Boolean, default=False, server_default=sa.false()
    )
    """``note`` is a staff message for the participant (False: internal, or the
    participant's own words)."""
    delivery: Mapped[str | None] = mapped_column(sa.String(12))
    """For a message to the participant: whether it reached their chat (``TicketDelivery``)."""


class AuditLog(Base):
    """Who did what to which subject (staff actions, data deletions, exports)."""

    __tablename__ = "audit_log"
    __table_args__ = (sa.Index(None, "subject", "at"), sa.Index(None, "actor", "at"))

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    actor: Mapped[str] = mapped_column(sa.String(120))
    action: Mapped[str] = mapped_column(sa.String(80))
    subject: Mapped[str] = mapped_column(sa.String(120))
    detail: Mapped[Any | None] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)
