"""Codes by SMS counted per asking network client too (SQLite and PostgreSQL): fresh chats from
one web chat client share its allowance, whatever chats and phones they ask for."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import AuditLog
from storage.repositories.link_otp_sends import (
    OTP_CLIENT,
    OTP_CLIENT_UNSENT,
    LinkOtpSendRepository,
    Refused,
    SendLimits,
)
from tests.storage.conftest import Factory
from tests.storage.test_db_otp_sends import _participant

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
SINCE = NOW - timedelta(hours=2)
CLIENT, OTHER = "tag-of-one-client", "tag-of-another"


def _limits(chat: str, client: str = CLIENT, *, per_client: int = 3) -> SendLimits:
    return SendLimits(SINCE, total=15, chat=chat, per_chat=5, numbers=3, client=client,
                      per_client=per_client)  # fmt: skip


async def test_fresh_chats_of_one_client_share_its_codes(db_factory: Factory) -> None:
    sends = LinkOtpSendRepository(db_factory)
    asked = [
        await sends.reserve_for_number(f"phone-{n}", "webchat", _limits(f"chat:{n}"), now=NOW)
        for n in range(4)
    ]
    assert all(isinstance(a, int) for a in asked[:3]) and asked[3] == Refused.CLIENT
    other = await sends.reserve_for_number("phone-3", "webchat", _limits("chat:9", OTHER), now=NOW)
    assert isinstance(other, int)  # another client is not held
    unknown = SendLimits(SINCE, total=15, chat="chat:8", per_chat=5, numbers=3)
    assert isinstance(await sends.reserve_for_number("phone-3", "telegram", unknown, now=NOW), int)
    later = NOW + timedelta(hours=2, minutes=1)
    again = SendLimits(later - timedelta(hours=2), total=15, chat="chat:7", client=CLIENT,
                       per_client=3)  # fmt: skip
    assert isinstance(await sends.reserve_for_number("phone-4", "webchat", again, now=later), int)


async def test_a_client_is_counted_across_participants_and_numbers(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person = await _participant(db_factory, cipher)
    sends = LinkOtpSendRepository(db_factory)
    assert isinstance(await sends.reserve(person, "webchat", _limits("chat:1"), now=NOW), int)
    assert isinstance(
        await sends.reserve_for_number("k", "webchat", _limits("chat:2"), now=NOW), int
    )
    assert isinstance(await sends.reserve(person, "webchat", _limits("chat:3"), now=NOW), int)
    assert await sends.reserve(person, "webchat", _limits("chat:4"), now=NOW) == Refused.CLIENT
    assert await sends.sent_since(person, SINCE) == 2  # the refused one left no row


async def test_a_send_the_gateway_could_not_make_does_not_count_for_the_client(
    db_factory: Factory,
) -> None:
    sends = LinkOtpSendRepository(db_factory)
    first = await sends.reserve_for_number("k1", "webchat", _limits("chat:1"), now=NOW)
    assert isinstance(first, int)
    await sends.release(first)
    await sends.release(first)  # twice: still one release
    for n in range(2, 5):
        sent = await sends.reserve_for_number(f"k{n}", "webchat", _limits(f"chat:{n}"), now=NOW)
        assert isinstance(sent, int)
    assert await sends.reserve_for_number("k5", "webchat", _limits("chat:5"), now=NOW) == (
        Refused.CLIENT
    )
    async with db_factory() as session:
        actions = (await session.scalars(sa.select(AuditLog.action))).all()
    assert actions.count(OTP_CLIENT) == 3 and actions.count(OTP_CLIENT_UNSENT) == 1


async def test_parallel_requests_of_one_client_never_pass_its_limit(db_factory: Factory) -> None:
    async def one(n: int) -> int | Refused:
        repository = LinkOtpSendRepository(db_factory)  # one per worker
        return await repository.reserve_for_number(f"k{n}", "webchat", _limits(f"chat:{n}"))

    results = await asyncio.gather(*(one(n) for n in range(8)))
    assert sum(not isinstance(result, Refused) for result in results) == 3
    assert results.count(Refused.CLIENT) == 5


async def test_the_client_is_kept_as_its_tag_only(db_factory: Factory) -> None:
    sends = LinkOtpSendRepository(db_factory)
    sent = await sends.reserve_for_number("k1", "webchat", _limits("chat:1"), now=NOW)
    async with db_factory() as session:
        rows = {row.action: row for row in (await session.scalars(sa.select(AuditLog))).all()}
    assert rows[OTP_CLIENT].subject == f"client:{CLIENT}"
    assert rows[OTP_CLIENT].actor == "chat:1" and rows[OTP_CLIENT].detail is None
    assert rows["link.otp_sent"].id == sent
    assert rows["link.otp_sent"].detail == {"channel": "webchat", "client_row": rows[OTP_CLIENT].id}
