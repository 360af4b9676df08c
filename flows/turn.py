"""What one turn gives a flow (the message) and what a flow step is."""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from flows.config import ProgrammeConfig
from flows.messages import Contact, Location, Outbound
from flows.queries import Query

T = TypeVar("T")

# A flow step yields queries, receives their answers, and returns a value (usually replies).
Ask = Generator[Query, Any, T]
Step = Ask[list[Outbound]]


CONTEXT_WINDOW = timedelta(minutes=30)
"""How long an earlier message still says what a short new one is about ("mau lapor aja" after
a certificate question, "yang online aja" after a search): the engine's idle timeout."""


def within_context(earlier: datetime, now: datetime) -> bool:
    return timedelta(0) <= now - earlier <= CONTEXT_WINDOW


def within_context_of(epoch_seconds: float, now: datetime) -> bool:
    """``within_context`` for a time kept as epoch seconds (``Session.last_activity``); 0 is
    never."""
    return epoch_seconds > 0 and within_context(datetime.fromtimestamp(epoch_seconds, UTC), now)


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Message:
    """The user's message as a flow sees it: raw input plus the NLU result, if any.

    ``channel`` and ``user_id`` name the conversation (for tickets, handoffs, identity links);
    ``at`` is when the user sent it (staff hours, OTP expiry); ``ranking`` holds the top
    intents ``(name, confidence)``, ``ambiguous`` the parser's top-2 signal and ``parts`` the
    questions of a message that asks several.
    """

    text: str | None = None
    payload: str | None = None
    contact: Contact | None = None
    location: Location | None = None
    intent: str | None = None
    confidence: float = 0.0
    entities: tuple[Any, ...] = ()
    channel: str = "test"
    user_id: str = "tester"
    at: datetime = field(default_factory=_now)
    ranking: tuple[tuple[str, float], ...] = ()
    ambiguous: bool = False
    parts: tuple[tuple[str, str, float], ...] = ()
    """Several questions in one message: ``(text, intent, confidence)`` of each one the NLU
    read confidently on its own ("saldo ku brp, trs sertifikat ku udh kluar blm?")."""
    client: str | None = field(default=None, repr=False)
    """``Inbound.client``: the opaque tag of the sending network client, if the channel knows it."""

    @property
    def words(self) -> str:
        """The text lowercased with its whitespace collapsed ("" for none): what readers match."""
        return " ".join((self.text or "").lower().split())

    def entity(self, name: str) -> Any | None:
        """The value of the first entity called ``name``, if the parser found one."""
        for item in self.entities:
            if getattr(item, "entity", None) == name:
                return getattr(item, "value", None)
        return None

    def entity_extra(self, name: str) -> dict[str, Any]:
        for item in self.entities:
            if getattr(item, "entity", None) == name:
                extra = getattr(item, "extra", None)
                return dict(extra) if isinstance(extra, dict) else {}
        return {}


@dataclass(frozen=True, slots=True)
class FlowContext:
    """Read-only facts a flow needs besides the session and the message."""

    programme: ProgrammeConfig
    webchat_attachments: bool = True
    """The web chat takes files (``attachments.webchat``): its 📎 button sends evidence to the
    chat's open ticket; off, evidence there is described in words instead."""
    chat_days: int = 365
    """How long a chat's messages are kept (``transcript.retention_days``)."""
    evidence_days: int = 365
    """How long a closed ticket's files are kept (``attachments.retention_days``)."""
