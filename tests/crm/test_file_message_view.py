"""A file the participant sent, as the console shows it: the transcript's placeholder, linked to
the page of the ticket the file is on (never to the file); nothing else becomes a link."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crm.pages import message_fields
from crm.transcript_view import messages
from storage.repositories.transcript import TranscriptEntry

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)
KEPT = "[📎 foto PNG 120 KB dilampirkan ke tiket PRK-52350109] ini ss nya"


def test_a_kept_file_links_to_its_tickets_page() -> None:
    entry = TranscriptEntry("in", KEPT, payload="attachment:ticket:42", created_at=AT)
    shown = message_fields(entry)
    assert shown["text"] == KEPT and shown["link"] == "/crm/tickets/42"


@pytest.mark.parametrize(
    "entry",
    [
        TranscriptEntry("in", "[📎 file tidak disimpan: terlalu besar]", created_at=AT),
        TranscriptEntry("in", None, payload="attachment:ticket:42", created_at=AT),
        TranscriptEntry("out", "Bukti sudah aku lampirkan", payload="attachment:ticket:42"),
        TranscriptEntry("in", KEPT, payload="attachment:ticket:42/../../x"),
        TranscriptEntry("in", KEPT, payload="xattachment:ticket:42"),
        TranscriptEntry("in", "halo", payload="flow:complaints"),
    ],
)
def test_anything_else_is_not_a_link(entry: TranscriptEntry) -> None:
    assert "link" not in message_fields(entry)


def test_the_page_and_its_live_feed_show_the_link() -> None:
    from crm.pages import _message

    [shown] = messages([TranscriptEntry("in", KEPT, payload="attachment:ticket:7", created_at=AT)])
    html = _message(shown)
    assert f'<a href="/crm/tickets/7">{KEPT}</a></div>' in html
