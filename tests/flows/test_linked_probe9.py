"""Probe 9, linked participants: which field of one's own data a message asks for, what a
certificate question or complaint is about, whether a message asks the subscription's state,
and a revocation said from the participant's side."""

from __future__ import annotations

import pytest

from flows import Message
from flows.certificate_asks import certificate_key, certificate_problem
from flows.my_details import asked_field
from flows.revocation_help import FOLLOW_UPS, REVOKED
from flows.subscription_status import asks_state


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("no hp yg terdaftar apa", "phone"),
        ("email ku apa", "email"),
        ("siapa nama aku", "name"),
        ("nik ku?", "nik"),
        ("nik aku brp", "nik"),
        ("tanggal lahir aku yg terdaftar apa", "dob"),
        ("nomor kk ku apa", "kk"),
        ("rekening ku apa", "payout"),
        ("what is my email", "email"),
        # a problem, a rule or somebody else's: no value asked for
        ("email aku ga bisa dibuka", None),
        ("nik ku udah terdaftar belum?", None),
        ("no hp ku mau ganti, gmn caranya?", None),
        ("nama kamu siapa", None),
        ("nama aku Budi", None),
        ("aku mau tau nama lembaga pelatihannya", None),
        ("rekening harus atas nama sendiri?", None),
    ],
)
def test_which_own_field_a_message_asks_for(text: str, field: str | None) -> None:
    assert asked_field(Message(text=text)) == field


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("sertifikat prakerja diakui perusahaan ga", "kb.certificate_recognition"),
        ("bisa buat daftar cpns?", "kb.certificate_recognition"),
        ("ganti nama bisa?", "kb.certificate_name"),
        ("nama di sertifikat aku salah", "kb.certificate_name"),
        ("sertifikat bisa dipake buat ngelamar kerja ga?", "kb.certificate_use"),
        ("sertifikat aku mana ya", "kb.certificate"),
    ],
)
def test_what_a_certificate_question_is_about(text: str, key: str) -> None:
    assert certificate_key(text) == key


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("mau komplain, nama di sertifikat aku salah", "name"),
        ("sertifikat ga bisa didownload error terus", "download"),
        ("sertifikat belum muncul udah seminggu", None),
        ("sertifikat diakui perusahaan ga", None),
    ],
)
def test_the_problem_a_certificate_complaint_tells(text: str, problem: str | None) -> None:
    assert certificate_problem(text) == problem


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("aku masih langganan info prakerja ga?", True),
        ("aku masih berlangganan kabar dari kalian gak sih", True),
        ("aku langganan ga", True),
        ("aku mau langganan info ga", False),
    ],
)
def test_the_subscription_state_asked(text: str, asked: bool) -> None:
    assert asks_state(text) is asked


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("aku udh beli pelatihan kok", True),
        ("padahal udah dibeli", True),
        ("kalo banding?", True),
        ("oh gitu", False),
    ],
)
def test_what_follows_a_revocation(text: str, follows: bool) -> None:
    pattern, _ = FOLLOW_UPS[REVOKED]
    assert bool(pattern.search(text)) is follows
