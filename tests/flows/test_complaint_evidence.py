"""A fraud report's phone and account numbers reach staff whole (``flows.complaint_evidence``,
``crm.ticket_people.masked``); NIK/KK, e-mail and the participant's own phone stay masked."""

from __future__ import annotations

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


def test_the_console_shows_the_evidence_line_whole_and_masks_the_rest() -> None:
    body = (
        "nomornya 0812****89 ngaku dari prakerja, email aku budi@gmail.com\n"
        f"{EVIDENCE}: 08123456789, 3273014508990003"
    )
    shown = masked(body)
    assert f"{EVIDENCE}: 08123456789, 3273********0003" in shown
    assert "b***@gmail.com" in shown
    assert masked("hp aku 08123456789") == "hp aku 0812****89"
