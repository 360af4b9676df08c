"""WhatsApp Cloud API sending: Outbound -> message objects, and a Graph API transport on one
shared ``httpx.AsyncClient``.

Rendering (the platform's limits):

- no choices: text messages of at most 4,096 characters (split on line / sentence boundaries);
- up to 3 choices: reply buttons (title at most 20 characters, body at most 1,024: longer text
  goes first as plain text);
- up to 10: a list message (row title at most 24 characters; the full title, when cut, goes in
  the row description of at most 72);
- more: numbered text; the numbers are stored per user, and a reply that is just one of those
  numbers is taken as that choice.

Button and row ids longer than the platform allows are stored and sent as ``~<key>``, like
Telegram's long callback data. Recipients are sent to by phone number (``to``) or, for a
business-scoped user id, by ``recipient``.
"""

from __future__ import annotations

import re
from typing import Any

import httpx

from bot.channels import notices
from bot.channels.delivery import Request
from bot.channels.errors import (
    ChannelError,
    ChannelUnavailable,
    MessageRejected,
    RateLimited,
    RecipientBlocked,
    WindowClosed,
)
from bot.channels.rendering import numbered, shorten, split_text
from flows import Button, Outbound
from storage.repositories.channels import ChannelRepository

CHANNEL = "whatsapp"
MAX_BUTTONS = 3
MAX_ROWS = 10
BUTTON_TITLE = 20
ROW_TITLE = 24
ROW_DESCRIPTION = 72
BODY_LIMIT = 1024
ID_LIMIT = 200
STORED_PREFIX = "~"
DEFAULT_RETRY_AFTER = 2.0
BSUID = re.compile(r"^[A-Z]{2}\.(ENT\.)?[0-9A-Za-z]+$")

RATE_LIMIT_CODES = {4, 80007, 130429, 131056}  # app / account / throughput / pair rate limits
GONE_CODES = {131026}  # message undeliverable: not a WhatsApp user, or cannot receive
UNAVAILABLE_CODES = {1, 2, 131000, 131016}  # unknown / temporary service errors
AUTH_CODES = {0, 190}  # access token invalid or expired: nothing goes out until it is fixed
WINDOW_CODE = 131047


def recipient(user_id: str) -> dict[str, str]:
    return {"recipient": user_id} if BSUID.match(user_id) else {"to": user_id}


class GraphTransport:
    channel = CHANNEL

    def __init__(self, client: httpx.AsyncClient, api_url: str, phone_number_id: str, token: str):
        self._client = client
        self._url = f"{api_url.rstrip('/')}/{phone_number_id}/messages"
        self._headers = {"Authorization": f"Bearer {token}"}

    async def deliver(self, user_id: str, request: Request) -> str | None:
        body = {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            **recipient(user_id),
            **request["body"],
        }
        try:
            response = await self._client.post(self._url, json=body, headers=self._headers)
        except httpx.HTTPError as exc:  # timeouts, refused connections, protocol errors
            raise ChannelUnavailable(f"{type(exc).__name__}: {exc}") from exc
        if response.is_success:
            messages = _json(response).get("messages") or [{}]
            message_id = messages[0].get("id")
            return str(message_id) if message_id else None
        raise map_error(response)


def map_error(response: httpx.Response) -> ChannelError:
    """A Graph API error response -> the channel exception tree."""
    error = _json(response).get("error") or {}
    code = int(error.get("code", -1)) if str(error.get("code", "")).lstrip("-").isdigit() else -1
    detail = f"{code}: {error.get('message', response.reason_phrase)}"
    if response.status_code == 429 or code in RATE_LIMIT_CODES:
        header = response.headers.get("retry-after", "")
        retry_after = float(header) if header.replace(".", "", 1).isdigit() else DEFAULT_RETRY_AFTER
        return RateLimited(retry_after, detail)
    if code in GONE_CODES:
        return RecipientBlocked(detail)
    if code == WINDOW_CODE:
        return WindowClosed(detail)
    if response.status_code >= 500 or code in UNAVAILABLE_CODES or code in AUTH_CODES:
        return ChannelUnavailable(detail)
    return MessageRejected(detail)


def _json(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class WhatsAppRenderer:
    def __init__(self, store: ChannelRepository) -> None:
        self._store = store

    async def render(self, user_id: str, replies: list[Outbound]) -> list[Request]:
        requests: list[Request] = []
        choices: list[str] | None = None
        for reply in replies:
            if reply.image_url:
                requests.append(_body("image", {"link": reply.image_url}))
            if len(reply.buttons) > MAX_ROWS:
                choices = [button.payload for button in reply.buttons]
                requests += _texts(numbered(reply.text, reply.buttons))
            elif reply.buttons:
                requests += await self._interactive(reply)
            else:
                requests += _texts(reply.text)
        if choices is not None:
            await self._store.save_choices(CHANNEL, user_id, choices)
        elif replies:
            await self._store.clear_choices(CHANNEL, user_id)
        return requests

    async def _interactive(self, reply: Outbound) -> list[Request]:
        pieces = split_text(reply.text, BODY_LIMIT) or [notices.CHOOSE]
        leading = [_body("text", {"body": piece, "preview_url": False}) for piece in pieces[:-1]]
        body = {"text": pieces[-1]}
        titles = [shorten(button.title, BUTTON_TITLE) for button in reply.buttons]
        if len(reply.buttons) <= MAX_BUTTONS and len(set(titles)) == len(titles):
            buttons = [
                {"type": "reply", "reply": {"id": await self._id(b.payload), "title": title}}
                for b, title in zip(reply.buttons, titles, strict=True)
            ]
            action: dict[str, Any] = {"buttons": buttons}
            return [
                *leading,
                _body("interactive", {"type": "button", "body": body, "action": action}),
            ]
        rows = [await self._row(button) for button in reply.buttons]
        action = {"button": notices.LIST_BUTTON, "sections": [{"rows": rows}]}
        return [*leading, _body("interactive", {"type": "list", "body": body, "action": action})]

    async def _row(self, button: Button) -> dict[str, str]:
        row = {"id": await self._id(button.payload), "title": shorten(button.title, ROW_TITLE)}
        if row["title"] != " ".join(button.title.split()):
            row["description"] = shorten(button.title, ROW_DESCRIPTION)
        return row

    async def _id(self, payload: str) -> str:
        if len(payload) <= ID_LIMIT and not payload.startswith(STORED_PREFIX):
            return payload
        return STORED_PREFIX + await self._store.store_payload(payload)

    async def payload(self, reply_id: str) -> str:
        if not reply_id.startswith(STORED_PREFIX):
            return reply_id
        stored = await self._store.load_payload(reply_id[len(STORED_PREFIX) :])
        return stored if stored is not None else reply_id


def _texts(text: str) -> list[Request]:
    return [_body("text", {"body": piece, "preview_url": False}) for piece in split_text(text)]


def _body(kind: str, content: dict[str, Any]) -> Request:
    return {"body": {"type": kind, kind: content}}


def notice(text: str) -> Request:
    return _body("text", {"body": text, "preview_url": False})
