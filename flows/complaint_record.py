"""A complaint's details the linked participant's record already holds: the wave a revoked
participant was selected in ("Kepesertaan dicabut"). Not asked for again: before, a revoked
participant was asked "Gelombang berapa?" (and "aku beli tgl 20 september 2023" there gave
wave 20). The payout account is still asked in an incentive complaint: the participant may
have changed it, and staff need the one they use now."""

from __future__ import annotations

from flows import complaint_record_provider as record_provider
from flows.queries import ParticipantQuery
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask
from flows.views import ParticipantView

RECORD_DETAILS = {"revoked": "wave", "not_selected": "wave"}
"""The categories whose detail the record holds: the wave a participant was selected in (or,
not selected, last applied to: the record's, not asked again)."""


def known(view: ParticipantView, kind: str) -> str | None:
    """The detail ``kind`` as the record holds it, or None."""
    if kind != "wave":
        return None
    number = view.wave_number or view.applied_wave
    return str(number) if number else None


def fill(turn: FlowTurn, slots: Slots) -> Ask[None]:
    """The category's detail from the linked record, when not told already."""
    yield from record_provider.fill(turn, slots)  # the course's provider
    kind = RECORD_DETAILS.get(str(slots.get("category")))
    if kind is None or kind in slots:
        return None
    message = turn.message
    view = yield ParticipantQuery(message.channel, message.user_id)
    found = known(view, kind) if isinstance(view, ParticipantView) else None
    if found is not None:
        slots[kind] = found
    return None


__all__ = ["RECORD_DETAILS", "fill", "known"]
