"""Who to talk to, or the phone number, asked outright with nothing before it ("this is
ridiculous, who do i talk to", "what's the phone number", "nomor telepon prakerja brp",
"harus hubungi siapa?"): the official channels (the toll-free contact centre first, DOMAIN.md
"Complaints") and a person of this chat one tap away. Before, "who do i talk to" (read as
"are you a bot?") got "Yes, I'm the Prakerja virtual assistant (a bot)", and "what's the phone
number" (read as the account) the list of account problems without the number."""

from __future__ import annotations

import re

from flows.handoff import CONTACT, away_just_said
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

MAX_WORDS = 12
"""Such a question is short; a longer message tells a problem its own answer takes."""
_WHO = re.compile(
    r"\bwho (?:do|can|should|shall) i (?:talk|speak|contact|call|reach|complain)\w*"
    r"|\bwho (?:can|do) i (?:\w+ )?(?:to|with)\b|\b(?:is there|isn'?t there) (?:someone|anyone|"
    r"somebody|a person|a human)\b|\bwho(?:'?s| is) in charge\b"
    r"|\b(?:harus|mesti|bisa|perlu|enaknya)\s+(?:\w+\s+)?(?:hubungi|hubungin|ngehubungi|"
    r"kontak|telp\w*|telepon\w*|ngomong|bicara|ngobrol|lapor|ngadu)\s+(?:ke |sama |sm |dengan )?"
    r"(?:siapa|mana|kemana|ke mana)\b"
    r"|\b(?:siapa|kemana|ke mana)\s+(?:\w+\s+)?(?:yang |yg )?(?:bisa|harus)\s+(?:aku |saya |gue |"
    r"gw |ku )?(?:hubungi|hubungin|kontak|telp\w*|telepon\w*|ajak ngomong|tanya\w*)\b"
)
"""Whom to talk to asked: "who do i talk to", "harus hubungi siapa?", "siapa yang bisa aku
hubungi"."""
_PHONE = re.compile(
    r"\b(?:phone|telephone|hotline|call ?cent(?:er|re)|helpline|contact) ?(?:number|no\b|nr\b)"
    r"|\bnumber (?:to|i can|can i) (?:call|ring|phone)\b|\bhotline\b|\bhelpline\b"
    r"|\b(?:nomor|nomer|nmr|no)\.? ?(?:telp\w*|telepon\w*|telpon\w*|call ?cent\w*|cs|hotline|"
    r"yang bisa (?:di)?hubungi|yg bisa (?:di)?hubungi)\b"
)
"""The phone number asked for: "what's the phone number", "nomor telepon prakerja brp"."""
_OWN = re.compile(
    r"\b(?:my|mine|aku|saya|gue|gw|ku|sy|ak)\b(?! (?:talk|speak|contact|call|reach|complain|"
    r"hubungi|hubungin|kontak|telp\w*|telepon\w*|ajak|tanya\w*|bisa|harus|ngomong|bicara|"
    r"lapor|ngadu))|\w+(?:ku|mu)\b"
)
"""One's own number ("what's my phone number", "nomor hp aku"): the account's, not ours."""
_ABOUT_A_NUMBER = re.compile(
    r"\b(?:ganti|ubah|diganti|diubah|hilang|mati|hangus|aktif|daftar\w*|terdaftar|verifikasi|"
    r"otp|sms|kode|salah|beda|change\w*|update\w*|lost|registered|wrong|verif\w*|prk)\b"
)
"""Something done to a number ("ganti nomor telepon gimana", "phone number changed"): the
account's number, not the one to call."""


def asks_contact(text: str) -> bool:
    """Whom to talk to, or the phone number to call, asked in a short message."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS:
        return False
    if _WHO.search(lowered):
        return True
    own = _OWN.search(lowered) or _ABOUT_A_NUMBER.search(lowered)
    return bool(_PHONE.search(lowered)) and not own


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The official channels and a person one tap away; None for any other message."""
    if turn.message.payload is not None or not asks_contact(turn.message.text or ""):
        return None
    if away_just_said(turn):  # "ada nomor telpon ga" right after "staff are off duty": the
        return None  # line's own answer (``flows.contact_follow_ups``), with its unknown hours
    turn.session.misses = 0
    remember(turn, CONTACT)  # "jam berapa buka?", "kalo email?" next: about these
    facts = turn.ctx.programme.facts()
    if turn.session.handoff == "queued":  # already waiting for a person: the channels alone,
        return [turn.reply("aside.contact_centre", **facts)]  # the queue's place said after
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("kb.contact", person, turn.menu_button(), **facts)]


__all__ = ["answer", "asks_contact"]
