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

The chat's transcript records the file message and its reply like a turn (``attachment_log``),
so CRM staff see them in the console. While a CRM agent holds the chat, the file
still goes onto the ticket and the participant still gets a short receipt, which says that the
agent can see it, and no button that would start a bot flow; when the session store is
unavailable, the chat is answered as if no agent held it.

A message is answered once (``TurnRunner.first_time``, like a notice): a redelivery, on any
worker, downloads nothing again; and the database keeps a file once per ticket, so even a
redelivery the marks missed stores nothing twice. When the database is away the mark is
undone and the error propagates (the webhook answers 503, and the platform redelivers).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels import attachment_log
from bot.channels.attachment_log import Received, Transcript, not_kept, on_ticket
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
from storage.repositories.attachments import Added, AttachmentRepository, OpenTicket
from storage.repositories.transcript import TranscriptRepository
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
HELD = "agent"
"""``Session.handoff`` while a CRM agent holds the chat."""
RECEIPT = {False: "attachments.attached", True: "attachments.held_attached"}


class TooBig(Exception):
    """The file is larger than allowed."""


async def within_limit(chunks: AsyncIterator[bytes], limit: int) -> bytes:
    """A download's chunks joined, stopping as soon as they pass ``limit`` bytes (``TooBig``)."""
    data = bytearray()
    async for chunk in chunks:
        data += chunk
        if len(data) > limit:
            raise TooBig(f"more than {limit} bytes")
    return bytes(data)


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


@dataclass(frozen=True, slots=True)
class Chat:
    """Who sent the file, as far as this desk needs to know."""

    channel: str
    language: str
    held: bool = False
    """A CRM agent holds the chat: the receipt says so, and offers no bot flow."""
    filing: bool = False
    """The complaint flow is asking its questions: the ticket is not there yet."""


class Evidence:
    def __init__(
        self,
        files: AttachmentRepository,
        sessions: Sessions | None,
        *,
        max_bytes: int,
        transcript: Transcript | None = None,
    ) -> None:
        self._files = files
        self._sessions = sessions
        self._transcript = transcript
        self.max_bytes = max_bytes

    async def receive(
        self,
        channel: str,
        user_id: str,
        media: Media,
        *,
        message_id: str | None = None,
        at: datetime | None = None,
    ) -> Outbound:
        """Keep the file on the chat's open ticket if it may be kept, record the message and
        its answer in the transcript; the reply to send."""
        key = ConversationKey(channel, user_id)
        chat = self._chat(channel, await self._session(key))
        received = await self._keep(chat, user_id, media)
        log.info("attachment", channel=channel, outcome=received.outcome, held=chat.held)
        await self._record(key, received, media.caption, message_id, at)
        return received.reply

    async def _keep(self, chat: Chat, user_id: str, media: Media) -> Received:
        ticket = await self._files.open_ticket(chat.channel, user_id)
        if ticket is None:
            return self._unfiled(chat, "while_filing" if chat.filing else "no_ticket")
        if not may_be_evidence(media.declared_type):
            return self._said(chat, "wrong_type")
        if media.size is not None and media.size > self.max_bytes:
            return self._said(chat, "too_big", limit=megabytes(self.max_bytes))
        try:
            data = await media.fetch(self.max_bytes)
        except TooBig:
            return self._said(chat, "too_big", limit=megabytes(self.max_bytes))
        except FetchFailed as exc:
            log.warning("attachment_fetch_failed", channel=chat.channel, error=str(exc))
            return self._said(chat, "failed")
        kind = sniff(data)
        if kind is None:
            return self._said(chat, "wrong_type")
        return await self._add(chat, user_id, ticket, kind, data, media.caption)

    async def _add(
        self, chat: Chat, user_id: str, ticket: OpenTicket, kind: str, data: bytes,
        caption: str | None,
    ) -> Received:  # fmt: skip
        caption = (caption or "").strip()
        note = redact(caption)[:MAX_TEXT] if caption else None
        added = await self._files.add(chat.channel, user_id, ticket.id, kind, data, note=note)
        reference = ticket.reference
        if added is Added.ADDED:
            said = text(chat.language, RECEIPT[chat.held], reference=reference)
            if note:
                said += " " + text(chat.language, "attachments.caption_kept")
            logged = on_ticket(kind, len(data), f"dilampirkan ke tiket {reference}")
            return Received("added", Outbound(said), logged, ticket.id)
        if added is Added.DUPLICATE:
            logged = on_ticket(kind, len(data), f"sudah ada di tiket {reference}")
            return self._said(chat, "already", logged, ticket.id, reference=reference)
        if added is Added.FULL:
            count = self._files.per_ticket
            return self._said(chat, "full", reference=reference, count=count)
        return self._unfiled(chat, "gone")  # closed meanwhile

    @staticmethod
    def _said(
        chat: Chat, key: str, logged: str | None = None, ticket_id: int | None = None,
        **params: object,
    ) -> Received:  # fmt: skip
        said = Outbound(text(chat.language, f"attachments.{key}", **params))
        return Received(key, said, logged or not_kept(key), ticket_id)

    @staticmethod
    def _unfiled(chat: Chat, key: str) -> Received:
        """No open ticket: how to file one (a person holding the chat tells instead)."""
        if chat.held:
            reply = Outbound(text(chat.language, "attachments.held_no_ticket"))
        elif key == "while_filing":  # the question stays open
            reply = Outbound(text(chat.language, "attachments.while_filing"))
        else:
            reply = no_ticket(chat.language)
        return Received(key, reply, not_kept(key))

    @staticmethod
    def _chat(channel: str, session: Session | None) -> Chat:
        """The chat as its session shows it; without one (none yet, or the store away) an
        Indonesian chat the bot answers."""
        if session is None:
            return Chat(channel, "id")
        held = session.handoff == HELD
        return Chat(channel, session.language, held, session.flow == COMPLAINTS)

    async def _record(
        self, key: ConversationKey, received: Received, caption: str | None,
        message_id: str | None, at: datetime | None,
    ) -> None:  # fmt: skip
        if self._transcript is None:
            return
        await attachment_log.record(self._transcript, key, received, caption, message_id, at)

    async def _session(self, key: ConversationKey) -> Session | None:
        """The chat's session (its language, whether a complaint is being filed, whether an
        agent holds it), if the store answers."""
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
        reply = await evidence.receive(runner.channel, user_id, media, message_id=message_id, at=at)
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
    language and whether an agent holds it; anything else: Indonesian, the bot answering);
    file messages go into the transcript of ``factory``'s database."""
    files = AttachmentRepository(factory, cipher, per_ticket=settings.per_ticket)
    store = sessions if isinstance(sessions, SessionStore) else None
    transcript = TranscriptRepository(factory)
    return Evidence(files, store, max_bytes=settings.max_bytes, transcript=transcript)
