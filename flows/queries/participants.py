"""Participants: the record linked to a chat, registration (NIK and contact checks, codes by
SMS, the new participant), finding and linking an existing account, language and broadcast
choices, deletion, and the participant's own data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from flows.queries.base import Query


@dataclass(frozen=True, slots=True)
class ParticipantQuery(Query):
    """-> ``views.ParticipantView`` linked to this channel identity, or None."""

    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class NikRegistered(Query):
    """-> True when a participant with this NIK exists."""

    nik: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class ContactInUse(Query):
    """-> True when another participant has this phone number or email."""

    phone: str | None = field(default=None, repr=False)
    email: str | None = field(default=None, repr=False)


@dataclass(frozen=True, slots=True)
class SendOtp(Query):
    """-> ``views.OtpTicket``: a fresh code sent to ``phone`` by the configured OTP sender;
    None when no SMS went out (the gateway failed after its retries); ``otp_limits.OtpLimited``
    (nothing sent) when a limit below is reached. Counted in the database; a send the gateway
    could not make is not."""

    channel: str
    user_id: str
    phone: str = field(repr=False)
    length: int = 6
    ttl_seconds: float = 300
    max_sends: int = 0
    """Codes to this number from all chats per ``window_seconds`` (0: no such limit); the
    owner's own chat (WhatsApp from this number) is not held by it."""
    window_seconds: float = 0
    per_chat: int = 0
    """Codes this chat may get for this number per ``window_seconds`` (0: no such limit)."""
    numbers: int = 0
    """Different numbers (or accounts) this chat may ask codes for per ``numbers_window_seconds``
    (0: no such limit)."""
    numbers_window_seconds: float = 86400
    client: str = field(default="", repr=False)
    """The asking chat's network client (``Message.client``, an opaque tag; empty: unknown)."""
    per_client: int = 0
    """Codes this ``client`` may get, all its chats and numbers together, per ``window_seconds``
    (0: no such limit)."""


@dataclass(frozen=True, slots=True)
class CreateParticipant(Query):
    """-> the new participant id (channel identity linked), or None if the NIK exists."""

    channel: str
    user_id: str
    name: str = field(repr=False)
    nik: str = field(repr=False)
    kk: str = field(repr=False)
    date_of_birth: date = field(repr=False)
    gender: str
    phone: str = field(repr=False)
    email: str = field(repr=False)
    region_code: str
    language: str
    consent_version: str
    notify_opt_in: bool = False


@dataclass(frozen=True, slots=True)
class FindAccount(Query):
    """-> ``views.AccountMatch`` for the participant with this NIK *and* date of birth.

    A miss (unknown NIK or another date of birth; the answer never says which) is recorded in
    the audit log against this chat (never against the NIK: other chats' misses must not lock
    its owner out); from ``max_failures`` misses of this chat within ``window_seconds`` on, the
    answer is ``locked`` without looking the NIK up.
    """

    channel: str
    user_id: str
    nik: str = field(repr=False)
    date_of_birth: date = field(repr=False)
    max_failures: int = 3
    window_seconds: float = 7200


@dataclass(frozen=True, slots=True)
class SendAccountOtp(Query):
    """-> ``views.AccountOtp``: a fresh code sent to the phone on record of the participant."""

    participant_id: int
    length: int = 6
    ttl_seconds: float = 300


@dataclass(frozen=True, slots=True)
class SendLinkOtp(SendAccountOtp):
    """-> ``views.AccountOtp`` as for ``SendAccountOtp``, or ``otp_limits.OtpLimited`` (nothing
    sent) when a limit is reached: ``max_sends`` codes to this participant's phone from all
    chats within ``window_seconds`` (a chat linked to the participant, or WhatsApp from the
    phone on record, is not held by it), or this chat's (``channel``, ``user_id``) own limits,
    or its client's (``client``, ``per_client``), as for ``SendOtp``. Counted in the database;
    a send the gateway could not make is not."""

    channel: str = ""
    user_id: str = ""
    max_sends: int = 5
    window_seconds: float = 7200
    per_chat: int = 0
    numbers: int = 0
    numbers_window_seconds: float = 86400
    client: str = field(default="", repr=False)
    per_client: int = 0


@dataclass(frozen=True, slots=True)
class RecordLinkFailure(Query):
    """-> None. A failed account-link check (``step``: data, otp) audit-logged against this
    chat (counted by ``FindAccount``)."""

    channel: str
    user_id: str
    step: str


@dataclass(frozen=True, slots=True)
class LinkAccount(Query):
    """-> None. This channel identity linked to the (verified) participant; audit-logged."""

    channel: str
    user_id: str
    participant_id: int


@dataclass(frozen=True, slots=True)
class SetLanguage(Query):
    """-> True if saved on the participant linked to this identity (False: none is linked)."""

    channel: str
    user_id: str
    language: str


@dataclass(frozen=True, slots=True)
class SetSubscription(Query):
    """-> None. Broadcast opt-in (True) or opt-out (False) of this identity / participant."""

    channel: str
    user_id: str
    subscribed: bool


@dataclass(frozen=True, slots=True)
class ChatOptedOut(Query):
    """-> True when this identity opted out of broadcasts (an ``opt_outs`` row, however old)."""

    channel: str
    user_id: str


@dataclass(frozen=True, slots=True)
class RecordDeletion(Query):
    """-> ``views.DeletionReceipt``: the request recorded (audit log), personal data erased.
    This chat's failed link checks from within ``link_window_seconds`` (``link.lockout_hours``)
    stay until they age out, so that erasing is no way around the lock-out. ``participant_id``
    is the participant the confirmation was about (None: the chat was linked to none): when the
    chat is linked to another one now (or to one, or to none any more), nothing is erased or
    recorded and the receipt says ``changed``."""

    channel: str
    user_id: str
    link_window_seconds: float = 7200
    participant_id: int | None = None


@dataclass(frozen=True, slots=True)
class OwnNik(Query):
    """-> True when ``nik`` is the NIK of the participant linked to this identity, False when it
    is not, None when no participant is linked. Nothing is looked up by ``nik`` itself."""

    channel: str
    user_id: str
    nik: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class PersonalDataQuery(Query):
    """-> ``views.PersonalDataView`` of the participant linked to this identity (every value
    masked), or None when none is linked."""

    channel: str
    user_id: str
