"""Where a conversation's open handoff stands, as the web chat page shows it after a reload
(SQLite and PostgreSQL): the place in the queue as the bot tells it, the agent's display name."""

from __future__ import annotations

from storage.repositories.handoffs import HandoffRepository, HandoffStatus
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff


async def test_the_status_follows_the_handoff_from_queue_to_agent_to_closed(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    handoffs = HandoffRepository(db_factory)
    assert await handoffs.status("webchat", "u1") is None
    first = await handoffs.enqueue("webchat", "u1", "general", "asked", None)
    await handoffs.enqueue("webchat", "u2", "general", "asked", None)
    await handoffs.enqueue("telegram", "u2", "complaints", "asked", None)  # another queue
    assert await handoffs.status("webchat", "u2") == HandoffStatus("queued", 2, None)
    assert await handoffs.position("webchat", "u2") == 2  # what the bot's messages say
    assert await handoffs.status("telegram", "u2") == HandoffStatus("queued", 1, None)

    assert await handoffs.take(first.id, sari, "crm:sari")
    assert await handoffs.status("webchat", "u1") == HandoffStatus("assigned", None, "Sari")
    assert await handoffs.status("webchat", "u2") == HandoffStatus("queued", 1, None)
    assert await handoffs.close(first.id, sari, "crm:sari")
    assert await handoffs.status("webchat", "u1") is None
