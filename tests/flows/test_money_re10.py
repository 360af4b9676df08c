"""Re-probe 10 of a linked participant's money and account answers: a payout system's failure
code is never shown raw (a known one in plain words, with its fix), one's own card number is
recognised (not a family card's, not one typed), and a verified email asking how to log in is
told apart from an email not verified yet."""

from __future__ import annotations

import pytest

from flows.account_email import verified_login
from flows.incentive_words import cause, failure_reason
from flows.my_card import asks
from flows.responses import text
from flows.turn import Message


@pytest.mark.parametrize(
    ("code", "key"),
    [
        ("ewallet_not_upgraded", "not_upgraded"),
        ("NOT_KYC", "not_upgraded"),
        ("name_mismatch", "name_mismatch"),
        ("NIK-MISMATCH", "name_mismatch"),
        ("phone_mismatch", "phone_changed"),
        ("ACCOUNT_NOT_FOUND", "not_found"),
        ("AccountNotFound", "not_found"),
        ("invalid_account_number", "not_found"),
        ("account_blocked", "inactive"),
        ("account_inactive", "inactive"),
    ],
)
def test_a_known_payout_code_is_said_in_plain_words(code: str, key: str) -> None:
    assert cause(code) == key
    for language in ("id", "en"):
        said = failure_reason(language, code)
        assert said == text(language, f"incentive_words.reasons.{key}")
        assert code not in said


@pytest.mark.parametrize("code", ["ERR_PAYOUT_77", "E1042", "rc:51", "timeout"])
def test_an_unknown_payout_code_is_never_shown(code: str) -> None:
    assert cause(code) is None
    for language in ("id", "en"):
        said = failure_reason(language, code)
        assert said == text(language, "incentive_words.coded")
        assert code not in said


def test_a_payout_text_with_spaces_is_still_shown_as_recorded() -> None:
    assert failure_reason("id", "Ditolak bank penerima") == "Ditolak bank penerima"
    assert cause("Ditolak bank penerima") is None


def _message(said: str) -> Message:
    return Message(text=said)


@pytest.mark.parametrize(
    "said",
    [
        "kartu prakerja aku nomornya brp",
        "nomor kartu prakerja ku apa",
        "what's my prakerja card number",
        "kartu prakerja ku mana ya",
        "where can i see my card number?",
        "dimana liat nomor kartu prakerja",
    ],
)
def test_ones_own_card_number_is_asked(said: str) -> None:
    assert asks(_message(said))


@pytest.mark.parametrize(
    "said",
    [
        "nomor kartu keluarga aku apa",  # the family card: my_details
        "no kartu prakerja aku 5123 4567 8901 2345",  # a card number sent: the safety warning
        "nomor kartu prakerja ku ga valid pas bayar",  # a purchase error
        "apa itu kartu prakerja",
        "dimana bisa daftar kartu prakerja",
        "kartu prakerja ku dicabut kenapa",
    ],
)
def test_other_questions_about_cards_are_not_the_card_number(said: str) -> None:
    assert not asks(_message(said))


@pytest.mark.parametrize(
    "said",
    [
        "udah verifikasi email, trus gimana login nya?",
        "email sudah terverifikasi tapi gak bisa masuk",
        "udah verifikasi email, selanjutnya apa?",
        "i verified my email, how do i log in now?",
        "my email is verified but i can't log in",
        "email udh diverifikasi, cara masuknya gmn",
    ],
)
def test_a_verified_email_asking_how_to_log_in(said: str) -> None:
    assert verified_login(_message(said))


@pytest.mark.parametrize(
    "said",
    [
        "email aku belum terverifikasi, gimana ya",
        "gak bisa verifikasi email, gimana?",
        "email verifikasi ga masuk",
        "link verifikasi email udh kadaluarsa, gmn?",
        "udah verifikasi email tapi kode otp login ga masuk",  # the OTP's own fix
        "my email is not verified, how do i log in?",
    ],
)
def test_an_email_not_verified_or_a_missing_code_is_not_the_login_steps(said: str) -> None:
    assert not verified_login(_message(said))


@pytest.mark.parametrize("word", ["Ditolak", "Dibatalkan", "Kedaluwarsa"])
def test_a_one_word_indonesian_reason_is_shown_not_taken_for_a_code(word: str) -> None:
    assert failure_reason("id", word) == word
    assert failure_reason("id", f"{word}.") == f"{word}."
    assert failure_reason("en", word) == text("en", "incentive_words.recorded", reason=word)


def test_a_one_word_reason_saying_a_known_cause_is_said_in_plain_words() -> None:
    assert cause("Nonaktif") == "inactive"
    assert failure_reason("id", "Nonaktif") == "Nonaktif"
    assert failure_reason("en", "Nonaktif") == text("en", "incentive_words.reasons.inactive")
    assert cause("Dormant") == "inactive"
    assert failure_reason("id", "Dormant") == text("id", "incentive_words.reasons.inactive")
