"""A typed message about the chat's complaint ticket, before anything else reads it: a photo
or screenshot staff asked for, more information or a reply for it, its status, its number
typed; later in the chain, a closed ticket reopened by words."""

from __future__ import annotations

from flows import (
    id_photo_requested,
    ticket_add_info,
    ticket_evidence,
    ticket_number_typed,
    ticket_reopen_offer,
    ticket_reopen_told,
    ticket_reopen_typed,
    ticket_reply,
    ticket_reply_typed,
    ticket_status_asked,
    ticket_status_follow_ups,
)
from flows.messages import Outbound
from flows.route_hooks import hooks
from flows.route_intent import on_intent
from flows.route_payload import tap
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.ticket_reply import TICKET_REPLY
from flows.turn import Ask, Step


def about_ticket(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The replies for a message about the open ticket's evidence, reply or status, else None."""
    shown = yield from ticket_status_follow_ups.answer(turn)  # "what does that mean?" right
    if shown is not None:  # after a ticket's status: its meaning, the wait, its staff message
        return shown
    requested = yield from id_photo_requested.answer(turn)  # "foto ktp nya kirim kemana kak?"
    if requested is not None:  # staff asked for it on the open ticket: here, as a photo or file
        return requested
    evidence = yield from ticket_evidence.answer(turn)  # "kirim screenshot nya gmn", "udh aku
    if evidence is not None:  # kirim" right after: the 📎 / photo way, for the open ticket
        return evidence
    if ticket_reply.asks_to_send(turn.message):  # "kirim data tambahan" typed, not tapped
        return (yield from ticket_reply.typed(turn, _start_reply))
    replied = yield from ticket_reply_typed.answer(turn, _start_reply)  # "balas tiket"
    if replied is not None:  # or data typed right after a status answer showed staff's request
        return replied
    adding = yield from ticket_add_info.answer(turn, _start_reply)  # "tambah info ke
    if isinstance(adding, str):  # tiket PRK-...": a finished one takes the reopen path
        return (yield from tap(turn, adding))
    if adding is not None:
        return adding
    status = yield from ticket_status_asked.answer(turn, on_intent)  # "laporan aku gimana"
    if status is None:  # "eh salah, PRK-1234567": looked up, or its format told
        status = yield from ticket_number_typed.answer(turn, on_intent)
    return status


def reopened(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The replies for a closed ticket reopened by words, else None."""
    told = yield from ticket_reopen_told.answer(turn)  # "it's still not working, I can't ..."
    if told is not None:  # right after a finished ticket's status, however long
        return told
    reopening = ticket_reopen_offer.typed_answer(turn)  # "ok buka lg aja" right after the offer
    if reopening is not None:
        return (yield from tap(turn, reopening))
    asked = yield from ticket_reopen_typed.answer(turn)  # "buka lagi pengaduannya", "reopen"
    if isinstance(asked, str):
        return (yield from tap(turn, asked))
    return asked  # closed, or resolved too long ago: a new complaint naming it


def _start_reply(turn: FlowTurn) -> Step:
    return (yield from runner.start(TICKET_REPLY, turn, hooks()))


__all__ = ["about_ticket", "reopened"]
