"""Channel-level answers that need no turn: what a channel says about input it cannot take.

In Indonesian, the programme's default language (a channel does not know the session's language
before a turn, and these messages never start one).
"""

from __future__ import annotations

TEXT_ONLY = "Maaf, aku baru bisa membaca pesan teks 🙏 Tulis pertanyaanmu atau pilih dari menu, ya."
OWN_CONTACT_ONLY = (
    "Kontak itu bukan nomormu sendiri. Kirim nomor HP-mu sendiri, ya "
    "(ketik nomornya atau pakai tombol kirim nomor)."
)
SHARE_CONTACT_BUTTON = "📱 Kirim nomor HP saya"
SHARE_CONTACT_HINT = "Atau tekan tombol di bawah untuk mengirim nomor HP-mu."
LIST_BUTTON = "Lihat pilihan"
CHOOSE = "Silakan pilih:"
