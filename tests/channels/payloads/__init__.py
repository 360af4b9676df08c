"""Update and webhook payloads written for this project from the public Telegram Bot API and
WhatsApp Cloud API documentation (ids and names are made up)."""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
TELEGRAM_USER = 123456789
WHATSAPP_USER = "6281234567890"


@cache
def _load(kind: str, name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((HERE / kind / f"{name}.json").read_text("utf-8"))
    return data


def telegram(name: str, update_id: int | None = None) -> dict[str, Any]:
    update = copy.deepcopy(_load("telegram", name))
    if update_id is not None:
        update["update_id"] = update_id
    return update


def telegram_text(text: str, update_id: int, chat_id: int = TELEGRAM_USER) -> dict[str, Any]:
    update = telegram("text", update_id)
    update["message"]["text"] = text
    update["message"]["chat"]["id"] = chat_id
    update["message"]["from"]["id"] = chat_id
    return update


def telegram_callback(data: str, update_id: int, chat_id: int = TELEGRAM_USER) -> dict[str, Any]:
    update = telegram("callback", update_id)
    update["callback_query"]["id"] = f"cb-{update_id}"
    update["callback_query"]["data"] = data
    update["callback_query"]["from"]["id"] = chat_id
    update["callback_query"]["message"]["chat"]["id"] = chat_id
    return update


def whatsapp(name: str, message_id: str | None = None) -> dict[str, Any]:
    payload = copy.deepcopy(_load("whatsapp", name))
    if message_id is not None:
        value = payload["entry"][0]["changes"][0]["value"]
        for item in value.get("messages", []) + value.get("statuses", []):
            item["id"] = message_id
    return payload


def _message(payload: dict[str, Any]) -> dict[str, Any]:
    message: dict[str, Any] = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    return message


def whatsapp_text(text: str, message_id: str) -> dict[str, Any]:
    payload = whatsapp("text", message_id)
    _message(payload)["text"]["body"] = text
    return payload


def whatsapp_reply(reply_id: str, message_id: str, kind: str = "list_reply") -> dict[str, Any]:
    payload = whatsapp("list_reply" if kind == "list_reply" else "button_reply", message_id)
    _message(payload)["interactive"][kind]["id"] = reply_id
    return payload
