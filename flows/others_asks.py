"""Asking the assistant to act for someone else (DOMAIN.md: each participant registers and
owns their account; never show or check another person's data):

- "pake email saya aja boleh?" while registering a sibling (or any relative): no, their own
  email, since the account and everything in it is theirs (before: "belum paham");
- "tolong cek aja" right after a relative's or a friend's NIK was typed: no, only the owner
  may link and check their own data; what they can do (before: the generic help and menu);
- "pake nik lain bisa?" (read as the eligibility check, which started): no, one NIK is one
  person's, and another's may get the account blocked;
- "kan cm buat daftar doang" right after asking to register with a sibling's KTP: still no,
  the NIK, e-KTP photo and face check must be one's own (before: the registration's consent).

The earlier messages are read from ``profile["recent"]`` (the last few typed, NIKs masked)."""

from __future__ import annotations

import re

from flows import nik_of_relative
from flows.eligibility_relatives import KIN
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_MY_EMAIL = re.compile(
    r"\b(?:pake|pakai|make|memakai|gunakan|gunain|pakein|pakaikan|pinjam|pinjem|numpang|"
    r"use|using)\s+(?:\w+\s+)?(?:email|e-mail|gmail|surel)\s*(?:saya|aku|ku|gw|gue|sy|ane|my)\b"
    r"|\b(?:email|e-mail|gmail)\s*(?:saya|aku|ku|gw|gue|sy)\b.{0,20}\b(?:bisa|boleh|bs|blh)\b"
    r"|\bmy (?:own )?email\b"
)
"""One's own email offered for someone else ("pake email saya aja boleh?"); not another's
email asked for oneself ("boleh pakai email punya kakak?": ``registration_help``'s)."""
_ANOTHER = re.compile(
    r"\b(?:daftar\w*|dftr|didaftarin|daftarkan|bikinin|buatin|buatkan|register\w*)\b"
)
_CHECK = re.compile(
    r"^(?:tolong|coba|bantu|please|pls|plis|mohon|bisa)?\s*(?:di)?(?:cek|cekin|cekkan|check|"
    r"liat|lihat|liatin|lihatkan)(?:in|kan)?\s*(?:aja|saja|dong|dulu|deh|ya|kak|min|"
    r"sebentar|bentar|it|please)*\s*[.!?]*$"
)
_NIK = re.compile(r"\b\d{4}\*{4,}\d{4}\b|\b\d{16}\b")
_USE = r"(?:pake|pakai|pakek|make|memakai|gunakan|gunain|pinjam|pinjem|minjem|numpang)"
_ID = r"(?:nik|ktp|e-?ktp|kk|identitas)"
_OTHER_NIK = re.compile(
    rf"\b{_USE}\s+{_ID}\s+(?:\w+\s+)?(?:lain|orang|org)\b"
    rf"|\b{_ID}\s+(?:orang\s+|org\s+)?lain\b.{{0,20}}\b(?:bisa|bs|boleh|blh|can)\b"
)
"""Someone else's NIK asked about, no one named: "pake nik lain bisa?", "nik orang lain boleh"."""
_OWN_USED = re.compile(rf"\b{_USE}\s+{_ID}\b|\b{_ID}\s*(?:punya|milik)\b")
_PUSHED = re.compile(
    r"\b(?:cuma|cm|cuman|cman|hanya|doang|sebentar|bentar|sementara|gpp|gapapa|"
    r"(?:ga|gak|nggak|tidak)\s+(?:papa|apa2|apa-apa|ketahuan|bakal\s+ketahuan)|"
    r"just|only)\b"
)
"""A push past the refusal: "kan cm buat daftar doang", "gapapa kan sebentar aja"."""
_SOMEONE = re.compile(
    r"\b(?:orang lain|org lain|temen\w*|teman\w*|kawan\w*|tetangga\w*|pacar\w*|friend\w*)\b"
)


def _earlier(turn: FlowTurn) -> list[str]:
    """The messages typed before this one, newest first, lower-cased."""
    recent = [str(text).lower() for text in turn.session.profile.get("recent") or []]
    return list(reversed(recent[:-1]))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or not lowered or turn.session.flow is not None:
        return None
    if (relatives := nik_of_relative.answer(turn)) is not None:
        return relatives  # "ini nik ibu saya 3201... tolong dicek": never checked
    earlier = _earlier(turn)
    if _MY_EMAIL.search(lowered) and len(lowered.split()) <= 12:
        for_another = KIN.search(lowered) or any(
            KIN.search(text) and _ANOTHER.search(text) for text in earlier
        )
        if for_another:
            return [turn.reply("others.own_email", turn.menu_button())]
    if len(lowered.split()) <= 10 and _OTHER_NIK.search(lowered):
        return [_own_nik_only(turn, "others_nik.other_nik")]
    pushed = len(lowered.split()) <= 10 and _PUSHED.search(lowered)
    if pushed and earlier and _OWN_USED.search(earlier[0]) and _someone_named(earlier[0]):
        return [_own_nik_only(turn, "others_nik.own_nik_held")]
    if _CHECK.match(lowered):
        someone = any(_NIK.search(t) and (KIN.search(t) or _SOMEONE.search(t)) for t in earlier)
        if someone:
            return [turn.reply("others.no_check", turn.menu_button())]
    return None


def _someone_named(text: str) -> bool:
    """Another person named: a relative, a friend, "orang lain", "lain"."""
    return bool(KIN.search(text) or _SOMEONE.search(text) or re.search(r"\blain\b", text))


def _own_nik_only(turn: FlowTurn, key: str) -> Outbound:
    """Another's NIK refused: one's own only; how to register, one tap away."""
    how = turn.button("menu.register", "topic:register")
    return turn.reply(key, how, turn.menu_button(), min_age=turn.ctx.programme.min_age)


__all__ = ["answer"]
