"""Round 15 forms: a form put off (``flows.form_pause``), someone else's eligibility asked
(``flows.eligibility_others``), the family card told of ahead (``flows.eligibility_kk_ahead``)
and where to send a KTP photo staff asked for (``flows.id_photo_requested``)."""

from __future__ import annotations

import pytest

from flows.eligibility_kk_ahead import NO_AID
from flows.eligibility_kk_said import nobody, recipients
from flows.eligibility_others import aged, subject
from flows.form_pause import puts_off
from flows.id_photo_requested import asks_where
from flows.turn import Message


@pytest.mark.parametrize(
    "text", ["nanti lanjut ya", "udah dulu ya, nanti aku lanjut", "nanti aja deh lanjutnya"]
)
def test_a_pause_puts_any_form_off(text: str) -> None:
    assert puts_off(Message(text=text))


@pytest.mark.parametrize(
    "text", ["ntar aja ya kak", "ya udah nanti aja", "maybe later", "makasih, nanti lagi ya"]
)
def test_later_puts_off_only_where_facts_are_asked(text: str) -> None:
    assert not puts_off(Message(text=text))
    assert puts_off(Message(text=text), later=True)


@pytest.mark.parametrize(
    "text", ["besok aku 18", "nanti lanjut apa?", "nanti aku udah lulus kuliah", "iya"]
)
def test_an_answer_or_a_question_is_no_pause(text: str) -> None:
    assert not puts_off(Message(text=text), later=True)


@pytest.mark.parametrize(
    ("text", "kin"),
    [("suami aku bisa daftar prakerja ga? dia kerja di pabrik", "suami"),
     ("kalo adik aku umur 17 bisa ga", "adik"), ("can my husband apply? he works in a factory",
     "suami"), ("what about my little brother, he's 17", "adik"),
     ("istri saya boleh ikut prakerja?", "istri")],
)  # fmt: skip
def test_the_relative_asked_about_is_the_subject(text: str, kin: str) -> None:
    assert subject(text) == kin


@pytest.mark.parametrize(
    "text",
    ["bapak aku pns, aku umur 20, bisa?", "suami saya kerja di pabrik, bisa ikut prakerja?",
     "aku bisa ikut ga? suami aku kerja di pabrik", "suami aku kerja di pabrik"],
)  # fmt: skip
def test_the_user_is_no_relative(text: str) -> None:
    assert subject(text) is None


def test_a_relatives_age_is_theirs() -> None:
    assert aged("kalo adik aku umur 17 bisa ga") == ("adik", 17)
    assert aged("what about my little brother, he's 17") == ("adik", 17)


@pytest.mark.parametrize(
    "text", ["oh iya di kk aku gak ada yg dapet bansos", "di kk ga ada yang nerima pkh"]
)
def test_nobody_getting_aid_is_no_word_about_prakerja(text: str) -> None:
    assert NO_AID.search(text)
    assert not nobody(text)
    assert recipients(text) is None


def test_nobody_getting_prakerja_still_counts_none() -> None:
    assert recipients("di kk aku gak ada yg dapet prakerja") == 0


@pytest.mark.parametrize(
    ("text", "asks"),
    [("foto ktp nya kirim kemana kak?", True), ("where do i send the ktp photo?", True),
     ("ktp nya dikirim lewat mana", True), ("foto ktp aku gagal terus", False),
     ("kirim screenshot nya gmn", False)],
)  # fmt: skip
def test_where_to_send_the_ktp_photo(text: str, asks: bool) -> None:
    assert asks_where(text) is asks
