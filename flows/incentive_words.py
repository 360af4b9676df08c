"""An incentive payment's status and failure reason as the participant reads them: the
database keeps them in Indonesian ("Gagal", "Rekening atau akun e-wallet tidak aktif"), so the
known ones (the payout records' own wording, or a reason that plainly says one of those
causes) are said in another chat language from the response catalogue, and any other stored
text is shown as it is, labelled there as recorded in Indonesian. A code of the payout system
("ewallet_not_upgraded", "ACCOUNT_NOT_FOUND": one token shaped like a code) is never shown: a
known one is said in plain words, any other as a general explanation (staff see the code in the
CRM)."""

from __future__ import annotations

import re

from flows.formatting import long_date, money
from flows.responses import DEFAULT_LANGUAGE, has, text
from flows.runtime.machine import FlowTurn
from flows.views import IncentiveView

_REASONS = {
    "nama atau nik pemilik akun tidak sesuai dengan data peserta": "name_mismatch",
    "akun e-wallet belum di-upgrade (belum kyc/premium)": "not_upgraded",
    "nomor hp akun e-wallet sudah berganti": "phone_changed",
    "rekening atau akun e-wallet tidak aktif": "inactive",
}
"""The failure reasons the payout records use (``storage.seed_data.people.FAILURE_REASONS``)."""

_NOT = r"(?:tidak|tdk|belum|blm|bukan)"
_SAID = (
    ("name_mismatch", rf"\b(?:nama|nik)\b.{{0,40}}\b(?:{_NOT} (?:sesuai|sama|cocok)|beda|berbeda)"),
    ("not_upgraded", rf"\b{_NOT} (?:di-?)?(?:upgrade|kyc|premium|verifikasi)\b"),
    ("phone_changed", r"\b(?:nomor|no\.?) (?:hp|handphone)\b.{0,30}\b(?:ber|di)(?:ganti|ubah)"),
    ("inactive", rf"\b(?:{_NOT} aktif|nonaktif|non-aktif|ditutup|diblokir|dibekukan)\b"),
)  # fmt: skip
"""A stored reason worded otherwise that plainly says one of the known causes ("Nama pemilik
rekening tidak sesuai", "Akun e-wallet nonaktif"); the first that matches."""


_WORD = re.compile(r"[A-Z][a-z]+")
"""A reason recorded as one capitalised word ("Ditolak", "Nonaktif"): written by a person, so
Indonesian text, unless it is one of a code's English words ("Dormant"). Any other one token
("ewallet_not_upgraded", "E1042", "timeout", "AccountNotFound") is a code of the payout system."""
_CODES = (
    ("name_mismatch", r"\b(?:name|nama|nik|owner|holder)\b.*\b(?:mismatch\w*|invalid|differ\w*)\b"),
    ("phone_changed", r"\b(?:phone|msisdn|hp)\b.*\b(?:mismatch\w*|chang\w*|differ\w*)\b"),
    ("not_upgraded", r"\b(?:upgrade\w*|unupgraded|kyc|premium|unverified)\b|\bnot verified\b"),
    ("not_found",
     r"\bnot ?found\b|\b(?:invalid|unknown|unregistered) (?:\w+ )?(?:account|number)\b"),
    ("inactive", r"\b(?:inactive|dormant|closed|blocked|frozen|suspended|deactivated|disabled)\b"),
)  # fmt: skip
"""Known codes by their words ("ewallet_not_upgraded", "NAME_MISMATCH", "not_kyc"), split at
``_``, ``-``, ``.`` and ``:``; the first that matches."""


def _code(stored: str) -> str | None:
    """The stored reason when it is a code (one token), else None."""
    trimmed = stored.strip().rstrip(".")
    if not trimmed or re.search(r"\s", trimmed):
        return None
    if _WORD.fullmatch(trimmed) and _english_cause(trimmed) is None:
        return None  # "Ditolak": a person's word
    return trimmed


def _english_cause(code: str) -> str | None:
    """A code's cause by its English words ("AccountNotFound", "ewallet_not_upgraded")."""
    spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", code).lower()
    words = " ".join(re.split(r"[_\-.:/]+", spaced)).strip()
    return next((key for key, pattern in _CODES if re.search(pattern, words)), None)


def _coded_cause(code: str) -> str | None:
    """A code's cause by its words, or an Indonesian word that says one ("nonaktif")."""
    return _english_cause(code) or _known(code)


def cause(stored: str) -> str | None:
    """The known cause a stored reason says (``name_mismatch``, ``not_upgraded``,
    ``phone_changed``, ``inactive``, or for a code also ``not_found``), else None."""
    code = _code(stored)
    return _coded_cause(code) if code is not None else _known(stored)


def _plain(stored: str) -> str:
    return re.sub(r"\s+", " ", stored.strip().rstrip(".").lower())


def _known(stored: str) -> str | None:
    plain = _plain(stored)
    if plain in _REASONS:
        return _REASONS[plain]
    return next((key for key, words in _SAID if re.search(words, plain)), None)


def failure_reason(language: str, stored: str) -> str:
    """The stored reason in Indonesian (the record's own words); in another language a known
    reason translated, any other as stored and labelled as the record's Indonesian words. A
    code is never shown: its cause in plain words, or a general explanation."""
    if _code(stored) is not None:
        key = cause(stored)
        return text(language, f"incentive_words.reasons.{key}" if key else "incentive_words.coded")
    if language == DEFAULT_LANGUAGE:
        return stored
    key = _known(stored)
    if key is not None:
        return text(language, f"incentive_words.reasons.{key}")
    return text(language, "incentive_words.recorded", reason=stored.strip().rstrip("."))


def status_label(language: str, status: str, stored_label: str) -> str:
    """The status ("gagal", "berhasil") in ``language``; an unknown one as its stored label."""
    key = f"incentive_words.status.{status}"
    return text(language, key) if has(key, language) else stored_label


def payment_line(turn: FlowTurn, item: IncentiveView) -> str:
    """One payment of the schedule: its date, amount, status and channel; why it failed."""
    line = turn.say(
        "kb.incentive_line",
        sequence=item.sequence,
        date=long_date(item.scheduled_date, turn.lang),
        amount=money(item.amount),
        status=status_label(turn.lang, item.status, item.status_label),
        channel=item.payout_channel or "-",
    )
    if item.failure_reason:
        reason = failure_reason(turn.lang, item.failure_reason)
        line += "\n" + turn.say("kb.incentive_failed", reason=reason)
    return line
