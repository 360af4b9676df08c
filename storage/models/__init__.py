"""SQLAlchemy models of the programme database (one module per area)."""

from storage.models.attachments import ATTACHMENT_TYPES, TicketAttachment
from storage.models.base import Base, utcnow
from storage.models.campaigns import Campaign, CampaignDelivery
from storage.models.channels import ButtonPayload, ChannelChoices, MessageDelivery, OutboxItem
from storage.models.enums import (
    CampaignStatus,
    ComplaintPriority,
    ComplaintStatus,
    CourseMode,
    DeletionRequestStatus,
    DeliveryStatus,
    Direction,
    EnrolmentStatus,
    Era,
    Gender,
    HandoffState,
    IncentiveStatus,
    ParticipantStatus,
    StaffRole,
    TicketDelivery,
    WaveStatus,
)
from storage.models.participants import ChannelIdentity, DataDeletionRequest, OptOut, Participant
from storage.models.payout_accounts import (
    PayoutAccount,
    PayoutFailure,
    PayoutKind,
    PayoutProvider,
    PayoutVerification,
)
from storage.models.programme import (
    Course,
    Enrolment,
    IncentivePayment,
    Platform,
    Provider,
    Wave,
)
from storage.models.reviews import NluReview
from storage.models.staff_presence import StaffPresence
from storage.models.staff_sessions import StaffSession
from storage.models.support import (
    AuditLog,
    ComplaintEvent,
    ComplaintTicket,
    Conversation,
    Handoff,
    HandoffNote,
    Message,
    StaffUser,
)

__all__ = [
    "ATTACHMENT_TYPES",
    "AuditLog",
    "Base",
    "ButtonPayload",
    "Campaign",
    "CampaignDelivery",
    "CampaignStatus",
    "ChannelChoices",
    "ChannelIdentity",
    "ComplaintEvent",
    "ComplaintPriority",
    "ComplaintStatus",
    "ComplaintTicket",
    "Conversation",
    "Course",
    "CourseMode",
    "DataDeletionRequest",
    "DeletionRequestStatus",
    "DeliveryStatus",
    "Direction",
    "Enrolment",
    "EnrolmentStatus",
    "Era",
    "Gender",
    "Handoff",
    "HandoffNote",
    "HandoffState",
    "IncentivePayment",
    "IncentiveStatus",
    "Message",
    "MessageDelivery",
    "NluReview",
    "OptOut",
    "OutboxItem",
    "Participant",
    "ParticipantStatus",
    "PayoutAccount",
    "PayoutFailure",
    "PayoutKind",
    "PayoutProvider",
    "PayoutVerification",
    "Platform",
    "Provider",
    "StaffPresence",
    "StaffRole",
    "StaffSession",
    "StaffUser",
    "TicketAttachment",
    "TicketDelivery",
    "Wave",
    "WaveStatus",
    "utcnow",
]
