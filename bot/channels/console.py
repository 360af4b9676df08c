"""Terminal chat: Rich output, buttons as numbered options that can be chosen by number."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable

from rich.console import Console
from rich.panel import Panel
from rich.text import Text

from flows import Button, Inbound, Outbound

CHANNEL = "console"
QUIT_WORDS = {"/quit", "/exit", "/keluar"}


class ConsoleChannel:
    """Turns typed lines into Inbound messages and shows replies with numbered choices."""

    def __init__(self, user_id: str, console: Console | None = None) -> None:
        self.user_id = user_id
        self.console = console or Console()
        self._choices: list[Button] = []
        self._ids = itertools.count(1)

    def to_inbound(self, line: str) -> Inbound:
        line = line.strip()
        if line.isdigit() and 1 <= int(line) <= len(self._choices):
            button = self._choices[int(line) - 1]
            return Inbound(CHANNEL, self.user_id, self._next_id(), payload=button.payload)
        return Inbound(CHANNEL, self.user_id, self._next_id(), text=line)

    def show(self, replies: list[Outbound]) -> None:
        self._choices = []
        for reply in replies:
            body = Text(reply.text)
            for button in reply.buttons:
                self._choices.append(button)
                body.append(f"\n  {len(self._choices)}. {button.title}", style="bold cyan")
            self.console.print(Panel(body, title="Prakerja", title_align="left", expand=False))

    def _next_id(self) -> str:
        return f"console-{next(self._ids)}"


async def run_console(
    channel: ConsoleChannel,
    handle: Callable[[Inbound], Awaitable[list[Outbound]]],
    read_line: Callable[[], str] | None = None,
) -> None:
    """The chat loop: read a line, take a turn, show the replies; ends on /quit or EOF."""
    reader = read_line or (lambda: input("kamu › "))
    channel.show(await handle(Inbound(CHANNEL, channel.user_id, None, payload="start")))
    while True:
        try:
            line = await asyncio.to_thread(reader)
        except (EOFError, KeyboardInterrupt):
            break
        if line.strip().lower() in QUIT_WORDS:
            break
        if not line.strip():
            continue
        channel.show(await handle(channel.to_inbound(line)))
    channel.console.print("Sampai jumpa! · Bye! 👋")
