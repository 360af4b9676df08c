"""Inside forms: the contact centre's number told from a wish for a person, a registered NIK in
the complaint form, why the registration refused a number, and an earlier registration answer
given again with its new value."""

from __future__ import annotations

import pytest

from flows import complaint_nik_taken as nik_taken
from flows.complaint_asides import asks_contact_number as complaint_asks
from flows.config import ProgrammeConfig
from flows.contact_centre_aside import asks_contact_number
from flows.registration_checks import REFUSED, kk, nik
from flows.registration_fixes import given_again
from flows.registration_refusals import asks_why, field_named
from flows.turn import FlowContext, Message

CTX = FlowContext(ProgrammeConfig())


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("nomor call center prakerja brp?", True),
        ("call center nya berapa", True),
        ("what's the call center number?", True),
        ("mau ngomong sama cs", False),
        ("sambungin ke admin", False),
        ("udh telpon cs 3x ga diangkat, sertifikat aku blm muncul juga", False),
    ],
)
def test_the_number_is_told_from_a_wish_for_a_person(text: str, asks: bool) -> None:
    assert asks_contact_number(text) is asks
    assert complaint_asks is asks_contact_number  # one detection, shared with the complaint form


def test_a_registered_nik_gets_its_own_fix_in_a_nik_complaint() -> None:
    slots: dict[str, object] = {"category": "nik"}
    assert nik_taken.fix_key(slots) is None  # the Dukcapil fix, as before
    nik_taken.note(Message(text="nik aku udh terdaftar katanya"), slots)
    assert nik_taken.fix_key(slots) == "complaints.fixes.nik_taken"
    assert not nik_taken.reports(Message(text="nik aku ga sesuai dukcapil"))


@pytest.mark.parametrize(
    ("text", "asks", "field"),
    [
        ("knp nik aku ditolak?", True, "nik"),
        ("kok ditolak sih?", True, None),
        ("kenapa kk nya ga valid", True, "kk"),
        ("kok tgl lahir aku salah", True, "dob"),
        ("kenapa harus isi nik?", False, "nik"),
        ("nik aku 3273041103881807 kok ditolak", False, "nik"),  # a number typed: an answer
    ],
)
def test_why_refused_is_read(text: str, asks: bool, field: str | None) -> None:
    assert asks_why(text) is asks
    assert field_named(text) == field


def test_the_registration_remembers_its_last_refusal_until_accepted() -> None:
    slots: dict[str, object] = {}
    nik(Message(text="3299041103881807"), slots, CTX)
    assert slots[REFUSED] == {"field": "nik", "reason": "nik_region", "params": {"code": "3299"}}
    kk(Message(text="3174010101010001"), slots, CTX)
    assert REFUSED in slots  # another field accepted: the NIK's refusal stays
    nik(Message(text="3273041103881807"), slots, CTX)
    assert REFUSED not in slots


@pytest.mark.parametrize(
    ("text", "pending", "found"),
    [
        ("kk nya 3174010101010001", "dob", ("kk", "3174010101010001")),
        ("eh nik nya salah, 3273 0452 0390 0002", "dob", ("nik", "3273 0452 0390 0002")),
        ("nik 3273045203900002", "kk", ("nik", "3273045203900002")),
        ("tgl lahir aku salah, harusnya 11 maret 1988", "phone", ("dob", "11 maret 1988")),
        ("kk nya 3174010101010001", "kk", None),  # the pending question's own answer
        ("11 maret 1988", "dob", None),
        ("kk nya sama kayak nik", "dob", None),
    ],
)
def test_an_earlier_answer_given_again_is_found(
    text: str, pending: str, found: tuple[str, str] | None
) -> None:
    assert given_again(text, pending, {"name", "nik", "kk", "dob"}) == found


def test_an_answer_not_given_yet_is_no_correction() -> None:
    assert given_again("kk nya 3174010101010001", "dob", {"name", "nik"}) is None
