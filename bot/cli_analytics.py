"""``prakerja analytics report | unrecognised | reviewed | funnel`` (mounted by bot.cli)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from bot.cli_support import with_database

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

    from storage.repositories.analytics import (
        AnalyticsRepository,
        DayFigures,
        IntentCount,
        Overview,
        StepCount,
        Unrecognised,
        Window,
    )

analytics_app = typer.Typer(help="What the conversations say: volume, intents, understanding",
                            no_args_is_help=True)  # fmt: skip
Days = Annotated[int, typer.Option(min=1, max=366, help="the last N days (WIB), today included")]


@analytics_app.callback()
def _analytics() -> None:
    """What the conversations say: volume, intents, understanding, handoffs."""


def _repository(factory: async_sessionmaker[AsyncSession]) -> AnalyticsRepository:
    from bot.cli import _settings
    from storage.repositories.analytics import AnalyticsRepository

    return AnalyticsRepository(factory, _settings().nlu.fallback_threshold)


@analytics_app.command("report")
def report(
    days: Days = 7,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object instead of tables")] = (
        False
    ),
) -> None:
    """Conversations, messages, understanding, handoffs and top intents of the last days."""
    from storage.repositories.analytics import Window

    window = Window.last_days(days)

    async def main(
        factory: async_sessionmaker[AsyncSession],
    ) -> tuple[Overview, list[DayFigures], list[IntentCount]]:
        repo = _repository(factory)
        return await repo.overview(window), await repo.daily(window), await repo.intents(window)

    overview, daily, intents = with_database(main)
    if as_json:
        typer.echo(json.dumps(_as_json(overview, daily, intents), ensure_ascii=False))
        return
    _print_report(overview, daily, intents)


@analytics_app.command("funnel")
def funnel(
    flow: Annotated[str, typer.Option(help="a flow's name (see docs/flows.md)")] = "registration",
    days: Days = 7,
    as_json: Annotated[bool, typer.Option("--json", help="one JSON object instead of a table")] = (
        False
    ),
) -> None:
    """How many conversations entered each state of a flow (the start first, then as
    declared), and their share of those who started it."""
    from flows import FLOWS
    from storage.repositories.analytics import Window

    if flow not in FLOWS:
        raise typer.BadParameter(f"no flow {flow!r}; flows: {', '.join(sorted(FLOWS))}")
    window = Window.last_days(days)
    states = FLOWS[flow].state_names()

    async def main(factory: async_sessionmaker[AsyncSession]) -> list[StepCount]:
        return await _repository(factory).funnel(window, flow, states)

    steps = with_database(main)
    if as_json:
        typer.echo(json.dumps({"flow": flow, "from": str(window.first), "to": str(window.last),
                               "states": [[s.state, s.conversations] for s in steps]}))  # fmt: skip
        return
    table = Table(title=f"Flow {flow}, {window.first} to {window.last} (WIB)")
    for column in ("state", "conversations", "of those who started"):
        table.add_column(column)
    for step in steps:
        table.add_row(step.state, str(step.conversations), _share(step.share))
    Console().print(table)


@analytics_app.command("unrecognised")
def unrecognised(
    days: Days = 7,
    limit: Annotated[int, typer.Option(min=1, max=10_000)] = 200,
    out: Annotated[Path | None, typer.Option(help="write a TSV for annotation here")] = None,
) -> None:
    """Messages the assistant did not understand, most frequent first (texts are masked).

    With --out, a file of ``text<TAB>intent`` lines: the intent is the assistant's guess or
    TODO. Correct it, keep the lines worth learning, and train with them
    (``prakerja nlu train --data nlu/data --data FILE``) or move them into nlu/data."""
    from storage.repositories.analytics import Window

    window = Window.last_days(days)

    async def main(factory: async_sessionmaker[AsyncSession]) -> list[Unrecognised]:
        return await _repository(factory).unrecognised(window, limit)

    items = with_database(main)
    if out is not None:
        out.write_text(review_file(items, window), "utf-8")
        Console().print(f"{len(items)} messages written to {out}.")
        return
    table = Table(title=f"Not understood, {window.first} to {window.last} (WIB)")
    for column in ("times", "text", "guess", "confidence"):
        table.add_column(column)
    for item in items:
        confidence = "" if item.confidence is None else f"{item.confidence:.2f}"
        table.add_row(str(item.times), item.text, item.best_guess or "", confidence)
    Console().print(table)


@analytics_app.command("reviewed")
def reviewed(
    out: Annotated[Path, typer.Option(help="write the labelled texts here (text<TAB>intent)")],
) -> None:
    """Every text staff labelled on /crm/analytics, as training data: train with
    ``prakerja nlu train --data nlu/data --data FILE``."""
    from crm.review_web import training_tsv
    from storage.repositories.nlu_reviews import Review, ReviewRepository

    async def main(factory: async_sessionmaker[AsyncSession]) -> list[Review]:
        return await ReviewRepository(factory).every()

    reviews = with_database(main)
    out.write_text(training_tsv(reviews), "utf-8")
    Console().print(f"{len(reviews)} labelled texts written to {out}.")


def review_file(items: list[Unrecognised], window: Window) -> str:
    """The TSV an annotator corrects (one line per distinct text; tabs and newlines removed)."""
    from crm.review_web import tsv_text
    from nlu.rasa_yaml import UNLABELLED

    lines = [
        f"# Messages the assistant did not understand, {window.first} to {window.last} (WIB).",
        "# text<TAB>intent: the intent is the assistant's guess, or TODO. Correct it, delete",
        "# the lines not worth learning, then train with this file (prakerja nlu train",
        "# --data nlu/data --data THIS_FILE) or move the lines into nlu/data.",
    ]
    for item in items:
        if text := tsv_text(item.text):
            lines.append(f"# seen {item.times}x\n{text}\t{item.best_guess or UNLABELLED}")
    return "\n".join(lines) + "\n"


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.1%}"


def _print_report(overview: Overview, daily: list[DayFigures], intents: list[IntentCount]) -> None:
    console = Console()
    w = overview.window
    summary = Table(title=f"Conversations, {w.first} to {w.last} (WIB)", show_header=False)
    rating = "-" if overview.average_rating is None else f"{overview.average_rating:.1f} / 5"
    for label, value in (
        ("conversations with a user message", str(overview.conversations)),
        ("new conversations", str(overview.new_conversations)),
        ("user messages", str(overview.inbound)),
        ("typed messages understood", f"{_share(overview.understood_share)} of "
                                      f"{overview.classified}"),
        ("escalated to a person", f"{overview.handoffs} ({_share(overview.handoff_share)})"),
        ("handled without a person", _share(overview.contained_share)),
        ("satisfaction after a handoff", f"{rating} ({overview.ratings} ratings)"),
    ):  # fmt: skip
        summary.add_row(label, value)
    console.print(summary)
    days = Table(title="Per day and channel")
    for column in ("day", "channel", "conversations", "user messages"):
        days.add_column(column)
    for row in daily:
        days.add_row(str(row.day), row.channel, str(row.conversations), str(row.inbound))
    console.print(days)
    top = Table(title="Intents")
    for column in ("intent", "messages", "average confidence"):
        top.add_column(column)
    for item in intents:
        top.add_row(item.intent, str(item.messages), f"{item.average_confidence:.2f}")
    console.print(top)


def _as_json(
    overview: Overview, daily: list[DayFigures], intents: list[IntentCount]
) -> dict[str, object]:
    return {
        "from": str(overview.window.first),
        "to": str(overview.window.last),
        "conversations": overview.conversations,
        "new_conversations": overview.new_conversations,
        "inbound": overview.inbound,
        "classified": overview.classified,
        "not_understood": overview.not_understood,
        "understood_share": overview.understood_share,
        "handoffs": overview.handoffs,
        "handoff_share": overview.handoff_share,
        "contained_share": overview.contained_share,
        "ratings": overview.ratings,
        "average_rating": overview.average_rating,
        "daily": [
            {
                "day": str(d.day),
                "channel": d.channel,
                "conversations": d.conversations,
                "inbound": d.inbound,
            }
            for d in daily
        ],
        "intents": [
            {
                "intent": i.intent,
                "messages": i.messages,
                "average_confidence": round(i.average_confidence, 4),
            }
            for i in intents
        ],
    }
