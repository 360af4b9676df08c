"""What a cancel followed by more words asks for, named in words ("ga jadi, mau daftar aja":
register; "ga jadi deh, mau tanya gelombang aja": wave_schedule), whatever the NLU's ranking:
the flow is left for it without "are you sure?"."""

from __future__ import annotations

import re

_WISH_AFTER = re.compile(
    r"^(?:\s+(?:kak|min|admin|gan|sis)\b)?(?:\s*[,.!]|\s+(?:(?:aku|saya|sy|gw|gue|aq)\s+)?"
    r"(?:mau|ingin|pengen|pingin|pgn|mending|langsung|want|i'?d like|let'?s)\b)"
)
"""What follows the cancel is a new request: set off by a comma, or a wish ("ga jadi, daftar
aja", "gak jadi mau daftar aja"); "ga jadi daftar deh" only takes back the registering."""
_ASKING = (
    r"\b(?:tanya|nanya|tanyain|nanyain|ask about|cek|check|lihat|liat|soal|info)\s+(?:\w+\s+)?"
)
"""A question asked instead, before its topic word ("tanya gelombang", "nanya soal insentif")."""
_WISHED = (
    ("complaint_status", r"\b(?:status|cek|lacak) (?:\w+ )?(?:pengaduan|aduan|tiket|laporan|"
     r"komplain)\w*|\bticket status\b"),
    ("complaint", r"\b(?:pengaduan|aduan|lapor\w*|komplain\w*|complain\w*|report)\b"),
    ("check_eligibility", r"\b(?:cek|check) (?:syarat|kelayakan|eligib\w*)|\bkelayakan\b|"
     r"\beligib\w*"),
    ("course_search", r"\b(?:cari|nyari|lihat|liat|pilih|search|find) (?:\w+ )?(?:pelatihan|"
     r"kursus|kelas|training|course)\w*"),
    ("register", r"\b(?:daftar|registrasi|register|sign ?up)\b"),
    ("training_balance", r"\b(?:deadline|batas (?:waktu|beli|pembelian))\w*\b.*\b(?:kapan|kpn|"
     r"when)\b"),  # "gajadi, btw deadline aku kapan": the purchase deadline asked
    *(  # a question on another topic: "mau tanya gelombang aja", "mau nanya insentif"
        (intent, _ASKING + words)
        for intent, words in (
            ("wave_schedule", r"(?:gelombang|gel|wave)\b"),
            ("incentive_status", r"(?:insentif|incentive|pencairan)\b"),
            ("training_balance", r"(?:saldo|balance)\b"),
            ("certificate", r"(?:sertifikat|certificate)\b"),
            ("benefits_info", r"(?:manfaat|benefit)"),
            ("redeem_code", r"(?:kode redeem|kode voucher|redeem|voucher)\b"),
            ("payout_account", r"(?:rekening|e-?wallet|ewallet)\b"),
            ("account_access", r"(?:akun|login|otp|password|kata sandi)\b"),
        )
    ),
    *(  # a topic asked about after it: "ga jadi, insentif aku gimana" (probe p25b c10)
        (intent, rf"\b{words}(?:\s+\w+){{0,3}}?\s*(?:gimana|gmn|bagaimana|kapan|kpn|brp|berapa|\?)")
        for intent, words in (
            ("incentive_status", r"(?:insentif|incentive|pencairan)"),
            ("training_balance", r"(?:saldo|balance)"),
            ("certificate", r"(?:sertifikat|certificate)"),
            ("wave_schedule", r"(?:gelombang|wave)"),
        )
    ),
)  # fmt: skip
"""Requests a cancel may be followed by, named in words: read so, whatever the NLU's ranking
("ga jadi, mau daftar aja" ranked register at 0.004, under ``AFTER_CANCEL``)."""


def named(rest: str) -> str | None:
    """The request ``rest`` (the words after the cancel) names, or None."""
    if not _WISH_AFTER.match(rest):
        return None
    return next((intent for intent, words in _WISHED if re.search(words, rest)), None)


_BACK_THEN_ASKS = re.compile(
    r"^\S+\s+(?:ke\s+)?(?:yg|yang)?\s*(?:tadi|sebelumnya)\W+.*\b(?:brp|berapa|apa aja|apa saja|"
    r"gimana|gmn|bagaimana|kapan|how|what|ada|adakah|any)\b"
)


def asks_after_back(words: str) -> bool:
    """A "back" to an earlier topic with a question about it ("balik ke yg tadi, umur maksimal
    brp?"): the question is what is meant, not the question asked before."""
    return bool(_BACK_THEN_ASKS.search(words))


_CANCEL_ALONE = re.compile(
    r"^(?:(?:eh+|ehh*m*|oh+|hmm+|ya+|yaudah|yauda|ydh|ok|oke|okay|wah|duh|aduh|kak|min)"
    r"[\s,.!]+)+(?:(?:gak|ga|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak) ?(?:jadi|jd)|gajadi|"
    r"gjd|never ?mind|nvm|batal(?:kan|in)?|cancel)"
    r"(?:[\s,.!]+(?:deh|dah|aja|ajalah|sih|ya|yah|kak|min|dulu|dl|ah|lah))*[\s.!]*$"
)
"""Only a cancel, after a filler ("eh batal deh", "yaudah gak jadi aja kak", "oh gajadi deh"):
a cancel however the NLU reads it, even where a story is asked for (before, "eh batal deh" at
the complaint's story question became the story)."""


def said_alone(words: str) -> bool:
    """``words`` (lowered, spaces joined) are a cancel and fillers around it, nothing else."""
    return bool(_CANCEL_ALONE.match(words))
