"""Why a campaign's deliveries failed or were skipped, as staff read it: the sender records the
error as ``<ExceptionName>: <detail>`` (``campaigns.sender``) or a plain phrase, and the console
counts them per reason ("NotConfigured: telegram" -> "kanal telegram belum dikonfigurasi")."""

from __future__ import annotations

__all__ = ["CANCELLED", "OPTED_OUT", "OUTSIDE_WINDOW", "reason"]

OUTSIDE_WINDOW = "outside WhatsApp's 24-hour window and the campaign names no approved template"
OPTED_OUT = "opted out"
CANCELLED = "campaign cancelled"

_PHRASES = {
    OUTSIDE_WINDOW: "di luar jendela 24 jam WhatsApp dan kampanye tanpa template",
    OPTED_OUT: "penerima berhenti berlangganan siaran",
    CANCELLED: "kampanye dibatalkan",
}
_KINDS = {
    "RecipientBlocked": "penerima memblokir bot atau tidak bisa dihubungi",
    "MessageRejected": "pesan ditolak platform",
    "ChannelUnavailable": "kanal sedang tidak bisa dihubungi (sudah dicoba ulang)",
    "RateLimited": "dibatasi platform karena terlalu banyak kiriman",
}
_CHANNELS = {"telegram": "Telegram", "whatsapp": "WhatsApp"}


def reason(error: str | None) -> str:
    """The Indonesian reason for a recorded delivery error."""
    if not error:
        return "tanpa keterangan"
    if error in _PHRASES:
        return _PHRASES[error]
    kind, _, detail = error.partition(": ")
    if kind == "NotConfigured":
        channel = detail.strip()
        if channel in _CHANNELS:
            return f"kanal {channel} belum dikonfigurasi"
        return "kanal belum dikonfigurasi"
    return _KINDS.get(kind, error[:80])
