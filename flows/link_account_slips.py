"""Slips right after linking this chat was offered: a NIK of the wrong length ("my nik is 1234",
"nik ku 1234"; before, "I don't understand" and the menu) starts the linking, saying that a NIK
has 16 digits; not knowing the NIK ("I don't know it", "ga tau nik ku"; before, read as the
selection announcement) is told where to find it (e-KTP, family card), with linking still one
tap away. Not knowing a NIK named ("I don't know my NIK") is told so anywhere."""

from __future__ import annotations

from dataclasses import replace

from flows.link_account import FLOW, LINK, LINK_ACCOUNT
from flows.link_account_nik import not_known, wrong_length
from flows.messages import Outbound
from flows.number_asked import forgotten_number
from flows.runtime import runner
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.turn import Step


def offered_link(turn: FlowTurn) -> str | None:
    """The payload of the link button the last replies offered, if the chat is not linked."""
    if turn.session.participant_id is not None or turn.session.flow is not None:
        return None
    payloads = [choice[1] for choice in turn.session.offered if len(choice) > 1]
    return next((p for p in payloads if p.startswith(f"{LINK}:") or p == f"flow:{FLOW}"), None)


def after_offer(turn: FlowTurn, hooks: Hooks) -> Step | None:
    """Right after linking was offered: a NIK of the wrong length starts the linking, saying how
    long a NIK is; not knowing the NIK is told where to find it, the link button kept. Not
    knowing a NIK named ("I don't know my nik") is told so anywhere. None: neither."""
    link = offered_link(turn)
    message = turn.message
    if message.payload is not None:
        return None
    count = wrong_length(message, asked=False) if link is not None else None
    if link is not None and count is not None:
        return _link_again(turn, link, count, hooks)
    if turn.session.flow is not None or not not_known(message, asked=link is not None):
        return None
    if forgotten_number(message) not in (None, "nik"):
        return None  # "ga tau no kk": the registration's own answer
    buttons = [turn.button("link_account.start", link)] if link is not None else []
    return _said([turn.reply("invalid.where_nik", *buttons, turn.menu_button())])


def _link_again(turn: FlowTurn, link: str, count: int, hooks: Hooks) -> Step:
    said = Outbound(turn.say("invalid.nik_length", count=count))
    tapped = FlowTurn(turn.session, replace(turn.message, payload=link), turn.ctx)
    return [said, *(yield from runner.start(LINK_ACCOUNT, tapped, hooks))]


def _said(replies: list[Outbound]) -> Step:
    return replies
    yield  # a step that asks nothing


__all__ = ["after_offer", "offered_link"]
