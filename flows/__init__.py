"""Conversation flows: pure steps that yield queries and return replies."""

from flows import views
from flows.config import ProgrammeConfig
from flows.flow_table import FLOWS
from flows.messages import MAX_TEXT_LENGTH, Button, Contact, Inbound, Location, Outbound
from flows.queries import (
    CancelHandoff,
    CategoriesQuery,
    CourseDetailQuery,
    CoursePageQuery,
    CourseSearch,
    CreateEnrolment,
    CreateHandoff,
    CreateParticipant,
    CreateTicket,
    EnrolmentsQuery,
    HandoffPosition,
    IncentivesQuery,
    MyTickets,
    NikRegistered,
    ParticipantQuery,
    Query,
    RateHandoff,
    RecordDeletion,
    SendOtp,
    SetSubscription,
    TicketQuery,
    WaveQuery,
)
from flows.router import respond
from flows.safety import redact
from flows.turn import Ask, FlowContext, Message, Step

__all__ = [
    "FLOWS",
    "MAX_TEXT_LENGTH",
    "Ask",
    "Button",
    "CancelHandoff",
    "CategoriesQuery",
    "Contact",
    "CourseDetailQuery",
    "CoursePageQuery",
    "CourseSearch",
    "CreateEnrolment",
    "CreateHandoff",
    "CreateParticipant",
    "CreateTicket",
    "EnrolmentsQuery",
    "FlowContext",
    "HandoffPosition",
    "Inbound",
    "IncentivesQuery",
    "Location",
    "Message",
    "MyTickets",
    "NikRegistered",
    "Outbound",
    "ParticipantQuery",
    "ProgrammeConfig",
    "Query",
    "RateHandoff",
    "RecordDeletion",
    "SendOtp",
    "SetSubscription",
    "Step",
    "TicketQuery",
    "WaveQuery",
    "redact",
    "respond",
    "views",
]
