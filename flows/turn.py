"""What one turn gives a flow (the message) and what a flow step is."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from flows.config import ProgrammeConfig
from flows.messages import Contact, Location, Outbound
from flows.queries import Query

T = TypeVar("T")

# A flow step yields queries, receives their answers, and returns a value (usually replies).
Ask = Generator[Query, Any, T]
Step = Ask[list[Outbound]]


@dataclass(frozen=True, slots=True)
class Message:
    """The user's message as a flow sees it: raw input plus the NLU result, if any."""

    text: str | None = None
    payload: str | None = None
    contact: Contact | None = None
    location: Location | None = None
    intent: str | None = None
    confidence: float = 0.0
    entities: tuple[Any, ...] = ()


@dataclass(frozen=True, slots=True)
class FlowContext:
    """Read-only facts a flow needs besides the session and the message."""

    programme: ProgrammeConfig
