"""A clear English message from a linked participant with Indonesian saved is answered in
English, told so once, and the record saves English for the next session (the mirror of
``test_language_followed``); an English courtesy ("thank you") saves nothing."""

from __future__ import annotations

from bot.runtime import Runtime
from flows.responses import text
from tests.bot.language_chat import Chat, linked_in, saved_language


async def test_writing_english_overrides_a_saved_indonesian_and_saves_it(runtime: Runtime) -> None:
    repo, person = await linked_in(runtime, "english-1", "id")
    chat = Chat(runtime, "english-1")
    assert (await chat.send(text="halo min"))[0].text == text("id", "menu.title")

    replies = await chat.send(text="how do I check my incentive status?")

    assert replies[0].text == text("en", "language.followed")
    assert await saved_language(repo, person) == "en"
    again = await chat.send(text="what is prakerja?")
    assert text("en", "language.followed") not in [reply.text for reply in again]  # said once
    await chat.leave()
    assert (await chat.send(payload="start"))[0].text == text("en", "menu.title")


async def test_writing_back_in_indonesian_saves_indonesian_again(runtime: Runtime) -> None:
    repo, person = await linked_in(runtime, "english-2", "id")
    chat = Chat(runtime, "english-2")
    await chat.send(text="how do I check my incentive status?")
    assert await saved_language(repo, person) == "en"

    replies = await chat.send(text="status aku gmn")

    assert await saved_language(repo, person) == "id"
    assert text("id", "language.followed") not in [reply.text for reply in replies]


async def test_an_english_courtesy_keeps_and_saves_nothing(runtime: Runtime) -> None:
    repo, person = await linked_in(runtime, "english-3", "id")
    chat = Chat(runtime, "english-3")

    for courtesy in ("ok", "thanks", "sorry", "thank you", "oh i see"):
        replies = await chat.send(text=courtesy)
        assert text("en", "language.followed") not in [reply.text for reply in replies]

    assert await saved_language(repo, person) == "id"
    assert (await chat.send(payload="start"))[0].text == text("id", "menu.title")
