"""One decision, two renderings: where a ticket stands against its first-response target."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crm.staff_time import StaffZone
from crm.ticket_targets import DueView, due_fact, due_mark, due_state
from storage.repositories.ticket_desk import DeskTicket
from storage.repositories.ticket_targets import Overdue

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
ZONE = StaffZone(8, "WITA")


def ticket(*, due: timedelta | None = None, responded: timedelta | None = None) -> DeskTicket:
    return DeskTicket(
        1, "PRK-123456", "sertifikat", "new", "normal", NOW - timedelta(days=1), NOW, None, None,
        first_response_at=None if responded is None else NOW - responded,
        due_at=None if due is None else NOW + due,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "kind", "words", "due"),
    [
        (ticket(due=-timedelta(hours=3, minutes=20)), "late", "Lewat target 3 jam",
         "29-11-2026 16:40 WITA"),
        (ticket(due=timedelta(minutes=40)), "left", "Sisa 40 mnt", "29-11-2026 20:40 WITA"),
        (ticket(responded=timedelta(hours=2)), "responded",
         "Respons pertama 29-11-2026 18:00 WITA", ""),
    ],
)  # fmt: skip
def test_both_renderings_say_the_same_state(
    subject: DeskTicket, kind: str, words: str, due: str
) -> None:
    state = due_state(subject, ZONE, NOW)
    assert state is not None
    assert (state.kind, state.words, state.due) == (kind, words, due)
    view = DueView(NOW, Overdue(0, 0))
    for shown in (due_mark(subject, ZONE, view), due_fact(subject, ZONE, NOW)):
        assert words in shown
        assert ("late" in shown) == (kind == "late")
        assert (due in shown) if due else "tenggat" not in shown.lower()


def test_a_ticket_closed_without_a_message_shows_nothing() -> None:
    assert due_state(ticket(), ZONE, NOW) is None
    assert due_mark(ticket(), ZONE, DueView(NOW, Overdue(0, 0))) == ""
    assert due_fact(ticket(), ZONE, NOW) == ""
