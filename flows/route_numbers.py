"""A NIK typed or asked about outside a form, read before the topical answers: another
person's NIK in a linked chat is never looked up, a NIK typed to look an account up or right
after linking was offered, one's own number asked in a linked chat (the record's, masked), and
the slips right after linking was offered (a NIK of the wrong length, "I don't know it")."""

from __future__ import annotations

from dataclasses import replace

from flows import link_account_slips, link_help, my_details, nik_in_story, number_asked
from flows.messages import Outbound
from flows.my_data import others_nik
from flows.route_hooks import hooks
from flows.route_payload import tap
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The replies for a NIK typed or asked about, or None."""
    session, message = turn.session, turn.message
    if session.participant_id is not None:  # "cek status NIK adik sy 3275...": never theirs
        refused = yield from others_nik(turn)
        if refused is not None:  # a request besides it ("insentif gw belom masuk2 ... nik gw
            told = yield from nik_in_story.answer(turn)  # 3273..."): answered for the account
            return told or refused
    by_nik = link_help.lookup_by_nik(turn)  # "nik aku 3273... bisa dicek ga emailnya"
    if by_nik is not None:
        return by_nik
    linking = link_help.nik_after_offer(turn)  # "3515..." right after linking was offered
    if linking is not None:
        return (yield from tap(turn, linking))
    own_nik = session.participant_id is not None and number_asked.asks_own_number(message)
    if own_nik:  # "nik aku berapa ya lupa" in a linked chat: the record's, masked
        plain = replace(message, text=number_asked.without_forgetting(message.text or ""))
        shown = yield from my_details.held(FlowTurn(session, plain, turn.ctx))
        if shown is not None:
            return shown
    slip = link_account_slips.after_offer(turn, hooks())  # "my nik is 1234", "I don't know it"
    if slip is not None:  # right after linking was offered: a NIK's length, where to find it
        return (yield from slip)
    return None


__all__ = ["answer"]
