"""Channel-level answers that need no turn: what a channel says about input it cannot take.

Indonesian first, then English in brackets: a channel does not know the session's language
before a turn, and these messages never start one. Button titles stay Indonesian (the
programme's default language; a WhatsApp list button allows 20 characters).
"""

from __future__ import annotations

TEXT_ONLY = (
    "Maaf, aku baru bisa membaca pesan teks 🙏 Tulis pertanyaanmu atau pilih dari menu, ya.\n"
    "(Sorry, I can only read text messages for now. Type your question or pick from the menu.)"
)
OWN_CONTACT_ONLY = (
    "Kontak itu bukan nomormu sendiri. Kirim nomor HP-mu sendiri, ya "
    "(ketik nomornya atau pakai tombol kirim nomor).\n"
    "(That contact is not your own number. Please send your own phone number.)"
)
SHARE_CONTACT_BUTTON = "📱 Kirim nomor HP saya"
SHARE_CONTACT_HINT = "Atau tekan tombol di bawah untuk mengirim nomor HP-mu."
LIST_BUTTON = "Lihat pilihan"
CHOOSE = "Silakan pilih:"
