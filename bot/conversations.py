"""Readable conversation tests: YAML files of turns run through the real engine.

A file holds one conversation or a list under ``conversations:``. Each conversation has
``name``, optional ``setup`` (``language``, ``at``, ``link: <participant status>``,
``balance``, ``deadline_days``, ``incentive: <status of the last payment>`` with optional
``failure_reason``, ``no_open_wave``,
``handoff``, ``ticket: {category, status, message}``: a ticket of this chat (``category`` one of
``flows.complaint_topics.CATEGORIES``, else the setup fails) that staff moved
to ``status`` with ``message``), ``turns`` and optional ``db`` (row-count changes)
and ``latest`` (columns of the newest row of a table). A turn is ``user: text`` or
``button: title`` or ``payload: p`` (or ``idle: minutes``: the conversation's time moves on;
``at`` is the first turn's time and the engine's clock, 20 s more each turn; none given:
``bot.conversation_setup.DATA_AT``, the demo data's "today", so no test depends on the day it
runs) with
expectations: ``bot``
(fragments that must appear), ``not`` (must not appear), ``keys`` (response keys whose
template must match a reply), ``buttons`` (titles offered), ``silent``, ``slots``, ``flow``,
``step``, ``session``. Placeholders in user text: ``{otp}`` (the last code the development OTP
sender sent), ``{seeded_nik}`` and ``{seeded_dob}`` (NIK and date of birth of the first
seeded participant, or with ``setup: {seeded: <status>}`` of the first one with that status;
``{seeded_dob_century_earlier}`` is that date a century earlier; ``{seeded_phone}`` and
``{seeded_email}`` are its phone number and email).
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from bot.conversation_checks import check_turn, known_keys, latest_rows, row_counts
from bot.conversation_setup import CHANNEL, DATA_AT, apply_setup, moment
from bot.data import DataAnswers
from bot.otp import DevelopmentOtpSender
from bot.runtime import open_runtime, prepare_database
from bot.settings import Settings, load_settings
from flows import Inbound, Outbound
from nlu import Parser
from storage.db import create_session_factory
from storage.keys import ConversationKey

SECRET = "conversation-tests-secret-key-0123456789"


@dataclass
class Conversation:
    name: str
    source: str
    turns: list[dict[str, Any]]
    setup: dict[str, Any] = field(default_factory=dict)
    db: dict[str, int] = field(default_factory=dict)
    latest: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass
class Outcome:
    conversation: Conversation
    failures: list[str]

    @property
    def ok(self) -> bool:
        return not self.failures


def load(path: Path) -> list[Conversation]:
    files = sorted(path.rglob("*.yml")) if path.is_dir() else [path]
    found: list[Conversation] = []
    for file in files:
        data = yaml.safe_load(file.read_text("utf-8")) or {}
        items = data.get("conversations", [data]) if isinstance(data, dict) else data
        for item in items:
            known_keys(file.name, item)
            found.append(
                Conversation(
                    name=str(item["name"]),
                    source=file.name,
                    turns=list(item.get("turns", [])),
                    setup=dict(item.get("setup") or {}),
                    db=dict(item.get("db") or {}),
                    latest=dict(item.get("latest") or {}),
                )
            )
    return found


class Prepared:
    """One migrated + seeded SQLite file that each conversation copies."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.seed = workdir / "seed.db"

    async def prepare(self) -> None:
        await prepare_database(self._settings(self.seed, self.workdir), now=DATA_AT)

    def _settings(self, db: Path, data_dir: Path) -> Settings:
        return load_settings(
            data_dir=data_dir, database_url=f"sqlite+aiosqlite:///{db}", secret_key=SECRET
        )

    def copy(self, name: str) -> Settings:
        folder = Path(tempfile.mkdtemp(prefix="conv-", dir=self.workdir))
        shutil.copyfile(self.seed, folder / "prakerja.db")
        del name
        return self._settings(folder / "prakerja.db", folder)


async def run(conversation: Conversation, settings: Settings, parser: Parser | None) -> Outcome:
    runtime = await open_runtime(settings, parser=parser)
    failures: list[str] = []
    try:
        answers = runtime.engine._answer
        assert isinstance(answers, DataAnswers)
        sender = DevelopmentOtpSender(echo=False)
        answers.otp_sender = sender
        answers.clock = partial(_fixed, DATA_AT)  # the open wave of the demo data's "today"
        factory = create_session_factory(runtime.database)
        user = f"conv-{abs(hash(conversation.name)) % 10**8}"
        key = ConversationKey(CHANNEL, user)
        placeholders = await apply_setup(conversation.setup, runtime, factory, answers, user)
        before = await row_counts(factory)
        at = moment(conversation.setup.get("at"))
        replies: list[Outbound] = []
        for number, turn in enumerate(conversation.turns, 1):
            where = f"turn {number}"
            if "idle" in turn:
                at += timedelta(minutes=float(turn["idle"]))
                continue
            inbound = _inbound(
                turn, replies, user, number, at, placeholders, sender, failures, where
            )
            if inbound is None:
                continue
            # the engine's clock: the turn's time is plausible, and the replies are recorded
            # then (bot.turn_time)
            runtime.engine.clock = partial(_fixed, inbound.timestamp)
            replies = await runtime.engine.handle(inbound)
            session = await runtime.sessions.load(key)
            failures += [f"{where}: {p}" for p in check_turn(turn, replies, session)]
            at += timedelta(seconds=20)
        await runtime.transcript.flush()
        after = await row_counts(factory)
        for table, delta in conversation.db.items():
            if after[table] - before[table] != int(delta):
                failures.append(
                    f"db: {table} changed by {after[table] - before[table]}, expected {delta}"
                )
        failures += await latest_rows(factory, conversation.latest)
    finally:
        await runtime.close()
    return Outcome(conversation, failures)


def _fixed(at: datetime) -> datetime:
    return at


def _inbound(
    turn: dict[str, Any],
    replies: list[Outbound],
    user: str,
    number: int,
    at: datetime,
    placeholders: dict[str, str],
    sender: DevelopmentOtpSender,
    failures: list[str],
    where: str,
) -> Inbound | None:
    stamp = at
    message_id = f"m{number}"
    if "button" in turn:
        wanted = str(turn["button"]).lower()
        for reply in replies:
            for button in reply.buttons:
                if button.title.lower() == wanted or wanted in button.title.lower():
                    return Inbound(
                        CHANNEL, user, message_id, payload=button.payload, timestamp=stamp
                    )
        offered = [b.title for r in replies for b in r.buttons]
        failures.append(f"{where}: no button {turn['button']!r} among {offered}")
        return None
    if "payload" in turn:
        return Inbound(CHANNEL, user, message_id, payload=str(turn["payload"]), timestamp=stamp)
    text = str(turn["user"])
    if "{otp}" in text:
        text = text.replace("{otp}", next(reversed(sender.last_codes.values()), "000000"))
    for name, value in placeholders.items():
        text = text.replace("{" + name + "}", value)
    return Inbound(CHANNEL, user, message_id, text=text, timestamp=stamp)
