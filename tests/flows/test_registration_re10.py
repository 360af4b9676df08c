"""Re-probe 10 readings: working abroad, a language's name that asks for no language ("tp ktp
indo"), not knowing a number in more words ("idk", "nggak tahu", "entah"), the registration
form's NIK slips shared with the linking, and the account topic of a linked chat."""

from __future__ import annotations

import pytest

from flows import FlowContext, Message, ProgrammeConfig
from flows.language_choice import asks_language, reread
from flows.menu import CHANGE_PHONE, MY_DATA, topic_answer
from flows.number_asked import forgotten_number
from flows.registration_abroad import abroad
from flows.registration_checks import nik
from flows.result import Invalid, Valid
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())


@pytest.mark.parametrize(
    "text",
    ["aku tkw di taiwan, bisa daftar prakerja?", "aku kerja di malaysia", "I work in Hong Kong",
     "pmi mau daftar bisa?", "lagi di luar negeri"],
)  # fmt: skip
def test_living_or_working_abroad_is_read(text: str) -> None:
    assert abroad(text)


@pytest.mark.parametrize("text", ["pelatihan bahasa jepang ada?", "aku tinggal di bekasi"])
def test_a_course_or_a_place_at_home_is_not_abroad(text: str) -> None:
    assert not abroad(text)


@pytest.mark.parametrize(
    "text", ["tp ktp indo", "but my ktp is indonesian", "pake nomor indo", "aku di indo"]
)
def test_a_language_name_qualifying_something_asks_for_no_language(text: str) -> None:
    assert not asks_language(text)


@pytest.mark.parametrize(
    "text",
    ["indo", "english please", "pake bahasa indo aja", "bahasa indonesia dong",
     "aku ga bisa english, indo aja ya", "i'm not from indonesia, can you chat in english",
     "ktp indo, tapi jawab pake bahasa inggris ya"],
)  # fmt: skip
def test_a_request_for_a_language_still_asks_for_it(text: str) -> None:
    assert asks_language(text)


def test_a_change_language_reading_asking_for_none_takes_the_next_reading() -> None:
    ranking = (("change_language", 0.37), ("inform", 0.26), ("complaint", 0.19))
    message = Message(text="tp ktp indo", intent="change_language", confidence=0.37,
                      ranking=ranking)  # fmt: skip
    again = reread(message)
    assert (again.intent, again.confidence) == ("inform", 0.26)
    assert [name for name, _ in again.ranking] == ["inform", "complaint"]
    asked = Message(text="pake bahasa indo aja", intent="change_language", confidence=1.0)
    assert reread(asked) is asked


@pytest.mark.parametrize(
    ("text", "number"),
    [("i don't know my kk number", "kk"), ("nggak tahu nomor kk ku", "kk"),
     ("not sure what my nik is", "nik"), ("idk my nik", "nik"), ("entah nik aku berapa", "nik"),
     ("ga tau kenapa nik ku ditolak", None), ("not sure if my nik is registered", None)],
)  # fmt: skip
def test_not_knowing_a_number_in_more_words(text: str, number: str | None) -> None:
    assert forgotten_number(Message(text=text)) == number


@pytest.mark.parametrize(
    "text",
    ["gatau", "idk", "not sure", "dunno", "entah", "nggak tahu nik nya", "i don't know my nik"],
)
def test_not_knowing_the_nik_at_the_registration_form_is_where_to_find_it(text: str) -> None:
    assert nik(Message(text=text), {}, CTX) == Invalid("where_nik", miss=False)


def test_a_nik_too_short_at_the_registration_form_is_how_long_a_nik_is() -> None:
    assert nik(Message(text="nik ku 1234"), {}, CTX) == Invalid("nik_length", {"count": 4})
    assert nik(Message(text="123"), {}, CTX) == Invalid("nik_length", {"count": 3})
    assert isinstance(nik(Message(text="3273010101900003"), {}, CTX), Valid)


def test_the_account_topic_offers_a_linked_chat_its_data_not_linking() -> None:
    linked = drive(topic_answer("account", "id", CTX, linked=True), lambda _: None) or []
    payloads = [button.payload for button in linked[0].buttons]
    assert MY_DATA in payloads and CHANGE_PHONE in payloads
    assert "flow:link_account" not in payloads
    others = drive(topic_answer("account", "id", CTX), lambda _: None) or []
    assert "flow:link_account" in [button.payload for button in others[0].buttons]
