"""The registration's entry for a chat already linked to an account ("mau daftar prakerja", "aku
mau daftar lagi" from a participant): no second registration (DOMAIN.md "Eligibility": once in
a lifetime; one account per NIK), but the account that exists and what applies to its status
(``flows.wave_join.by_status``): not selected, the next wave; selected or later, never again;
revoked, never again. Before, the consent of a new registration was asked."""

from __future__ import annotations

from flows import wave_join
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import finish
from flows.turn import Ask


def has_account(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The action of the registration's first question: for a linked chat, the account exists
    and what to do instead, and the flow ends; else nothing (the consent is asked). A chat
    the session knows no account of (the engine reads the link when a session begins; linking
    and registering here note it) asks nothing."""
    if turn.session.participant_id is None:
        return []
    person = yield from participant(turn)
    if person is None:
        return []
    said = (yield from wave_join.by_status(turn, person)) or []
    finish(turn)
    if person.status == "registered" and said:  # its answer says the account exists already
        return said
    if not said:
        return [turn.reply("registration.has_account", turn.menu_button())]
    return [Outbound(turn.say("registration.has_account")), *said]


__all__ = ["has_account"]
