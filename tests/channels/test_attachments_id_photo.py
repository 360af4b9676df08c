"""A photo sent with no complaint open gets the same word as a KTP photo offered in the chat
(``flows.id_photos``): KTP and face photos are not taken here; verification is on the official
site (probe 9: the reply only said to file a complaint and send the photo again)."""

from __future__ import annotations

from bot.channels.attachments import no_ticket


def test_a_photo_with_no_ticket_is_told_not_to_send_ktp_or_face_photos() -> None:
    said = no_ticket("id").text
    assert said.startswith("Aku belum menemukan pengaduan")
    assert "Foto KTP atau wajah jangan dikirim di sini" in said
    assert "prakerja.go.id" in said
    assert "Don't send photos of your KTP or face here" in no_ticket("en").text
