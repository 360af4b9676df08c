"""What a flow may ask the engine to read or write. Flows yield these; the engine answers.

Flow steps are generators: ``page = yield CoursePageQuery("IT", 1)``. They do no I/O
themselves, so flow tests drive them with plain data and no event loop. Reads and writes
(effects) are both queries; each docstring says what the answer is (types in ``flows.views``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


class Query:
    """Base of every request a flow makes to the engine."""


# -- catalogue and waves (cacheable reads) ---------------------------------------------------


@dataclass(frozen=True, slots=True)
class CategoriesQuery(Query):
    """-> list of (category, number of courses)."""


@dataclass(frozen=True, slots=True)
class CoursePageQuery(Query):
    """-> a page of courses in a category."""

    category: str
    page: int
    per_page: int = 5


@dataclass(frozen=True, slots=True)
class CourseDetailQuery(Query):
    """-> one course with provider and platform, or None."""

    course_id: int


@dataclass(frozen=True, slots=True)
class WaveQuery(Query):
    """-> (open wave or None, next announced wave or None)."""


@dataclass(frozen=True, slots=True)
class WaveByNumber(Query):
    """-> ``views.WaveView`` of wave ``number``, or None."""

    number: int


@dataclass(frozen=True, slots=True)
class CourseSearch(Query):
    """-> ``views.SearchPage``: active courses matching every filter, best first."""

    words: str = ""
    mode: str | None = None  # online (webinar + self-paced), offline, hybrid
    city: str | None = None
    max_price: int | None = None
    page: int = 1
    per_page: int = 5
    cheapest: bool = False  # the lowest price first, instead of the best match


# -- participants ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ParticipantQuery(Query):
    """-> ``views.ParticipantView`` linked to this channel identity, or None."""

    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class NikRegistered(Query):
    """-> True when a participant with this NIK exists."""

    nik: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ContactInUse(Query):
    """-> True when another participant has this phone number or email."""

    phone: str | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class SendOtp(Query):
    """-> ``views.OtpTicket``: a fresh code sent to ``phone`` by the configured OTP sender;
    None when no SMS went out (the gateway failed after its retries)."""

    channel: str
    user_id: str
    phone: str = field(repr=False)
    length: int = 6
    ttl_seconds: float = 300
    max_sends: int = 0
    """Codes to this number from all chats per ``window_seconds`` (0: no such limit); over it
    -> ``views.OtpRefused``."""
    window_seconds: float = 0


@dataclass(frozen=True, slots=True)
class CreateParticipant(Query):
    """-> the new participant id (channel identity linked), or None if the NIK exists."""

    channel: str
    user_id: str
    name: str = field(repr=False)
    nik: str = field(repr=False)
    kk: str = field(repr=False)
    date_of_birth: date = field(repr=False)
    gender: str
    phone: str = field(repr=False)
    email: str = field(repr=False)
    region_code: str
    language: str
    consent_version: str
    notify_opt_in: bool = False


@dataclass(frozen=True, slots=True)
class FindAccount(Query):
    """-> ``views.AccountMatch`` for the participant with this NIK *and* date of birth.

    A miss (unknown NIK or another date of birth; the answer never says which) is recorded in
    the audit log against the NIK; from ``max_failures`` misses within ``window_seconds`` on,
    the answer is ``locked`` without looking the NIK up.
    """

    channel: str
    user_id: str
    nik: str = field(repr=False)
    date_of_birth: date = field(repr=False)
    max_failures: int = 3
    window_seconds: float = 7200


@dataclass(frozen=True, slots=True)
class SendAccountOtp(Query):
    """-> ``views.AccountOtp``: a fresh code sent to the phone on record of the participant."""

    participant_id: int
    length: int = 6
    ttl_seconds: float = 300


@dataclass(frozen=True, slots=True)
class SendLinkOtp(SendAccountOtp):
    """-> ``views.AccountOtp`` as for ``SendAccountOtp``, or None (nothing sent) when
    ``max_sends`` codes went to this participant's phone, from any chat (``channel`` is the
    one asking), within ``window_seconds``. Counted in the database; a send the gateway could
    not make is not."""

    channel: str = ""
    max_sends: int = 5
    window_seconds: float = 7200


@dataclass(frozen=True, slots=True)
class RecordLinkFailure(Query):
    """-> None. A failed account-link check (``step``: data, otp) audit-logged against the NIK."""

    channel: str
    user_id: str
    nik: str = field(repr=False)
    step: str


@dataclass(frozen=True, slots=True)
class LinkAccount(Query):
    """-> None. This channel identity linked to the (verified) participant; audit-logged."""

    channel: str
    user_id: str
    participant_id: int


@dataclass(frozen=True, slots=True)
class SetLanguage(Query):
    """-> True if saved on the participant linked to this identity (False: none is linked)."""

    channel: str
    user_id: str
    language: str


@dataclass(frozen=True, slots=True)
class SetSubscription(Query):
    """-> None. Broadcast opt-in (True) or opt-out (False) of this identity / participant."""

    channel: str
    user_id: str
    subscribed: bool


@dataclass(frozen=True, slots=True)
class RecordDeletion(Query):
    """-> ``views.DeletionReceipt``: the request recorded (audit log), personal data erased."""

    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class OwnNik(Query):
    """-> True when ``nik`` is the NIK of the participant linked to this identity, False when it
    is not, None when no participant is linked. Nothing is looked up by ``nik`` itself."""

    channel: str
    user_id: str
    nik: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class PersonalDataQuery(Query):
    """-> ``views.PersonalDataView`` of the participant linked to this identity (every value
    masked), or None when none is linked."""

    channel: str
    user_id: str


# -- training and incentives -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CreateEnrolment(Query):
    """-> ``views.EnrolmentOutcome``: checks again in one transaction, then buys the course."""

    participant_id: int
    course_id: int


@dataclass(frozen=True, slots=True)
class EnrolmentsQuery(Query):
    """-> list of ``views.EnrolmentView``, newest first."""

    participant_id: int


@dataclass(frozen=True, slots=True)
class IncentivesQuery(Query):
    """-> list of ``views.IncentiveView`` in payment order."""

    participant_id: int


# -- complaints and handoffs -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CreateTicket(Query):
    """-> the new ticket's reference (``PRK-12345678``)."""

    channel: str
    user_id: str
    category: str
    description: str = field(repr=False)
    priority: str = "normal"
    details: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class TicketQuery(Query):
    """-> ``views.TicketView`` for a reference, or None when no such ticket was filed by this
    identity or its participant (someone else's ticket is not shown: references can be
    guessed)."""

    reference: str
    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class MyTickets(Query):
    """-> list of ``views.TicketView`` filed by this identity or its participant, newest first."""

    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class TicketReply(Query):
    """-> True when ``text`` (masked already) was added to the participant's ticket that waited
    for their data, and the ticket went back to staff; False when it is not theirs or waits
    for nothing (any more)."""

    channel: str
    user_id: str
    reference: str
    text: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class CreateHandoff(Query):
    """-> ``views.HandoffTicket`` (id and position in its queue)."""

    channel: str
    user_id: str
    queue: str
    reason: str
    summary: Any = field(default=None, hash=False, compare=False)


@dataclass(frozen=True, slots=True)
class CancelHandoff(Query):
    """-> True if a waiting handoff of this conversation was closed."""

    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class RateHandoff(Query):
    """-> True if the rating was recorded (a closed handoff of this conversation, not yet rated)."""

    channel: str
    user_id: str
    handoff_id: int
    score: int


@dataclass(frozen=True, slots=True)
class HandoffPosition(Query):
    """-> the position of this conversation's waiting handoff in its queue, or None."""

    channel: str
    user_id: str
