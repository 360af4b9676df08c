"""A saved language is where a new session starts, not a choice the user's own writing cannot
override: a participant with English saved who writes clear Indonesian is answered in
Indonesian, told so once, and the record saves Indonesian for the next session."""

from __future__ import annotations

from bot.runtime import Runtime
from flows.responses import text
from tests.bot.language_chat import Chat, linked_in, saved_language


async def test_writing_indonesian_overrides_a_saved_english_and_saves_it(runtime: Runtime) -> None:
    repo, person = await linked_in(runtime, "follow-1", "en")
    chat = Chat(runtime, "follow-1")

    replies = await chat.send(text="halo min")

    assert replies[0].text == text("id", "language.followed")
    assert replies[1].text == text("id", "menu.title")
    assert await saved_language(repo, person) == "id"
    again = await chat.send(text="apa itu prakerja")
    assert text("id", "language.followed") not in [reply.text for reply in again]  # said once
    await chat.leave()
    assert (await chat.send(payload="start"))[0].text == text("id", "menu.title")


async def test_a_short_message_keeps_the_saved_language(runtime: Runtime) -> None:
    repo, person = await linked_in(runtime, "follow-2", "en")
    chat = Chat(runtime, "follow-2")

    replies = await chat.send(text="ok")

    assert text("en", "language.followed") not in [reply.text for reply in replies]
    assert (await chat.send(payload="start"))[0].text == text("en", "menu.title")
    assert await saved_language(repo, person) == "en"
