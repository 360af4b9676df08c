"""The parts of a WhatsApp Cloud API webhook the assistant reads (lenient: unknown fields and
message types pass through, so a new kind of message never makes a delivery fail).

Each contact, message and status is read on its own: one that does not fit (a location without
coordinates, a message without an id) is left out and listed in ``Value.skipped`` — with its id
and which fields were wrong, never its content — and the others of the same call are handled.
WhatsApp does not send a call again once it was answered 200, so failing the whole call for one
bad item would lose every good message in it.

A business-scoped user id (BSUID, e.g. ``ID.13491208655302741918``) appears as ``user_id`` in
``contacts`` and may be the only identifier of a user who adopted a username; ``wa_id`` (the
phone number) is used when present, so existing conversations keep their key.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


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


class WaMedia(_Lenient):
    """An ``image`` or ``document`` of a message: its media id (fetched from the Graph API),
    the declared type and the caption."""

    id: str
    mime_type: str | None = None
    caption: str | None = None
    filename: str | None = None


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
    image: WaMedia | None = None
    document: WaMedia | None = None

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


MAX_PROBLEMS = 3
MAX_ID_LENGTH = 200


class Skipped(BaseModel):
    """An item left out of a webhook call: where it was and what did not fit, no content."""

    model_config = ConfigDict(frozen=True)

    kind: str  # "contacts" | "messages" | "statuses"
    index: int | None  # None: the field was not a list at all
    id: str | None  # the item's id (a wamid) when it has a readable one
    problems: tuple[str, ...]  # e.g. "location.latitude: missing"

    @classmethod
    def of(cls, kind: str, index: int, item: Any, error: ValidationError) -> Skipped:
        found = item.get("id") if isinstance(item, dict) else None
        readable = isinstance(found, str) and 0 < len(found) <= MAX_ID_LENGTH
        problems = tuple(
            f"{'.'.join(str(part) for part in detail['loc']) or '(item)'}: {detail['type']}"
            for detail in error.errors(include_url=False, include_input=False)[:MAX_PROBLEMS]
        )
        return cls(kind=kind, index=index, id=found if readable else None, problems=problems)


_ITEMS: dict[str, type[_Lenient]] = {
    "contacts": WaContact,
    "messages": WaMessage,
    "statuses": WaStatus,
}


class Value(_Lenient):
    contacts: list[WaContact] = Field(default_factory=list)
    messages: list[WaMessage] = Field(default_factory=list)
    statuses: list[WaStatus] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
    """The items left out because they did not fit their model (filled when reading)."""

    @model_validator(mode="before")
    @classmethod
    def _read_each_item_alone(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        data = dict(data)
        skipped: list[Skipped] = []
        for kind, model in _ITEMS.items():
            items = data.get(kind, [])
            readable: list[Any] = []
            if not isinstance(items, list):
                skipped.append(Skipped(kind=kind, index=None, id=None, problems=("not a list",)))
                items = []
            for index, item in enumerate(items):
                try:
                    readable.append(model.model_validate(item))
                except ValidationError as error:
                    skipped.append(Skipped.of(kind, index, item, error))
            data[kind] = readable
        data["skipped"] = skipped
        return data

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
    """Meta's send time; a missing, zero or unreadable one is the time it arrived (not 1970:
    staff hours and code expiry are judged by it)."""
    try:
        seconds = int(timestamp)
    except ValueError:
        seconds = 0
    if seconds <= 0:
        return datetime.now(UTC)
    try:
        return datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return datetime.now(UTC)
