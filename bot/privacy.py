"""Masking of personal data (NIK, KK, phone, email) in anything written to logs and
transcripts: the same rule as what the bot echoes and the console shows
(``flows.echo_masking.mask_contacts``), without masking other long numbers (chat ids and
timestamps in logs stay readable)."""

from __future__ import annotations

from flows.echo_masking import mask_contacts
from flows.formatting import mask_nik


def mask_pii(text: str) -> str:
    """Mask every NIK/KK-like number, Indonesian phone number and email address in ``text``."""
    return mask_contacts(text) if text else text


__all__ = ["mask_nik", "mask_pii"]
