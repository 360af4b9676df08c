"""Answers the queries flows yield, from the programme database (reads and writes).

Read-mostly catalogue answers are cached briefly in-process: they change rarely, and every
worker reading them from PostgreSQL on each turn would put the database on the hot path.
Answers about participants, tickets and handoffs are never cached.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import otp
from bot.personal_data import personal_data_view, same_nik
from bot.privacy import mask_pii
from flows import queries as q
from flows import views
from storage.crypto import PersonalDataCipher
from storage.db import AlreadyExists
from storage.repositories.catalogue import CatalogueRepository
from storage.repositories.course_search import CourseSearchRepository
from storage.repositories.deletion import DeletionRepository
from storage.repositories.enrolments import EnrolmentRepository
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.identities import IdentityRepository
from storage.repositories.incentives import IncentiveRepository
from storage.repositories.link_otp_sends import LinkOtpSendRepository
from storage.repositories.participants import NewParticipant, ParticipantRepository
from storage.repositories.tickets import TicketRepository
from storage.repositories.waves import WaveRepository

Handler = Callable[[Any], Awaitable[Any]]


class _TTLCache:
    def __init__(self, ttl: float, max_entries: int = 4096) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._data: dict[object, tuple[float, Any]] = {}

    async def get(self, key: object, load: Callable[[], Awaitable[Any]]) -> Any:
        now = time.monotonic()
        hit = self._data.get(key)
        if hit is not None and hit[0] > now:
            return hit[1]
        value = await load()
        if len(self._data) >= self._max:
            self._data.clear()
        self._data[key] = (now + self._ttl, value)
        return value


class DataAnswers:
    """Callable the engine uses to answer a flow's query."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        cipher: PersonalDataCipher,
        *,
        otp_sender: otp.OtpSender | None = None,
        cache_seconds: float = 60,
    ) -> None:
        self.catalogue = CatalogueRepository(session_factory)
        self.waves = WaveRepository(session_factory)
        self.participants = ParticipantRepository(session_factory, cipher)
        self.deletion = DeletionRepository(session_factory)
        self.identities = IdentityRepository(session_factory)
        self.link_sends = LinkOtpSendRepository(session_factory)
        self.tickets = TicketRepository(session_factory)
        self.handoffs = HandoffRepository(session_factory)
        self.enrolments = EnrolmentRepository(session_factory)
        self.incentives = IncentiveRepository(session_factory)
        self.search = CourseSearchRepository(session_factory)
        self.otp_sender: otp.OtpSender = otp_sender or otp.DevelopmentOtpSender()
        self._cache = _TTLCache(cache_seconds)
        self._handlers: dict[type, Handler] = {
            q.CategoriesQuery: lambda _: self._cache.get(
                q.CategoriesQuery(), self.catalogue.categories
            ),
            q.CoursePageQuery: self._course_page,
            q.CourseDetailQuery: lambda query: self._cache.get(
                query, lambda: self.catalogue.course_detail(query.course_id)
            ),
            q.WaveQuery: lambda query: self._cache.get(query, self._wave_status),
            q.WaveByNumber: lambda query: self._cache.get(
                query, lambda: self.waves.by_number(query.number)
            ),
            q.CourseSearch: self._search,
            q.ParticipantQuery: self._participant,
            q.NikRegistered: self._nik_registered,
            q.ContactInUse: lambda query: self.participants.contact_in_use(
                phone=query.phone, email=query.email
            ),
            q.SendOtp: self._send_otp,
            q.FindAccount: self._find_account,
            q.SendAccountOtp: self._send_account_otp,
            q.SendLinkOtp: self._send_link_otp,
            q.RecordLinkFailure: lambda query: self.participants.record_link_failure(
                query.nik, query.channel, query.step
            ),
            q.LinkAccount: lambda query: self.participants.link_verified(
                query.participant_id, query.channel, query.user_id
            ),
            q.SetLanguage: lambda query: self.participants.set_language_of_identity(
                query.channel, query.user_id, query.language
            ),
            q.CreateParticipant: self._create_participant,
            q.SetSubscription: lambda query: self.identities.set_subscription(
                query.channel, query.user_id, query.subscribed
            ),
            q.RecordDeletion: self._record_deletion,
            q.OwnNik: self._own_nik,
            q.PersonalDataQuery: self._personal_data,
            q.CreateEnrolment: self._enrol,
            q.EnrolmentsQuery: self._enrolments,
            q.IncentivesQuery: self._incentives,
            q.CreateTicket: self._create_ticket,
            q.TicketQuery: self._ticket,
            q.MyTickets: self._my_tickets,
            q.TicketReply: self._ticket_reply,
            q.CreateHandoff: self._handoff,
            q.CancelHandoff: lambda query: self.handoffs.cancel(query.channel, query.user_id),
            q.HandoffPosition: lambda query: self.handoffs.position(query.channel, query.user_id),
            q.RateHandoff: lambda query: self.handoffs.feedback.record_csat(
                query.channel, query.user_id, query.handoff_id, query.score
            ),
        }

    async def __call__(self, query: q.Query) -> Any:
        handler = self._handlers.get(type(query))
        if handler is None:
            raise TypeError(f"no answer for query {type(query).__name__}")
        return await handler(query)

    # -- catalogue and waves -------------------------------------------------------------------

    async def _course_page(self, query: q.CoursePageQuery) -> Any:
        return await self._cache.get(
            query,
            lambda: self.catalogue.courses_in_category(
                query.category, query.page, per_page=query.per_page
            ),
        )

    async def _wave_status(self) -> tuple[Any, Any]:
        now = datetime.now(UTC)
        return await self.waves.open_wave(now), await self.waves.next_wave(now)

    async def _search(self, query: q.CourseSearch) -> views.SearchPage:
        return await self.search.search(
            query.words,
            mode=query.mode,
            city=query.city,
            max_price=query.max_price,
            cheapest=query.cheapest,
            page=query.page,
            per_page=query.per_page,
        )

    # -- participants --------------------------------------------------------------------------

    async def _participant(self, query: q.ParticipantQuery) -> views.ParticipantView | None:
        record = await self.participants.find_by_identity(query.channel, query.user_id)
        if record is None or record.deleted_at is not None:
            return None
        wave = await self.identities.wave_of(record.id)
        return views.ParticipantView(
            id=record.id,
            status=record.status,
            balance=record.balance,
            purchase_deadline=record.purchase_deadline,
            era=wave[1] if wave else None,
            wave_number=wave[0] if wave else None,
            notify_opt_in=record.notify_opt_in,
            language=record.language,
        )

    async def _nik_registered(self, query: q.NikRegistered) -> bool:
        return await self.participants.find_by_nik(query.nik) is not None

    async def _send_otp(self, query: q.SendOtp) -> views.OtpTicket | views.OtpRefused | None:
        reserved = None
        if query.max_sends:  # counted per number across chats, before the SMS goes out
            now = datetime.now(UTC)
            reserved = await self.link_sends.reserve_for_number(
                self.participants.phone_key(query.phone), query.channel, limit=query.max_sends,
                since=now - timedelta(seconds=query.window_seconds), now=now,
            )  # fmt: skip
            if reserved is None:
                return views.OtpRefused()
        try:
            return await otp.issue(self.otp_sender, query.phone, query.length, query.ttl_seconds)
        except otp.OtpDeliveryFailed:  # logged by the sender; the flow says "SMS gagal dikirim"
            if reserved is not None:
                await self.link_sends.release(reserved)
            return None

    async def _find_account(self, query: q.FindAccount) -> views.AccountMatch:
        """Both misses (no such NIK, another date of birth) look the same and are counted."""
        now = datetime.now(UTC)
        since = now - timedelta(seconds=query.window_seconds)
        if await self.participants.link_failures(query.nik, since) >= query.max_failures:
            return views.AccountMatch("locked")
        record = await self.participants.find_by_nik(query.nik)
        if record is not None and record.date_of_birth == query.date_of_birth:
            return views.AccountMatch("matched", record.id)
        await self.participants.record_link_failure(query.nik, query.channel, "data", now=now)
        return views.AccountMatch("mismatch")

    async def _send_account_otp(self, query: q.SendAccountOtp) -> views.AccountOtp:
        record = await self.participants.get(query.participant_id)
        if record is None or not record.phone:
            return views.AccountOtp(None, "")
        hint = otp.mask_phone(record.phone)
        try:
            ticket = await otp.issue(self.otp_sender, record.phone, query.length, query.ttl_seconds)
        except otp.OtpDeliveryFailed:  # logged by the sender; the flow says "SMS gagal dikirim"
            return views.AccountOtp(None, hint)
        return views.AccountOtp(ticket, hint)

    async def _send_link_otp(self, query: q.SendLinkOtp) -> views.AccountOtp | None:
        """The send is reserved (counted per participant, across chats) before the SMS goes
        out, and released when the gateway could not send it."""
        record = await self.participants.get(query.participant_id)
        if record is None or not record.phone:
            return views.AccountOtp(None, "")
        now = datetime.now(UTC)
        since = now - timedelta(seconds=query.window_seconds)
        reserved = await self.link_sends.reserve(
            record.id, query.channel, limit=query.max_sends, since=since, now=now
        )
        if reserved is None:
            return None
        hint = otp.mask_phone(record.phone)
        try:
            ticket = await otp.issue(self.otp_sender, record.phone, query.length, query.ttl_seconds)
        except otp.OtpDeliveryFailed:  # logged by the sender; the flow says "SMS gagal dikirim"
            await self.link_sends.release(reserved)
            return views.AccountOtp(None, hint)
        return views.AccountOtp(ticket, hint)

    async def _create_participant(self, query: q.CreateParticipant) -> int | None:
        new = NewParticipant(
            nik=query.nik,
            name=query.name,
            date_of_birth=query.date_of_birth,
            gender=query.gender,
            kk=query.kk,
            phone=query.phone,
            email=query.email,
            region_code=query.region_code,
            language=query.language,
            consent_version=query.consent_version,
            consent_at=datetime.now(UTC),
            notify_opt_in=query.notify_opt_in,
        )
        try:
            record = await self.participants.create(new)
        except AlreadyExists:
            return None
        await self.participants.link_identity(record.id, query.channel, query.user_id)
        return record.id

    async def _record_deletion(self, query: q.RecordDeletion) -> views.DeletionReceipt:
        participant = await self.identities.participant_of(query.channel, query.user_id)
        request_id = await self.deletion.request_deletion(query.channel, query.user_id)
        if participant is not None:
            erased = await self.deletion.anonymise(participant, actor=f"{query.channel}:user")
            return views.DeletionReceipt(request_id, erased)
        await self.identities.erase_unlinked(query.channel, query.user_id, request_id)
        return views.DeletionReceipt(request_id, False)

    async def _own_nik(self, query: q.OwnNik) -> bool | None:
        """Compared with the linked record only: nothing is looked up by the NIK given."""
        record = await self.participants.find_by_identity(query.channel, query.user_id)
        if record is None or record.deleted_at is not None:
            return None
        return same_nik(record, query.nik)

    async def _personal_data(self, query: q.PersonalDataQuery) -> views.PersonalDataView | None:
        record = await self.participants.find_by_identity(query.channel, query.user_id)
        if record is None or record.deleted_at is not None:
            return None
        return personal_data_view(record)

    # -- training and incentives ---------------------------------------------------------------

    async def _enrol(self, query: q.CreateEnrolment) -> views.EnrolmentOutcome:
        return await self.enrolments.enrol(query.participant_id, query.course_id)

    async def _enrolments(self, query: q.EnrolmentsQuery) -> list[views.EnrolmentView]:
        return list(await self.enrolments.for_participant(query.participant_id))

    async def _incentives(self, query: q.IncentivesQuery) -> list[views.IncentiveView]:
        rows = await self.incentives.for_participant(query.participant_id)
        return [
            views.IncentiveView(
                r.sequence,
                r.scheduled_date,
                r.amount,
                r.status,
                r.status_label,
                r.payout_channel,
                r.failure_reason,
                r.paid_at,
            )
            for r in rows
        ]

    # -- complaints and handoffs ---------------------------------------------------------------

    async def _create_ticket(self, query: q.CreateTicket) -> str:
        ticket = await self.tickets.create(
            query.channel,
            query.user_id,
            query.category,
            query.description,
            priority=query.priority,
            details=query.details,
        )
        return ticket.reference

    async def _ticket(self, query: q.TicketQuery) -> views.TicketView | None:
        found = await self.tickets.for_identity(
            query.channel, query.user_id, 1, reference=query.reference
        )
        return next(
            (
                views.TicketView(t.reference, t.category, t.status, t.created_at, t.message)
                for t in found
            ),
            None,
        )

    async def _my_tickets(self, query: q.MyTickets) -> list[views.TicketView]:
        found = await self.tickets.for_identity(query.channel, query.user_id)
        return [
            views.TicketView(t.reference, t.category, t.status, t.created_at, t.message)
            for t in found
        ]

    async def _ticket_reply(self, query: q.TicketReply) -> bool:
        text = mask_pii(query.text)  # e-mail addresses too, as the transcript keeps them
        added = await self.tickets.add_reply(query.channel, query.user_id, query.reference, text)
        return added is not None

    async def _handoff(self, query: q.CreateHandoff) -> views.HandoffTicket:
        queued = await self.handoffs.enqueue(
            query.channel, query.user_id, query.queue, query.reason, query.summary
        )
        return views.HandoffTicket(queued.id, queued.position)
