"""A place freed because a chat ends goes at once to the oldest waiting chat (``crm.auto_assign``,
one open chat each here; SQLite and PostgreSQL), not at the queue's next refresh: when the
participant leaves the staff member holding their chat (the bot's ``CancelHandoff``, the
"Selesai dengan petugas" button) and when the staff member hands it back to the bot. The same
rules as any hand-out: only available staff under the cap, never back to someone who held the
chat before, one chat to one person when two places free at the same moment. A participant who
stops waiting frees no place: nothing is handed out."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from bot.data import DataAnswers
from crm.console import Console
from flows import Outbound
from flows.queries import CancelHandoff
from flows.responses import text
from storage.crypto import PersonalDataCipher
from storage.keys import ConversationKey
from storage.repositories.handoff_assign import AutoAssign
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.staff import StaffRecord, StaffRepository
from storage.repositories.staff_presence import Presence
from storage.repositories.transcript import TranscriptRepository
from storage.sessions import MemorySessionStore, Session
from tests.storage.conftest import SECRET, Factory
from tests.storage.test_db_crm import _staff

ONE_EACH = AutoAssign(enabled=True, max_open_per_agent=1)


class Desk:
    """The console and the bot's answers over one database and session store, wired as the
    runtime wires them; what was sent to each chat."""

    def __init__(self, factory: Factory) -> None:
        self.handoffs = HandoffRepository(factory, ONE_EACH)
        self.sessions = MemorySessionStore()
        self.sent: dict[str, list[str]] = {}
        self.console = Console(
            self.handoffs, TranscriptRepository(factory), self.sessions, self._deliver,
            Presence(factory),
        )  # fmt: skip
        self.answers = DataAnswers(factory, PersonalDataCipher(SECRET), auto_assign=ONE_EACH)
        self.answers.place_freed = self.console.hand_out
        self.staff = StaffRepository(factory)

    async def _deliver(self, channel: str, user_id: str, replies: list[Outbound]) -> None:
        self.sent.setdefault(user_id, []).extend(reply.text for reply in replies)

    async def ask(self, user_id: str) -> int:
        """The participant asks for a person; their session says who answers, as the bot's."""
        queued = await self.handoffs.enqueue("webchat", user_id, "general", "asked", None)
        session = Session()
        session.handoff = "queued" if queued.agent is None else "agent"
        await self.sessions.save(ConversationKey("webchat", user_id), session)
        return queued.id

    async def leave(self, user_id: str) -> bool:
        """The participant leaves (the bot's query, as their turn yields it)."""
        return bool(await self.answers(CancelHandoff("webchat", user_id)))

    async def holders(self) -> dict[str, str | None]:
        return {i.user_id: i.assignee for i in await self.handoffs.open_items()}

    async def handoff(self, user_id: str) -> str | None:
        session = await self.sessions.load(ConversationKey("webchat", user_id))
        return None if session is None else session.handoff

    async def record(self, staff_id: int) -> StaffRecord:
        found = await self.staff.get(staff_id)
        assert found is not None
        return found


def _assigned(agent: str) -> str:
    return text("id", "handoff.assigned", agent=agent)


async def test_a_participant_leaving_gives_the_place_to_the_oldest_waiting_chat(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = Desk(db_factory)
    await Presence(db_factory).switch(sari, True)
    await desk.ask("u1")  # assigned at once: Sari is at the cap of 1
    await desk.ask("u2")
    await desk.ask("u3")
    assert await desk.holders() == {"u1": "Sari", "u2": None, "u3": None}

    assert await desk.leave("u1")

    assert await desk.holders() == {"u2": "Sari", "u3": None}  # the oldest, at once
    assert (await desk.handoff("u2"), desk.sent["u2"]) == ("agent", [_assigned("Sari")])
    assert (await desk.handoff("u3"), "u3" in desk.sent) == ("queued", False)

    assert await desk.leave("u3")  # stopped waiting: no place was freed
    assert await desk.holders() == {"u2": "Sari"}
    assert not await desk.leave("u3")  # nothing open any more


async def test_a_participant_who_stops_waiting_hands_nothing_out(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = Desk(db_factory)
    calls: list[None] = []

    async def counted() -> None:
        calls.append(None)
        await desk.console.hand_out()

    desk.answers.place_freed = counted
    await desk.ask("u1")  # nobody available: it waits
    await desk.ask("u2")
    await Presence(db_factory).switch(sari, True)

    assert await desk.leave("u1")

    assert calls == []  # only a held chat frees a place
    assert await desk.holders() == {"u2": None}  # the next refresh hands it out


async def test_a_hand_back_gives_the_place_to_the_oldest_waiting_chat(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = Desk(db_factory)
    await Presence(db_factory).switch(sari, True)
    first = await desk.ask("u1")
    await desk.ask("u2")

    await desk.console.hand_back(first, await desk.record(sari))

    assert await desk.holders() == {"u2": "Sari"}
    assert (await desk.handoff("u2"), desk.sent["u2"]) == ("agent", [_assigned("Sari")])
    assert await desk.handoff("u1") is None  # the bot answers u1 again


async def test_a_freed_place_never_takes_back_a_chat_its_holder_held_before(
    db_factory: Factory,
) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    desk = Desk(db_factory)
    presence = Presence(db_factory)
    await presence.switch(sari, True)
    held_before = await desk.ask("u1")  # Sari's ...
    boss = replace(await desk.record(budi), username="boss", role="supervisor")
    assert await desk.console.requeue(held_before, boss)
    await desk.ask("u2")  # ... then put back in the queue: Sari now holds u2
    await desk.ask("u3")
    assert await desk.holders() == {"u1": None, "u2": "Sari", "u3": None}

    assert await desk.leave("u2")

    assert await desk.holders() == {"u1": None, "u3": "Sari"}  # u1 was Sari's before
    await desk.console.set_available(await desk.record(budi), True)  # someone else: theirs
    assert await desk.holders() == {"u1": "Budi", "u3": "Sari"}


async def test_two_places_freed_at_once_give_each_waiting_chat_once(
    db_factory: Factory,
) -> None:
    staff = await _staff(db_factory, "sari", "budi")
    desk = Desk(db_factory)
    presence = Presence(db_factory)
    for staff_id in staff:
        await presence.switch(staff_id, True)
    await desk.ask("u1")
    await desk.ask("u2")  # Sari and Budi hold one each
    await desk.ask("u3")  # one waiting chat

    left = await asyncio.gather(desk.leave("u1"), desk.leave("u2"))

    assert left == [True, True]
    assert list(await desk.holders()) == ["u3"]
    assert (await desk.holders())["u3"] in ("Sari", "Budi")
    assert desk.sent["u3"] in ([_assigned("Sari")], [_assigned("Budi")])  # told once
