"""Channel-neutral message types: what a user sent (Inbound) and what the assistant says (Outbound).

Channels translate their payloads into ``Inbound`` and render ``Outbound`` back; the engine and
the flows never see a channel payload. They live in ``flows`` (the lowest layer that produces
replies) and are re-exported by ``bot.messages``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from storage.keys import ConversationKey

MAX_TEXT_LENGTH = 4096

_UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
"""Control characters (tab and line breaks kept) and lone surrogates: nothing a person types,
and PostgreSQL refuses NUL in text (one such message stopped every transcript write)."""


def clean(text: str | None) -> str | None:
    """What a user sent, without the characters no store or screen should get."""
    if text is None:
        return None
    return _UNWRITABLE.sub("", text.replace("\r\n", "\n"))


Meaning = Literal["yes", "no"]


@dataclass(frozen=True, slots=True)
class Button:
    """``means``: the button a plain typed "ya" or "tidak" chooses when it is not tapped ("Ya,
    beli", "Kirim"); None for the others."""

    title: str
    payload: str
    means: Meaning | None = None


@dataclass(frozen=True, slots=True)
class Contact:
    """A shared phone contact (Telegram contact, WhatsApp contacts message)."""

    phone: str
    name: str = ""
    user_id: str | None = None  # the contact's own platform id, when the platform tells it


@dataclass(frozen=True, slots=True)
class Location:
    latitude: float
    longitude: float


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Inbound:
    """One message from a user: text, a button payload, a shared contact or a location."""

    channel: str
    user_id: str
    message_id: str | None = None
    text: str | None = None
    payload: str | None = None
    contact: Contact | None = None
    location: Location | None = None
    timestamp: datetime = field(default_factory=_now)
    client: str | None = field(default=None, repr=False)
    """An opaque tag of the network client that sent it, when the channel knows one (the web
    chat: a keyed hash, never the address); limits that a fresh chat would escape hold per it."""

    def __post_init__(self) -> None:
        # Every channel builds its messages here, so what they carry is cleaned once.
        object.__setattr__(self, "text", clean(self.text))
        object.__setattr__(self, "payload", clean(self.payload))

    @property
    def key(self) -> ConversationKey:
        return ConversationKey(self.channel, self.user_id)


@dataclass(frozen=True, slots=True)
class Outbound:
    """One reply. ``style`` hints how a channel should show many choices (buttons or a list).
    ``author``: the staff username the transcript records it under (a person's greeting, sent
    by the bot on their behalf); None: the bot's own. Never sent to a channel: ``to_dict``
    leaves it out."""

    text: str
    buttons: tuple[Button, ...] = ()
    style: Literal["buttons", "list"] = "buttons"
    image_url: str | None = None
    request_contact: bool = False
    author: str | None = None

    def to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "text": self.text,
            "buttons": [_button_dict(b) for b in self.buttons],
        }
        if self.style != "buttons":
            data["style"] = self.style
        if self.image_url:
            data["image_url"] = self.image_url
        if self.request_contact:
            data["request_contact"] = True
        return data

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Outbound:
        raw_buttons = data.get("buttons") or []
        assert isinstance(raw_buttons, list)
        style = data.get("style", "buttons")
        image_url = data.get("image_url")
        return cls(
            text=str(data.get("text", "")),
            buttons=tuple(_button(b) for b in raw_buttons),
            style="list" if style == "list" else "buttons",
            image_url=str(image_url) if image_url else None,
            request_contact=bool(data.get("request_contact", False)),
        )


def _button_dict(button: Button) -> dict[str, str]:
    data = {"title": button.title, "payload": button.payload}
    if button.means is not None:
        data["means"] = button.means
    return data


def _button(data: dict[str, str]) -> Button:
    means = data.get("means")
    meaning: Meaning | None = "yes" if means == "yes" else "no" if means == "no" else None
    return Button(str(data["title"]), str(data["payload"]), meaning)
