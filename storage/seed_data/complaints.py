"""Demo complaint tickets and their histories (the most frequent categories most often).

Functions of the ``DemoGenerator``: they draw from its random stream, in the order
``storage.seed`` calls them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from typing import TYPE_CHECKING

from storage.models import (
    ChannelIdentity,
    ComplaintEvent,
    ComplaintPriority,
    ComplaintStatus,
    ComplaintTicket,
)
from storage.seed_data import people

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator, Person

#: Agent notes on status changes of demo tickets.
NOTES = {
    ComplaintStatus.IN_PROGRESS: "Tiket ditangani agen.",
    ComplaintStatus.WAITING_USER: "Menunggu data tambahan dari peserta.",
}


def make_tickets(
    gen: DemoGenerator, persons: Sequence[Person], identities: Sequence[ChannelIdentity]
) -> list[tuple[ComplaintTicket, ComplaintStatus]]:
    """Tickets (most frequent categories most often), each with its final status."""
    rng = gen.rng
    identity_of = {identity.participant_id: identity for identity in identities}
    failed = [p for p in persons if p.stage == "incentive_failed"]
    categories = people.COMPLAINTS
    weights = list(range(len(categories), 0, -1))
    references: set[str] = set()
    tickets: list[tuple[ComplaintTicket, ComplaintStatus]] = []
    for _ in range(24):
        category, descriptions = rng.choices(categories, weights=weights)[0]
        if category == "incentive":
            person: Person | None = rng.choice(failed)
        else:
            person = rng.choice(persons) if rng.random() < 0.8 else None
        identity = identity_of.get(person.row.id) if person else None
        created = gen.now - timedelta(days=rng.randint(0, 45), minutes=rng.randint(0, 1439))
        status = rng.choices(list(ComplaintStatus), weights=(5, 4, 2, 4, 3))[0]
        priority = (
            ComplaintPriority.HIGH
            if category == "fraud"
            else rng.choice((ComplaintPriority.LOW, ComplaintPriority.NORMAL))
        )
        ticket = ComplaintTicket(
            reference=gen.unique(references, lambda: f"PRK-{rng.randint(10_000_000, 99_999_999)}"),
            category=category,
            description=rng.choice(descriptions),
            status=status.value,
            priority=priority.value,
            participant_id=person.row.id if person else None,
            channel_identity_id=identity.id if identity else None,
            created_at=created,
            updated_at=created,
        )
        tickets.append((ticket, status))
    return tickets


def make_events(
    gen: DemoGenerator,
    tickets: Sequence[tuple[ComplaintTicket, ComplaintStatus]],
    agents: Sequence[str],
) -> list[ComplaintEvent]:
    """The history of each (flushed) ticket up to its status; moves ``updated_at``."""
    rng = gen.rng
    events: list[ComplaintEvent] = []
    for ticket, status in tickets:
        events.append(
            ComplaintEvent(
                ticket_id=ticket.id,
                at=ticket.created_at,
                actor="assistant",
                kind="created",
                status=ComplaintStatus.OPEN.value,
                note=None,
            )
        )
        at = ticket.created_at
        path = {
            ComplaintStatus.OPEN: (),
            ComplaintStatus.IN_PROGRESS: (ComplaintStatus.IN_PROGRESS,),
            ComplaintStatus.WAITING_USER: (
                ComplaintStatus.IN_PROGRESS,
                ComplaintStatus.WAITING_USER,
            ),
            ComplaintStatus.RESOLVED: (ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED),
            ComplaintStatus.CLOSED: (
                ComplaintStatus.IN_PROGRESS,
                ComplaintStatus.RESOLVED,
                ComplaintStatus.CLOSED,
            ),
        }[status]
        agent = rng.choice(agents)
        for step in path:
            at = min(at + timedelta(hours=rng.randint(1, 30)), gen.now)
            events.append(
                ComplaintEvent(
                    ticket_id=ticket.id,
                    at=at,
                    actor=agent,
                    kind="status_changed",
                    status=step.value,
                    note=NOTES.get(step),
                )
            )
        ticket.updated_at = at
    return events
