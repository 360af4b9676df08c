"""A ticket not found in this chat ("cek tiket PRK-12345678"), then "kok ga ada?": why a ticket
may not be found (a mistyped number; filed from another chat not linked to the same account)
and what to do, instead of the selection announcement the NLU reads the question as."""

from __future__ import annotations

import re

from flows.follow_up_answers import FollowUp, now
from flows.link_account import link_payload
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

TOPIC = "ticket_missing"
"""``flows.last_answer`` topic: a ticket looked up was not found, or none was filed here."""

ASKS_WHY = re.compile(
    r"\b(?:kok|kenapa|knp|napa|mengapa|why|how come|gimana|gmn|gmna|bagaimana|terus|trus|trs|"
    r"lalu|padahal|harusnya|seharusnya|loh|lho|hah|what now|not found)\b"
    r"|\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm)\s*(?:ada|ketemu|muncul|nemu|"
    r"ditemukan|kelihatan|keliatan)\b|\?"
)
"""Why it is not found, or what now ("kok ga ada?", "loh ga ketemu", "trs gmn")."""


def answer(turn: FlowTurn) -> list[Outbound]:
    """Why a ticket may not be found and what to do: check the number, look from the chat it
    was filed in, link this chat to the same account (when not linked), or a person."""
    buttons = []
    if turn.session.participant_id is None:
        link = link_payload("intent:complaint_status")
        buttons.append(turn.button("link_account.start", link))
    buttons.append(turn.button("common.talk_to_person", controls.HUMAN))
    buttons.append(turn.menu_button())
    return [turn.reply("ticket_missing.why", *buttons)]


FOLLOW_UPS: dict[str, FollowUp] = {TOPIC: (ASKS_WHY, now(answer))}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["ASKS_WHY", "FOLLOW_UPS", "TOPIC", "answer"]
