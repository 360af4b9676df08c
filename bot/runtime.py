"""Assembly: settings -> stores, database, NLU, engine. Built once per process at start-up."""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.channels.agent_replies import AgentReplies
from bot.channels.hub import Channels, open_channels
from bot.channels.visitors import VisitorIds
from bot.crm_assembly import open_crm, tickets_out
from bot.data import DataAnswers
from bot.engine import Engine
from bot.logs import get_logger
from bot.metrics import Metrics
from bot.otp import DevelopmentOtpSender, OtpSender
from bot.settings import Settings
from bot.transcript import BufferedTranscript
from crm.http import Crm
from flows import FlowContext
from nlu import Parser, load_parser
from storage.crypto import PersonalDataCipher
from storage.db import create_engine, create_session_factory
from storage.repositories.catalogue import CatalogueRepository
from storage.repositories.transcript import TranscriptRepository
from storage.sessions import MemorySessionStore, RedisSessionStore, SessionStore

if TYPE_CHECKING:
    import httpx

    from storage.seed import SeedSummary

log = get_logger(__name__)


def secret_key(settings: Settings) -> str:
    """PRAKERJA_SECRET_KEY, or (embedded default) a key generated once into the data dir."""
    if settings.secret_key:
        return settings.secret_key
    path = Path(settings.data_dir) / "secret.key"
    if path.is_file():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    path.write_text(key)
    path.chmod(0o600)
    log.warning(
        "secret_key_generated", path=str(path), hint="set PRAKERJA_SECRET_KEY in production"
    )
    return key


def ensure_sqlite_dir(url: str) -> None:
    prefix = "sqlite+aiosqlite:///"
    if url.startswith(prefix) and ":memory:" not in url:
        Path(url.removeprefix(prefix)).parent.mkdir(parents=True, exist_ok=True)


def build_session_store(settings: Settings, cipher: PersonalDataCipher) -> SessionStore:
    s = settings.sessions
    ttl = int(s.retention_days * 86400)
    dedup = int(s.dedup_hours * 3600)
    if settings.redis_url:
        return RedisSessionStore.from_url(
            settings.redis_url,
            ttl_seconds=ttl,
            dedup_ttl_seconds=dedup,
            lock_timeout_seconds=s.lock_timeout_seconds,
            lock_ttl_seconds=s.lock_ttl_seconds,
            cipher=cipher,
        )
    return MemorySessionStore(
        ttl_seconds=ttl, dedup_ttl_seconds=dedup, lock_timeout_seconds=s.lock_timeout_seconds
    )


def embedded(database_url: str) -> bool:
    """Whether the database is the embedded SQLite default: the only one that gets the demo data
    (demo staff accounts with known passwords, invented participants) by itself. A production
    database (PostgreSQL) gets it only from an explicit `prakerja db seed`."""
    return database_url.startswith("sqlite")


async def prepare_database(
    settings: Settings, now: datetime | None = None
) -> SeedSummary | None:
    """Migrate to head and, if configured and the database is empty, load the demo data as of
    ``now`` (default: the wall clock; conversation tests fix it)."""
    # Imported here: Alembic and the seed generator are not needed by serving workers.
    from storage.migrate import upgrade
    from storage.seed import is_empty, seed_demo

    ensure_sqlite_dir(settings.database_url)
    engine = create_engine(settings.database_url)
    try:
        await upgrade(engine)
        factory = create_session_factory(engine)
        if settings.demo.seed_when_empty and await is_empty(factory):
            if not embedded(settings.database_url):
                log.warning("demo_data_not_loaded", hint="not SQLite: `prakerja db seed` loads it")
                return None
            summary = await seed_demo(
                factory, PersonalDataCipher(secret_key(settings)), seed=settings.demo.seed, now=now
            )
            log.info("demo_data_loaded", **summary.as_dict())
            return summary
        return None
    finally:
        await engine.dispose()


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    database: AsyncEngine
    sessions: SessionStore
    transcript: BufferedTranscript
    metrics: Metrics
    cipher: PersonalDataCipher
    visitors: VisitorIds
    channels: Channels = field(default_factory=Channels)
    sms_client: httpx.AsyncClient | None = None
    crm: Crm | None = None

    async def close(self) -> None:
        await self.channels.close()
        if self.sms_client is not None:
            await self.sms_client.aclose()
        await self.transcript.close()
        await self.sessions.close()
        await self.database.dispose()


def build_otp_sender(settings: Settings) -> tuple[OtpSender, httpx.AsyncClient | None]:
    """The SMS gateway sender when PRAKERJA_SMS_GATEWAY_URL is set, else the development one."""
    if not settings.sms_gateway_url:
        log.warning("otp_development_sender", hint="set PRAKERJA_SMS_GATEWAY_URL in production")
        return DevelopmentOtpSender(), None
    from bot.sms import open_sms_sender  # httpx only when a gateway is configured

    return open_sms_sender(settings)


def load_nlu(settings: Settings) -> Parser:
    """The trained NLU model (trained and cached first if data or config changed)."""
    return load_parser(settings.nlu)


def label_intents(settings: Settings, parser: Parser) -> tuple[str, ...]:
    """The intents a supervisor may label a message with: the model's, or, when a Rasa
    server classifies (it names its intents only as they come), the training data's."""
    if parser.intents:
        return tuple(sorted(parser.intents))
    from nlu.rasa_yaml import load_training_data

    return tuple(load_training_data(settings.nlu.data_paths).intents)


async def open_runtime(settings: Settings, *, parser: Parser | None = None) -> Runtime:
    """Connect everything (no migrations here: ``prepare_database`` runs once, before workers).

    Without ``parser`` the NLU model is loaded from its cache (``prakerja serve`` trains it once
    before the workers start, so workers only load it).
    """
    ensure_sqlite_dir(settings.database_url)
    database = create_engine(settings.database_url)
    factory = create_session_factory(database)
    if parser is None:
        parser = await asyncio.to_thread(load_nlu, settings)
    parser.set_catalogue(await CatalogueRepository(factory).topics())
    secret = secret_key(settings)
    cipher = PersonalDataCipher(secret)
    token = settings.webchat_api_token
    visitors = VisitorIds(
        secret,
        token.get_secret_value() if token else None,
        settings.webchat.trusted_proxies,
        settings.webchat.client_header,
    )
    sessions = build_session_store(settings, cipher)
    metrics = Metrics()
    transcript = BufferedTranscript(
        TranscriptRepository(factory),
        flush_interval=settings.transcript.flush_interval_ms / 1000,
        max_batch=settings.transcript.max_batch,
    )
    transcript.start()
    otp_sender, sms_client = build_otp_sender(settings)
    answers = DataAnswers(
        factory,
        cipher,
        otp_sender=otp_sender,
        auto_assign=settings.crm.auto_assign,
        ticket_hand_out=tickets_out(settings, factory),
        rest_days={name: era.rest_days for name, era in settings.programme.eras.items()},
    )
    engine = Engine(
        sessions=sessions,
        answer=answers,
        transcript=transcript,
        context=FlowContext(
            programme=settings.programme,
            webchat_attachments=settings.attachments.webchat,
            chat_days=round(settings.transcript.retention_days),
            evidence_days=round(settings.attachments.retention_days),
        ),
        metrics=metrics,
        parser=parser,
        idle_timeout_seconds=settings.sessions.idle_timeout_minutes * 60,
    )
    channels = open_channels(
        settings, engine.handle, factory, metrics, marks=sessions, cipher=cipher
    )
    await channels.start(settings)
    replies = AgentReplies(channels, sessions)
    crm = open_crm(
        settings, secret, factory, sessions, replies, label_intents(settings, parser),
        reaches=replies.reaches,
    )  # fmt: skip
    if settings.crm.auto_assign.enabled:  # a participant who leaves frees a place at once
        answers.place_freed = crm.console.hand_out
    return Runtime(
        settings, engine, database, sessions, transcript, metrics, cipher, visitors, channels,
        sms_client, crm,
    )  # fmt: skip
