"""Programme entities: ``wave`` (number), ``ticket`` (PRK-12345678, or PRK-123456 for older
tickets), ``payout`` (bank or e-wallet) and ``language`` (``id`` / ``en``, for
change_language)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from nlu.entities.base import Context
from nlu.types import Entity

_WAVE = re.compile(
    r"\b(?:gelombang|gel|glmbg|glmbng|glombang|gelb|wave|batch)\s*\.?\s*(?:ke\s*[\- ]?\s*)?"
    r"(\d{1,3})\b",
    re.IGNORECASE,
)
# PRK- and 8 digits; tickets filed before references grew keep their 6.
_TICKET = re.compile(r"\bPRK[\s\-]?(\d{8}|\d{6})\b", re.IGNORECASE)
PAYOUTS = {"bni": "bni", "bca": "bca", "ovo": "ovo", "gopay": "gopay", "dana": "dana",
           "linkaja": "linkaja"}  # fmt: skip
UNSUPPORTED = {"bri", "mandiri", "shopeepay", "jenius", "bsi", "btn", "seabank", "jago", "cimb"}
_PAYOUT = re.compile(
    r"\b(bni|bca|ovo|go[\s\-]?pay|dana|link[\s\-]?aja|bri|mandiri|shopee[\s\-]?pay|jenius|bsi"
    r"|btn|seabank|jago|cimb)\b",
    re.IGNORECASE,
)
# "dana" is also the everyday word for funds: only an e-wallet in an e-wallet context.
_DANA_BEFORE = {"ke", "di", "via", "lewat", "pakai", "pake", "akun", "aplikasi", "app", "ewallet",
                "wallet", "dompet", "digital", "ganti", "ubah", "atau", "dan", "sama", "hubungkan",
                "tautkan", "sambungkan", "sambungin", "hubungin", "tautin", "konekin", "link",
                "nomor", "saldo", "upgrade", "premium"}  # fmt: skip
_DANA_AFTER = {"atau", "dan", "premium", "app", "aplikasi"}
_LANGUAGE = re.compile(
    r"\b(?:(?:bahasa|bhs)\s+)?(english|inggris|indonesia|indo)\b|\b(en|id)\b", re.IGNORECASE
)
_LANGUAGE_CUES = {"bahasa", "bhs", "pakai", "pake", "ganti", "ubah", "in", "to", "ke", "speak",
                  "use", "switch", "language", "dalam", "versi"}  # fmt: skip


class WaveExtractor:
    numeric = True

    def extract(self, context: Context) -> Iterator[Entity]:
        for m in _WAVE.finditer(context.text):
            number = int(m.group(1))
            if number > 0:
                yield Entity("wave", number, m.start(), m.end())


class TicketExtractor:
    numeric = True

    def extract(self, context: Context) -> Iterator[Entity]:
        for m in _TICKET.finditer(context.text):
            yield Entity("ticket", f"PRK-{m.group(1)}", m.start(), m.end())


class PayoutExtractor:
    numeric = False

    def extract(self, context: Context) -> Iterator[Entity]:
        matches = list(_PAYOUT.finditer(context.text))
        for m in matches:
            name = re.sub(r"[\s\-]", "", m.group(1).lower())
            if name == "dana" and not _is_dana_wallet(context, m, len(matches) > 1):
                continue
            extra: dict[str, object] = {"kind": "bank" if name in {"bni", "bca"} else "ewallet"}
            if name in UNSUPPORTED:
                extra = {"supported": False}
            yield Entity("payout", name, m.start(), m.end(), extra)


def _is_dana_wallet(context: Context, m: re.Match[str], several: bool) -> bool:
    if m.group(1) == "DANA" or several or len(context.words) <= 3:
        return True
    before = context.words_before(m.start(), 1)
    after = [w for w, start, _ in context.words if start >= m.end()][:1]
    return bool(set(before) & _DANA_BEFORE or set(after) & _DANA_AFTER)


class LanguageExtractor:
    numeric = False

    def extract(self, context: Context) -> Iterator[Entity]:
        short = len(context.words) <= 3
        for m in _LANGUAGE.finditer(context.text):
            word = (m.group(1) or m.group(2)).lower()
            before = set(context.words_before(m.start(), 2))
            if word in ("en", "id") and len(context.words) != 1:
                continue
            if word != "english" and not (short or before & _LANGUAGE_CUES or "bahasa" in
                                           m.group(0).lower()):  # fmt: skip
                continue
            code = "en" if word in ("english", "inggris", "en") else "id"
            yield Entity("language", code, m.start(), m.end())
