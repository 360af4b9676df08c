"""The complaint form's short words (``flows.complaint_form_words``) and a story told in pieces
(``flows.complaint_told_pieces``)."""

from __future__ import annotations

import pytest

from flows.complaint_form_words import already_done, changed_account, changed_mind, sends
from flows.complaint_switch_story import named
from flows.complaint_told_pieces import told_in_pieces


@pytest.mark.parametrize(
    "text",
    ["kirim", "Kirim aja", "iya langsung kirim aja min", "send it", "yes send it", "ok submit"],
)
def test_the_summary_sent_in_words(text: str) -> None:
    assert sends(text)


@pytest.mark.parametrize(
    "text",
    ["kirim ulang kode otp ga masuk2", "kirim ke cs aja", "udah dikirim belum?", "kirim kemana"],
)
def test_a_story_or_a_question_with_kirim_is_no_send(text: str) -> None:
    assert not sends(text)


@pytest.mark.parametrize("text", ["gajadi deh", "ga jadi lapor", "batal aja", "eh nggak jadi deh"])
def test_the_complaint_given_up(text: str) -> None:
    assert changed_mind(text)


@pytest.mark.parametrize("text", ["ga jadi cair insentifnya", "gajadi, hapus data aku"])
def test_more_than_a_change_of_mind_is_not_one(text: str) -> None:
    assert not changed_mind(text)


@pytest.mark.parametrize("text", ["udah", "sudah kak", "udah kok", "udah semua"])
def test_a_bare_udah_is_done_already(text: str) -> None:
    assert already_done(text)


def test_udah_with_a_story_is_not_bare() -> None:
    assert not already_done("udah dicoba masih gagal")


def test_the_payout_account_changed_is_not_a_category_change() -> None:
    assert changed_account("udah aku ganti ke rekening bni atas nama sendiri")
    assert not changed_account("eh ganti, sertifikat aku yg blm muncul")


def test_the_category_after_tapi_is_the_one_meant() -> None:
    assert named("eh salah kategori, sebenernya bukan diblokir tapi otp ga masuk") == "otp_login"


def test_a_story_told_in_two_messages() -> None:
    before = [
        "kode redeem ga bisa dipake katanya invalid",
        "udah pas jam nya kok, 10 menit sebelum mulai",
    ]
    story = told_in_pieces({}, before, "purchase_redeem")
    assert story is not None and "10 menit sebelum mulai" in story
    assert told_in_pieces({}, before, "certificate") is None
