"""Buying a course with the training balance, and what a participant has bought.

``enrol`` re-checks everything inside one transaction (status, deadline, balance, course, and
that no course bought before is still open) and deducts the balance with a guarded UPDATE, so
two concurrent purchases cannot overspend. The participant's row is locked first (PostgreSQL),
so a second purchase waits for the first and then sees it.

DOMAIN.md: the rest of the balance is spent only after the first course is completed and rated;
a course bought and not yet completed and rated refuses the next purchase
(``previous_unfinished``, ``previous_unrated``). Where the participant's era gives days to spend
the rest (``rest_days``: 15 in 2023-2024, from config.yml), the first course's rating starts them;
after them the rest of the balance is gone (``rest_expired``; reference/prakerja_faq_facts.yml
``pelatihan-batas-beli``: "sisa saldo bisa dipakai dalam 15 hari kalender berikutnya")."""

from __future__ import annotations

import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    AuditLog,
    Course,
    Enrolment,
    EnrolmentStatus,
    Participant,
    ParticipantStatus,
    Platform,
    Provider,
    Wave,
    utcnow,
)

__all__ = ["EnrolmentRecord", "EnrolmentRepository", "EnrolmentResult"]

_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "0O1I")
CAN_BUY = (
    ParticipantStatus.SELECTED.value,
    ParticipantStatus.ENROLLED.value,
    ParticipantStatus.COMPLETED.value,  # the first course done and rated: the rest of the balance
)


@dataclass(frozen=True, slots=True)
class EnrolmentResult:
    """``reason`` is None on success, else one of: not_registered, not_selected, revoked,
    deadline_passed, not_enough_balance, course_unavailable, already_enrolled,
    previous_unfinished, previous_unrated (``title``: then the course still open),
    rest_expired (``until``: when the days to spend the rest ended)."""

    reason: str | None
    title: str = ""
    price: int = 0
    balance: int = 0
    voucher_code: str = ""
    redeem_code: str = ""
    platform: str = ""
    until: datetime | None = None


@dataclass(frozen=True, slots=True)
class EnrolmentRecord:
    title: str
    status: str
    purchased_at: datetime
    completed_at: datetime | None
    rated: bool
    rated_at: datetime | None = None  # rated before it was recorded: ``completed_at`` instead
    platform: str = ""  # where it was bought (its course's platform), even if no longer offered
    provider: str = ""  # the course's training provider (a complaint does not ask it again)


def _code(length: int) -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


class EnrolmentRepository:
    """``rest_days``: per era (``Era`` value), the days after the first course's rating in which
    the rest of the balance may be spent; an era not in it (or 0) sets no such limit."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        *,
        rest_days: Mapping[str, int] | None = None,
    ) -> None:
        self._sessions = session_factory
        self._rest_days = dict(rest_days or {})

    async def enrol(
        self, participant_id: int, course_id: int, *, now: datetime | None = None
    ) -> EnrolmentResult:
        now = now or utcnow()
        async with self._sessions() as session, session.begin():
            person = await session.get(Participant, participant_id, with_for_update=True)
            refusal = _refusal(person, now)
            if refusal is not None:
                return EnrolmentResult(refusal)
            assert person is not None
            row = (
                await session.execute(
                    sa.select(Course, Platform.name)
                    .join(Platform, Platform.id == Course.platform_id)
                    .where(Course.id == course_id, Course.active.is_(True))
                )
            ).first()
            if row is None:
                return EnrolmentResult("course_unavailable")
            course, platform = row
            owned = await session.scalar(
                sa.select(Enrolment.id).where(
                    Enrolment.participant_id == participant_id,
                    Enrolment.course_id == course_id,
                    Enrolment.status != EnrolmentStatus.CANCELLED.value,
                )
            )
            if owned is not None:
                return EnrolmentResult("already_enrolled")
            expired = await self._rest_expired(session, person, now)
            if expired is not None:
                return expired
            still_open = await open_course(session, participant_id)
            if still_open is not None:
                return still_open
            paid = await session.execute(
                sa.update(Participant)
                .where(Participant.id == participant_id, Participant.balance >= course.price)
                .values(
                    balance=Participant.balance - course.price,
                    status=sa.case(  # "completed" (an incentive schedule) stays so
                        (
                            Participant.status == ParticipantStatus.SELECTED.value,
                            ParticipantStatus.ENROLLED.value,
                        ),
                        else_=Participant.status,
                    ),
                )
            )
            if int(getattr(paid, "rowcount", 0) or 0) != 1:
                return EnrolmentResult("not_enough_balance", course.title, course.price)
            enrolment = Enrolment(
                participant_id=participant_id,
                course_id=course_id,
                voucher_code=_code(12),
                redeem_code=_code(8),
                status=EnrolmentStatus.PURCHASED.value,
                price_paid=course.price,
                purchased_at=now,
            )
            session.add(enrolment)
            await session.flush()
            session.add(
                AuditLog(
                    actor="assistant",
                    action="enrolment.created",
                    subject=f"participant:{participant_id}",
                    detail={"course_id": course_id, "price": course.price},
                    at=now,
                )
            )
            balance = await session.scalar(
                sa.select(Participant.balance).where(Participant.id == participant_id)
            )
        return EnrolmentResult(
            None,
            course.title,
            course.price,
            int(balance or 0),
            enrolment.voucher_code,
            enrolment.redeem_code or "",
            str(platform),
        )

    async def for_participant(self, participant_id: int) -> list[EnrolmentRecord]:
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    sa.select(Course.title, Platform.name, Enrolment, Provider.name)
                    .join(Course, Course.id == Enrolment.course_id)
                    .join(Platform, Platform.id == Course.platform_id)
                    .join(Provider, Provider.id == Course.provider_id)
                    .where(Enrolment.participant_id == participant_id)
                    .order_by(Enrolment.purchased_at.desc())
                )
            ).all()
        return [
            EnrolmentRecord(
                title,
                e.status,
                e.purchased_at,
                e.completed_at,
                e.rating is not None,
                _rated_at(e.rated_at, e.completed_at, e.rating),
                str(platform or ""),
                str(provider or ""),
            )
            for title, platform, e, provider in rows
        ]

    async def _rest_expired(
        self, session: AsyncSession, person: Participant, now: datetime
    ) -> EnrolmentResult | None:
        """The refusal once the days to spend the rest after the first course's rating are
        over (the participant's era sets them; none: no limit), else None."""
        if person.selected_wave_id is None:
            return None
        era = await session.scalar(sa.select(Wave.era).where(Wave.id == person.selected_wave_id))
        days = self._rest_days.get(str(era), 0)
        if days <= 0:
            return None
        first = (
            await session.execute(
                sa.select(Enrolment.rated_at, Enrolment.completed_at, Enrolment.rating)
                .where(
                    Enrolment.participant_id == person.id,
                    Enrolment.status != EnrolmentStatus.CANCELLED.value,
                )
                .order_by(Enrolment.purchased_at, Enrolment.id)
                .limit(1)
            )
        ).first()
        rated = _rated_at(*first) if first is not None else None
        if rated is None or rated + timedelta(days=days) > now:
            return None
        return EnrolmentResult("rest_expired", until=rated + timedelta(days=days))


async def open_course(session: AsyncSession, participant_id: int) -> EnrolmentResult | None:
    """The refusal of a next purchase while a course bought before is not yet completed and
    rated (the oldest such course named), else None. A cancelled purchase counts for nothing."""
    row = (
        await session.execute(
            sa.select(Course.title, Enrolment.completed_at)
            .join(Course, Course.id == Enrolment.course_id)
            .where(
                Enrolment.participant_id == participant_id,
                Enrolment.status != EnrolmentStatus.CANCELLED.value,
                sa.or_(Enrolment.completed_at.is_(None), Enrolment.rating.is_(None)),
            )
            .order_by(Enrolment.purchased_at, Enrolment.id)
            .limit(1)
        )
    ).first()
    if row is None:
        return None
    title, completed_at = row
    reason = "previous_unfinished" if completed_at is None else "previous_unrated"
    return EnrolmentResult(reason, str(title))


def _rated_at(
    rated_at: datetime | None, completed_at: datetime | None, rating: int | None
) -> datetime | None:
    """When a course was rated; rated before that was recorded: its completion (the earliest
    it can have been rated), so such a rest window is never longer than the rules allow."""
    if rating is None:
        return None
    return rated_at or completed_at


def _refusal(person: Participant | None, now: datetime) -> str | None:
    if person is None or person.deleted_at is not None:
        return "not_registered"
    if person.status == ParticipantStatus.REVOKED.value:
        return "revoked"
    if person.status not in CAN_BUY:
        return "not_selected"
    deadline = person.purchase_deadline
    first_purchase = person.status == ParticipantStatus.SELECTED.value
    if first_purchase and deadline is not None and deadline < now:
        return "deadline_passed"
    return None
