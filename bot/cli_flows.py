"""``prakerja flows diagram`` and ``prakerja test conversations [PATH]`` (mounted by bot.cli)."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

flows_app = typer.Typer(help="The declared conversation flows", no_args_is_help=True)
test_app = typer.Typer(help="Readable conversation tests", no_args_is_help=True)


@flows_app.callback()
def _flows() -> None:
    """The declared conversation flows."""


@test_app.callback()
def _tests() -> None:
    """Readable conversation tests."""


DEFAULT_DOC = Path("docs/flows.md")
DEFAULT_CONVERSATIONS = Path("tests/conversations")


@flows_app.command("diagram")
def diagram(
    out: Annotated[Path, typer.Option(help="Where to write the Markdown")] = DEFAULT_DOC,
) -> None:
    """Write a Mermaid state diagram of every flow into docs/flows.md."""
    from flows import FLOWS
    from flows.runtime.diagram import document

    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(document(FLOWS.values()), "utf-8")
    Console().print(f"Wrote {len(FLOWS)} flow diagrams to {out}")


@test_app.command("conversations")
def conversations(
    path: Annotated[Path, typer.Argument(help="A YAML file or a folder of them")] = (
        DEFAULT_CONVERSATIONS
    ),
    name: Annotated[str | None, typer.Option(help="Only conversations whose name has this")] = None,
) -> None:
    """Run the YAML conversations through the real engine; exit 1 if any fails."""
    from bot.conversations import Prepared, load, run
    from bot.logs import configure_logging
    from nlu import NLUConfig, load_parser

    configure_logging("ERROR")
    console = Console()
    if not path.exists():
        console.print(f"[red]no such file or folder: {path}[/red]")
        raise typer.Exit(2)
    chosen = [c for c in load(path) if name is None or name in c.name]
    parser = load_parser(NLUConfig())
    console.print(f"{len(chosen)} conversations")

    async def main() -> int:
        failed = 0
        with tempfile.TemporaryDirectory(prefix="prakerja-conversations-") as workdir:
            prepared = Prepared(Path(workdir))
            await prepared.prepare()
            for conversation in chosen:
                outcome = await run(conversation, prepared.copy(conversation.name), parser)
                mark = "[green]ok[/green]  " if outcome.ok else "[red]FAIL[/red]"
                console.print(f"{mark} {conversation.source}: {conversation.name}")
                for failure in outcome.failures:
                    console.print(f"       {failure}", markup=False)
                failed += not outcome.ok
        console.print(f"{len(chosen) - failed} passed, {failed} failed")
        return failed

    if asyncio.run(main()):
        raise typer.Exit(1)
