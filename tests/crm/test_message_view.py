"""What the console shows of a stored message."""

from __future__ import annotations

from datetime import UTC, datetime

from crm.pages import message_fields
from storage.repositories.transcript import TranscriptEntry

AT = datetime(2026, 11, 29, 9, 0, tzinfo=UTC)


def test_a_secret_stored_before_it_was_recognised_is_not_shown_to_staff() -> None:
    said = "password aku aja ya biar cepet dicek: Rahasia123"
    stored = TranscriptEntry("in", said, created_at=AT)
    shown = message_fields(stored)["text"]
    assert "Rahasia123" not in shown
    assert "[disembunyikan]" in shown


def test_the_assistants_and_agents_words_are_shown_as_written() -> None:
    reply = TranscriptEntry("out", "Kode OTP sudah aku kirim (berlaku 5 menit).", created_at=AT)
    assert message_fields(reply)["text"] == reply.text
    plain = TranscriptEntry("in", "insentif aku blm cair, NIK 3273********0003", created_at=AT)
    assert message_fields(plain)["text"] == plain.text
