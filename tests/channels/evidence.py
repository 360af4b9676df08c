"""Test helpers for evidence on complaint tickets: a ticket to attach to, and what it keeps."""

from __future__ import annotations

from bot.runtime import Runtime
from storage.db import create_session_factory
from storage.repositories.attachments import AttachmentInfo, AttachmentRepository, OpenTicket
from storage.repositories.tickets import TicketRepository


async def open_ticket(runtime: Runtime, channel: str, user_id: str) -> OpenTicket:
    """A complaint filed from this chat, ready to take files."""
    factory = create_session_factory(runtime.database)
    await TicketRepository(factory).create(channel, user_id, "nik", "NIK saya dipakai orang")
    found = await files(runtime).open_ticket(channel, user_id)
    assert found is not None
    return found


def files(runtime: Runtime) -> AttachmentRepository:
    return AttachmentRepository(create_session_factory(runtime.database), runtime.cipher)


async def kept_files(runtime: Runtime, ticket: OpenTicket) -> list[AttachmentInfo]:
    return await files(runtime).for_ticket(ticket.id)
