"""A typed wish to link this chat to one's Prakerja account ("hubungkan akun saya", "mau
sambungin akun prakerja ku ke chat ini"), or a statement of being registered already ("aku udh
daftar kok"), which the NLU reads as linking a payout account or as
asking for a person: what linking gives and needs, with linking one tap (or a "ya") away. A bank
or e-wallet named ("hubungkan akun ovo") is the payout question. A NIK typed right after linking
was offered ("saldo ku brp", then "3515...") starts the linking with it, unless it asks for the
account's email by that NIK (``lookup_by_nik``: how, and linking offered)."""

from __future__ import annotations

import re

from flows import parking
from flows.link_account import FLOW, LINK, LINK_ACCOUNT, link_payload, remember_nik
from flows.messages import Outbound
from flows.runtime.hooks import Hooks
from flows.runtime.machine import Flow, FlowTurn
from flows.turn import Ask

INTENTS = ("payment_account", "human_agent", "register", "account_access", "help",
           "check_eligibility", "registration_status", "out_of_scope", "inform",
           "complaint")  # fmt: skip
"""The intents such a message is read as ("I want to link my account" as a complaint: only
a wish, no failure told)."""

_LINK = re.compile(
    r"\b(?:hubungkan|hubungin|sambungkan|sambungin|tautkan|tautin|konekin|link|connect)\w*\b"
    r"(?:\s+\w+){0,2}?\s+(?:akun|account)\b"
)
_PAYOUT = re.compile(
    r"\b(?:ovo|gopay|dana|linkaja|bank|bni|bca|rekening|rek|e-?wallet|dompet|payout)\b"
)
_FAILED = re.compile(
    r"\b(?:gagal|error|eror|gabisa|(?:ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm)\s+(?:bisa|bs|"
    r"mau|ke\w+|ter\w+)|kenapa|knp|kok|can'?t|cannot|won'?t|doesn'?t|didn'?t|fail\w*|not|why)\b"
)
"""A linking that failed is told, not wished for: the complaint (or its fix) takes it."""


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
    if turn.message.intent == "complaint" and _FAILED.search(lowered):
        return None  # "gagal hubungkan akun": a problem told
    if turn.session.participant_id is not None:
        return [turn.reply("link_account.already.say", turn.menu_button())]
    remember_nik(turn)  # "hubungkan akun, NIK saya 3273...": not asked again
    link = turn.button("link_account.start", link_payload(None), means="yes")
    return [turn.reply("link_account.offer", link, turn.menu_button(means="no"))]


_THIS_CHAT = re.compile(
    r"\b(?:chat|bot|sini|here|whatsapp|telegram|wa|prakerja)\b|^\W*(?:i\s+)?(?:want\s+to\s+|"
    r"mau\s+|pengen\s+|ingin\s+|tolong\s+)?\w+\s+(?:my\s+)?(?:akun|account)\b"
)
"""This chat (or the Prakerja account) named, or the wish said alone ("hubungkan akun")."""
IN_FORM_MAX_WORDS = 12


def in_flow(flow: Flow, turn: FlowTurn, hooks: Hooks) -> Ask[list[Outbound] | None]:
    """Inside another form, a wish to link this chat ("link my prakerja account to this chat
    please", read as a wish for a person, which a form hands to the staff queue): that form set
    aside, the linking started; else None."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if flow.name == FLOW or message.payload is not None or not lowered:
        return None
    if len(lowered.split()) > IN_FORM_MAX_WORDS or not _LINK.search(lowered):
        return None
    if _PAYOUT.search(lowered) or _FAILED.search(lowered) or not _THIS_CHAT.search(lowered):
        return None
    if turn.session.participant_id is not None:
        return [turn.reply("link_account.already.say", turn.menu_button())]
    remember_nik(turn)
    return (yield from parking.switch(turn, LINK_ACCOUNT, hooks))


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


_LOOKUP = re.compile(r"\b(?:e-?mail\w*|surel|password|pass|pw|sandi|kata sandi)\b")
"""The email or the password asked for with a NIK ("nik aku 3273... bisa dicek ga emailnya")."""


def lookup_by_nik(turn: FlowTurn) -> list[Outbound] | None:
    """A NIK given to have the account's email (or password) looked up, in a chat not linked:
    "Lupa Password" with the NIK shows the email masked; linking (the NIK kept, the date of
    birth and a code to the phone on record next) lets the chat show it. Before, right after
    linking was offered, the linking began at the date of birth without a word. None: no NIK,
    no such lookup, or the chat is linked."""
    message = turn.message
    if turn.session.participant_id is not None or message.entity("nik") is None:
        return None
    if message.payload is not None or not _LOOKUP.search((message.text or "").lower()):
        return None
    remember_nik(turn)
    link = turn.button("link_account.start", link_payload(None))
    return [turn.reply("link_account.lookup_by_nik", link, turn.menu_button())]


def _registered(turn: FlowTurn) -> list[Outbound]:
    if turn.session.participant_id is not None:
        status = turn.button("intents.registration_status", "intent:registration_status")
        return [turn.reply("link_account.already.say", status, turn.menu_button())]
    link = turn.button("link_account.start", link_payload("intent:registration_status"))
    return [turn.reply("kb.registered_already", link, turn.menu_button())]


__all__ = ["INTENTS", "answer", "in_flow", "lookup_by_nik", "nik_after_offer"]
