"""How the console shows the first-response targets of complaint tickets (internal, for staff
only: participants are never told a time; ``storage.repositories.ticket_targets``).

On the ticket list, a ticket awaiting staff's first message to the participant says in words
how long is left ("Sisa 5 jam") or how late it is ("Lewat target 3 jam"), never by colour
alone, with its due time in the staff time zone as the title; a ticket staff have written to
says when they first did ("Respons pertama ..."). The list filters on overdue tickets ("Lewat
target") and can put the earliest due first ("Tenggat terdekat"). The queue page's link to the
desk counts the tickets with a new participant reply and the overdue ones (all, and the staff
member's own). A ticket's page says the same words next to its status, with the due time
written out; the target is its current priority's, so a new priority moves it at once. The
hours count on the clock ``crm.ticket_targets_clock`` names (staff hours by default,
``crm.staff_time.target_clock``); the words say the wall-clock time to or since the due time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from html import escape
from typing import Literal

from crm.staff_time import StaffZone
from storage.repositories.ticket_desk import DeskTicket, Filters
from storage.repositories.ticket_replies import Unread
from storage.repositories.ticket_targets import Overdue

__all__ = [
    "DUE_ORDER",
    "OVERDUE",
    "DueState",
    "DueView",
    "due_fact",
    "due_mark",
    "due_state",
    "overdue_box",
    "span",
    "tickets_nav",
]

DUE_ORDER = ("due", "Tenggat terdekat")
"""The list's order by the earliest first-response due (its query code and label)."""
OVERDUE = "Lewat target"
RESPONDED = "Respons pertama"
"""Not "dibalas": the list says that of the participant's reply."""


@dataclass(frozen=True, slots=True)
class DueView:
    """What the list needs for the targets: the time it was read at (the overdue filter's
    too), and how many tickets are overdue."""

    now: datetime
    overdue: Overdue


def span(delta: timedelta) -> str:
    """A duration as staff read it, rounded down: ``40 mnt``, ``5 jam``, ``3 hari`` (at least
    ``1 mnt``)."""
    minutes = max(int(delta.total_seconds() // 60), 1)
    if minutes < 60:
        return f"{minutes} mnt"
    hours = minutes // 60
    return f"{hours} jam" if hours < 48 else f"{hours // 24} hari"


@dataclass(frozen=True, slots=True)
class DueState:
    """Where one ticket stands against its first-response target, in words: ``late`` or
    ``left`` while staff have not written (with the due time in the staff zone), or
    ``responded``."""

    kind: Literal["late", "left", "responded"]
    words: str
    due: str = ""


def due_state(ticket: DeskTicket, zone: StaffZone, now: datetime) -> DueState | None:
    """None for a ticket resolved or closed without a message to the participant."""
    if ticket.due_at is not None:
        due = zone.show(ticket.due_at)
        if ticket.due_at < now:
            return DueState("late", f"{OVERDUE} {span(now - ticket.due_at)}", due)
        return DueState("left", f"Sisa {span(ticket.due_at - now)}", due)
    if ticket.first_response_at is not None:
        return DueState("responded", f"{RESPONDED} {zone.show(ticket.first_response_at)}")
    return None


def due_mark(ticket: DeskTicket, zone: StaffZone, due: DueView | None) -> str:
    """The line a list row adds under the ticket's reference: the state's words, the due time
    as their title."""
    state = due_state(ticket, zone, due.now if due is not None else datetime.now(UTC))
    if state is None:
        return ""
    words = escape(state.words)
    if state.kind == "responded":
        return f'<br><span class="meta responded">{words}</span>'
    title = escape(f"Tenggat respons pertama: {state.due}")
    if state.kind == "late":
        return f'<br><strong class="badge late due" title="{title}">{words}</strong>'
    return f'<br><span class="meta due" title="{title}">{words}</span>'


def due_fact(ticket: DeskTicket, zone: StaffZone, now: datetime) -> str:
    """A ticket page's first-response target: the state's words with the due time written
    out."""
    state = due_state(ticket, zone, now)
    if state is None:
        return ""
    words = escape(state.words)
    if state.kind == "responded":
        return f'<span class="responded">{words}</span>'
    due = f'<span class="meta">(tenggat {escape(state.due)})</span>'
    if state.kind == "late":
        return f'<strong class="badge late due">{words}</strong> {due}'
    return f'<span class="due">{words}</span> {due}'


def overdue_box(filters: Filters, due: DueView | None) -> str:
    """The list's "Lewat target" filter, with how many tickets are overdue."""
    checked = " checked" if filters.overdue else ""
    total = due.overdue.total if due is not None else 0
    return (
        f'<label><input type="checkbox" name="overdue" value="1"{checked}> {OVERDUE} '
        f'(<span id="overdue-count">{total}</span>)</label> '
    )


def tickets_nav(replies: Unread, overdue: Overdue) -> str:
    """The queue page's link to the ticket desk, with how many tickets have a reply staff have
    not seen; below it, when there are any, how many are past their first-response target
    (all, and the viewer's)."""
    counted = ""
    if replies.total:
        counted = (
            ' <a href="/crm/tickets?replied=1" class="badge" id="ticket-replies">'
            f"{replies.total} tiket dengan balasan baru</a>"
        )
    if replies.mine:
        counted += (
            ' <a href="/crm/tickets?replied=1&amp;mine=1" id="my-ticket-replies">'
            f"{replies.mine} di tiket saya</a>"
        )
    nav = f'<p id="ticket-nav"><a href="/crm/tickets">Tiket pengaduan</a>{counted}</p>'
    if not overdue.total:
        return nav
    late = (
        '<a href="/crm/tickets?order=due&amp;overdue=1" class="badge late" '
        f'id="ticket-overdue">{overdue.total} tiket lewat target respons</a>'
    )
    if overdue.mine:
        late += (
            ' <a href="/crm/tickets?order=due&amp;mine=1&amp;overdue=1" id="my-ticket-overdue">'
            f"{overdue.mine} lewat target di tiket saya</a>"
        )
    return f'{nav}<p id="ticket-targets">{late}</p>'
