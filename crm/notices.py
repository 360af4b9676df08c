"""What the console tells an agent when an action did not (fully) happen."""

from __future__ import annotations

from starlette.responses import Response

from crm.console import Ended, NotSent, NotYours, TakenByOther, Undeliverable
from crm.http import see

MISSING = "Percakapan, tiket, atau kampanye ini tidak ada."
"""The 404 page: an unknown id (a number too large for the database included)."""
AWAY = (
    "Layanan sedang terganggu sebentar; tidak ada yang berubah. Coba lagi sebentar lagi. "
    "(A service is briefly unavailable; nothing was changed. Please try again shortly.)"
)
"""The 503 page: a store (Redis, the session lock) did not answer; the action changed nothing
and can simply be repeated."""

NOTICES = {
    # ?notice=... on a conversation page
    "taken_by_other": "Percakapan ini sudah diambil petugas lain.",
    "ended": "Percakapan ini sudah selesai (peserta mengakhirinya, atau sudah diserahkan "
    "kembali ke bot atau ditutup).",
    "not_yours": "Percakapan ini tidak sedang kamu tangani.",
    "empty": "Balasan kosong tidak dikirim.",
    "empty_note": "Catatan kosong tidak disimpan.",
    "undeliverable": "Pesan tidak bisa dikirim ke kanal ini.",
    "not_sent": "Perubahan tersimpan, tetapi pesan ke peserta belum terkirim karena layanan "
    "sedang terganggu. Kirim balasan sebentar lagi. (Saved, but the message to the user was "
    "not sent: a service is briefly unavailable.)",
    "changed": "Status percakapan sudah berubah; lihat lagi.",
    "sent": "Balasan terkirim.",
    "already_sent": "Balasan ini sudah terkirim sebelumnya; tidak dikirim lagi.",
    "stale_form": "Formulir balasan kedaluwarsa; balasanmu belum terkirim. Kirim lagi.",
}
DONE = frozenset({"sent", "already_sent"})
"""Conversation notices that say the reply went out (shown as a status, not an alert)."""
QUEUE_NOTICES = {
    # ?notice=... on the queue page, after an action that leaves the conversation
    "released": "Percakapan diserahkan kembali ke bot; peserta diminta menilai bantuan.",
    "dropped": "Percakapan ditutup tanpa diambil; peserta diberi tahu dan ditawari pengaduan.",
    "requeued": "Percakapan dikembalikan ke antrean untuk petugas lain.",
}
LOGIN_NOTICES = {
    "signed_out": "Kamu sudah keluar.",
}
EXPIRED = "Sesi berakhir, masuk lagi. Setelah masuk kamu kembali ke halaman tadi."


def back_saying_why(handoff_id: int, error: Exception) -> Response:
    """Back to the conversation, saying why the action did not (fully) happen."""
    reasons = (
        (Ended, "ended"), (TakenByOther, "taken_by_other"), (NotYours, "not_yours"),
        (Undeliverable, "undeliverable"), (NotSent, "not_sent"),
    )  # fmt: skip
    notice = next((name for kind, name in reasons if isinstance(error, kind)), "changed")
    return see(f"/crm/handoffs/{handoff_id}?notice={notice}")
