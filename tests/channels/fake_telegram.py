"""A fake Telegram Bot API: ``POST /bot<token>/<method>`` as aiogram sends it (form fields, JSON
for nested values), answering like the real API, including its error shape
``{"ok": false, "error_code": 429, "description": ..., "parameters": {"retry_after": 3}}``;
``getFile`` for the files put in ``files``, and their bytes at ``GET /file/bot<token>/<path>``
(recorded as ``download``)."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from typing import Any

from aiohttp import web

from tests.channels.fake_server import FakeServer, Fault

BOT_ID = 7000000001
TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def telegram_error(status: int, description: str, retry_after: int | None = None) -> Fault:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if retry_after is not None:
        body["parameters"] = {"retry_after": retry_after}
    return Fault(status, body)


BLOCKED = telegram_error(403, "Forbidden: bot was blocked by the user")
CHAT_NOT_FOUND = telegram_error(400, "Bad Request: chat not found")
SERVER_ERROR = telegram_error(500, "Internal Server Error")


class FakeTelegram(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self.token = TOKEN
        self.updates: list[dict[str, Any]] = []
        self._ids = itertools.count(500)
        self.files: dict[str, bytes] = {}
        """What ``getFile`` knows, by file id."""

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/bot{token}/{method}", self._handle),
            web.get("/file/bot{token}/{path:.+}", self._download),
        ]

    async def _download(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        await self.record("download", {"path": path}, dict(request.headers))
        file_id = path.removeprefix("photos/")
        if request.match_info["token"] != self.token or file_id not in self.files:
            return web.Response(status=404)
        return web.Response(body=self.files[file_id], content_type="application/octet-stream")

    def sent_texts(self) -> list[str]:
        return [str(p["text"]) for p in self.calls("sendMessage")]

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        form = await request.post()
        params = {key: _decode(str(value)) for key, value in form.items()}
        await self.record(method, params, dict(request.headers))
        fault = self.fault_for(method)
        if fault is None and self.down:
            fault = SERVER_ERROR
        if fault is not None:
            return web.json_response(fault.body, status=fault.status, headers=fault.headers)
        return web.json_response({"ok": True, "result": await self._result(method, params)})

    async def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method in ("sendMessage", "sendPhoto"):
            chat_id = int(params["chat_id"])
            message: dict[str, Any] = {
                "message_id": next(self._ids),
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private", "first_name": "Peserta"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "Prakerja"},
            }
            if "text" in params:
                message["text"] = params["text"]
            return message
        if method == "getUpdates":
            if not self.updates:
                await asyncio.sleep(0.05)
            offset = int(params.get("offset") or 0)
            return [u for u in self.updates if u["update_id"] >= offset][:100]
        if method == "getFile":
            file_id = str(params["file_id"])
            data = self.files.get(file_id, b"")
            found = {"file_id": file_id, "file_unique_id": f"u{file_id}"}
            return {**found, "file_size": len(data), "file_path": f"photos/{file_id}"}
        if method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "Prakerja", "username": "bot"}
        return True  # answerCallbackQuery, setWebhook, deleteWebhook


def _decode(value: str) -> Any:
    if value[:1] in "[{":
        return json.loads(value)
    return value
