"""A NIK or a phone number typed in a chat not linked to an account, for the assistant to look
someone up with ("hp aku 081234567890 kalo perlu" after a NIK given unasked), and "kok ga
dicek" after it: nothing is ever looked up by a number typed in the chat (anyone could type
someone else's), so linking the account, verified by an OTP to the registered phone, is the
way; the numbers are never echoed. Before, "belum paham" and "Maksud kamu yang mana?".

A NIK given earlier is the one ``flows.link_account.remember_nik`` keeps for the linking."""

from __future__ import annotations

import re

from flows.last_answer import just_said, remember
from flows.link_account import NIK_SAID, link_payload
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

TOPIC = "data_typed_lookup"
"""``flows.last_answer`` topic of the answer: "kok ga dicek" next is the same question."""
MAX_WORDS = 15
"""A short message; a longer one tells something else."""
_BARE = 4
"""A number with a label alone ("hp aku 0812..."): more words ask something of their own
("mau ganti nomor hp 0812...": the phone's change)."""
_IF_NEEDED = re.compile(
    r"\b(?:kalo|kalau|klo|klau|kl|if|jika|bila)\s+(?:perlu|butuh|dibutuhkan|diperlukan|"
    r"needed|need)\b|\b(?:buat|untuk|utk|for)\s+(?:dicek|ngecek|cek|check|checking)\b"
)
"""A number offered for a check ("kalo perlu", "buat dicek")."""
_EMAIL_CHECKED = re.compile(
    r"\b(?:bisa|bs|dapat|dapatkah|bisakah)\s+(?:di)?(?:cek|check)\w*|\b(?:can|could)\s+you\s+check\b"
)
"""An email typed with "can it be checked from here?": the same answer (a NIK asked about
this way has its own: ``flows.link_account``'s lookup by NIK)."""
_NOT_CHECKED = re.compile(
    r"\b(?:kok|knp|kenapa|napa|why|lho|loh)\b.*\b(?:ga|gak|gk|g|nggak|ngga|enggak|engga|"
    r"tidak|tdk|belum|blm|not|didn'?t|don'?t|won'?t)\s+(?:bisa\s+|bs\s+)?(?:di|ter)?"
    r"(?:cek|check|liat|lihat|cari)\w*"
    r"|^(?:tolong\s+|coba\s+|kak\s+)*(?:di)?(?:cek|check)(?:in|kan)?"
    r"(?:\s+(?:dong|dulu|aja|ya|kak|min|lagi|donk|sekarang))*\W*$"
)
"""The check asked after ("kok ga dicek", "cek dong")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Why a typed NIK or phone number is not looked up, and how to link instead; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if turn.session.participant_id is not None or len(text.split()) > MAX_WORDS:
        return None
    before = _nik_given(turn) or just_said(turn) == TOPIC
    number = message.entity("phone") is not None or message.entity("nik") is not None
    if number and (_IF_NEEDED.search(text) or (before and len(text.split()) <= _BARE)):
        return [_reply(turn)]
    if message.entity("email") is not None and _EMAIL_CHECKED.search(text):
        return [_reply(turn)]
    if before and _NOT_CHECKED.search(text):
        again = just_said(turn) == TOPIC  # said shorter, not repeated whole
        return [_reply(turn, "data_typed_lookup.why_again" if again else "data_typed_lookup.why")]
    return None


def _nik_given(turn: FlowTurn) -> bool:
    """A valid NIK given earlier in this chat, kept for the linking and still recent."""
    said = turn.session.profile.get(NIK_SAID)
    if not isinstance(said, list) or len(said) != 2 or str(said[0]).startswith("!"):
        return False  # "!nik_date": an impossible NIK was given, kept to say why
    return within_context_of(float(said[1]), turn.message.at)


def _reply(turn: FlowTurn, key: str = "data_typed_lookup.why") -> Outbound:
    remember(turn, TOPIC)
    link = turn.button("link_account.start", link_payload(None))
    register = turn.button("registration.start", "flow:registration")
    return turn.reply(key, link, register, turn.menu_button())


__all__ = ["TOPIC", "answer"]
