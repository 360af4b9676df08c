"""The ``prakerja`` command: serve, chat, db, nlu, flows, test."""

from __future__ import annotations

import asyncio
import getpass
import os
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from bot.cli_analytics import analytics_app
from bot.cli_campaigns import campaign_app
from bot.cli_flows import flows_app, test_app
from bot.cli_nlu import app as nlu_app
from bot.cli_retention import purge_attachments, purge_limit_counts
from bot.cli_staff import staff_app

if TYPE_CHECKING:  # the commands import the application: `serve`'s supervisor never holds it
    from bot.settings import Settings

app = typer.Typer(help="Prakerja Assistant", no_args_is_help=True, add_completion=False)
db_app = typer.Typer(help="Programme database: migrations and demo data", no_args_is_help=True)
app.add_typer(db_app, name="db")
db_app.command("purge-attachments")(purge_attachments)
db_app.command("purge-limit-counts")(purge_limit_counts)
app.add_typer(nlu_app, name="nlu", help="Train, run and evaluate the NLU")
app.add_typer(flows_app, name="flows")
app.add_typer(test_app, name="test")
app.add_typer(campaign_app, name="campaign")
app.add_typer(staff_app, name="staff")
app.add_typer(analytics_app, name="analytics")

err = Console(stderr=True)


def configure_logging(level: str, *, json_logs: bool) -> None:
    """bot.logs (and with it the flows) imported only when a command runs."""
    from bot.logs import configure_logging as configure

    configure(level, json_logs=json_logs)


def _settings() -> Settings:
    from bot.settings import ConfigError, load_settings

    try:
        settings = load_settings()
    except ConfigError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    configure_logging(settings.logging.level, json_logs=settings.logging.json_logs)
    return settings


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (config: server.host)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (config: server.port)")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes; >1 needs Redis")] = None,
    prepare: Annotated[bool, typer.Option(help="Migrate and seed an empty database first")] = True,
    telegram_polling: Annotated[
        bool, typer.Option(help="Receive Telegram updates by long polling (development)")
    ] = False,
) -> None:
    """Serve the web chat, its API, the Telegram/WhatsApp webhooks, /healthz and /metrics."""
    import uvicorn

    from bot.serve import PreparationFailed, prepare_in_child

    if telegram_polling:  # the workers read their settings from the environment
        os.environ["PRAKERJA_TELEGRAM_POLLING"] = "true"
    try:  # settings, migrations, seed and a stale model's training: in a child, not kept here
        plan = prepare_in_child(workers=workers, prepare=prepare)
    except PreparationFailed as exc:
        raise typer.Exit(exc.code) from None
    if plan.refusal is not None:
        err.print(f"[red]{plan.refusal}[/red]")
        raise typer.Exit(2)
    if plan.workers > 1:  # pre-forked: the workers share the master's loaded application
        from bot.prefork import PreforkOptions
        from bot.prefork import serve as serve_preforked

        _share_metrics_between_workers(Path(plan.data_dir))
        options = PreforkOptions(host or plan.host, port or plan.port, plan.workers,
                                 plan.log_level)  # fmt: skip
        serve_preforked(options)
        return
    uvicorn.run(
        "bot.asgi:create",
        factory=True,
        host=host or plan.host,
        port=port or plan.port,
        workers=plan.workers,
        log_level=plan.log_level,
        access_log=False,
    )


def _share_metrics_between_workers(data_dir: Path) -> None:
    """Workers inherit PROMETHEUS_MULTIPROC_DIR: /metrics then sums every worker's values."""
    import shutil

    from bot.metrics import MULTIPROC_ENV

    directory = Path(os.environ.get(MULTIPROC_ENV) or data_dir / "metrics")
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir(parents=True)
    os.environ[MULTIPROC_ENV] = str(directory)


@app.command()
def chat(
    user: Annotated[str | None, typer.Option(help="Conversation id (default: your login)")] = None,
) -> None:
    """Talk to the assistant in this terminal."""
    from bot.channels.console import ConsoleChannel, run_console
    from bot.runtime import open_runtime, prepare_database

    settings = _settings()

    async def main() -> None:
        await prepare_database(settings)
        runtime = await open_runtime(settings)
        try:
            channel = ConsoleChannel(user or getpass.getuser())
            await run_console(channel, runtime.engine.handle)
        finally:
            await runtime.close()

    asyncio.run(main())


@db_app.command("upgrade")
def db_upgrade(revision: str = "head") -> None:
    """Apply migrations up to REVISION (default: head)."""
    from bot.runtime import ensure_sqlite_dir
    from storage.db import create_engine
    from storage.migrate import upgrade

    settings = _settings()

    async def main() -> None:
        ensure_sqlite_dir(settings.database_url)
        engine = create_engine(settings.database_url)
        try:
            await upgrade(engine, revision)
        finally:
            await engine.dispose()

    asyncio.run(main())
    Console().print(f"Database migrated to {revision}.")


@db_app.command("seed")
def db_seed() -> None:
    """Load the deterministic demo programme data (only into an empty database)."""
    from bot.runtime import ensure_sqlite_dir, secret_key
    from storage.crypto import PersonalDataCipher
    from storage.db import create_engine, create_session_factory
    from storage.migrate import upgrade
    from storage.seed import seed_demo

    settings = _settings()

    async def main() -> dict[str, int]:
        ensure_sqlite_dir(settings.database_url)
        engine = create_engine(settings.database_url)
        try:
            await upgrade(engine)
            cipher = PersonalDataCipher(secret_key(settings))
            summary = await seed_demo(
                create_session_factory(engine), cipher, seed=settings.demo.seed
            )
            counts: dict[str, int] = summary.as_dict()
            return counts
        finally:
            await engine.dispose()

    counts = asyncio.run(main())
    Console().print("Demo data: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


@db_app.command("purge-transcripts")
def db_purge_transcripts(
    days: Annotated[
        float | None, typer.Option(help="keep this many days (default: transcript.retention_days)")
    ] = None,
) -> None:
    """Delete transcript messages older than the retention period (run it daily, e.g. cron)."""
    from datetime import UTC, datetime, timedelta

    from storage.db import create_engine, create_session_factory
    from storage.repositories.transcript import TranscriptRepository

    settings = _settings()
    keep = days if days is not None else settings.transcript.retention_days
    if keep <= 0:
        raise typer.BadParameter("--days must be more than 0")
    before = datetime.now(UTC) - timedelta(days=keep)

    async def main() -> int:
        engine = create_engine(settings.database_url)
        try:
            return await TranscriptRepository(create_session_factory(engine)).purge(before)
        finally:
            await engine.dispose()

    removed = asyncio.run(main())
    Console().print(f"Transcript: {removed} messages older than {keep:g} days deleted.")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
