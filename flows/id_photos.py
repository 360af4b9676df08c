"""A KTP or face photo offered to this chat ("boleh kirim foto ktp buat verifikasi?", "aku kirim
foto ktp disini ya", "can I send you my ID card photo?"): refused. KTP photos and face scans
are biometric ("specific") personal data under UU PDP No. 27/2022, never collected by chat
(DOMAIN.md, "Never ask for, never store"); the e-KTP photo and the face check (liveness) are
done on the official site while registering (DOMAIN.md, "Registration steps"). A photo sent
anyway with no ticket open gets the same word (``attachments.no_ticket``).

Not a question about that step on the site ("cara foto ktp di aplikasi", "gagal upload foto
ktp"): the registration answers and the ``ktp_face`` fix take those."""

from __future__ import annotations

import re

from flows import id_photo_damaged
from flows.complaint_topics import file_complaint
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

INTENTS = (
    "subscribe", "complaint", "register", "registration_status", "help", "inform",
    "out_of_scope", "account_access", "complaint_status", "human_agent", "check_eligibility",
    "program_info", "affirm", "link_account", "payment_account",
)  # fmt: skip
"""What such an offer is read as ("boleh kirim foto ktp buat verifikasi?" as subscribe,
"aku kirim foto ktp disini ya" as a complaint, "foto ktp nya kirim kemana kak?" as where the
incentive is paid). Where staff asked for the photo on an open ticket, it is sent here
(``flows.id_photo_requested``, read first)."""

_SEND = (
    r"(?:kirim\w*|ngirim\w*|dikirim\w*|send\w*|upload\w*|unggah\w*|share|attach\w*|lampir\w*|"
    r"fotoin|potoin|kasih|kasi)"
)
_ID_PHOTO = (
    r"(?:(?:foto|fto|poto|photo|pic|picture|gambar|scan|scanan|pindaian)\w*\s+(?:\w+\s+)?"
    r"(?:e-?ktp|ktp|kk|kartu keluarga|id card|identity card|wajah|muka|face)|selfie\w*|"
    r"swafoto|e-?ktp|ktp|(?:my|your)\s+(?:id|identity)\s+card)"
)
_OFFERED = re.compile(
    rf"\b{_SEND}\b(?:\s+\w+){{0,3}}?\s+{_ID_PHOTO}\b"
    rf"|\b{_ID_PHOTO}\b(?:\s+\w+){{0,3}}?\s+(?:aku |saya |ku |i )?{_SEND}\b"
)
"""A KTP, KK or face photo to be sent: "kirim foto ktp", "fotoin ktp", "send my ID card photo",
"foto ktp nya aku kirim"."""
_HERE = re.compile(
    r"\b(?:di ?sini|ke ?sini|kesini|disini|sini|ke (?:kamu|kak|kakak|admin|min|bot)|lewat (?:chat|"
    r"wa|sini)|via (?:chat|wa)|di chat|here|to you|in (?:this|the) chat|boleh|bisa|can i|may i|"
    r"should i|ya\b|yaa|kemana|ke mana|where)\b"
)
"""Sent to this chat, or asked whether it may be ("boleh kirim foto ktp?", "kirim kemana?")."""
_ELSEWHERE = re.compile(
    r"\b(?:cara|caranya|gimana|gmn|bagaimana|gagal\w*|error|eror|ditolak|ga bisa|gak bisa|"
    r"gabisa|tidak bisa|nggak bisa|ngga bisa|blur|buram|how|failed|fails|failing|can'?t|"
    r"aplikasi|app|website|situs|dashboard|web|prakerja\.go\.id)\b"
)
"""About the step on the site: how it is done, or that it fails there."""


_ASKED_BY_OTHERS = re.compile(
    r"\b(?:dia|mereka|orang|oknum|seseorang|petugas|cs|someone|they|he|she)\b.{0,25}"
    r"\b(?:minta\w*|nyuruh|suruh\w*|disuruh|diminta|asked|asks|told)\b"
)
"""Someone else asks for the photo ("ada orang minta aku kirim foto ktp"): a fraud's story,
for the fraud answers and the complaint, not an offer to this chat."""


_CLAUSE = re.compile(r"[,.;!?\n]+|\s(?:terus|trus|trs|tapi|tp|but|then|and then|lalu)\s")
"""Where one clause of a long message ends: "udah upload ktp, ..., itu kalau aku pencet langsung
ikut ya?" offers no photo to this chat (its "ya" belongs to another clause)."""


def offers_id_photo(text: str) -> bool:
    """``text`` offers (or asks to send) a KTP, KK or face photo to this chat: the offer and the
    word naming this chat (or asking whether it may be sent) in the same clause."""
    lowered = " ".join(text.lower().split())
    if _ELSEWHERE.search(lowered) or _ASKED_BY_OTHERS.search(lowered):
        return False
    return any(_offered_here(clause) for clause in _CLAUSE.split(lowered))


_DONE = re.compile(rf"\b(?:udah|udh|sudah|sdh|telah|already)\s+(?:\w+\s+)?{_SEND}\b")
"""A send already done ("udah upload ktp"): the step on the site, unless this chat is named."""
_CHAT = re.compile(
    r"\b(?:di ?sini|ke ?sini|kesini|disini|sini|lewat (?:chat|wa|sini)|via (?:chat|wa)|di chat|"
    r"here|to you|in (?:this|the) chat|ke (?:kamu|kak|kakak|admin|min|bot))\b"
)


def _offered_here(clause: str) -> bool:
    if not (_OFFERED.search(clause) and _HERE.search(clause)):
        return False
    return not _DONE.search(clause) or bool(_CHAT.search(clause))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The refusal, where verification really happens, and a complaint about that step (its
    known fix first) one tap away; None for any other message. First a damaged e-KTP whose
    photo is refused (``flows.id_photo_damaged``)."""
    broken = id_photo_damaged.answer(turn)
    if broken is not None:
        return broken
    if turn.message.payload is not None or not offers_id_photo(turn.message.text or ""):
        return None
    report = file_complaint(turn, topic="ktp_face")
    return [turn.reply("safety.id_photo", report, turn.menu_button())]


__all__ = ["INTENTS", "answer", "offers_id_photo"]
