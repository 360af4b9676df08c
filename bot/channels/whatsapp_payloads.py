"""The parts of a WhatsApp Cloud API webhook the assistant reads (lenient: unknown fields and
message types pass through, so a new kind of message never makes a delivery fail).

A business-scoped user id (BSUID, e.g. ``ID.13491208655302741918``) appears as ``user_id`` in
``contacts`` and may be the only identifier of a user who adopted a username; ``wa_id`` (the
phone number) is used when present, so existing conversations keep their key.
"""

from __future__ import annotations

from datetime import UTC, datetime

from pydantic import BaseModel, ConfigDict, Field


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class Text(_Lenient):
    body: str = ""


class Reply(_Lenient):
    id: str
    title: str = ""


class Interactive(_Lenient):
    type: str
    button_reply: Reply | None = None
    list_reply: Reply | None = None


class QuickReply(_Lenient):
    """A template's quick-reply button (``type: button``)."""

    payload: str = ""
    text: str = ""


class Where(_Lenient):
    latitude: float
    longitude: float


class Phone(_Lenient):
    phone: str | None = None
    wa_id: str | None = None


class Card(_Lenient):
    """One shared contact card."""

    name: dict[str, str] = Field(default_factory=dict)
    phones: list[Phone] = Field(default_factory=list)


class WaMessage(_Lenient):
    id: str
    sender: str | None = Field(default=None, alias="from")
    timestamp: str = "0"
    type: str = "unknown"
    text: Text | None = None
    interactive: Interactive | None = None
    button: QuickReply | None = None
    location: Where | None = None
    contacts: list[Card] = Field(default_factory=list)

    @property
    def sent_at(self) -> datetime:
        return _time(self.timestamp)


class Profile(_Lenient):
    name: str | None = None


class WaContact(_Lenient):
    wa_id: str | None = None
    user_id: str | None = None  # business-scoped user id
    profile: Profile | None = None

    @property
    def key(self) -> str | None:
        return self.wa_id or self.user_id


class StatusError(_Lenient):
    code: int
    title: str | None = None
    message: str | None = None


class WaStatus(_Lenient):
    id: str
    status: str
    timestamp: str = "0"
    recipient_id: str | None = None
    recipient_user_id: str | None = None
    errors: list[StatusError] = Field(default_factory=list)

    @property
    def at(self) -> datetime:
        return _time(self.timestamp)

    @property
    def recipient(self) -> str | None:
        return self.recipient_id or self.recipient_user_id


class Value(_Lenient):
    contacts: list[WaContact] = Field(default_factory=list)
    messages: list[WaMessage] = Field(default_factory=list)
    statuses: list[WaStatus] = Field(default_factory=list)

    def sender_of(self, message: WaMessage) -> str | None:
        """The user key of a message: the matching contact's phone (wa_id) or BSUID."""
        for contact in self.contacts:
            if message.sender and message.sender in (contact.wa_id, contact.user_id):
                return contact.key
        if len(self.contacts) == 1 and self.contacts[0].key:
            return self.contacts[0].key
        return message.sender


class Change(_Lenient):
    field: str = "messages"
    value: Value


class Entry(_Lenient):
    id: str = ""
    changes: list[Change] = Field(default_factory=list)


class Webhook(_Lenient):
    object: str = ""
    entry: list[Entry] = Field(default_factory=list)

    def message_values(self) -> list[Value]:
        return [
            change.value
            for entry in self.entry
            for change in entry.changes
            if change.field == "messages"
        ]


def _time(timestamp: str) -> datetime:
    try:
        return datetime.fromtimestamp(int(timestamp), UTC)
    except (ValueError, OverflowError):
        return datetime.now(UTC)
