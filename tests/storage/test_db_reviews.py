"""Labels staff give to texts the assistant did not understand (the annotation queue)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from storage.crypto import PersonalDataCipher
from storage.keys import ConversationKey
from storage.repositories.deletion import DeletionRepository
from storage.repositories.identities import IdentityRepository
from storage.repositories.nlu_reviews import ReviewRepository, text_hash
from storage.repositories.participants import ParticipantRepository
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_participants import NOW, _new

AT = datetime(2025, 3, 10, 2, 0, tzinfo=UTC)
LONG = "tolong " * 2000  # longer than a PostgreSQL B-tree row may be: the key is a hash


async def _said(factory: Factory, user: str, *texts: str) -> ConversationKey:
    key = ConversationKey("webchat", user)
    entries = [TranscriptEntry("in", text, created_at=AT) for text in texts]
    await TranscriptRepository(factory).record(key, entries)
    return key


async def test_a_text_users_sent_is_labelled_and_relabelled(db_factory: Factory) -> None:
    await _said(db_factory, "w1", "qwzx daftar", LONG)
    reviews = ReviewRepository(db_factory)

    assert await reviews.label("qwzx daftar", "register", "supervisor")
    assert await reviews.label(LONG, "help", "supervisor")
    assert await reviews.label("qwzx daftar", "out_of_scope", "admin")  # replaces the first

    found = await reviews.of_texts(["qwzx daftar", "never labelled"])
    assert list(found) == ["qwzx daftar"]
    assert (found["qwzx daftar"].intent, found["qwzx daftar"].reviewer) == ("out_of_scope", "admin")
    assert [(r.text, r.intent) for r in await reviews.every()] == [
        (LONG, "help"),
        ("qwzx daftar", "out_of_scope"),
    ]
    assert await reviews.count() == 2
    assert [r.text for r in await reviews.recent(1)] == ["qwzx daftar"]
    assert found["qwzx daftar"].key == text_hash("qwzx daftar")


async def test_only_what_a_user_sent_can_be_labelled(db_factory: Factory) -> None:
    key = ConversationKey("webchat", "w1")
    await TranscriptRepository(db_factory).record(
        key, [TranscriptEntry("out", "balasan asisten", created_at=AT)]
    )
    reviews = ReviewRepository(db_factory)

    assert not await reviews.label("balasan asisten", "greet", "supervisor")  # the bot's words
    assert not await reviews.label("made up", "greet", "supervisor")
    assert await reviews.count() == 0


async def test_a_label_is_removed(db_factory: Factory) -> None:
    await _said(db_factory, "w1", "hmm gitu ya")
    reviews = ReviewRepository(db_factory)
    await reviews.label("hmm gitu ya", "affirm", "supervisor")

    assert await reviews.remove(text_hash("hmm gitu ya"))
    assert not await reviews.remove(text_hash("hmm gitu ya"))
    assert await reviews.every() == []


async def test_two_supervisors_labelling_at_once_leave_one_label(db_factory: Factory) -> None:
    await _said(db_factory, "w1", "bingung")
    reviews = ReviewRepository(db_factory)

    done = await asyncio.gather(
        *(reviews.label("bingung", intent, "supervisor") for intent in ("help", "help", "help"))
    )

    assert done == [True, True, True]
    assert [(r.text, r.intent) for r in await reviews.every()] == [("bingung", "help")]


async def test_erasing_a_participant_forgets_the_labels_of_what_they_sent(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    created = await participants.create(_new(), now=NOW)
    mine = await _said(db_factory, "mine", "rumah saya di gang mawar no 3", "halo kak")
    await participants.link_identity(created.id, mine.channel, mine.user_id)
    await _said(db_factory, "other", "halo kak", "lupa sandi")
    reviews = ReviewRepository(db_factory)
    for text, intent in (("rumah saya di gang mawar no 3", "inform"), ("halo kak", "greet"),
                         ("lupa sandi", "account_access")):  # fmt: skip
        assert await reviews.label(text, intent, "supervisor")

    assert await DeletionRepository(db_factory).anonymise(created.id, now=NOW)

    # "halo kak" goes too: a label cannot say who of those who sent a text it came from
    assert [r.text for r in await reviews.every()] == ["lupa sandi"]


async def test_erasing_a_visitor_forgets_the_labels_of_what_they_sent(
    db_factory: Factory,
) -> None:
    key = await _said(db_factory, "visitor", "alamat saya jl kenanga 5")
    reviews = ReviewRepository(db_factory)
    assert await reviews.label("alamat saya jl kenanga 5", "inform", "supervisor")
    deletion = DeletionRepository(db_factory)
    request_id = await deletion.request_deletion(key.channel, key.user_id, now=NOW)

    await IdentityRepository(db_factory).erase_unlinked(key.channel, key.user_id, request_id)

    assert await reviews.every() == []
