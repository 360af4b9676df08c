"""Answers the queries flows yield, from the programme database (reads and writes).

``DataAnswers`` holds the repositories and one dispatch table (query type -> answer); the
answers live by area: ``data_catalogue`` (courses and waves, cached briefly in-process),
``data_participants`` (records, registration, codes, account linking, deletion),
``data_training`` (enrolments and incentives) and ``data_support`` (complaint tickets and
handoffs). Answers about participants, tickets and handoffs are never cached.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import otp
from bot.data_catalogue import CatalogueAnswers, TTLCache
from bot.data_participants import ParticipantAnswers
from bot.data_support import SupportAnswers
from bot.data_training import TrainingAnswers
from bot.turn_time import Clock, wall_clock
from flows import queries as q
from storage.crypto import PersonalDataCipher
from storage.repositories.attachments import AttachmentRepository
from storage.repositories.catalogue import CatalogueRepository
from storage.repositories.course_search import CourseSearchRepository
from storage.repositories.deletion import DeletionRepository
from storage.repositories.enrolments import EnrolmentRepository
from storage.repositories.handoff_assign import OFF, AutoAssign
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.identities import IdentityRepository
from storage.repositories.incentives import IncentiveRepository
from storage.repositories.link_otp_sends import LinkOtpSendRepository
from storage.repositories.participants import ParticipantRepository
from storage.repositories.ticket_hand_out import TicketHandOut
from storage.repositories.tickets import TicketRepository
from storage.repositories.waves import WaveRepository

Handler = Callable[[Any], Awaitable[Any]]


class DataAnswers(CatalogueAnswers, ParticipantAnswers, TrainingAnswers, SupportAnswers):
    """Callable the engine uses to answer a flow's query."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        cipher: PersonalDataCipher,
        *,
        otp_sender: otp.OtpSender | None = None,
        cache_seconds: float = 60,
        auto_assign: AutoAssign = OFF,
        rest_days: Mapping[str, int] | None = None,
        ticket_hand_out: TicketHandOut | None = None,
    ) -> None:
        """``rest_days``: per era, the days to spend the rest of the balance after the first
        course's rating (``ProgrammeConfig.eras``; none given: no such limit);
        ``ticket_hand_out``: assigns new tickets to staff (``crm.ticket_auto_assign``)."""
        self.catalogue = CatalogueRepository(session_factory)
        self.waves = WaveRepository(session_factory)
        self.participants = ParticipantRepository(session_factory, cipher)
        self.deletion = DeletionRepository(session_factory)
        self.identities = IdentityRepository(session_factory)
        self.link_sends = LinkOtpSendRepository(session_factory)
        self.tickets = TicketRepository(session_factory, ticket_hand_out)
        self.files = AttachmentRepository(session_factory, cipher)
        self.handoffs = HandoffRepository(session_factory, auto_assign)
        self.enrolments = EnrolmentRepository(session_factory, rest_days=rest_days)
        self.incentives = IncentiveRepository(session_factory)
        self.search = CourseSearchRepository(session_factory)
        self.otp_sender: otp.OtpSender = otp_sender or otp.DevelopmentOtpSender()
        self._cache = TTLCache(cache_seconds)
        self.clock: Clock = wall_clock  # the open wave, the purchase deadline; tests fix it
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
            q.RecordLinkFailure: self._record_link_failure,
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
            q.ChatOptedOut: lambda query: self.identities.is_opted_out(
                query.channel, query.user_id
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
            q.TicketFiles: self._ticket_files,
            q.TicketReply: self._ticket_reply,
            q.ReopenTicket: self._reopen_ticket,
            q.CreateHandoff: self._handoff,
            q.CancelHandoff: self._leave_handoff,
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
