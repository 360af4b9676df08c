"""A fraud report's phone and account numbers reach staff whole (``flows.complaint_evidence``,
``crm.ticket_people.masked``); NIK/KK, e-mail and the participant's own numbers (the phone on
their record, or a number the story calls theirs) stay masked."""

from __future__ import annotations

import pytest

from crm.ticket_people import masked
from flows.complaint_evidence import EVIDENCE, evidence_detail, numbers_in


def test_a_fraud_story_keeps_the_scammers_phone_and_account_numbers() -> None:
    story = "nomornya 0812-3456-789 suruh transfer ke rek 1234567890, nik aku 3273014508990003"
    assert evidence_detail("fraud", story) == (EVIDENCE, "08123456789, 1234567890")


def test_other_categories_and_the_own_phone_keep_no_evidence() -> None:
    assert evidence_detail("incentive", "nomornya 08123456789") is None
    assert numbers_in("aku dihubungi dari 08123456789 ke hp aku 08129999990", "0812****90") == [
        "08123456789"
    ]
    assert numbers_in("call center 0800-150-3001") == []


@pytest.mark.parametrize(
    ("story", "reported"),
    [
        ("uang dari rekening saya 1234567890 ditransfer ke 0987654321 penipu", ["0987654321"]),
        ("no hp aku: 081234567890, penipunya pakai 081299998888", ["081299998888"]),
        ("rekeningku 1234567890 dikuras, suruh transfer ke rek 0987654321", ["0987654321"]),
        ("no. rek BCA saya 1234567890 dan rekening dia 0987654321", ["0987654321"]),
        ("nomor e-wallet DANA saya adalah 081234567890", []),
        ("my account 1234567890 was drained to 0987654321", ["0987654321"]),
        ("nomor hp saya 0812 3456 7890, penipu pakai nomor saya juga: 081234567890", []),
        ("nomor yang menghubungi saya 081234567890", ["081234567890"]),  # the caller's
        ("dia WA ke saya dari 081234567890", ["081234567890"]),
        ("nomornya 081234567890, rekening penipu 0987654321", ["081234567890", "0987654321"]),
        ('dia bilang "transfer ke rekening saya 0987654321", rek aku 1234567890', ["0987654321"]),
        ("katanya \u201ckirim ke no dana saya 081234567890\u201d", ["081234567890"]),  # quoted
    ],
)
def test_numbers_the_story_calls_the_participants_own_are_not_reported(
    story: str, reported: list[str]
) -> None:
    assert numbers_in(story) == reported


def test_a_fraud_story_with_only_the_participants_own_numbers_keeps_no_evidence() -> None:
    assert evidence_detail("fraud", "rekening saya 1234567890 dibobol, hp ku 081234567890") is None


def test_the_console_shows_the_evidence_line_whole_and_masks_the_rest() -> None:
    body = (
        "nomornya 0812****89 ngaku dari prakerja, email aku budi@gmail.com\n"
        f"{EVIDENCE}: 08123456789, 3273014508990003"
    )
    shown = masked(body)
    assert f"{EVIDENCE}: 08123456789, 3273********0003" in shown
    assert "b***@gmail.com" in shown
    assert masked("hp aku 08123456789") == "hp aku 0812****89"
