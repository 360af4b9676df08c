"""Files a Telegram chat sends as evidence: a photo (its largest size) or a document, fetched
with the Bot API's ``getFile`` and then ``/file/bot<token>/<file_path>`` on the configured API
server (bots may download files of at most 20 MB). The download stops as soon as it passes the
limit; errors never carry the URL (it holds the bot's token)."""

from __future__ import annotations

import asyncio
from contextlib import aclosing

import aiohttp
from aiogram import Bot
from aiogram.exceptions import TelegramAPIError
from aiogram.types import Message

from bot.channels.attachments import Fetch, FetchFailed, Media, TooBig, within_limit

CHUNK_BYTES = 64 * 1024


def media_of(bot: Bot, message: Message, timeout: float) -> Media | None:
    """The file of a photo or document message (None for any other message)."""
    if message.photo:
        largest = max(message.photo, key=lambda size: (size.width * size.height, size.file_size))
        return Media("image/jpeg", largest.file_size, message.caption,
                     _fetcher(bot, largest.file_id, timeout))  # fmt: skip
    document = message.document
    if document is not None:
        return Media(document.mime_type, document.file_size, message.caption,
                     _fetcher(bot, document.file_id, timeout))  # fmt: skip
    return None


def _fetcher(bot: Bot, file_id: str, timeout: float) -> Fetch:
    async def fetch(limit: int) -> bytes:
        return await download(bot, file_id, limit, timeout)

    return fetch


async def download(bot: Bot, file_id: str, limit: int, within: float) -> bytes:
    """The file's bytes, fetched within ``within`` seconds in all."""
    try:
        async with asyncio.timeout(within):
            return await _download(bot, file_id, limit)
    except TimeoutError:
        raise FetchFailed("download: timed out") from None


async def _download(bot: Bot, file_id: str, limit: int) -> bytes:
    try:
        file = await bot.get_file(file_id)
    except TelegramAPIError as exc:
        raise FetchFailed(f"getFile: {type(exc).__name__}") from None
    if file.file_size is not None and file.file_size > limit:
        raise TooBig
    if not file.file_path:
        raise FetchFailed("getFile: no file_path")
    url = bot.session.api.file_url(bot.token, file.file_path)
    stream = bot.session.stream_content(url, chunk_size=CHUNK_BYTES)
    try:
        async with aclosing(stream) as chunks:
            return await within_limit(chunks, limit)
    except aiohttp.ClientError as exc:
        raise FetchFailed(f"download: {type(exc).__name__}") from None
