"""A staff message delivered to the participant's chat with the ticket now waiting for them
counts as the chat having been shown that ticket (``flows.ticket_reply_typed.SHOWN``): the
participant's next free text ("pelatihannya Tata Boga Dasar, selesai tgl 10 november") is the
reply to it, as after a status answer showing it.

The mark is set with the session store's ``update`` (under the conversation's lock, so the
bot's own turn loses nothing); a store that is away leaves the delivery sent, only unmarked."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import structlog

from flows.ticket_reply_typed import SHOWN
from storage.errors import StorageError
from storage.keys import ConversationKey
from storage.sessions import Session, SessionStore

log = structlog.get_logger(__name__)


async def mark_shown(
    sessions: SessionStore, key: ConversationKey, reference: str, now: datetime
) -> None:
    """Mark ``key``'s chat as just shown ``reference`` waiting for the participant."""

    def change(session: Session) -> None:
        session.profile[SHOWN] = shown_with(session.profile.get(SHOWN), reference, now)

    try:
        await sessions.update(key, change)
    except StorageError as exc:
        log.warning("ticket_waiting_unmarked", reference=reference, error=type(exc).__name__)


def shown_with(before: Any, reference: str, now: datetime) -> dict[str, Any]:
    """The ``SHOWN`` mark with ``reference`` added to the ones already there, shown ``now``."""
    kept = before.get("references") if isinstance(before, dict) else None
    references = [r for r in kept if isinstance(r, str)] if isinstance(kept, list) else []
    if reference not in references:
        references.append(reference)
    return {"references": references, "at": now.timestamp()}
