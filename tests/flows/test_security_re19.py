"""re19 security: phone numbers masked whole in a complaint story, codes never unmasked; the
take-over told without "hacked"; a report made elsewhere not read into other stories."""

from __future__ import annotations

import pytest

from flows.account_used import used_by_others
from flows.complaint_story import masked
from flows.echo_masking import masked_echo
from flows.ticket_elsewhere import channel


def _story(text: str) -> str:
    return masked_echo(masked(text))


@pytest.mark.parametrize(
    ("text", "shown", "hidden"),
    [
        ("otp sms ke 0812-9876-5432 ga masuk", "0812****32", ("9876", "5432", "[disembunyikan]")),
        ("otp ke 0857.1122.3344 ga masuk", "0857****44", ("1122", "3344")),
        ("nomor aku +62 812-3456-7890 diblokir", "0812****90", ("3456", "7890")),
        ("kode otp 482913 dari 0812 3456 7890", "0812****90", ("482913",)),
        ("otp 081234 0812345678", "0812****78", ("081234",)),
        ("kode otp nya 1234", "[disembunyikan]", ("1234",)),
        ("pin 081234", "[disembunyikan]", ("081234",)),
        ("otp 12345678", "[disembunyikan]", ("12345678",)),
        ("nik 3174055505950001 otp 4321", "3174********0001", ("4321", "05550595")),
    ],
)
def test_story_masking(text: str, shown: str, hidden: tuple[str, ...]) -> None:
    story = _story(text)
    assert shown in story
    assert not any(part in story for part in hidden)


@pytest.mark.parametrize(
    "text",
    [
        "ada yg beli pelatihan pake akun aku, bukan aku yg beli!! saldo aku abis",
        "akun aku dipake orang lain kayanya, ada login dari hp lain",
        "someone logged in from another phone",
        "akun prakerja aku diakses orang lain",
    ],
)
def test_used_by_others(text: str) -> None:
    assert used_by_others(text)


@pytest.mark.parametrize(
    "text",
    ["boleh ga akun aku dipake orang lain?", "aku mau beli pelatihan pake akun aku"],
)
def test_not_used_by_others(text: str) -> None:
    assert not used_by_others(text)


@pytest.mark.parametrize(
    ("text", "went"),
    [
        ("I want to complain, the training provider never started the webinar", None),
        ("otp email udah kirim ulang 5x ga dateng, skrg disuruh nunggu", None),
        ("lho aku udh lapor kemarin lewat email", "email"),
        ("I already reported it by email", "email"),
        ("I reported through the website", "web"),
    ],
)
def test_report_elsewhere(text: str, went: str | None) -> None:
    assert channel(text) == went


def test_both_lost_needs_the_email_too() -> None:
    from flows.account_both_lost import both_lost

    assert both_lost("hp lama ilang, nomor udah ganti, email juga lupa passwordnya")
    assert not both_lost("hp aku ilang, mau ganti nomor hp di akun prakerja")


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("ada orang lain pake nik aku buat daftar prakerja", True),
        ("someone registered prakerja with my NIK, I never signed up", True),
        ("boleh ga daftar pake nik orang lain?", False),
        ("orang tua aku daftar pake nik nya sendiri", False),
    ],
)
def test_nik_used_by_someone_else(text: str, told: bool) -> None:
    from flows.nik_stolen import told as nik_told

    assert nik_told(text) is told
