"""One rule for phone numbers wherever the assistant or the console shows one: at most the
first 4 and the last 2 digits (``0812****90``), however the number was written; NIK and KK
(16 digits) keep their first and last 4."""

from __future__ import annotations

import re

import pytest

from crm.ticket_people import masked
from flows.formatting import mask_phone
from flows.safety import redact

PHONES = [
    ("081234567890", "0812****90"),
    ("0812-3456-7890", "0812****90"),
    ("0812 3456 7890", "0812****90"),
    ("08123456789", "0812****89"),
    ("+6281234567890", "0812****90"),
    ("+62 812-3456-7890", "0812****90"),
    ("+62 812 3456 7890", "0812****90"),
    ("6281234567890", "0812****90"),
    ("62-812-3456-7890", "0812****90"),
]


@pytest.mark.parametrize(("phone", "shown"), PHONES)
def test_a_phone_value_shows_its_first_4_and_last_2_digits(phone: str, shown: str) -> None:
    assert mask_phone(phone) == shown


@pytest.mark.parametrize(("phone", "shown"), PHONES)
def test_a_phone_in_a_text_staff_read_is_masked_the_same_way(phone: str, shown: str) -> None:
    said = f"nomor hp saya {phone}, tolong dicek"
    assert redact(said) == f"nomor hp saya {shown}, tolong dicek"
    assert masked(said) == f"nomor hp saya {shown}, tolong dicek"


@pytest.mark.parametrize(("phone", "shown"), PHONES)
def test_no_more_than_6_digits_of_a_phone_show(phone: str, shown: str) -> None:
    assert len(re.sub(r"\D", "", redact(phone))) <= 6


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("NIK 3273014508990003", "NIK 3273********0003"),
        ("KK 3302 0105 0516 0013", "KK 3302********0013"),
        ("NIK 3273014508990003 hp 081234567890", "NIK 3273********0003 hp 0812****90"),
    ],
)
def test_nik_and_kk_keep_their_first_and_last_4_digits(said: str, shown: str) -> None:
    assert redact(said) == shown


def test_another_countrys_number_keeps_its_sign() -> None:
    assert mask_phone("+447911123456") == "+447****56"
