"""Readable conversation tests: YAML files of turns run through the real engine.

A file holds one conversation or a list under ``conversations:``. Each conversation has
``name``, optional ``setup`` (``language``, ``at``, ``link: <participant status>``,
``balance``, ``deadline_days``, ``incentive: <status of the last payment>`` with optional
``failure_reason``, ``no_open_wave``,
``handoff``, ``ticket: {category, status, message}``: a ticket of this chat (``category`` one of
``flows.complaint_topics.CATEGORIES``, else the setup fails) that staff moved
to ``status`` with ``message``), ``turns`` and optional ``db`` (row-count changes)
and ``latest`` (columns of the newest row of a table). A turn is ``user: text`` or
``button: title`` or ``payload: p`` (or ``idle: minutes``) with expectations: ``bot``
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
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
import yaml

from bot.conversation_checks import check_turn, known_keys, latest_rows, row_counts
from bot.data import DataAnswers
from bot.otp import DevelopmentOtpSender
from bot.runtime import open_runtime, prepare_database
from bot.settings import Settings, load_settings
from flows import Inbound, Outbound
from flows.complaint_topics import CATEGORIES
from nlu import Parser
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.models import ComplaintTicket, IncentivePayment, Participant, StaffUser, Wave
from storage.repositories.participants import ParticipantRepository
from storage.repositories.ticket_desk import TicketDeskRepository
from storage.repositories.ticket_moves import Change
from storage.repositories.tickets import TicketRepository

SECRET = "conversation-tests-secret-key-0123456789"
CHANNEL = "webchat"


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
        await prepare_database(self._settings(self.seed, self.workdir))

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
        factory = create_session_factory(runtime.database)
        user = f"conv-{abs(hash(conversation.name)) % 10**8}"
        key = ConversationKey(CHANNEL, user)
        placeholders = await _setup(conversation.setup, runtime, factory, answers, user)
        before = await row_counts(factory)
        at = _at(conversation.setup.get("at"))
        replies: list[Outbound] = []
        for number, turn in enumerate(conversation.turns, 1):
            where = f"turn {number}"
            if "idle" in turn:
                session = await runtime.sessions.load(key)
                if session is not None:
                    session.last_activity -= float(turn["idle"]) * 60
                    await runtime.sessions.save(key, session)
                at = at + timedelta(minutes=float(turn["idle"])) if at else None
                continue
            inbound = _inbound(
                turn, replies, user, number, at, placeholders, sender, failures, where
            )
            if inbound is None:
                continue
            replies = await runtime.engine.handle(inbound)
            session = await runtime.sessions.load(key)
            failures += [f"{where}: {p}" for p in check_turn(turn, replies, session)]
            if at is not None:
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


def _at(value: Any) -> datetime | None:
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


async def _adjust_linked(setup: dict[str, Any], factory: Any, pid: int) -> None:
    """``balance``, ``deadline_days`` and ``incentive`` (the status of the last payment) of the
    linked participant."""
    async with factory() as session, session.begin():
        if "balance" in setup:
            await session.execute(
                sa.update(Participant)
                .where(Participant.id == pid)
                .values(balance=int(setup["balance"]))
            )
        if "deadline_days" in setup:
            deadline = datetime.now(UTC) + timedelta(days=float(setup["deadline_days"]))
            await session.execute(
                sa.update(Participant)
                .where(Participant.id == pid)
                .values(purchase_deadline=deadline)
            )
        if "incentive" in setup:
            last = await session.scalar(
                sa.select(IncentivePayment)
                .where(IncentivePayment.participant_id == pid)
                .order_by(IncentivePayment.sequence.desc())
                .limit(1)
            )
            assert last is not None, f"participant {pid} has no incentive payments"
            last.status, last.paid_at = str(setup["incentive"]), None
            if "failure_reason" in setup:  # as the payout records word it (Indonesian)
                last.failure_reason = str(setup["failure_reason"])


async def _setup(
    setup: dict[str, Any], runtime: Any, factory: Any, answers: DataAnswers, user: str
) -> dict[str, str]:
    placeholders: dict[str, str] = {}
    repo = ParticipantRepository(factory, runtime.cipher)
    chosen = sa.select(Participant.id).order_by(Participant.id).limit(1)
    if "seeded" in setup:
        chosen = chosen.where(Participant.status == setup["seeded"])
    async with factory() as session:
        first = await session.scalar(chosen)
    record = await repo.get(int(first or 0))
    if record is not None and record.nik:
        placeholders["seeded_nik"] = record.nik
    if record is not None and record.phone and record.email:
        placeholders["seeded_phone"], placeholders["seeded_email"] = record.phone, record.email
    if record is not None and record.date_of_birth:
        born = record.date_of_birth
        placeholders["seeded_dob"] = born.strftime("%d-%m-%Y")
        # The same day, month and two-digit year, a century earlier: what the NIK allows but
        # the record does not (demo birth dates move with the day the data is seeded).
        placeholders["seeded_dob_century_earlier"] = f"{born:%d-%m}-{born.year - 100}"
    if "link" in setup:
        async with factory() as session:
            pid = await session.scalar(
                sa.select(Participant.id)
                .where(Participant.status == setup["link"])
                .order_by(Participant.id)
                .limit(1)
            )
        assert pid is not None, f"no seeded participant with status {setup['link']}"
        await repo.link_identity(int(pid), CHANNEL, user)
        await _adjust_linked(setup, factory, int(pid))
    if setup.get("no_open_wave"):
        now = datetime.now(UTC)
        async with factory() as session, session.begin():
            for wave in (await session.scalars(sa.select(Wave).where(Wave.closes_at > now))).all():
                wave.opens_at -= timedelta(days=60)
                wave.closes_at -= timedelta(days=60)
    if "ticket" in setup:
        await _staff_ticket(factory, user, dict(setup["ticket"]))
    if "language" in setup or "handoff" in setup:
        from storage.sessions import Session

        key = ConversationKey(CHANNEL, user)
        session_state = await runtime.sessions.load(key) or Session()
        session_state.language = str(setup.get("language", session_state.language))
        session_state.handoff = setup.get("handoff")
        session_state.turns = 1
        await runtime.sessions.save(key, session_state)
    del answers
    return placeholders


async def _staff_ticket(factory: Any, user: str, ticket: dict[str, Any]) -> None:
    """A ticket this chat filed, which a supervisor then changed (``crm.ticket_desk``)."""
    filed = await TicketRepository(factory).create(
        CHANNEL, user, ticket_category(ticket), "Akun saya diblokir"
    )
    async with factory() as session:
        ticket_id = await session.scalar(
            sa.select(ComplaintTicket.id).where(ComplaintTicket.reference == filed.reference)
        )
        staff_id = await session.scalar(sa.select(StaffUser.id).where(StaffUser.role == "admin"))
    change = Change(str(ticket["status"]), "normal", "open", ticket.get("message"))
    moves = TicketDeskRepository(factory).moves
    moved = await moves.change(ticket_id, staff_id, "crm:admin", change, supervising=True)
    assert isinstance(moved, int), moved


def ticket_category(ticket: dict[str, Any]) -> str:
    """The setup ticket's category, one the complaint form offers: a test builds no ticket the
    assistant could never have filed (``flows.complaint_topics.CATEGORIES``)."""
    category = str(ticket.get("category", "account_blocked"))
    if category not in CATEGORIES:
        known = ", ".join(CATEGORIES)
        raise ValueError(f"setup ticket: unknown category {category!r} (known: {known})")
    return category


def _inbound(
    turn: dict[str, Any],
    replies: list[Outbound],
    user: str,
    number: int,
    at: datetime | None,
    placeholders: dict[str, str],
    sender: DevelopmentOtpSender,
    failures: list[str],
    where: str,
) -> Inbound | None:
    stamp = at or datetime.now(UTC)
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
