"""``prakerja campaign create | show | send`` (mounted by bot.cli)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer
from rich.console import Console

if TYPE_CHECKING:
    from campaigns.sender import CampaignSender
    from storage.repositories.campaigns import CampaignRepository

T = TypeVar("T")

campaign_app = typer.Typer(help="Broadcast campaigns to participants who opted in",
                           no_args_is_help=True)  # fmt: skip


@campaign_app.callback()
def _campaigns() -> None:
    """Broadcast campaigns to participants who opted in."""


@campaign_app.command("create")
def create(
    name: Annotated[str, typer.Option(help="A name staff recognise")],
    text: Annotated[str, typer.Option(help="The message; {name} becomes the first name")],
    channel: Annotated[list[str] | None, typer.Option(help="telegram / whatsapp")] = None,
    status: Annotated[list[str] | None, typer.Option(help="participant status")] = None,
    province: Annotated[list[str] | None, typer.Option(help="2-digit province code")] = None,
    language: Annotated[list[str] | None, typer.Option(help="id / en")] = None,
    whatsapp_template: Annotated[
        str | None,
        typer.Option(help="approved WhatsApp template for recipients outside the 24-hour window"),
    ] = None,
) -> None:
    """Create a draft campaign and say how many people it would reach now."""
    from pydantic import ValidationError

    from storage.repositories.campaigns import Segment

    try:
        segment = Segment.model_validate(
            {"channels": channel or [], "statuses": status or [], "provinces": province or [],
             "languages": language or []}
        )  # fmt: skip
    except ValidationError as exc:
        raise typer.BadParameter(str(exc).splitlines()[-1]) from None
    if not text.strip() or len(text) > 4096:
        raise typer.BadParameter("--text must have 1 to 4096 characters")

    async def main(repo: CampaignRepository) -> tuple[int, int]:
        created = await repo.create(name, text, segment, whatsapp_template=whatsapp_template)
        return created, await repo.count_recipients(segment)

    campaign_id, reach = _with_repository(main)
    Console().print(f"Campaign {campaign_id} created (draft): {reach} recipients now.")


@campaign_app.command("show")
def show(campaign_id: int) -> None:
    """Status and delivery counts of a campaign."""
    from storage.repositories.campaigns import CampaignInfo

    async def main(repo: CampaignRepository) -> CampaignInfo | None:
        return await repo.info(campaign_id)

    info = _with_repository(main)
    if info is None:
        raise typer.BadParameter(f"no campaign {campaign_id}")
    counts = ", ".join(f"{k} {v}" for k, v in sorted(info.counts.items())) or "no deliveries"
    Console().print(f"Campaign {info.id} '{info.name}': {info.status}; {counts}.")


@campaign_app.command("schedule")
def schedule(
    campaign_id: int,
    at: Annotated[str, typer.Option(help="when, ISO 8601 with a zone: 2026-12-01T09:00+07:00")],
) -> None:
    """Send a draft campaign at a time (`prakerja campaign worker` starts it then)."""
    from datetime import datetime

    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        raise typer.BadParameter("--at is not an ISO 8601 time") from None
    if when.tzinfo is None:
        raise typer.BadParameter("--at needs a zone, e.g. +07:00 (WIB)")

    async def main(repo: CampaignRepository) -> bool:
        return await repo.schedule(campaign_id, when, actor="cli")

    if not _with_repository(main):
        raise typer.BadParameter(f"campaign {campaign_id} is not a draft or scheduled campaign")
    Console().print(f"Campaign {campaign_id} scheduled for {when.isoformat()}.")


@campaign_app.command("cancel")
def cancel(campaign_id: int) -> None:
    """Stop a campaign; deliveries not sent yet are skipped."""

    async def main(repo: CampaignRepository) -> bool:
        return await repo.cancel(campaign_id, actor="cli")

    if not _with_repository(main):
        raise typer.BadParameter(f"campaign {campaign_id} cannot be cancelled (finished?)")
    Console().print(f"Campaign {campaign_id} cancelled.")


@campaign_app.command("send")
def send(campaign_id: int) -> None:
    """Start the campaign now (each recipient once) and send until every delivery is settled."""

    async def work(repo: CampaignRepository, sender: CampaignSender) -> str:
        added = await repo.start(campaign_id, actor="cli")
        await sender.run(campaign_id)
        info = await repo.info(campaign_id)
        assert info is not None
        counts = ", ".join(f"{k} {v}" for k, v in sorted(info.counts.items()))
        return f"Campaign {campaign_id}: {added} recipients added; {counts}."

    Console().print(asyncio.run(_with_sender(work)))


@campaign_app.command("worker")
def worker(
    poll: Annotated[float, typer.Option(help="seconds between looks for due campaigns")] = 10,
    once: Annotated[bool, typer.Option(help="handle what is due now, then stop")] = False,
) -> None:
    """Start scheduled campaigns when due and send running ones; run one or several (each
    delivery is claimed by one worker only)."""
    from bot.logs import get_logger

    log = get_logger(__name__)

    async def work(repo: CampaignRepository, sender: CampaignSender) -> str:
        handled = 0
        while True:
            try:
                for campaign_id, status in await repo.due():
                    if status == "scheduled":
                        await repo.start(campaign_id, actor="worker")
                    await sender.run(campaign_id)
                    handled += 1
            except Exception as exc:  # the database or a platform away: try again next round
                if once:
                    raise
                log.warning("campaign_worker_round_failed", error=type(exc).__name__)
            if once:
                return f"Campaign worker: {handled} campaign(s) handled."
            await asyncio.sleep(poll)

    Console().print(asyncio.run(_with_sender(work)))


async def _with_sender(
    work: Callable[[CampaignRepository, CampaignSender], Awaitable[str]],
) -> str:
    """Run ``work`` with the deployment's channels (as configured for `prakerja serve`)."""
    from bot.channels.broadcast import Broadcast
    from bot.cli import _settings
    from bot.runtime import open_runtime
    from campaigns.sender import CampaignSender
    from storage.db import create_session_factory
    from storage.repositories.campaigns import CampaignRepository
    from storage.repositories.channels import ChannelRepository

    runtime = await open_runtime(_settings())
    try:
        factory = create_session_factory(runtime.database)
        repo = CampaignRepository(factory)
        broadcast = Broadcast(runtime.channels)
        sender = CampaignSender(
            repo, broadcast.send, ChannelRepository(factory).window_open,
            send_template=broadcast.send_template,
        )  # fmt: skip
        return await work(repo, sender)
    finally:
        await runtime.close()


def _with_repository(work: Callable[[CampaignRepository], Awaitable[T]]) -> T:
    """Run ``work`` with a campaign repository on the configured database."""
    from bot.cli_support import with_database
    from storage.repositories.campaigns import CampaignRepository

    return with_database(lambda factory: work(CampaignRepository(factory)))
