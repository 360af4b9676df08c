"""Answers about participants (``bot.data.DataAnswers`` mixes them in): the record linked to a
chat, registration (NIK and contact checks, codes by SMS, the new participant), finding and
linking an existing account, language and broadcast choices, deletion, and the participant's
own (masked) data. Never cached.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot import otp
from bot.personal_data import personal_data_view, same_nik
from flows import queries as q
from flows import views
from flows.otp_limits import Limit, OtpLimited
from storage.db import AlreadyExists
from storage.repositories.deletion import DeletionRepository
from storage.repositories.identities import IdentityRepository
from storage.repositories.link_otp_sends import LinkOtpSendRepository, Refused, SendLimits
from storage.repositories.participants import NewParticipant, ParticipantRepository

_PAST_SELECTION = frozenset({"selected", "enrolled", "completed", "revoked"})
"""Who may have linked a payout account (looked up for them only)."""


class ParticipantAnswers:
    """The repositories and the OTP sender are set by ``DataAnswers``."""

    participants: ParticipantRepository
    identities: IdentityRepository
    deletion: DeletionRepository
    link_sends: LinkOtpSendRepository
    otp_sender: otp.OtpSender

    async def _participant(self, query: q.ParticipantQuery) -> views.ParticipantView | None:
        record = await self.participants.find_by_identity(query.channel, query.user_id)
        if record is None or record.deleted_at is not None:
            return None
        wave = await self.identities.wave_of(record.id)
        applied = None if wave else await self.participants.applied_wave(record.id)
        payout = None
        if record.status in _PAST_SELECTION:
            payout = await self.participants.payout.of_participant(record.id)
        return views.ParticipantView(
            id=record.id,
            status=record.status,
            balance=record.balance,
            purchase_deadline=record.purchase_deadline,
            era=wave[1] if wave else None,
            wave_number=wave[0] if wave else None,
            notify_opt_in=record.notify_opt_in,
            language=record.language,
            applied_wave=wave[0] if wave else applied,
            payout=payout,
        )

    async def _nik_registered(self, query: q.NikRegistered) -> bool:
        return await self.participants.find_by_nik(query.nik) is not None

    def _send_limits(self, query: q.SendOtp | q.SendLinkOtp, owner: bool) -> SendLimits:
        """The limits of a send: per phone from all chats, this chat's own (counted under the
        chat's keyed index, the one its link failures use: no chat id in the rows), and its
        network client's (the web chat's keyed tag), if known."""
        now = datetime.now(UTC)
        chat = self.participants.failures.chat_subject(query.channel, query.user_id)
        return SendLimits(
            since=now - timedelta(seconds=query.window_seconds), total=query.max_sends,
            chat=chat if query.user_id else "", per_chat=query.per_chat, numbers=query.numbers,
            numbers_since=now - timedelta(seconds=query.numbers_window_seconds), owner=owner,
            client=query.client, per_client=query.per_client,
        )  # fmt: skip

    def _whatsapp_from(self, channel: str, user_id: str, phone: str) -> bool:
        """A WhatsApp chat's id is its (verified) number: is it this phone?"""
        if channel != "whatsapp" or not user_id:
            return False
        try:
            return self.participants.phone_key(f"+{user_id.lstrip('+')}") == (
                self.participants.phone_key(phone)
            )
        except ValueError:
            return False

    async def _send_otp(self, query: q.SendOtp) -> views.OtpTicket | OtpLimited | None:
        reserved: int | None = None
        limited = query.max_sends or query.per_chat or query.numbers or query.per_client
        if limited:  # reserved before the SMS goes out
            owner = self._whatsapp_from(query.channel, query.user_id, query.phone)
            reservation = await self.link_sends.reserve_for_number(
                self.participants.phone_key(query.phone),
                query.channel,
                self._send_limits(query, owner),
            )
            if isinstance(reservation, Refused):
                return OtpLimited(Limit(reservation.value))
            reserved = reservation
        try:
            return await otp.issue(self.otp_sender, query.phone, query.length, query.ttl_seconds)
        except otp.OtpDeliveryFailed:  # logged by the sender; the flow says "SMS gagal dikirim"
            if reserved is not None:
                await self.link_sends.release(reserved)
            return None

    async def _find_account(self, query: q.FindAccount) -> views.AccountMatch:
        """Both misses (no such NIK, another date of birth) look the same and are counted
        against this chat only: another chat's failures never lock it (nor the NIK's owner)."""
        now = datetime.now(UTC)
        since = now - timedelta(seconds=query.window_seconds)
        chat = (query.channel, query.user_id)
        if await self.participants.failures.count(*chat, since) >= query.max_failures:
            return views.AccountMatch("locked")
        record = await self.participants.find_by_nik(query.nik)
        if record is not None and record.date_of_birth == query.date_of_birth:
            return views.AccountMatch("matched", record.id)
        await self.participants.failures.record(*chat, "data", now=now)
        return views.AccountMatch("mismatch")

    async def _record_link_failure(self, query: q.RecordLinkFailure) -> None:
        await self.participants.failures.record(query.channel, query.user_id, query.step)

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

    async def _send_link_otp(self, query: q.SendLinkOtp) -> views.AccountOtp | OtpLimited:
        """The send is reserved (counted per participant across chats, and per asking chat)
        before the SMS goes out, and released when the gateway could not send it. The owner's
        own chat (linked to the participant, or WhatsApp from the phone on record) is not held
        by the sends of other chats."""
        record = await self.participants.get(query.participant_id)
        if record is None or not record.phone:
            return views.AccountOtp(None, "")
        owner = self._whatsapp_from(query.channel, query.user_id, record.phone) or (
            bool(query.user_id)
            and await self.identities.participant_of(query.channel, query.user_id) == record.id
        )
        limits = self._send_limits(query, owner)
        reserved = await self.link_sends.reserve(record.id, query.channel, limits)
        if isinstance(reserved, Refused):
            return OtpLimited(Limit(reserved.value))
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
        """Erases the participant the confirmation was about (``query.participant_id``), or this
        unlinked chat's data, only while the chat is still linked as it was then (the link that
        ``ParticipantQuery`` reads): else nothing is done and the flow asks again."""
        record = await self.participants.find_by_identity(query.channel, query.user_id)
        if record is not None and record.deleted_at is not None:
            record = None
        if (None if record is None else record.id) != query.participant_id:
            return views.DeletionReceipt(0, False, changed=True)
        request_id = await self.deletion.request_deletion(query.channel, query.user_id)
        await self.participants.failures.forget(
            query.channel, query.user_id, nik=record.nik if record else None,
            before=datetime.now(UTC) - timedelta(seconds=query.link_window_seconds),
        )  # fmt: skip
        if record is not None:
            erased = await self.deletion.anonymise(record.id, actor=f"{query.channel}:user")
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
