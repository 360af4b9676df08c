"""What the console shows of a transcript (the conversation page and its live feed): who
wrote each message, when (staff time), and what, with a tapped button shown by the title it
had (the outbound message before it keeps the offered buttons) rather than its payload. A
file the participant sent (``bot.channels.attachment_log``) links to the ticket it is on."""

from __future__ import annotations

from collections.abc import Sequence

import orjson

from crm import labels
from crm.staff_time import WIB, StaffZone
from flows.safety import strip_secrets
from storage.repositories.transcript import TranscriptEntry

TICKET_PAYLOAD = "attachment:ticket:"
"""A file message's payload, then its ticket's id (``bot.channels.attachment_log``)."""


def offered(entry: TranscriptEntry) -> dict[str, str]:
    """The buttons an outbound message offered, payload -> title (none for an inbound one,
    or a payload that is not the serialised buttons)."""
    if entry.direction != "out" or not entry.payload:
        return {}
    try:
        buttons = orjson.loads(entry.payload)
    except orjson.JSONDecodeError:
        return {}
    if not isinstance(buttons, list):
        return {}
    return {
        str(b["payload"]): str(b["title"])
        for b in buttons
        if isinstance(b, dict) and "payload" in b and "title" in b
    }


def message_fields(
    entry: TranscriptEntry, zone: StaffZone = WIB, titles: dict[str, str] | None = None
) -> dict[str, str]:
    """One message as the page shows it; ``titles``: the buttons offered before it."""
    kind = "in" if entry.direction == "in" else ("agent" if entry.author else "out")
    if entry.text is not None:
        shown = _shown(entry)
    else:
        code = entry.payload or ""
        shown = f"[{(titles or {}).get(code) or labels.payload(code)}]"
    fields = {
        "kind": kind,
        "who": {"in": "Peserta", "out": "Bot"}.get(kind, entry.author or ""),
        "when": zone.show(entry.created_at) if entry.created_at else "",
        "text": shown,
    }
    ticket = ticket_of(entry)
    if ticket is not None:
        fields["link"] = f"/crm/tickets/{ticket}"
    return fields


def ticket_of(entry: TranscriptEntry) -> int | None:
    """The ticket a file the participant sent went onto, if this entry is one."""
    if entry.direction != "in" or entry.text is None or not entry.payload:
        return None
    kind, _, ticket = entry.payload.partition(TICKET_PAYLOAD)
    return int(ticket) if not kind and ticket.isascii() and ticket.isdigit() else None


def messages(history: Sequence[TranscriptEntry], zone: StaffZone = WIB) -> list[dict[str, str]]:
    """Every message of ``history`` (oldest first) as the page shows it."""
    shown: list[dict[str, str]] = []
    titles: dict[str, str] = {}  # a later message's title wins (an older button may be tapped)
    for entry in history:
        shown.append(message_fields(entry, zone, titles))
        titles.update(offered(entry))
    return shown


def _shown(entry: TranscriptEntry) -> str:
    """A user's text with any secret masked again: rows stored before a secret's kind was
    recognised must not show it to staff either."""
    text = entry.text or ""
    return strip_secrets(text) if entry.direction == "in" else text


def stamp(history: Sequence[TranscriptEntry]) -> str:
    """Changes whenever a message is added: the live feed compares it before redrawing."""
    last = history[-1].created_at if history else None
    return f"{len(history)}:{last.isoformat() if last else ''}"
