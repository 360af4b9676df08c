"""While a chat waits for a person, the bot answers with the place in the queue and everything
the user typed stays in the transcript the agent reads."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from bot.runtime import Runtime
from flows import Inbound
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptRepository

ON_DUTY = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 WIB: staff are on duty


async def test_what_a_queued_user_types_is_kept_for_the_agent(runtime: Runtime) -> None:
    typed = ["mau bicara dengan petugas", "halo? ada orang ga?", "lama bgt sih", "ya", "cek syarat"]
    replies = []
    for number, text in enumerate(typed, 1):
        inbound = Inbound("webchat", "queued-user", f"m{number}", text=text)
        replies.append(await runtime.engine.handle(replace(inbound, timestamp=ON_DUTY)))
    assert "antrean" in replies[1][0].text and "nomor 1" in replies[1][0].text
    assert "antrean" in replies[2][0].text and "nomor 1" in replies[2][0].text
    assert "masih di antrean petugas" in replies[4][-1].text  # answered, then reminded

    await runtime.transcript.flush()
    repository = TranscriptRepository(create_session_factory(runtime.database))
    history = await repository.history(ConversationKey("webchat", "queued-user"))
    assert [e.text for e in history if e.direction == "in"] == typed
