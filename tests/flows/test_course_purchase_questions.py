"""Questions about buying a course, changing one bought, and picking from the results shown, told
apart from course searches and from other questions (pure: plain data, no database)."""

from __future__ import annotations

import pytest

from flows import FlowContext, Message, ProgrammeConfig
from flows.course_bought import asks_change
from flows.course_buying import answer
from flows.course_query import mode
from flows.ordinals import ordinal
from flows.result import Valid
from flows.runtime.machine import FlowTurn
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())


def buying(said: str) -> str | None:
    """The text of the answer to ``said`` as a question about buying, or None."""
    replies = answer(FlowTurn(Session(), Message(text=said), CTX))
    return None if replies is None else replies[0].text


@pytest.mark.parametrize("said", [
    "gmn cara beli pelatihan min", "beli kelas nya dmn kak", "pelatihan offline beli nya dmn",
    "cara beli pelatihan prakerja gimana", "how do I buy a course?",
    "what platforms can I buy from?", "where can I buy courses with my prakerja card?",
])  # fmt: skip
def test_how_or_where_to_buy_with_no_topic_gets_the_steps(said: str) -> None:
    said_back = buying(said)
    assert said_back is not None and ("Tokopedia" in said_back)


@pytest.mark.parametrize("said", [
    "mau beli kelas excel", "cara beli pelatihan desain grafis", "mau beli pelatihan",
    "cari kelas desain grafis", "beli", "temen aku nawarin beli pelatihan fiktif",
    "kursus yg sudah saya beli", "brp hari batas beli pelatihan pertama?",
    "udh beli pelatihan di tokopedia, tp post test error terus, aku harus gmn?",
    "ada berapa pelatihan?", "insentif bisa ke shopeepay?", "enaknya beli pelatihan yg mana ya",
    "which course should I buy?",
])  # fmt: skip
def test_a_topic_a_wish_or_another_question_is_no_buying_question(said: str) -> None:
    assert buying(said) is None


@pytest.mark.parametrize(("said", "line"), [
    ("tokopedia bisa?", "Tokopedia termasuk mitra"),
    ("pijar mahir itu apa", "Pijar Mahir termasuk mitra"),
    ("beli pelatihan di shopee bisa ga", "Shopee tidak ada di daftar mitra"),
    ("bisa beli di ruangguru?", "Skill Academy (Ruangguru) hanya menjadi mitra"),
])  # fmt: skip
def test_a_platform_named_is_said_to_be_a_partner_or_not(said: str, line: str) -> None:
    said_back = buying(said)
    assert said_back is not None and said_back.startswith(line)


def test_a_marketplace_or_an_everyday_word_alone_is_no_platform_question() -> None:
    assert buying("shopee bisa ga") is None  # unless just after the buying answer
    assert buying("sekolahmu dimana?") is None


@pytest.mark.parametrize("said", [
    "kak aku salah beli pelatihan, bisa tuker ga",
    "min kalo pelatihannya ga sesuai bisa refund ga?",
    "kalo batalin pembelian bisa?", "can I get a refund for the course I bought?",
    "can I change to another course?", "bisa ganti pelatihan yang udah dibeli?",
    "aku ga sengaja beli pelatihan yg salah, bisa refund/ganti ga",
])  # fmt: skip
def test_changing_cancelling_or_refunding_a_course_bought_is_recognised(said: str) -> None:
    assert asks_change(said)


@pytest.mark.parametrize("said", [
    "mau ganti pelatihan yang belum dibeli", "mau ganti bahasa", "ganti nomor hp",
    "ada yg nawarin pencairan saldo, katanya bisa refund",
])  # fmt: skip
def test_a_choice_still_open_another_change_or_a_fraud_is_no_change_of_a_course(said: str) -> None:
    assert not asks_change(said)


@pytest.mark.parametrize(("said", "place"), [
    ("yg ke 3", 3), ("yang ketiga", 3), ("nomor 2", 2), ("the third one", 3), ("yg ke-1", 1),
    ("3", None), ("yg murah", None), ("pelatihan kedua", 2), ("mau beli pelatihan kedua", None),
])  # fmt: skip
def test_a_pick_from_the_list_needs_a_word_naming_the_number(said: str, place: int | None) -> None:
    assert ordinal(said) == place


@pytest.mark.parametrize(("said", "value"), [("yg onlen aj", "online"), ("ofline", "offline")])
def test_online_and_offline_typed_in_slang_are_modes(said: str, value: str) -> None:
    assert mode(Message(text=said), {}, CTX) == Valid(value)
