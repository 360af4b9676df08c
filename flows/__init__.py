"""Conversation flows: pure steps that yield queries and return replies."""

from flows.config import ProgrammeConfig
from flows.messages import MAX_TEXT_LENGTH, Button, Contact, Inbound, Location, Outbound
from flows.queries import CategoriesQuery, CourseDetailQuery, CoursePageQuery, Query, WaveQuery
from flows.router import respond
from flows.turn import Ask, FlowContext, Message, Step

__all__ = [
    "MAX_TEXT_LENGTH",
    "Ask",
    "Button",
    "CategoriesQuery",
    "Contact",
    "CourseDetailQuery",
    "CoursePageQuery",
    "FlowContext",
    "Inbound",
    "Location",
    "Message",
    "Outbound",
    "ProgrammeConfig",
    "Query",
    "Step",
    "WaveQuery",
    "respond",
]
