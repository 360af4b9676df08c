"""A typed wish to link this chat to one's Prakerja account ("hubungkan akun saya", "mau
sambungin akun prakerja ku ke chat ini"), or a statement of being registered already ("aku udh
daftar kok"), which the NLU reads as linking a payout account or as
asking for a person: what linking gives and needs, with linking one tap (or a "ya") away. A bank
or e-wallet named ("hubungkan akun ovo") is the payout question. A NIK typed right after linking
was offered ("saldo ku brp", then "3515...") starts the linking with it."""

from __future__ import annotations

import re

from flows.link_account import FLOW, LINK, link_payload, remember_nik
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

INTENTS = ("payment_account", "human_agent", "register", "account_access", "help",
           "check_eligibility", "registration_status", "out_of_scope", "inform")  # fmt: skip
"""The intents such a message is read as."""

_LINK = re.compile(
    r"\b(?:hubungkan|hubungin|sambungkan|sambungin|tautkan|tautin|konekin|link|connect)\w*\b"
    r"(?:\s+\w+){0,2}?\s+(?:akun|account)\b"
)
_PAYOUT = re.compile(
    r"\b(?:ovo|gopay|dana|linkaja|bank|bni|bca|rekening|rek|e-?wallet|dompet|payout)\b"
)


_REGISTERED = re.compile(
    r"^(?:(?:aku|saya|sy|gw|gue|gua|i|i'?m|i am)\s+)?(?:udah|udh|sudah|sdh|dah|already)\s+"
    r"(?:pernah\s+)?(?:daftar|terdaftar|registrasi|register(?:ed)?|signed up|bikin akun|"
    r"punya akun|have an account)(?:\s+(?:kok|kak|min|ya|lho|loh|dong|kan|sih|tuh|kemarin|"
    r"kmrn|dulu|before))*[\s.!]*$"
)
"""A short statement that one has registered already ("aku udh daftar kok"), read as register:
no new registration; the account's status, linking one tap away."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    lowered = (turn.message.text or "").lower()
    if _REGISTERED.match(" ".join(lowered.split())):
        return _registered(turn)
    if not _LINK.search(lowered) or _PAYOUT.search(lowered):
        return None
    if turn.session.participant_id is not None:
        return [turn.reply("link_account.already.say", turn.menu_button())]
    remember_nik(turn)  # "hubungkan akun, NIK saya 3273...": not asked again
    link = turn.button("link_account.start", link_payload(None), means="yes")
    return [turn.reply("link_account.offer", link, turn.menu_button(means="no"))]


def nik_after_offer(turn: FlowTurn) -> str | None:
    """The payload of the link button the last replies offered, when this message gives a NIK
    and the chat is not linked (the NIK is kept for the linking); else None."""
    if turn.session.participant_id is not None or turn.message.entity("nik") is None:
        return None
    payloads = [choice[1] for choice in turn.session.offered if len(choice) > 1]
    link = next((p for p in payloads if p.startswith(f"{LINK}:") or p == f"flow:{FLOW}"), None)
    if link is not None:
        remember_nik(turn)
    return link


def _registered(turn: FlowTurn) -> list[Outbound]:
    if turn.session.participant_id is not None:
        status = turn.button("intents.registration_status", "intent:registration_status")
        return [turn.reply("link_account.already.say", status, turn.menu_button())]
    link = turn.button("link_account.start", link_payload("intent:registration_status"))
    return [turn.reply("kb.registered_already", link, turn.menu_button())]


__all__ = ["INTENTS", "answer", "nik_after_offer"]
