"""An incentive payment's status and failure reason as the participant reads them: the
database keeps them in Indonesian ("Gagal", "Rekening atau akun e-wallet tidak aktif"), so the
known ones are said in the chat's language from the response catalogue, and any other stored
text is shown as it is."""

from __future__ import annotations

import re

from flows.responses import has, text

_REASONS = {
    "nama atau nik pemilik akun tidak sesuai dengan data peserta": "name_mismatch",
    "akun e-wallet belum di-upgrade (belum kyc/premium)": "not_upgraded",
    "nomor hp akun e-wallet sudah berganti": "phone_changed",
    "rekening atau akun e-wallet tidak aktif": "inactive",
}
"""The failure reasons the payout records use (``storage.seed_data.people.FAILURE_REASONS``)."""


def _plain(stored: str) -> str:
    return re.sub(r"\s+", " ", stored.strip().rstrip(".").lower())


def failure_reason(language: str, stored: str) -> str:
    """A known reason in ``language``; any other as stored."""
    key = _REASONS.get(_plain(stored))
    return text(language, f"incentive_words.reasons.{key}") if key else stored


def status_label(language: str, status: str, stored_label: str) -> str:
    """The status ("gagal", "berhasil") in ``language``; an unknown one as its stored label."""
    key = f"incentive_words.status.{status}"
    return text(language, key) if has(key, language) else stored_label
