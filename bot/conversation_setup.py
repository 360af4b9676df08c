"""The ``setup`` of a conversation test (``bot.conversations``): the chat linked to a seeded
participant with its balance, deadline and last incentive adjusted, no open wave, a ticket staff
moved, the session's language or handoff; and the placeholders a turn may type
(``{seeded_nik}``, ``{seeded_dob}``, ...)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import sqlalchemy as sa

from bot.data import DataAnswers
from flows.complaint_topics import CATEGORIES
from storage.keys import ConversationKey
from storage.models import ComplaintTicket, IncentivePayment, Participant, StaffUser, Wave
from storage.repositories.participants import ParticipantRepository
from storage.repositories.ticket_desk import TicketDeskRepository
from storage.repositories.ticket_moves import Change
from storage.repositories.tickets import TicketRepository

CHANNEL = "webchat"


DATA_AT = datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
"""The tests' "today" (Tuesday 10.00 WIB): the demo data is seeded as of it (the open wave 72
from 30 November to 3 December, the selected participants' deadlines), the open wave is looked
up at it, and a conversation without ``at`` happens at it. Before, all three followed the wall
clock, and a test naming "3 Desember" failed from the next day on."""


def moment(value: Any) -> datetime:
    """A conversation's ``at`` as an aware datetime (UTC when no zone is given); none given:
    ``DATA_AT``."""
    if value is None:
        return DATA_AT
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _now(setup: dict[str, Any]) -> datetime:
    """The conversation's clock, from which ``deadline_days`` and ``no_open_wave`` count."""
    return moment(setup.get("at"))


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
            deadline = _now(setup) + timedelta(days=float(setup["deadline_days"]))
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


async def apply_setup(
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
    linked_id: int | None = None
    if "link" in setup:
        async with factory() as session:
            pid = await session.scalar(
                sa.select(Participant.id)
                .where(Participant.status == setup["link"])
                .order_by(Participant.id)
                .limit(1)
            )
        assert pid is not None, f"no seeded participant with status {setup['link']}"
        linked_id = int(pid)  # the session saved below knows it, as a returning chat's does
        await repo.link_identity(int(pid), CHANNEL, user)
        await _adjust_linked(setup, factory, int(pid))
    if setup.get("no_open_wave"):
        now = _now(setup)
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
        session_state.participant_id = linked_id
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
