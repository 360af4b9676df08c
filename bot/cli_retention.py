"""``prakerja db purge-attachments`` and ``purge-limit-counts`` (mounted by bot.cli on the ``db``
group): the retention of the evidence on complaint tickets (``attachments.retention_days``) and
of the rows that count towards abuse limits; run daily like ``purge-transcripts``."""

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


LIMIT_COUNT_DAYS = 30.0
"""How long the rows counting SMS codes and failed link checks are kept by default."""


def purge_limit_counts(
    days: Annotated[
        float, typer.Option(help="keep this many days (at least the limits' longest window, 1 day)")
    ] = LIMIT_COUNT_DAYS,
) -> None:
    """Delete the audit rows that only count towards abuse limits (SMS codes sent, failed link
    checks: keyed indexes of phones, chats and web chat clients) older than ``--days``."""
    from bot.cli import _settings
    from storage.db import create_engine, create_session_factory
    from storage.repositories.limit_counts import LimitCounts, shortest_keep

    settings = _settings()
    rules = settings.programme
    windows = (timedelta(hours=rules.otp.wait_hours), timedelta(hours=rules.link.lockout_hours))
    if timedelta(days=days) < (least := shortest_keep(*windows)):
        raise typer.BadParameter(
            f"--days must be at least {least / timedelta(days=1):g}: the limits count that far back"
        )
    before = datetime.now(UTC) - timedelta(days=days)

    async def main() -> int:
        engine = create_engine(settings.database_url)
        try:
            return await LimitCounts(create_session_factory(engine)).purge(before)
        finally:
            await engine.dispose()

    removed = asyncio.run(main())
    Console().print(f"Limit counts: {removed} rows older than {days:g} days deleted.")
