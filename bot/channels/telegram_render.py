"""Outbound -> Telegram Bot API requests (sendMessage / sendPhoto with their markup).

- Text is sent with ``parse_mode=HTML`` and escaped, so ``<``, ``>`` and ``&`` in catalogue or
  database text show literally; it is split at 4,096 characters on line or sentence boundaries
  (before escaping, since Telegram counts the text after entity parsing).
- Buttons become an inline keyboard on the last piece, one button per row. ``callback_data`` may
  hold at most 64 bytes: a longer payload (or one starting with ``~``) is stored in the database
  and sent as ``~<key>``.
- ``request_contact`` adds a one-time reply keyboard with a "share my contact" button (on a
  short second message when the reply also has inline buttons: a message has one markup).
"""

from __future__ import annotations

import html
from typing import Any

from bot.channels import notices
from bot.channels.delivery import Request
from bot.channels.rendering import split_text
from flows import Button, Outbound
from storage.repositories.channels import ChannelRepository

CALLBACK_DATA_BYTES = 64
STORED_PREFIX = "~"


class TelegramRenderer:
    def __init__(self, payloads: ChannelRepository) -> None:
        self._payloads = payloads

    async def render(self, user_id: str, replies: list[Outbound]) -> list[Request]:
        requests: list[Request] = []
        for reply in replies:
            requests += await self._one(int(user_id), reply)
        return requests

    async def _one(self, chat_id: int, reply: Outbound) -> list[Request]:
        requests: list[Request] = []
        if reply.image_url:
            requests.append(_call("sendPhoto", chat_id=chat_id, photo=reply.image_url))
        pieces = split_text(reply.text) or ([] if reply.image_url else ["…"])
        keyboard = await self._inline(reply.buttons) if reply.buttons else None
        contact = _contact_keyboard() if reply.request_contact else None
        for number, piece in enumerate(pieces, start=1):
            params: dict[str, Any] = {
                "chat_id": chat_id,
                "text": html.escape(piece, quote=False),
                "parse_mode": "HTML",
                "link_preview_options": {"is_disabled": True},
            }
            if number == len(pieces):
                markup = keyboard or contact
                if markup is not None:
                    params["reply_markup"] = markup
            requests.append(_call("sendMessage", **params))
        if keyboard is not None and contact is not None:
            requests.append(
                _call(
                    "sendMessage",
                    chat_id=chat_id,
                    text=html.escape(notices.SHARE_CONTACT_HINT, quote=False),
                    parse_mode="HTML",
                    reply_markup=contact,
                )
            )
        return requests

    async def _inline(self, buttons: tuple[Button, ...]) -> dict[str, Any]:
        rows = [
            [{"text": button.title, "callback_data": await self.callback_data(button.payload)}]
            for button in buttons
        ]
        return {"inline_keyboard": rows}

    async def callback_data(self, payload: str) -> str:
        fits = len(payload.encode()) <= CALLBACK_DATA_BYTES
        if fits and not payload.startswith(STORED_PREFIX):
            return payload
        return STORED_PREFIX + await self._payloads.store_payload(payload)

    async def payload(self, callback_data: str) -> str:
        """The payload behind a button's callback_data (a stale key comes back unchanged, and
        the flows answer it as an expired choice)."""
        if not callback_data.startswith(STORED_PREFIX):
            return callback_data
        stored = await self._payloads.load_payload(callback_data[len(STORED_PREFIX) :])
        return stored if stored is not None else callback_data


def _contact_keyboard() -> dict[str, Any]:
    return {
        "keyboard": [[{"text": notices.SHARE_CONTACT_BUTTON, "request_contact": True}]],
        "resize_keyboard": True,
        "one_time_keyboard": True,
    }


def _call(method: str, **params: Any) -> Request:
    return {"method": method, "params": params}


def answer_callback(callback_query_id: str) -> Request:
    request = _call("answerCallbackQuery", callback_query_id=callback_query_id)
    request["ephemeral"] = True
    return request


def notice(chat_id: int, text: str) -> Request:
    return _call(
        "sendMessage", chat_id=chat_id, text=html.escape(text, quote=False), parse_mode="HTML"
    )
