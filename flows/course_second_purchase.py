"""A next course chosen while one bought before is still open: refused before the purchase's
confirmation is asked, with what to do first. DOMAIN.md: the rest of the balance is spent only
after the first course is completed and rated (then within ``rest_days`` in the current rules);
before, "Pilih pelatihan ini" then "Ya, beli" bought a second course at once. The data layer
refuses it too (``storage.repositories.enrolments``: ``previous_unfinished``,
``previous_unrated``)."""

from __future__ import annotations

from flows.messages import Outbound
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView


def still_open(records: list[EnrolmentView]) -> EnrolmentView | None:
    """The oldest course bought and not yet completed and rated (a cancelled one counts not)."""
    open_ = [
        r for r in records if r.status != "cancelled" and (r.completed_at is None or not r.rated)
    ]
    return min(open_, key=lambda record: record.purchased_at) if open_ else None


def refusal(turn: FlowTurn, participant_id: int) -> Ask[Outbound | None]:
    """Why no other course can be bought yet, and what to do first; None: it can be."""
    records: list[EnrolmentView] = yield EnrolmentsQuery(participant_id)
    found = still_open(list(records or []))
    if found is None:
        return None
    key = "previous_unfinished" if found.completed_at is None else "previous_unrated"
    facts = turn.ctx.programme.facts()
    return turn.reply(f"enrol.{key}", turn.menu_button(), title=found.title, **facts)


__all__ = ["refusal", "still_open"]
