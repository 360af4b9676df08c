"""Assembly of the staff console (``crm``): its operations, staff accounts, sign-in cookies,
login throttle and reply tokens (shared through Redis when sessions are), and the hand-out of
tickets to available staff. Built once per process by ``bot.runtime.open_runtime``."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import Settings
from crm.auth import StaffSessions
from crm.console import Console, Deliver
from crm.http import Crm
from crm.reply_once import LocalReplyTokens, RedisReplyTokens, ReplyTokens
from crm.staff_time import StaffZone, target_clock
from crm.throttle import LocalLoginThrottle, LoginThrottle, RedisLoginThrottle
from crm.ticket_desk import TicketDesk
from storage.crypto import PersonalDataCipher
from storage.repositories.analytics import AnalyticsRepository
from storage.repositories.attachments import AttachmentRepository
from storage.repositories.campaigns import CampaignRepository
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.nlu_reviews import ReviewRepository
from storage.repositories.participants import ParticipantRepository
from storage.repositories.staff import StaffRepository
from storage.repositories.staff_presence import Presence
from storage.repositories.ticket_desk import TicketDeskRepository
from storage.repositories.ticket_hand_out import TicketHandOut
from storage.repositories.transcript import TranscriptRepository
from storage.sessions import RedisSessionStore, SessionStore


def tickets_out(settings: Settings, factory: async_sessionmaker[AsyncSession]) -> TicketHandOut:
    """Tickets to available staff (``crm.ticket_auto_assign``; "available" as for chats)."""
    minutes = settings.crm.auto_assign.seen_within_minutes
    return TicketHandOut(factory, settings.crm.ticket_auto_assign, minutes)


def _login_throttle(sessions: SessionStore) -> LoginThrottle:
    """Shared by every worker when sessions are in Redis; this process's own otherwise."""
    if isinstance(sessions, RedisSessionStore):
        return RedisLoginThrottle(sessions.client)
    return LocalLoginThrottle()


def _reply_tokens(sessions: SessionStore) -> ReplyTokens:
    """Shared by every worker when sessions are in Redis (a double click may reach two)."""
    if isinstance(sessions, RedisSessionStore):
        return RedisReplyTokens(sessions.client)
    return LocalReplyTokens()


def open_crm(
    settings: Settings,
    secret: str,
    factory: async_sessionmaker[AsyncSession],
    sessions: SessionStore,
    deliver: Deliver,
    intents: Sequence[str] = (),
    reaches: Callable[[str], bool] | None = None,
) -> Crm:
    """The staff console: its operations, staff accounts and sign-in cookies; ``intents``
    are what a supervisor may label a message the assistant did not understand with;
    ``reaches``: whether ``deliver`` sends to a channel in this deployment."""
    auto, hand_out = settings.crm.auto_assign, tickets_out(settings, factory)
    presence = Presence(factory) if auto.enabled or hand_out.rule.enabled else None
    handoffs = HandoffRepository(factory, auto)
    transcript = TranscriptRepository(factory)
    console = Console(handoffs, transcript, sessions, deliver, presence, reaches)
    clock = target_clock(settings.crm.ticket_targets_clock, settings.programme.staff_hours)
    tickets = TicketDesk(
        TicketDeskRepository(factory, settings.crm.ticket_targets, clock, hand_out),
        ParticipantRepository(factory, PersonalDataCipher(secret)),
        TranscriptRepository(factory), sessions, deliver, reaches,
    )  # fmt: skip
    return Crm(
        console,
        StaffRepository(factory),
        StaffSessions(secret, settings.crm.session_hours),
        _login_throttle(sessions),
        CampaignRepository(factory),
        AnalyticsRepository(factory, settings.nlu.fallback_threshold),
        ReviewRepository(factory),
        tickets,
        cookie_secure=settings.crm.cookie_secure,
        canned=tuple((c.title, c.text) for c in settings.crm.canned_replies),
        intents=tuple(intents),
        zone=StaffZone.of(settings.programme.staff_hours),
        once=_reply_tokens(sessions),
        attachments=AttachmentRepository(
            factory, PersonalDataCipher(secret), per_ticket=settings.attachments.per_ticket
        ),
    )
