"""Closed sets of values stored as short strings (each column has a CHECK constraint)."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "CampaignStatus",
    "ComplaintPriority",
    "ComplaintStatus",
    "CourseMode",
    "DeletionRequestStatus",
    "DeliveryStatus",
    "Direction",
    "EnrolmentStatus",
    "Era",
    "Gender",
    "HandoffState",
    "IncentiveStatus",
    "ParticipantStatus",
    "StaffRole",
    "TicketDelivery",
    "WaveStatus",
]


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"


class ParticipantStatus(StrEnum):
    REGISTERED = "registered"  # account and profile done, not (yet) in a wave
    APPLIED = "applied"  # joined the open wave, waiting for the announcement
    NOT_SELECTED = "not_selected"
    SELECTED = "selected"  # card issued, balance available, purchase deadline running
    ENROLLED = "enrolled"  # bought at least one course
    COMPLETED = "completed"  # certificate and rating done, incentive schedule exists
    REVOKED = "revoked"  # missed the purchase deadline
    DELETED = "deleted"  # anonymised on the participant's request


class Era(StrEnum):
    SEMI_BANSOS = "semi_bansos"  # 2020-2022, waves 1-47
    NORMAL = "normal"  # 2023-2024, waves 48-71 and later


class WaveStatus(StrEnum):
    SCHEDULED = "scheduled"
    OPEN = "open"
    CLOSED = "closed"
    ANNOUNCED = "announced"


class CourseMode(StrEnum):
    WEBINAR = "webinar"
    SELF_PACED = "self_paced"
    OFFLINE = "offline"
    HYBRID = "hybrid"


class EnrolmentStatus(StrEnum):
    PURCHASED = "purchased"
    REDEEMED = "redeemed"
    COMPLETED = "completed"
    CERTIFIED = "certified"
    RATED = "rated"
    CANCELLED = "cancelled"


class IncentiveStatus(StrEnum):
    """The statuses participants see in their dashboard (labels in ``label``)."""

    WAITING = "menunggu_diproses"
    PROCESSING = "sedang_diproses"
    CHECKING = "dalam_pengecekan"
    FAILED = "gagal"
    NOT_PROCESSED = "belum_diproses"
    PAID = "berhasil"

    @property
    def label(self) -> str:
        return _INCENTIVE_LABELS[self]


_INCENTIVE_LABELS = {
    IncentiveStatus.WAITING: "Menunggu Diproses",
    IncentiveStatus.PROCESSING: "Sedang Diproses",
    IncentiveStatus.CHECKING: "Dalam Pengecekan",
    IncentiveStatus.FAILED: "Gagal",
    IncentiveStatus.NOT_PROCESSED: "Belum Diproses",
    IncentiveStatus.PAID: "Berhasil",
}


class ComplaintStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    WAITING_USER = "waiting_user"
    RESOLVED = "resolved"
    CLOSED = "closed"


class ComplaintPriority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    URGENT = "urgent"


class TicketDelivery(StrEnum):
    """Whether a staff message on a ticket reached the participant's chat."""

    PENDING = "pending"  # recorded, not sent yet (or the worker stopped before it knew)
    SENT = "sent"
    UNREACHABLE = "unreachable"  # no chat to send to (no channel identity, or it cannot receive)
    FAILED = "failed"  # a store was away when sending


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class HandoffState(StrEnum):
    QUEUED = "queued"
    ASSIGNED = "assigned"
    CLOSED = "closed"


class StaffRole(StrEnum):
    AGENT = "agent"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


class CampaignStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"
    RUNNING = "running"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class DeliveryStatus(StrEnum):
    PENDING = "pending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    SKIPPED = "skipped"  # opted out or unreachable when the campaign ran


class DeletionRequestStatus(StrEnum):
    RECEIVED = "received"
    COMPLETED = "completed"
    REJECTED = "rejected"
