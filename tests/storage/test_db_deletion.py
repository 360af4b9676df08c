"""Data deletion: a request is recorded, and anonymising erases a participant's personal data."""

from __future__ import annotations

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.keys import ConversationKey
from storage.models import (
    AuditLog,
    ChannelIdentity,
    ComplaintEvent,
    ComplaintTicket,
    Conversation,
    DataDeletionRequest,
    Handoff,
    HandoffNote,
    Message,
)
from storage.repositories.deletion import DeletionRepository
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.participants import ParticipantRepository
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_participants import NIK, NOW, _new


async def test_anonymise_erases_personal_data(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    deletion = DeletionRepository(db_factory)
    created = await participants.create(_new(), now=NOW)
    key = ConversationKey("whatsapp", "6281234567890")
    await participants.link_identity(created.id, key.channel, key.user_id)
    await TranscriptRepository(db_factory).record(
        key, [TranscriptEntry("in", f"NIK saya {NIK}", created_at=NOW)]
    )
    async with db_factory() as session, session.begin():
        ticket = ComplaintTicket(
            reference="PRK-123456",
            category="nik",
            description=f"NIK {NIK} sudah terdaftar",
            participant_id=created.id,
        )
        session.add(ticket)
        await session.flush()
        session.add(ComplaintEvent(ticket_id=ticket.id, actor="agent1", kind="note", note=NIK))
    handoffs = HandoffRepository(db_factory)
    queued = await handoffs.enqueue(key.channel, key.user_id, "general", "asked", {"name": "Siti"})
    note = "Bu Siti Rahmawati, rekening BNI salah nama"
    await handoffs.feedback.add_note(queued.id, "agent1", note)
    request_id = await deletion.request_deletion(key.channel, key.user_id, now=NOW)

    assert await deletion.anonymise(created.id, actor="agent1", now=NOW)

    erased = await participants.get(created.id)
    assert erased is not None and erased.status == "deleted" and erased.deleted_at == NOW
    assert (erased.nik, erased.kk, erased.name, erased.phone, erased.email) == (None,) * 5
    assert erased.date_of_birth is None and erased.region_code is None
    assert await participants.find_by_nik(NIK) is None
    assert await participants.find_by_identity(key.channel, key.user_id) is None
    async with db_factory() as session:
        assert await session.scalar(sa.select(sa.func.count(Message.id))) == 0
        conversation = (await session.scalars(sa.select(Conversation))).one()
        assert conversation.user_id.startswith("deleted:")
        identity = (await session.scalars(sa.select(ChannelIdentity))).one()
        assert identity.user_id.startswith("deleted:") and not identity.reachable
        ticket_row = (await session.scalars(sa.select(ComplaintTicket))).one()
        assert NIK not in ticket_row.description
        event = (await session.scalars(sa.select(ComplaintEvent))).one()
        assert event.note is not None and NIK not in event.note
        assert await session.scalar(sa.select(sa.func.count(HandoffNote.id))) == 0
        handoff = (await session.scalars(sa.select(Handoff))).one()
        assert handoff.summary is None
        request = await session.get(DataDeletionRequest, request_id)
        assert request is not None and request.status == "completed"
        actions = (await session.scalars(sa.select(AuditLog.action))).all()
        assert "participant.anonymised" in actions
    assert await deletion.anonymise(999) is False
    # the NIK is free again: the person may register anew later
    assert (await participants.create(_new(), now=NOW)).id != created.id
