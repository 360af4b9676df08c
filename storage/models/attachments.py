"""Evidence attached to complaint tickets: a screenshot or PDF a participant sent in their chat."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, BigIntId, UTCDateTime, one_of, utcnow

__all__ = ["ATTACHMENT_TYPES", "TicketAttachment"]

ATTACHMENT_TYPES = ("image/jpeg", "image/png", "image/webp", "application/pdf")
"""The content types a file may have, as read from its first bytes (never as declared)."""


class TicketAttachment(Base):
    """One file on a ticket. ``sealed`` is the file encrypted with the personal-data cipher
    (screenshots show NIKs and faces), bound to its ticket; ``sha256`` is the plain file's
    hash, unique per ticket, so the same file sent (or delivered) twice is kept once. No
    caption here: a caption joins the ticket's history as the participant's words."""

    __tablename__ = "ticket_attachments"
    __table_args__ = (
        sa.UniqueConstraint("ticket_id", "sha256"),
        sa.CheckConstraint(one_of("content_type", ATTACHMENT_TYPES), name="content_type"),
        sa.CheckConstraint("size > 0", name="size"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    ticket_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("complaint_tickets.id", ondelete="CASCADE")
    )
    content_type: Mapped[str] = mapped_column(sa.String(40))
    size: Mapped[int] = mapped_column(sa.Integer)
    sha256: Mapped[str] = mapped_column(sa.String(64))
    sealed: Mapped[bytes] = mapped_column(sa.LargeBinary)
    channel: Mapped[str] = mapped_column(sa.String(20))
    """The chat it came from (telegram, whatsapp)."""
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
