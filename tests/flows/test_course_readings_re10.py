"""Probe 10, courses: the readings behind ``tests/conversations/courses_re10.yml`` (pure: plain
data, no database)."""

from __future__ import annotations

import pytest

from flows import FlowContext, Message, ProgrammeConfig
from flows.course_answers import already_said
from flows.course_audiences import audience
from flows.course_mixed import asks_beside
from flows.course_platform_compare import asks as compares_platforms
from flows.course_query import prefill, price, topic_words
from flows.result import Valid

CTX = FlowContext(ProgrammeConfig())


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "sertifikat aku udah ada tapi insentif blm masuk, terus bisa beli pelatihan kedua ga?",
            "",
        ),
        ("udh selesai pelatihan nih terus ngapain lagi", ""),
        ("kak ad kursus ekcel gk bwt kerja kantoran 🙏", "spreadsheet"),
        ("ada pelatihan gratis ga min biar saldo ga kepake", ""),
        ("kalo pake saldo prakerja berarti gratis dong", ""),
        ("pelatihan buat kerja kantoran", "kerja kantoran"),  # the purpose alone is the topic
        ("bahasa inggris buat kerja", "bahasa inggris"),
        ("oh oke, pelatihan buat usaha ada?", "usaha"),
        ("kursus masak buat usaha", "masak usaha"),
        ("siap kerja", "siap kerja"),
    ],
)
def test_a_search_keeps_topic_words_only(text: str, words: str) -> None:
    assert topic_words(text) == words


@pytest.mark.parametrize("said", ["semua harga", "semuanya", "semua harga aja kak", "all prices"])
def test_every_price_answered_to_the_price_question_is_no_limit(said: str) -> None:
    assert price(Message(text=said), {}, CTX) == Valid(0)


def test_an_opening_all_names_no_price() -> None:
    assert "max_price" not in prefill(Message(text="semua pelatihan menjahit"), CTX)


def test_online_ruled_out_is_no_online_mode() -> None:
    said = prefill(Message(text="ada pelatihan tatap muka ga? aku ga bisa belajar online"), CTX)
    assert said["mode"] == "offline"


@pytest.mark.parametrize(
    "text",
    [
        "bedanya bukalapak sama sekolahmu apa",
        "mending beli dimana min",
        "platform mana yang paling bagus?",
        "tokopedia atau pintaria?",
        "which platform is better, tokopedia or bukalapak?",
    ],
)
def test_platforms_compared(text: str) -> None:
    assert compares_platforms(text)


@pytest.mark.parametrize(
    "text",
    [
        "bisa beli pelatihan di tokopedia ga?",  # whether it is a partner: the buying answer
        "beli pelatihan dimana",
        "tokped atau shopee",  # no partner named beside it
        "pelatihan mana yang paling bagus",  # a course, not a platform
    ],
)
def test_no_platforms_compared(text: str) -> None:
    assert not compares_platforms(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("yg cocok buat ibu rumah tangga yg mana", "homemaker"),
        ("pelatihan buat fresh graduate apa aja", "job_seeker"),
        ("kursus yg pas buat calon pekerja migran?", "migrant_worker"),
    ],
)
def test_courses_for_a_kind_of_person(text: str, name: str) -> None:
    found = audience(text)
    assert found is not None and found[0] == name


@pytest.mark.parametrize(
    "text", ["ibu rumah tangga bisa daftar prakerja?", "ibu rumah tangga boleh ikut ga"]
)
def test_whether_a_kind_of_person_may_take_part_is_no_course_question(text: str) -> None:
    assert audience(text) is None


@pytest.mark.parametrize(
    ("named", "slots", "key"),
    [
        ({"mode": "offline"}, {"city": "Bandung", "mode": "any"}, "course_kept.offline_city"),
        ({"mode": "offline"}, {"mode": "offline"}, "course_kept.offline"),
        ({"mode": "online"}, {"mode": "webinar"}, "course_kept.online"),
        ({"city": "Bandung"}, {"city": "Bandung", "mode": "any"}, "course_kept.same"),
    ],
)
def test_a_filter_the_search_has_already_is_kept(
    named: dict[str, object], slots: dict[str, object], key: str
) -> None:
    assert already_said(named, slots) == key


@pytest.mark.parametrize(
    ("named", "slots"),
    [
        ({"mode": "online"}, {"city": "Bandung", "mode": "any"}),
        ({"mode": "hybrid"}, {"city": "Bandung", "mode": "any"}),
        ({"city": "Jakarta"}, {"city": "Bandung"}),
        ({"max_price": 500_000}, {"max_price": 500_000}),
    ],
)
def test_a_filter_that_changes_the_search_is_no_kept_one(
    named: dict[str, object], slots: dict[str, object]
) -> None:
    assert already_said(named, slots) is None


def test_a_course_question_beside_another_subject_is_left_to_each_answer() -> None:
    parts = (
        ("sertifikat aku udah ada tapi insentif blm masuk", "incentive_status", 0.69),
        ("bisa beli pelatihan kedua ga", "training_balance", 0.58),
    )
    assert asks_beside(Message(text="...", parts=parts))
    only_courses = (("ini berapa jam", "course_search", 0.9), ("oke makasih", "thanks", 0.9))
    assert not asks_beside(Message(text="...", parts=only_courses))
