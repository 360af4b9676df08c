"""A CRM agent's replies reach Telegram and WhatsApp users at once, in chat order."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from bot.channels.agent_replies import Undeliverable
from bot.runtime import Runtime
from flows import Inbound, Outbound
from storage.db import create_session_factory
from storage.repositories.staff import StaffRepository
from tests.channels import payloads
from tests.channels.fake_graph import FakeGraph
from tests.channels.fake_telegram import FakeTelegram

ON_DUTY = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 WIB


async def _take_and_reply(runtime: Runtime, channel: str, user_id: str) -> None:
    ask = Inbound(channel, user_id, "m1", text="mau bicara dengan petugas")
    await runtime.engine.handle(replace(ask, timestamp=ON_DUTY))
    assert runtime.crm is not None
    console = runtime.crm.console
    agent = await StaffRepository(create_session_factory(runtime.database)).by_username("agent1")
    assert agent is not None
    (item,) = [i for i in await console.queue() if i.user_id == user_id]
    assert await console.take(item.id, agent)
    await console.reply(item.id, agent, "Halo dari petugas")
    await console.hand_back(item.id, agent)
    await runtime.channels.idle()


async def test_telegram_user_gets_the_agents_words(
    runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    await _take_and_reply(runtime, "telegram", str(payloads.TELEGRAM_USER))
    sent = fake_telegram.sent_texts()
    assert any("Budi Santoso" in text for text in sent)
    assert sent.index("Halo dari petugas") < len(sent) - 2  # then the hand-back messages
    assert "asisten virtual" in sent[-2] and "Seberapa puas" in sent[-1]
    rating = fake_telegram.calls("sendMessage")[-1]["reply_markup"]
    assert "csat:" in str(rating)  # the 1-5 buttons


async def test_whatsapp_user_gets_the_agents_words(
    runtime: Runtime, fake_graph: FakeGraph
) -> None:
    await _take_and_reply(runtime, "whatsapp", payloads.WHATSAPP_USER)
    assert "Halo dari petugas" in fake_graph.texts()


async def test_a_channel_that_cannot_be_reached_outside_a_turn_says_so(runtime: Runtime) -> None:
    from bot.channels.agent_replies import AgentReplies

    deliver = AgentReplies(runtime.channels, runtime.sessions)
    with pytest.raises(Undeliverable):
        await deliver("console", "someone", [Outbound("halo")])
