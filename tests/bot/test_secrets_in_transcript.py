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


async def test_our_code_typed_after_an_idle_pause_is_not_kept_in_the_transcript(
    runtime: Runtime,
) -> None:
    """The idle timeout parks the flow before the turn runs: the code it asked for, typed
    after the pause, is still ours and kept masked (before: stored in the clear)."""
    from storage.sessions import Session

    key = ConversationKey("webchat", "secret-idle")
    waiting = Session(flow="link_account", step="otp", last_activity=1.0, turns=3)
    await runtime.sessions.save(key, waiting)
    await runtime.engine.handle(Inbound("webchat", "secret-idle", "m1", text="482913"))
    await runtime.transcript.flush()
    history = await TranscriptRepository(create_session_factory(runtime.database)).history(key)
    typed = [entry for entry in history if entry.direction == "in"]
    assert len(typed) == 1 and "482913" not in (typed[0].text or "")


async def test_a_code_pasted_alone_is_not_kept_in_the_transcript(runtime: Runtime) -> None:
    key = ConversationKey("webchat", "secret-pasted")
    replies = await runtime.engine.handle(
        Inbound("webchat", "secret-pasted", "m1", text="RDM8K2J4L9")
    )
    assert any("⚠️" in reply.text for reply in replies)
    await runtime.transcript.flush()
    history = await TranscriptRepository(create_session_factory(runtime.database)).history(key)
    assert "RDM8K2J4L9" not in str([(entry.text, entry.entities) for entry in history])


async def test_an_order_number_typed_for_a_form_or_for_staff_is_kept(runtime: Runtime) -> None:
    """Shaped like a pasted code, but a form's step or a person asked for it: staff read it."""
    from storage.sessions import Session

    for user, waiting in (
        ("order-form", Session(flow="complaints", step="order", turns=3)),
        ("order-staff", Session(handoff="agent", turns=3)),
    ):
        key = ConversationKey("webchat", user)
        await runtime.sessions.save(key, waiting)
        await runtime.engine.handle(Inbound("webchat", user, "m1", text="ORD20260311"))
        await runtime.transcript.flush()
        repo = TranscriptRepository(create_session_factory(runtime.database))
        typed = [entry for entry in await repo.history(key) if entry.direction == "in"]
        assert [entry.text for entry in typed] == ["ORD20260311"], user


async def test_a_code_pasted_alone_is_not_kept_for_the_handoff_summary(runtime: Runtime) -> None:
    key = ConversationKey("webchat", "pasted-summary")
    await runtime.engine.handle(Inbound("webchat", "pasted-summary", "m1", text="RDM8K2J4L9"))
    session = await runtime.sessions.load(key)
    assert session is not None and session.profile.get("recent")
    assert "RDM8K2J4L9" not in str(session.profile["recent"])
