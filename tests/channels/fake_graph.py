"""A fake WhatsApp Cloud API (Graph API): ``POST /<version>/<phone-number-id>/messages``,
answering like the real one, including its error shape
``{"error": {"message", "type", "code", "error_data": {"details"}, "fbtrace_id"}}``; and media:
``GET /<version>/<media-id>`` (recorded as ``media``) gives a ``url`` on this server, whose
``GET`` (``download``, bearer token required) gives the bytes put in ``media``."""

from __future__ import annotations

import hashlib
import itertools
import json
from typing import Any

from aiohttp import web

from tests.channels.fake_server import FakeServer, Fault

VERSION = "v23.0"
PHONE_NUMBER_ID = "106540352242922"
TOKEN = "graph-test-token"


def graph_error(
    code: int, message: str, status: int = 400, retry_after: str | None = None
) -> Fault:
    body = {
        "error": {
            "message": f"(#{code}) {message}",
            "type": "OAuthException",
            "code": code,
            "error_data": {"messaging_product": "whatsapp", "details": message},
            "fbtrace_id": "AbCdEfGhIjK",
        }
    }
    headers = {"Retry-After": retry_after} if retry_after else {}
    return Fault(status, body, headers)


UNDELIVERABLE = graph_error(131026, "Message undeliverable")
OUTSIDE_WINDOW = graph_error(131047, "Re-engagement message")
RATE_LIMITED = graph_error(130429, "Rate limit hit", retry_after="1")
SERVER_ERROR = graph_error(131000, "Something went wrong", status=500)


class FakeGraph(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self._ids = itertools.count(1)
        self.media: dict[str, tuple[str, bytes]] = {}
        """Media by id: (declared mime type, bytes)."""

    @property
    def api_url(self) -> str:
        return f"{self.base_url}/{VERSION}"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/{version}/{phone}/messages", self._messages),
            web.get("/download/{media_id}", self._download),  # before the pattern it matches
            web.get("/{version}/{media_id}", self._media_info),
        ]

    def _authorised(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {TOKEN}"

    async def _media_info(self, request: web.Request) -> web.Response:
        media_id = request.match_info["media_id"]
        await self.record("media", {"id": media_id}, dict(request.headers))
        if not self._authorised(request):
            fault = graph_error(190, "Invalid OAuth access token", status=401)
            return web.json_response(fault.body, status=fault.status)
        if media_id not in self.media:
            fault = graph_error(100, "Unsupported get request")
            return web.json_response(fault.body, status=fault.status)
        mime, data = self.media[media_id]
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "url": f"{self.base_url}/download/{media_id}",
                "mime_type": mime,
                "sha256": hashlib.sha256(data).hexdigest(),
                "file_size": len(data),
                "id": media_id,
            }
        )

    async def _download(self, request: web.Request) -> web.Response:
        media_id = request.match_info["media_id"]
        await self.record("download", {"id": media_id}, dict(request.headers))
        if not self._authorised(request) or media_id not in self.media:
            return web.Response(status=404)
        mime, data = self.media[media_id]
        return web.Response(body=data, content_type=mime)

    def messages(self) -> list[dict[str, Any]]:
        return self.calls("messages")

    def texts(self) -> list[str]:
        out = []
        for message in self.messages():
            if message["type"] == "text":
                out.append(message["text"]["body"])
            elif message["type"] == "interactive":
                out.append(message["interactive"]["body"]["text"])
        return out

    async def _messages(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        await self.record("messages", body, dict(request.headers))
        if request.headers.get("Authorization") != f"Bearer {TOKEN}":
            fault: Fault | None = graph_error(190, "Invalid OAuth access token", status=401)
        elif request.match_info["phone"] != PHONE_NUMBER_ID:
            fault = graph_error(100, "Unsupported post request")
        else:
            fault = self.fault_for("messages")
        if fault is None and self.down:
            fault = SERVER_ERROR
        if fault is not None:
            return web.json_response(fault.body, status=fault.status, headers=fault.headers)
        recipient = body.get("to") or body.get("recipient")
        return web.json_response(
            {
                "messaging_product": "whatsapp",
                "contacts": [{"input": recipient, "wa_id": recipient}],
                "messages": [{"id": f"wamid.FAKE{next(self._ids):06d}"}],
            }
        )
