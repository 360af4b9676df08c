"""One contract, every session-store backend (memory and Redis)."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis

from storage.crypto import PersonalDataCipher
from storage.errors import LockTimeout, StoreUnavailable
from storage.keys import ConversationKey
from storage.sessions import MemorySessionStore, RedisSessionStore, Session, SessionStore
from tests.support.services import REDIS_URL, require_redis

LOCK_WAIT = 2.0
"""Seconds a turn waits for the conversation's lock in these tests: 40 times what the queue
in the arrival-order test needs, so a loaded machine's stall is no failure (0.5 s was one once)."""


@pytest.fixture(params=["memory", "redis"])
async def store(request: pytest.FixtureRequest) -> AsyncIterator[SessionStore]:
    if request.param == "memory":
        yield MemorySessionStore(lock_timeout_seconds=LOCK_WAIT)
        return
    require_redis()
    client = aioredis.Redis.from_url(REDIS_URL)
    prefix = f"t{uuid.uuid4().hex[:10]}"
    backend = RedisSessionStore(
        client, prefix=prefix, lock_timeout_seconds=LOCK_WAIT, lock_ttl_seconds=5
    )
    yield backend
    keys = [k async for k in client.scan_iter(f"{prefix}:*")]
    if keys:
        await client.delete(*keys)
    await backend.close()


KEY = ConversationKey("webchat", "user-1")


async def test_missing_session_loads_as_none(store: SessionStore) -> None:
    assert await store.load(KEY) is None


async def test_save_and_load_round_trip(store: SessionStore) -> None:
    session = Session(language="en", flow="courses", step="list", slots={"page": 2, "cat": "IT"})
    session.profile["name"] = "Budi"
    await store.save(KEY, session)
    loaded = await store.load(KEY)
    assert loaded == session
    assert len(session.dumps()) < 1024


async def test_delete_forgets_the_session(store: SessionStore) -> None:
    await store.save(KEY, Session())
    await store.delete(KEY)
    assert await store.load(KEY) is None


async def test_conversations_are_isolated(store: SessionStore) -> None:
    await store.save(KEY, Session(flow="a"))
    other = ConversationKey("telegram", "user-1")
    assert await store.load(other) is None


async def test_dedup_remembers_results(store: SessionStore) -> None:
    assert await store.recall(KEY, "m1") is None
    await store.remember(KEY, "m1", b'[{"text":"hi"}]')
    assert await store.recall(KEY, "m1") == b'[{"text":"hi"}]'
    assert await store.recall(ConversationKey("telegram", "user-1"), "m1") is None


async def test_begin_and_commit_read_and_write_a_turn_at_once(store: SessionStore) -> None:
    assert await store.begin(KEY, "m1") == (None, None)
    session = Session(flow="courses", turns=1)
    await store.commit(KEY, session, "m1", b"[]")
    assert await store.begin(KEY, "m1") == (b"[]", None)  # a redelivery: the first result
    assert await store.begin(KEY, "m2") == (None, session)
    assert await store.begin(KEY, None) == (None, session)
    await store.commit(KEY, None, "m3", b"[1]")  # result only, session untouched
    assert await store.begin(KEY, "m3") == (b"[1]", None)
    assert await store.load(KEY) == session


async def test_lock_serialises_one_conversation_in_arrival_order(store: SessionStore) -> None:
    order: list[int] = []
    inside = 0

    async def turn(n: int) -> None:
        nonlocal inside
        async with store.lock(KEY):
            inside += 1
            assert inside == 1, "two turns of one conversation ran at once"
            await asyncio.sleep(0.01)
            order.append(n)
            inside -= 1

    tasks = []
    for n in range(6):
        tasks.append(asyncio.create_task(turn(n)))
        await asyncio.sleep(0)  # arrival order
    await asyncio.gather(*tasks)
    assert order == list(range(6))


async def test_different_conversations_run_in_parallel(store: SessionStore) -> None:
    both_inside = asyncio.Event()
    count = 0

    async def turn(user: str) -> None:
        nonlocal count
        async with store.lock(ConversationKey("webchat", user)):
            count += 1
            if count == 2:
                both_inside.set()
            await asyncio.wait_for(both_inside.wait(), 2)

    await asyncio.gather(turn("a"), turn("b"))


async def test_lock_times_out_instead_of_waiting_forever(store: SessionStore) -> None:
    held = asyncio.Event()
    release = asyncio.Event()

    async def holder() -> None:
        async with store.lock(KEY):
            held.set()
            await release.wait()

    task = asyncio.create_task(holder())
    await held.wait()
    with pytest.raises(LockTimeout):
        async with store.lock(KEY):
            pass
    release.set()
    await task


async def test_redis_lock_of_a_crashed_worker_expires() -> None:
    """A worker that died holding the lock does not block the conversation past the lock TTL."""
    require_redis()
    client = aioredis.Redis.from_url(REDIS_URL)
    prefix = f"t{uuid.uuid4().hex[:10]}"
    store = RedisSessionStore(client, prefix=prefix, lock_timeout_seconds=3, lock_ttl_seconds=0.5)
    # Simulate the dead worker: a lock key with a foreign token and a short expiry.
    await client.set(f"{prefix}:lock:webchat:user-1", b"dead-worker", px=500)
    async with store.lock(KEY):
        pass
    await client.delete(f"{prefix}:lock:webchat:user-1")
    await store.close()


async def test_redis_sessions_are_sealed_at_rest() -> None:
    """A NIK typed mid-registration never sits in Redis in the clear."""
    require_redis()
    client = aioredis.Redis.from_url(REDIS_URL)
    prefix = f"t{uuid.uuid4().hex[:10]}"
    cipher = PersonalDataCipher("test-secret-key-0123456789abcdef")
    store = RedisSessionStore(client, prefix=prefix, cipher=cipher)
    session = Session(flow="registration", slots={"nik": "3273012345670003"})
    await store.commit(KEY, session, "m1", b"[]")
    raw = await client.get(f"{prefix}:session:webchat:user-1")
    assert raw is not None and b"3273012345670003" not in raw
    assert await store.load(KEY) == session
    assert await store.begin(KEY, "m2") == (None, session)
    await client.delete(f"{prefix}:session:webchat:user-1", f"{prefix}:seen:webchat:user-1:m1")
    await store.close()


async def test_an_unreadable_session_is_dropped_not_fatal() -> None:
    """A session sealed with an old secret (or corrupted) must not lock the user out."""
    require_redis()
    client = aioredis.Redis.from_url(REDIS_URL)
    prefix = f"t{uuid.uuid4().hex[:10]}"
    old = RedisSessionStore(
        client, prefix=prefix, cipher=PersonalDataCipher("old-secret-0123456789")
    )
    await old.save(KEY, Session(flow="registration"))
    new = RedisSessionStore(
        client, prefix=prefix, cipher=PersonalDataCipher("new-secret-0123456789")
    )
    assert await new.load(KEY) is None
    assert await new.begin(KEY, "m1") == (None, None)
    await client.set(f"{prefix}:session:webchat:user-1", b"{not json")
    assert await RedisSessionStore(client, prefix=prefix).load(KEY) is None
    await client.delete(f"{prefix}:session:webchat:user-1")
    await client.aclose()


async def test_unreachable_redis_is_reported_not_hidden() -> None:
    client = aioredis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    store = RedisSessionStore(client)
    with pytest.raises(StoreUnavailable):
        await store.ping()
    with pytest.raises(StoreUnavailable):
        await store.load(KEY)
    await store.close()


def test_idle_expiry_keeps_language_and_profile() -> None:
    session = Session(language="en", flow="courses", step="list", slots={"page": 3})
    session.profile["name"] = "Sari"
    session.last_activity = 1000.0
    assert session.is_idle(1000.0 + 31 * 60, 30 * 60)
    assert not session.is_idle(1000.0 + 29 * 60, 30 * 60)
    session.expire()
    assert session.flow is None and session.slots == {}
    assert session.language == "en" and session.profile == {"name": "Sari"}
    assert session.suspended == {"flow": "courses", "step": "list", "slots": {"page": 3}}


async def test_a_turn_reads_under_the_lock_and_commits_once(store: SessionStore) -> None:
    async with store.turn(KEY, "m1") as turn:
        assert (turn.prior, turn.session) == (None, None)
        session = Session(flow="courses", turns=1)
        await turn.commit(session, b"[1]")
        with pytest.raises(RuntimeError):
            await turn.commit(session, b"[2]")
    async with store.turn(KEY, "m1") as again:  # a redelivery: the first result, no session
        assert (again.prior, again.session) == (b"[1]", None)
    async with store.turn(KEY, "m2") as nxt:
        assert (nxt.prior, nxt.session) == (None, session)
        await nxt.commit(None, b"[3]")  # result only: the session stays as it was
    async with store.turn(KEY, None) as bare:
        assert (bare.prior, bare.session) == (None, session)


async def test_turns_of_one_conversation_run_one_at_a_time_in_arrival_order(
    store: SessionStore,
) -> None:
    order: list[int] = []
    inside = 0

    async def one(n: int) -> None:
        nonlocal inside
        async with store.turn(KEY, f"m{n}") as turn:
            inside += 1
            assert inside == 1, "two turns of one conversation ran at once"
            await asyncio.sleep(0.01)
            order.append(n)
            inside -= 1
            await turn.commit(Session(turns=n), b"[]")

    tasks = []
    for n in range(6):
        tasks.append(asyncio.create_task(one(n)))
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    assert order == list(range(6))
    assert (await store.load(KEY)) == Session(turns=5)


async def test_a_failed_or_uncommitted_turn_releases_the_lock(store: SessionStore) -> None:
    with pytest.raises(ValueError):
        async with store.turn(KEY, "m1"):
            raise ValueError("a bug in a flow")
    async with store.turn(KEY, "m2"):
        pass  # not committed (like a redelivery)
    async with store.turn(KEY, "m3") as turn:  # would time out (0.5 s) if a lock were left
        assert turn.session is None
        await turn.commit(Session(), b"[]")
    assert await store.recall(KEY, "m1") is None  # the failed message can be processed again


async def test_a_turn_waits_for_another_workers_lock_then_times_out(store: SessionStore) -> None:
    held = asyncio.Event()
    release = asyncio.Event()

    async def holder() -> None:
        async with store.turn(KEY, "m1"):
            held.set()
            await release.wait()

    task = asyncio.create_task(holder())
    await held.wait()
    with pytest.raises(LockTimeout):
        async with store.turn(KEY, "m2"):
            pass
    release.set()
    await task


async def test_redis_turn_takes_two_round_trips_and_keeps_a_newer_owners_lock() -> None:
    """Lock + read in one script, write + unlock in another; a turn whose lock expired still
    writes its result but does not delete the lock another worker took meanwhile."""
    require_redis()
    client = aioredis.Redis.from_url(REDIS_URL)
    prefix = f"t{uuid.uuid4().hex[:10]}"
    store = RedisSessionStore(client, prefix=prefix, lock_timeout_seconds=1, lock_ttl_seconds=0.2)
    lock = f"{prefix}:lock:webchat:user-1"
    calls: list[str] = []
    original = client.execute_command

    async def counting(*args: object, **options: object) -> object:
        calls.append(str(args[0]))
        return await original(*args, **options)

    client.execute_command = counting  # type: ignore[method-assign]
    async with store.turn(KEY, "m1") as turn:
        await asyncio.sleep(0.3)  # our lock expires...
        await client.set(lock, b"another-worker", px=5000)  # ...and another worker takes it
        calls.clear()
        await turn.commit(Session(flow="x"), b"[1]")
        assert len(calls) == 1  # write + unlock: one call
    assert await client.get(lock) == b"another-worker"
    assert await store.recall(KEY, "m1") == b"[1]"
    await client.delete(lock)
    calls.clear()
    async with store.turn(KEY, "m2") as turn:
        await turn.commit(None, b"[]")
    assert len(calls) == 2, calls  # lock + read, write + unlock
    keys = [k async for k in client.scan_iter(f"{prefix}:*")]
    await client.delete(*keys)
    await store.close()


async def test_redis_turn_reports_an_unreachable_server() -> None:
    store = RedisSessionStore(
        aioredis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    )
    with pytest.raises(StoreUnavailable):
        async with store.turn(KEY, "m1"):
            pass
    await store.close()


async def test_update_changes_a_session_outside_a_turn(store: SessionStore) -> None:
    def mark(session: Session) -> str:
        session.handoff = "agent"
        return session.language

    assert await store.update(KEY, mark) == "id"  # a missing session starts empty
    loaded = await store.load(KEY)
    assert loaded is not None and loaded.handoff == "agent"
    async with store.turn(KEY, "m1") as turn:  # the lock was released
        assert turn.session == loaded


# -- answered marks: a redelivered message is answered once, whichever worker it reaches ---------


async def test_an_answered_mark_is_won_once_per_message(store: SessionStore) -> None:
    assert await store.mark_answered(KEY, "m1") is True
    assert await store.mark_answered(KEY, "m1") is False  # a redelivery
    assert await store.mark_answered(KEY, "m2") is True
    assert await store.mark_answered(ConversationKey("telegram", "user-1"), "m1") is True
    await store.unmark_answered(KEY, "m1")  # its answer could not be queued after all
    assert await store.mark_answered(KEY, "m1") is True
    await store.unmark_answered(KEY, "never-marked")


async def test_answered_marks_and_dedup_records_are_separate(store: SessionStore) -> None:
    """A notice's mark is no processed turn, and a processed turn's replies are not yet sent."""
    assert await store.mark_answered(KEY, "m1") is True
    assert await store.recall(KEY, "m1") is None
    await store.remember(KEY, "m2", b"[]")
    assert await store.mark_answered(KEY, "m2") is True


async def test_racing_marks_of_one_message_have_one_winner(store: SessionStore) -> None:
    won = await asyncio.gather(*(store.mark_answered(KEY, "m1") for _ in range(20)))
    assert won.count(True) == 1


async def test_memory_marks_expire_and_stay_bounded() -> None:
    expiring = MemorySessionStore(dedup_ttl_seconds=0.05)
    assert await expiring.mark_answered(KEY, "m1") is True
    await asyncio.sleep(0.06)
    assert await expiring.mark_answered(KEY, "m1") is True  # expired: new again
    bounded = MemorySessionStore(max_marks=3)
    for message_id in ("a", "b", "c", "d"):
        assert await bounded.mark_answered(KEY, message_id) is True
    assert await bounded.mark_answered(KEY, "d") is False
    assert await bounded.mark_answered(KEY, "a") is True  # the oldest was dropped


async def test_redis_marks_are_shared_by_workers_and_expire_with_the_dedup_window() -> None:
    require_redis()
    prefix = f"t{uuid.uuid4().hex[:10]}"
    clients = [aioredis.Redis.from_url(REDIS_URL) for _ in range(2)]
    workers = [RedisSessionStore(c, prefix=prefix, dedup_ttl_seconds=3600) for c in clients]
    won = await asyncio.gather(*(w.mark_answered(KEY, "m1") for w in workers * 10))
    assert won.count(True) == 1
    assert await workers[1].mark_answered(KEY, "m1") is False
    name = f"{prefix}:answered:webchat:user-1:m1"
    assert 3590 < await clients[0].ttl(name) <= 3600
    await clients[0].delete(name)
    for worker in workers:
        await worker.close()


async def test_unreachable_redis_marks_are_reported_not_hidden() -> None:
    client = aioredis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    store = RedisSessionStore(client)
    with pytest.raises(StoreUnavailable):
        await store.mark_answered(KEY, "m1")
    with pytest.raises(StoreUnavailable):
        await store.unmark_answered(KEY, "m1")
    await store.close()
