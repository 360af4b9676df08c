"""Probe 6, the complaint form: what is said back masked, a question told from a story, a
question by the way told from a change of category, and the readings of "what now?" and
"what's the status?"."""

from __future__ import annotations

import pytest

from flows.complaint_asides import asks_contact_number, asks_what_now
from flows.complaint_context import _about_incentive
from flows.complaint_questions import asks_instead
from flows.complaint_switch import switched
from flows.echo_masking import masked_echo
from flows.ticket_sent import asks_if_sent, asks_status
from flows.turn import Message


def test_the_story_said_back_masks_nik_phone_and_email() -> None:
    told = (
        "NIK saya 3273041103881806 katanya sudah terdaftar, hp saya 081234567890, "
        "email rudi.permana@gmail.com"
    )
    assert masked_echo(told) == (
        "NIK saya 3273********1806 katanya sudah terdaftar, hp saya 0812****90, "
        "email r***@gmail.com"
    )


@pytest.mark.parametrize(
    ("told", "said"),
    [
        ("kk 3273-0411-0388-1806", "kk 3273********1806"),
        ("wa +62 812-3456-7890", "wa 0812****90"),
        ("rekening BNI 0123456789", "rekening BNI 0123**6789"),
    ],
)
def test_other_personal_numbers_are_masked(told: str, said: str) -> None:
    assert masked_echo(told) == said


@pytest.mark.parametrize(
    "told",
    [
        "insentif Rp600.000 blm masuk sejak 10-11-2026",
        "udh telp 0800-150-3001, tiket PRK-12345678",
        "gelombang 71, invoice INV/2024/0312345678",
    ],
)
def test_what_is_no_personal_data_stays_readable(told: str) -> None:
    assert masked_echo(told) == told


@pytest.mark.parametrize(
    "question",
    [
        "kalo ktp aku rusak gmn",
        "bisa pake hp org lain ga?",
        "btw nomor call center prakerja brp?",
        "eh btw insentif itu brp sih?",
        "apakah bisa pakai ktp lama?",
        "boleh pake laptop ga",
    ],
)
def test_a_short_question_is_no_story(question: str) -> None:
    assert asks_instead(question)


@pytest.mark.parametrize(
    "story",
    [
        "kok sertifikat aku belum muncul?",
        "kenapa akun aku diblokir?",
        "kalo foto ktp aku selalu gagal katanya wajah tidak cocok",
        "bisa ga sih sertifikatku dimunculin? udah 2 minggu",
        "foto ktp aku ditolak terus gimana",
        "kelasnya jam 8 malem, aku masukin jam 5 sore",
        "NIK saya katanya sudah terdaftar padahal belum pernah daftar, gimana ya kak?",
        "sertifikat aku blm muncul padahal udh selesai 2 minggu lalu",
    ],
)
def test_a_story_with_question_words_is_still_a_story(story: str) -> None:
    assert not asks_instead(story)


def test_a_question_by_the_way_is_no_change_of_category() -> None:
    slots = {"category": "certificate"}
    assert not switched(Message(text="eh btw insentif itu brp sih?"), slots)
    assert switched(Message(text="eh salah, bukan sertifikat tapi insentif"), slots)
    assert switched(Message(text="eh ga jadi deh, insentif aku aja yg blm cair"), slots)


def test_a_wait_told_about_another_topic_is_no_wait_for_the_incentive() -> None:
    assert not _about_incentive("sertifikat aku blm muncul padahal udh selesai 2 minggu lalu")
    assert _about_incentive("insentif blm cair udh 2 bulan")
    assert _about_incentive("udah 2 bulan kak")


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("btw nomor call center prakerja brp?", True),
        ("no cs prakerja apa ya", True),
        ("what's the call centre number?", True),
        ("sambungin ke cs dong", False),
        ("udh telpon call center berapa kali ga diangkat", False),
    ],
)
def test_the_contact_centre_number_asked_for(text: str, asks: bool) -> None:
    assert asks_contact_number(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [("trs gmn kak", True), ("terus?", True), ("now what", True), ("gimana caranya kirim", False)],
)
def test_what_now_at_the_summary(text: str, asks: bool) -> None:
    assert asks_what_now(text) is asks


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("what's the status?", True),
        ("statusnya gimana?", True),
        ("cek status dong", True),
        ("status insentif aku?", False),
        ("udh kekirim kan?", False),
    ],
)
def test_a_bare_status_question(text: str, asks: bool) -> None:
    assert asks_status(text) is asks
    assert asks_if_sent("udh kekirim kan?")
