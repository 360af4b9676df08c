"""Evidence for complaint tickets: a photo, image or PDF sent on Telegram or WhatsApp goes onto
the chat's latest open ticket (``AttachmentRepository``), with no turn of the engine.

The channel reads what the platform declared (``Media``: type, size, caption, and how to
download it); this module decides. In order: no open ticket of this chat (or its linked
participant) -> how to file one, with a button that starts it (or, while one is being filed,
to send the file again once it is), and nothing is downloaded; a
declared type that is not an image or PDF, or a declared size over the limit -> refused
before downloading; the download stops as soon as it passes the limit; the type kept is the
one the file's first bytes show (JPEG, PNG, WebP, PDF), whatever was declared, so an ``.exe``
renamed ``.jpg`` is refused. The caption, masked like every participant reply
(``flows.safety.redact``), joins the ticket's history as the participant's words.

A message is answered once (``TurnRunner.first_time``, like a notice): a redelivery, on any
worker, downloads nothing again; and the database keeps a file once per ticket, so even a
redelivery the marks missed stores nothing twice. When the database is away the mark is
undone and the error propagates (the webhook answers 503, and the platform redelivers).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.turns import TurnRunner
from bot.logs import get_logger
from bot.settings import AttachmentSettings
from flows import Button, Outbound, redact
from flows.menu import menu_button
from flows.responses import text
from flows.ticket_reply import MAX_TEXT
from storage.crypto import PersonalDataCipher
from storage.errors import StorageError
from storage.keys import ConversationKey
from storage.repositories.attachments import Added, AttachmentRepository
from storage.sessions import Session, SessionStore

log = get_logger(__name__)

Fetch = Callable[[int], Awaitable[bytes]]
"""Download the file, at most this many bytes (raises ``TooBig`` past them, ``FetchFailed``)."""

SIGNATURES = (
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"%PDF-", "application/pdf"),
)
COMPLAINTS = "complaints"
"""The complaint flow's name: a file sent while it runs comes before its ticket exists."""
START_COMPLAINT = f"flow:{COMPLAINTS}"


class TooBig(Exception):
    """The file is larger than allowed."""


class FetchFailed(Exception):
    """The platform did not hand the file over (an error, a timeout, no file path)."""


@dataclass(frozen=True, slots=True)
class Media:
    """A file as the platform announced it (nothing here is trusted but for asking)."""

    declared_type: str | None
    size: int | None
    caption: str | None
    fetch: Fetch


class Sessions(Protocol):
    """Where the chat's session is read (a ``SessionStore``): its language, its flow."""

    async def load(self, key: ConversationKey) -> Session | None: ...


def sniff(data: bytes) -> str | None:
    """The content type the first bytes show (JPEG, PNG, WebP, PDF), or None."""
    for signature, kind in SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def may_be_evidence(declared: str | None) -> bool:
    """A declared type worth downloading: an image, a PDF, or nothing declared."""
    kind = (declared or "").split(";", 1)[0].strip().lower()
    return not kind or kind.startswith("image/") or kind == "application/pdf"


def megabytes(size: int) -> str:
    """``5 MB``, ``2.5 MB``; below 1 MB in KB."""
    if size < 1024 * 1024:
        return f"{size // 1024} KB"
    return f"{round(size / (1024 * 1024), 1):g} MB"


class Evidence:
    def __init__(
        self, files: AttachmentRepository, sessions: Sessions | None, *, max_bytes: int
    ) -> None:
        self._files = files
        self._sessions = sessions
        self.max_bytes = max_bytes

    async def receive(self, channel: str, user_id: str, media: Media) -> Outbound:
        """Keep the file on the chat's open ticket if it may be kept; the reply to send."""
        session = await self._session(ConversationKey(channel, user_id))
        language = session.language if session is not None else "id"
        ticket = await self._files.open_ticket(channel, user_id)
        if ticket is None and session is not None and session.flow == COMPLAINTS:
            return self._said(channel, language, "while_filing")  # the question stays open
        if ticket is None:
            return self._outcome(channel, "no_ticket", no_ticket(language))
        if not may_be_evidence(media.declared_type):
            return self._said(channel, language, "wrong_type")
        if media.size is not None and media.size > self.max_bytes:
            return self._said(channel, language, "too_big", limit=megabytes(self.max_bytes))
        try:
            data = await media.fetch(self.max_bytes)
        except TooBig:
            return self._said(channel, language, "too_big", limit=megabytes(self.max_bytes))
        except FetchFailed as exc:
            log.warning("attachment_fetch_failed", channel=channel, error=str(exc))
            return self._said(channel, language, "failed")
        kind = sniff(data)
        if kind is None:
            return self._said(channel, language, "wrong_type")
        caption = (media.caption or "").strip()
        note = redact(caption)[:MAX_TEXT] if caption else None
        added = await self._files.add(channel, user_id, ticket.id, kind, data, note=note)
        reference = ticket.reference
        if added is Added.ADDED:
            said = text(language, "attachments.attached", reference=reference)
            if note:
                said += " " + text(language, "attachments.caption_kept")
            return self._outcome(channel, "added", Outbound(said))
        if added is Added.DUPLICATE:
            return self._said(channel, language, "already", reference=reference)
        if added is Added.FULL:
            count = self._files.per_ticket
            return self._said(channel, language, "full", reference=reference, count=count)
        return self._outcome(channel, "gone", no_ticket(language))  # closed meanwhile

    def _said(self, channel: str, language: str, key: str, **params: object) -> Outbound:
        return self._outcome(channel, key, Outbound(text(language, f"attachments.{key}", **params)))

    @staticmethod
    def _outcome(channel: str, outcome: str, reply: Outbound) -> Outbound:
        log.info("attachment", channel=channel, outcome=outcome)
        return reply

    async def _session(self, key: ConversationKey) -> Session | None:
        """The chat's session (its language, and whether a complaint is being filed), if the
        store answers."""
        if self._sessions is None:
            return None
        try:
            return await self._sessions.load(key)
        except StorageError:
            return None


def no_ticket(language: str) -> Outbound:
    """How to file a complaint first, with the button that starts one."""
    start = Button(text(language, "complaints.file"), START_COMPLAINT)
    return Outbound(text(language, "attachments.no_ticket"), (start, menu_button(language)))


async def answer(
    runner: TurnRunner,
    evidence: Evidence,
    user_id: str,
    message_id: str,
    at: datetime,
    media: Media,
) -> None:
    """Handle one file message and queue its reply, once per message id."""
    await runner.seen(user_id, at)
    if not await runner.first_time(user_id, message_id):
        log.info("redelivery_not_resent", channel=runner.channel)
        return
    try:
        reply = await evidence.receive(runner.channel, user_id, media)
        requests = await runner.render(user_id, [reply])
    except BaseException:
        await runner.forget(user_id, message_id)
        raise
    await runner.notice(user_id, None, requests)


def open_evidence(
    factory: async_sessionmaker[AsyncSession],
    cipher: PersonalDataCipher,
    settings: AttachmentSettings,
    sessions: object,
) -> Evidence:
    """The evidence desk of this process (``sessions``: the session store, for the chat's
    language; anything else: Indonesian)."""
    files = AttachmentRepository(factory, cipher, per_ticket=settings.per_ticket)
    store = sessions if isinstance(sessions, SessionStore) else None
    return Evidence(files, store, max_bytes=settings.max_bytes)
