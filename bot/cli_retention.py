"""``prakerja db purge-attachments`` (mounted by bot.cli on the ``db`` group): the retention of
the evidence on complaint tickets (``attachments.retention_days``), run daily like
``purge-transcripts``."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer
from rich.console import Console


def purge_attachments(
    days: Annotated[
        float | None,
        typer.Option(
            help="keep this many days after closing (default: attachments.retention_days)"
        ),
    ] = None,
) -> None:
    """Delete the evidence files of tickets resolved or closed longer ago than the retention
    period (an open ticket's are kept); each removal is noted in its ticket's history."""
    from bot.cli import _settings
    from crm.staff_time import StaffZone
    from crm.ticket_attachments import retention_note
    from storage.db import create_engine, create_session_factory
    from storage.repositories.attachment_retention import AttachmentRetention, Purged

    settings = _settings()
    keep = days if days is not None else settings.attachments.retention_days
    if keep <= 0:
        raise typer.BadParameter("--days must be more than 0")
    before = datetime.now(UTC) - timedelta(days=keep)
    zone = StaffZone.of(settings.programme.staff_hours)

    async def main() -> Purged:
        engine = create_engine(settings.database_url)
        try:
            retention = AttachmentRetention(create_session_factory(engine))
            return await retention.purge(before, note=lambda item: retention_note(item, zone, keep))
        finally:
            await engine.dispose()

    purged = asyncio.run(main())
    Console().print(
        f"Attachments: {purged.files} files of {purged.tickets} tickets closed more than "
        f"{keep:g} days ago deleted."
    )
