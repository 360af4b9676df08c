"""Account messages the NLU misreads, read before the course and money readers:

- a story that ends in a blocked account ("... sepupu aku buat daftarin prakerja ... sekarang
  akunnya diblokir katanya pake aplikasi pihak ketiga. aku harus gimana", register 0.77, or a
  long story with no sure reading): the blocked account's answer, the story kept for its
  complaint (``flows.account_blocked_story``);
- the same from a revoked participant ("kok akun aku ga bisa beli pelatihan lagi, diblokir
  ya?", before a course search): their revocation (``flows.revocation_help.mine``);
- erasing the account asked ("gmn cara hapus akun prakerja", register 0.69: "Cara daftar"):
  the erasure's warning and confirmation (``delete_my_data``), which "ga jadi, cuma nanya"
  takes back;
- a site error pasted (``flows.account_errors``), the "NIK sudah terdaftar" error pasted
  (``flows.account_nik_pasted``), the SMS code told missing in a story
  (``flows.account_sms_story``) and the resend limit reached (``flows.account_resend``)."""

from __future__ import annotations

import re

from flows import (
    account_blocked_story,
    account_errors,
    account_nik_pasted,
    account_resend,
    account_sms_story,
    revocation_help,
)
from flows.account_kept import asks as asks_if_kept
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Message

MAX_WORDS = 16
"""A resend limit told is short; a longer message tells more (its own readers)."""
MISREAD = frozenset({"register", "check_eligibility", "registration_status", "help", "inform"})
"""Readings such a message gets."""
TORN = frozenset({"account_access", "complaint", "training_balance"})
"""Readings of a story that ends in a blocked account, given with another one close ("...
tiba2 ada tulisan akun diblokir ... saldo pelatihan aku aman ga?", account access at 0.47:
"Maksud kamu yang mana?")."""
_BLOCKED = re.compile(
    r"\b(?:akun|account)\w*(?:\s+(?:prakerja|aku|saya|gw|gue|ku|my|nya|dia))*\s+(?:\w+\s+){0,2}?"
    r"(?:diblokir|terblokir|ke ?blokir|kena blokir|dibekukan|dinonaktifkan|blocked|suspended)\b"
)
"""The account said blocked: "akunnya diblokir", "akun aku udah diblokir", "my account was
blocked"."""
_WOULD = re.compile(r"\b(?:kalau|kalo|klo|kl|apakah|bisa ga|bisa gak|if|would|will|could)\b")
_BLOCKED_WORD = re.compile(
    r"\b(?:diblokir|terblokir|ke ?blokir|dibekukan|dinonaktif\w*|nonaktif\w*|blocked|deactivated)\b"
)
"""A block or a switch-off named, for a revoked participant their own revocation."""
"""A what-if ("kalo pake aplikasi pihak ketiga akunnya diblokir ga?"): asked, not told."""
_ERASE = re.compile(
    r"\b(?:hapus|menghapus|ngapus|dihapus|delete|deleting|erase|tutup|menutup|nutup|close)\w*\s+"
    r"(?:\w+\s+){0,2}?(?:akun|account|data)\w*\b"
)
"""Erasing the account or its data: "cara hapus akun prakerja", "how to delete my account"."""


def blocked_story(message: Message, *, unsure: bool = False) -> bool:
    """A message (read as registering, or with no sure reading: ``unsure``) telling that the
    account is blocked."""
    text = " ".join((message.text or "").lower().split())
    torn = unsure and message.intent in TORN  # a long story, no reading sure
    if not (message.intent in MISREAD or torn) or not _BLOCKED.search(text):
        return False
    return not _WOULD.search(text[: _BLOCKED.search(text).start()])  # type: ignore[union-attr]


def erase_asked(message: Message) -> bool:
    """A message (read as registering) asking to erase the account or its data; not whether the
    programme deletes it (``flows.account_kept``)."""
    text = " ".join((message.text or "").lower().split())
    return message.intent in MISREAD and bool(_ERASE.search(text)) and not asks_if_kept(message)


def _resend_limit(turn: FlowTurn) -> bool:
    """The login code asked again until the limit, read as an account question or said right
    after the login code's answer."""
    message = turn.message
    if len((message.text or "").split()) > MAX_WORDS:
        return False
    about = message.intent == "account_access" or just_said(turn) == account_resend.TOPIC
    return about and account_resend.limit_reached(message.text or "")


def _revoked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A revoked participant telling their account blocked or switched off: their revocation
    (the records read only for such a short message)."""
    text = (turn.message.text or "").lower()
    if turn.session.participant_id is None or len(text.split()) > revocation_help.MAX_WORDS:
        return None
    if not _BLOCKED_WORD.search(text):
        return None
    person = yield from participant(turn)
    if person is None or person.status != "revoked":
        return None
    return [revocation_help.mine(turn, person)]


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The blocked account's answer, or the erasure started, for such a message; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    if (error := account_errors.answer(turn)) is not None:  # "Terjadi kesalahan ..." pasted,
        return error  # then "udah clear cache": the complaint with the error
    if (by_sms := account_sms_story.answer(turn)) is not None:  # "otp ga pernah masuk, apa
        return by_sms  # karena nomornya atas nama kakak?": the SMS checks, whose number
    if (taken := account_nik_pasted.answer(turn)) is not None:  # "NIK sudah terdaftar. Silakan
        return taken  # gunakan NIK lain" pasted: not another's NIK refused
    if _resend_limit(turn):  # "udah kirim ulang 5x, skrg ga bisa lagi": the 2-hour wait, not
        return account_resend.answer(turn)  # a complaint for a fix said tried
    revoked = yield from _revoked(turn)  # "diblokir ya?": their revocation, before "ga bisa
    if revoked is not None:  # beli pelatihan lagi" is read as a course to buy
        return revoked
    rules = turn.ctx.programme.dialogue
    unsure = message.ambiguous or message.confidence < rules.min_confidence
    if len(message.parts) < 2 and blocked_story(message, unsure=unsure):
        return account_blocked_story.answer(turn)
    if erase_asked(message):
        from flows.route_intent import on_intent  # here: the routes import this module

        return (yield from on_intent(turn, "delete_my_data"))
    return None


__all__ = ["MISREAD", "answer", "blocked_story", "erase_asked"]
