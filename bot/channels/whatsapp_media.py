"""Files a WhatsApp chat sends as evidence (``image``, ``document``), fetched from the Graph
API: ``GET /<media-id>`` gives a short-lived ``url`` (and the file's size), which is then
fetched with the same bearer token. The download stops as soon as it passes the limit."""

from __future__ import annotations

from typing import Any

import httpx

from bot.channels.attachments import Fetch, FetchFailed, Media, TooBig, within_limit
from bot.channels.whatsapp_payloads import WaMessage


class GraphMedia:
    def __init__(self, client: httpx.AsyncClient, api_url: str, token: str) -> None:
        self._client = client
        self._api = api_url.rstrip("/")
        self._headers = {"Authorization": f"Bearer {token}"}

    def media_of(self, message: WaMessage) -> Media | None:
        """The file of an image or document message (None for any other message)."""
        item = {"image": message.image, "document": message.document}.get(message.type)
        if item is None:
            return None
        return Media(item.mime_type, None, item.caption, self._fetcher(item.id))

    def _fetcher(self, media_id: str) -> Fetch:
        async def fetch(limit: int) -> bytes:
            return await self.download(media_id, limit)

        return fetch

    async def download(self, media_id: str, limit: int) -> bytes:
        url = await self._url(media_id, limit)
        try:
            async with self._client.stream("GET", url, headers=self._headers) as response:
                if not response.is_success:
                    raise FetchFailed(f"media download: HTTP {response.status_code}")
                return await within_limit(response.aiter_bytes(), limit)
        except httpx.HTTPError as exc:
            raise FetchFailed(f"media download: {type(exc).__name__}") from None

    async def _url(self, media_id: str, limit: int) -> str:
        """The media's download URL (checking the size Graph reports first)."""
        if not media_id or "/" in media_id:
            raise FetchFailed("media: bad id")
        try:
            response = await self._client.get(f"{self._api}/{media_id}", headers=self._headers)
        except httpx.HTTPError as exc:
            raise FetchFailed(f"media: {type(exc).__name__}") from None
        try:
            info: Any = response.json() if response.is_success else None
        except ValueError:
            info = None
        if not isinstance(info, dict) or not isinstance(info.get("url"), str):
            raise FetchFailed(f"media: HTTP {response.status_code}")
        size = info.get("file_size")
        if isinstance(size, int) and size > limit:
            raise TooBig
        url: str = info["url"]
        if not url.startswith(("https://", "http://")):
            raise FetchFailed("media: not an HTTP URL")
        return url
