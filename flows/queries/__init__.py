"""What a flow may ask the engine to read or write. Flows yield these; the engine answers.

Flow steps are generators: ``page = yield CoursePageQuery("IT", 1)``. They do no I/O
themselves, so flow tests drive them with plain data and no event loop. Reads and writes
(effects) are both queries; each docstring says what the answer is (types in ``flows.views``).

One module per area: ``catalogue`` (courses and waves, cacheable reads), ``participants``
(records, registration, account linking, personal data), ``training`` (enrolments and
incentives), ``support`` (complaint tickets and handoffs); ``base`` holds ``Query``. Import them
from here: ``from flows.queries import CreateTicket``.
"""

from __future__ import annotations

from flows.queries.base import Query
from flows.queries.catalogue import (
    CategoriesQuery,
    CourseDetailQuery,
    CoursePageQuery,
    CourseSearch,
    WaveByNumber,
    WaveQuery,
)
from flows.queries.participants import (
    ChatOptedOut,
    ContactInUse,
    CreateParticipant,
    FindAccount,
    LinkAccount,
    NikRegistered,
    OwnNik,
    ParticipantQuery,
    PersonalDataQuery,
    RecordDeletion,
    RecordLinkFailure,
    SendAccountOtp,
    SendLinkOtp,
    SendOtp,
    SetLanguage,
    SetSubscription,
)
from flows.queries.support import (
    CancelHandoff,
    CreateHandoff,
    CreateTicket,
    HandoffPosition,
    MyTickets,
    RateHandoff,
    ReopenTicket,
    TicketFiles,
    TicketQuery,
    TicketReply,
)
from flows.queries.training import (
    CreateEnrolment,
    EnrolmentsQuery,
    IncentivesQuery,
)

__all__ = [
    "CancelHandoff",
    "CategoriesQuery",
    "ChatOptedOut",
    "ContactInUse",
    "CourseDetailQuery",
    "CoursePageQuery",
    "CourseSearch",
    "CreateEnrolment",
    "CreateHandoff",
    "CreateParticipant",
    "CreateTicket",
    "EnrolmentsQuery",
    "FindAccount",
    "HandoffPosition",
    "IncentivesQuery",
    "LinkAccount",
    "MyTickets",
    "NikRegistered",
    "OwnNik",
    "ParticipantQuery",
    "PersonalDataQuery",
    "Query",
    "RateHandoff",
    "RecordDeletion",
    "RecordLinkFailure",
    "ReopenTicket",
    "SendAccountOtp",
    "SendLinkOtp",
    "SendOtp",
    "SetLanguage",
    "SetSubscription",
    "TicketFiles",
    "TicketQuery",
    "TicketReply",
    "WaveByNumber",
    "WaveQuery",
]
