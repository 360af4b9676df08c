"""The buttons the "Masalah akun" topic offers a linked chat instead of linking it again: "Data
saya" (the data held about the participant, masked: ``flows.my_details``) and "Ganti nomor HP"
(the steps to change the account's phone number: ``flows.account_help``). Before, a linked chat
was offered "Hubungkan akun"."""

from __future__ import annotations

from dataclasses import replace

from flows import account_help, my_details
from flows.menu import ACCOUNT, CHANGE_PHONE, MY_DATA
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

PAYLOAD = ACCOUNT
"""The payload prefix of these buttons (``account:data``, ``account:phone``)."""
_DATA_ASKED = "lihat data saya"
"""The words a tap on "Data saya" stands for: ``flows.my_details`` answers them."""


def tapped(turn: FlowTurn, payload: str) -> Ask[list[Outbound] | None]:
    """The answer to one of these buttons; None for a payload of theirs no longer known."""
    if payload == MY_DATA:
        asked = replace(turn.message, text=_DATA_ASKED, payload=None)
        return (yield from my_details.held(FlowTurn(turn.session, asked, turn.ctx)))
    if payload == CHANGE_PHONE:
        return account_help.change_phone_steps(turn)
    return None


__all__ = ["PAYLOAD", "tapped"]
