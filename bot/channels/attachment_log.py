"""A file message in the chat's transcript (what CRM staff read in the console), recorded like
a turn: the participant's side, then the reply.

The participant's side is a short placeholder, ``[📎 foto PNG 120 KB dilampirkan ke tiket
PRK-…]`` or why nothing was kept (``[📎 file tidak disimpan: terlalu besar]``), then the
caption masked as the engine masks what is typed (never the file). Where the file is on a
ticket, the entry's payload names the ticket (``TICKET_PAYLOAD`` and its id) and the console
links the entry to the ticket's page (``crm.transcript_view``), not to the file. The reply is
an outbound entry with its buttons, as the engine keeps them. Staff read these texts, so they
are Indonesian, like the console.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import orjson
from sqlalchemy.exc import SQLAlchemyError

from bot.logs import get_logger
from bot.privacy import mask_pii
from flows import Outbound
from flows.safety import strip_secrets
from flows.ticket_reply import MAX_TEXT
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptEntry

log = get_logger(__name__)

TICKET_PAYLOAD = "attachment:ticket:"
"""The payload of a file message's entry, then the id of the ticket the file is on."""
KINDS = {
    "image/jpeg": "foto JPEG",
    "image/png": "foto PNG",
    "image/webp": "foto WebP",
    "application/pdf": "PDF",
}
NOT_KEPT = {  # why a file was not kept (the key of its reply), as staff read it
    "no_ticket": "belum ada pengaduan yang berjalan",
    "gone": "belum ada pengaduan yang berjalan",
    "while_filing": "pengaduan sedang dicatat, tiketnya belum ada",
    "wrong_type": "bukan gambar atau PDF",
    "too_big": "terlalu besar",
    "failed": "gagal diunduh",
    "full": "lampiran tiket sudah penuh",
}


class Transcript(Protocol):
    """Where the chat's transcript is written (a ``TranscriptRepository``)."""

    async def record(self, key: ConversationKey, messages: Sequence[TranscriptEntry]) -> None: ...


@dataclass(frozen=True, slots=True)
class Received:
    """What became of one file: the outcome logged (``added``, or the key of the reply), the
    reply, and what the transcript shows of the file."""

    outcome: str
    reply: Outbound
    logged: str
    ticket_id: int | None = None
    """The ticket the file is on (kept now, or already): the console links to it."""


def on_ticket(kind: str, size: int, where: str) -> str:
    """``foto PNG 120 KB dilampirkan ke tiket PRK-…`` (``where``: what became of it)."""
    shown = f"{size} byte" if size < 1024 else _megabytes(size)
    return f"{KINDS.get(kind, kind)} {shown} {where}"


def not_kept(reason: str) -> str:
    return f"file tidak disimpan: {NOT_KEPT[reason]}"


def transcribed(
    received: Received, caption: str | None, message_id: str | None, at: datetime | None
) -> list[TranscriptEntry]:
    """The participant's side and the reply, as the transcript keeps them."""
    now = datetime.now(UTC)
    said = f"[📎 {received.logged}]"
    if caption and caption.strip():
        said += " " + mask_pii(strip_secrets(caption.strip()))[:MAX_TEXT]
    ticket = received.ticket_id
    reply = received.reply
    buttons = orjson.dumps(reply.to_dict()["buttons"]).decode() if reply.buttons else None
    sent = at if at and at.tzinfo else now  # the platform's time, as the engine keeps it
    return [
        TranscriptEntry(
            "in", said, payload=None if ticket is None else f"{TICKET_PAYLOAD}{ticket}",
            external_id=message_id, created_at=sent,
        ),
        TranscriptEntry(
            "out", mask_pii(reply.text), payload=buttons, created_at=max(now, sent)
        ),  # after the file even when the platform's clock runs ahead
    ]  # fmt: skip


async def record(
    transcript: Transcript,
    key: ConversationKey,
    received: Received,
    caption: str | None,
    message_id: str | None,
    at: datetime | None,
) -> None:
    """Write the file message and its reply; a failed write costs the participant no reply
    (the file is kept already), and is logged."""
    try:
        await transcript.record(key, transcribed(received, caption, message_id, at))
    except (SQLAlchemyError, OSError) as exc:
        log.warning("attachment_transcript_failed", channel=key.channel, error=type(exc).__name__)


def _megabytes(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size // 1024} KB"
    return f"{round(size / (1024 * 1024), 1):g} MB"
