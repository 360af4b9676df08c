"""The asking chat's keyed index (``chat:<index>``) is public: link failures and the per-chat
OTP send counts (``bot.data_participants``) key their rows with the same one."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import AuditLog
from storage.repositories.link_failures import LINK_FAILED, LinkFailures
from tests.storage.conftest import Factory

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


async def test_the_chat_subject_is_public_and_what_failure_rows_carry(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    failures = LinkFailures(db_factory, cipher)
    subject = failures.chat_subject("whatsapp", "6281234567890")
    assert subject.startswith("chat:") and "6281234567890" not in subject
    assert subject != failures.chat_subject("telegram", "6281234567890")
    assert subject != f"chat:{cipher.blind_index('+6281234567890', 'phone')}"
    await failures.record("whatsapp", "6281234567890", "data", now=NOW)
    async with db_factory() as session:
        rows = (await session.scalars(sa.select(AuditLog.subject).where(
            AuditLog.action == LINK_FAILED))).all()  # fmt: skip
    assert list(rows) == [subject]
