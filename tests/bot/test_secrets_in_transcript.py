"""Regression: a password or an OTP typed inside a longer message was stored verbatim in the
transcript staff read in the CRM ("aku kasih password aku aja ya biar cepet dicek: ...")."""

from __future__ import annotations

import pytest

from bot.runtime import Runtime
from flows.messages import Inbound
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptRepository


@pytest.mark.parametrize(
    ("said", "secret"),
    [
        ("aku kasih password aku aja ya biar cepet dicek: Rahasia123", "Rahasia123"),
        ("ini kode otp yg masuk ke nomor lama 482913 bisa dipake ga", "482913"),
        ("min ada yg minta kode otp aku 738201, udh aku kasih", "738201"),
        ("kode redeem aku error, kodenya 8XK2-99AB", "8XK2-99AB"),
    ],
)
async def test_a_secret_in_a_message_is_not_kept_in_the_transcript(
    runtime: Runtime, said: str, secret: str
) -> None:
    key = ConversationKey("webchat", "secret-1")
    replies = await runtime.engine.handle(Inbound("webchat", "secret-1", "m1", text=said))
    assert any("⚠️" in reply.text for reply in replies)  # the user is warned
    await runtime.transcript.flush()
    history = await TranscriptRepository(create_session_factory(runtime.database)).history(key)
    typed = [entry for entry in history if entry.direction == "in"]
    assert len(typed) == 1 and "[disembunyikan]" in (typed[0].text or "")
    assert secret not in str([(entry.text, entry.entities) for entry in history])
