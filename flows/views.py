"""The answers to ``flows.queries``: plain frozen data, built by the engine's data layer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from storage.repositories.course_search import SearchHit, SearchResult
from storage.repositories.enrolments import EnrolmentRecord, EnrolmentResult
from storage.repositories.payout_accounts import PayoutAccountRecord
from storage.repositories.waves import WaveInfo

# The repositories' answers are already plain frozen data: flows read them as they are.
SearchItem = SearchHit
SearchPage = SearchResult
EnrolmentOutcome = EnrolmentResult  # reason None on success (reasons listed there)
EnrolmentView = EnrolmentRecord
WaveView = WaveInfo
PayoutAccountView = PayoutAccountRecord  # the number only masked


@dataclass(frozen=True, slots=True)
class ParticipantView:
    """What flows may know about a linked participant (no NIK, KK, phone or email)."""

    id: int
    status: str
    balance: int
    purchase_deadline: datetime | None
    era: str | None  # era of the wave they were selected in
    wave_number: int | None
    notify_opt_in: bool = False
    language: str = "id"  # saved on the record: a new session starts in it
    applied_wave: int | None = None  # number of the wave applied to, when on record
    payout: PayoutAccountView | None = None  # the linked payout account (past selection)


@dataclass(frozen=True, slots=True)
class OtpTicket:
    """A code that was sent: only its salted digest is kept (in the session), never the code."""

    salt: str
    digest: str
    expires_at: float  # epoch seconds


@dataclass(frozen=True, slots=True)
class AccountMatch:
    """``outcome``: matched (``participant_id`` set), mismatch (unknown NIK or another date of
    birth, deliberately not told apart) or locked (too many failures of this chat)."""

    outcome: str
    participant_id: int | None = None


@dataclass(frozen=True, slots=True)
class AccountOtp:
    """``ticket`` is None when no SMS went out; ``phone_hint`` is the masked phone on record
    (``0812****90``), empty when the participant has no phone on record."""

    ticket: OtpTicket | None
    phone_hint: str


@dataclass(frozen=True, slots=True)
class IncentiveView:
    sequence: int
    scheduled_date: date
    amount: int
    status: str
    status_label: str
    payout_channel: str | None
    failure_reason: str | None
    paid_at: datetime | None


@dataclass(frozen=True, slots=True)
class TicketView:
    reference: str
    category: str
    status: str
    created_at: datetime
    message: str | None = None  # staff's latest message to the participant (not answered yet)
    resolved_at: datetime | None = None  # when a resolved ticket was resolved


@dataclass(frozen=True, slots=True)
class TicketFileView:
    """A file kept on a ticket as its participant may hear of it: its type and when it came
    (no bytes, no name)."""

    content_type: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class HandoffTicket:
    id: int
    position: int
    agent: str | None = None  # assigned at once to this staff member (crm.auto_assign)
    username: str | None = None  # their username (whom the transcript records the greeting by)


@dataclass(frozen=True, slots=True)
class DeletionReceipt:
    request_id: int
    erased: bool  # a participant's personal data was anonymised (False: none was linked)
    changed: bool = False  # refused: the chat's link is not the one confirmed (nothing done)


@dataclass(frozen=True, slots=True)
class PersonalDataView:
    """What is held about a participant, masked for showing to them: no value in full ("" when
    not held). Their KK number and date of birth are held too and never shown."""

    name: str  # first name and initials: "Siti N."
    nik: str  # 3273********0003
    phone: str  # 0812****90
    email: str  # s***@gmail.com
    region_code: str | None
