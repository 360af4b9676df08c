"""Secrets sent in a message (passwords, OTP codes, card numbers, voucher and redeem codes):
which ones are warned about and masked, and what must stay readable (no I/O)."""

from __future__ import annotations

import pytest

from flows import FlowContext, Message, ProgrammeConfig, respond
from flows.safety import redact, secret_kind, strip_issued_codes, strip_secrets
from storage.sessions import Session

SECRETS = [
    # passwords: the word, then the value a few words on or further in the sentence
    ("aku kasih password aku aja ya biar cepet dicek: Rahasia123", "password", "Rahasia123"),
    ("pw aku Rahasia123", "password", "Rahasia123"),
    ("pass: qwerty99 tolong cek", "password", "qwerty99"),
    ("sandi akun aku Budi2024", "password", "Budi2024"),
    ("paswot nya qwerty123", "password", "qwerty123"),
    ("passwordnya Rina2003!!", "password", "Rina2003!!"),
    ("my password is hunter22", "password", "hunter22"),
    ("kata sandi: rahasiaku", "password", "rahasiaku"),
    ("pin dana saya 123456", "password", "123456"),
    # OTP codes: anywhere in a message about an OTP
    ("ini kode otp yg masuk ke nomor lama 482913 bisa dipake ga", "otp", "482913"),
    ("min ada yg minta kode otp aku 738201, udh aku kasih", "otp", "738201"),
    ("482913 itu kode otp nya ya?", "otp", "482913"),
    ("kode verifikasi: 4829", "otp", "4829"),
    # voucher and redeem codes: hyphenated, or "kodenya" after the topic or alone in capitals
    ("kode redeem aku error, kodenya 8XK2-99AB", "code", "8XK2-99AB"),
    ("kodenya ABCD1234EF valid ga?", "code", "ABCD1234EF"),
    ("kode redeem aku 8H3KX92LQ kok ga bisa", "code", "8H3KX92LQ"),
    ("voucher: ab12cd34ef", "code", "ab12cd34ef"),
    # a Prakerja card number
    ("no kartu prakerja 5123 4567 8901 2345", "card", "5123 4567 8901 2345"),
]


@pytest.mark.parametrize(("said", "kind", "secret"), SECRETS)
def test_a_secret_is_warned_about_and_masked(said: str, kind: str, secret: str) -> None:
    assert secret_kind(said) == kind
    assert secret not in strip_secrets(said) and "[disembunyikan]" in strip_secrets(said)
    assert secret not in redact(said)


def test_only_the_secret_is_masked_so_staff_still_read_the_question() -> None:
    assert strip_secrets("min ada yg minta kode otp aku 738201, udh aku kasih") == (
        "min ada yg minta kode otp aku [disembunyikan], udh aku kasih"
    )
    assert strip_secrets("kode redeem aku error, kodenya 8XK2-99AB") == (
        "kode redeem aku error, kodenya [disembunyikan]"
    )


NO_SECRETS = [
    # talking about a password or a code
    "lupa password",
    "gimana ganti password",
    "min sy lupa password akun prakerja, email jg udh ga aktif",
    "ganti password 2 kali gagal",
    "password minimal 8 karakter ya?",
    "my password is wrong",
    "password aku error sejak 2024",
    "gmn kalo lupa pin",
    "ganti pin 2x gagal",
    "kode redeem itu apa",
    "kode redeem ga bisa dipake berkali2",
    "kode pos 40115",
    "kodenya dapet2an",
    "ada yang telpon ngaku dari prakerja minta kode otp, udah saya kasih",
    # personal data, money, dates, references, waves and years next to the words
    "NIK saya 3273014505010003",
    "nomor kartu keluarga 3302010505160013",  # the KK number the registration asks for
    "kode otp ga masuk, NIK 3273014505010003",
    "lupa password, nomor hp 081234567890 udah ga aktif",
    "otp ga masuk ke 0812 3456 7890",
    "otp ga masuk ke +62 812-3456-7890",
    "otp ga masuk2 padahal saldo Rp3.500.000",
    "otp ga masuk bayar Rp 500000",
    "kode otp ga dikirim, insentif 600rb blm cair",
    "otp ga masuk, saldo 600 rb",
    "kode voucher 1500rb",
    "otp ga masuk sejak 12-05-2024",
    "kode otp ga masuk padahal lahir 05/05/2001",
    "otp ga masuk tiket PRK-12345678",
    "kode redeem aku error, tiket PRK-12345678",
    "lupa password, tiket PRK-12345678",
    "otp gelombang 71 tahun 2024",
    "password ga bisa, email budi2000@gmail.com",
]


@pytest.mark.parametrize("said", NO_SECRETS)
def test_what_is_no_secret_is_neither_warned_about_nor_masked(said: str) -> None:
    assert secret_kind(said) is None
    assert strip_secrets(said) == said


def test_the_codes_we_issue_are_masked_even_without_a_digit() -> None:
    reply = "Berhasil!\nKode voucher: 7XKQ2MABCDEF\nKode redeem: ABCDEFGH\nJangan bagikan."
    masked = strip_issued_codes(reply)
    assert "7XKQ2MABCDEF" not in masked and "ABCDEFGH" not in masked
    assert masked.startswith("Berhasil!\nKode voucher: [disembunyikan]\n")
    assert "Redeem code: [disembunyikan]" in strip_issued_codes("Redeem code: ABCDEFGH")


def test_our_own_code_typed_at_our_question_is_not_kept_for_the_handoff_summary() -> None:
    session = Session(flow="registration", step="otp")
    steps = respond(session, Message("kodenya 168286"), FlowContext(ProgrammeConfig()))
    next(steps, None)  # the router remembers the message before the flow asks anything
    assert session.profile["recent"] == ["kodenya [disembunyikan]"]


KEPT_READABLE = [
    # what staff asked for, or our own numbers: never identifiers (the ticket desk's bug)
    "selesai 10-11-2026",
    "lahir 17-08-1995",
    "tanggal lahir 17.08.1995",
    "jadwal ulang 2026-11-10",
    "tiket PRK-12345678",
    "hubungi contact centre 0800-150-3001",
    "contact centre 08001503001",
]


@pytest.mark.parametrize("said", KEPT_READABLE)
def test_dates_ticket_references_and_toll_free_numbers_are_not_masked(said: str) -> None:
    assert redact(said) == said


MASKED_NUMBERS = [
    ("NIK 3273014508990003", "NIK 3273********0003"),
    ("KK 3302 0105 0516 0013", "KK 3302********0013"),
    ("hp 0812-3456-7890", "hp 0812****90"),
    ("wa +62 812 3456 7890", "wa 0812****90"),
    ("rekening BRI 0123456789012", "rekening BRI 0123*****9012"),  # a bank account
    ("NIK 3273014508990003 lahir 17-08-1995", "NIK 3273********0003 lahir 17-08-1995"),
    ("hp 081234567890, 10-11-2026", "hp 0812****90, 10-11-2026"),
]


@pytest.mark.parametrize(("said", "shown"), MASKED_NUMBERS)
def test_identifiers_are_masked_and_the_dates_next_to_them_kept(said: str, shown: str) -> None:
    assert redact(said) == shown
