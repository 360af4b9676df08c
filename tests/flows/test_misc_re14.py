"""Regressions of re-probe 14 (misc): what a NIK typed with "kenapa ga bisa daftar" says, a
course search for a need ("courses for getting a job"), questions about "hari kerja"."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows import course_needs, eligibility_nik, working_days
from flows.course_query import topic_words
from flows.turn import Message
from nlu.types import Entity

AT = datetime(2026, 11, 30, 3, tzinfo=UTC)


def _with_nik(text: str, digits: str, extra: dict[str, object]) -> Message:
    start = text.index(digits)
    entity = Entity("nik", digits, start, start + len(digits), extra)
    return Message(text=text, intent="check_eligibility", entities=(entity,), at=AT)


FEMALE_2010 = {"valid": True, "birth_date": "2010-08-17", "gender": "F", "region": "Kota Bandung"}


def test_a_nik_gives_the_age_of_its_birth_date() -> None:
    message = _with_nik("3273015708100003 kenapa ga bisa daftar?", "3273015708100003", FEMALE_2010)
    assert eligibility_nik.age(message) == 16


def test_an_invalid_nik_gives_no_age() -> None:
    checks: dict[str, object] = {"valid": False, "reason": "region"}
    message = _with_nik("9973011203950002 kenapa ga bisa daftar?", "9973011203950002", checks)
    assert eligibility_nik.own_nik(message) is not None
    assert eligibility_nik.age(message) is None


def test_a_relatives_nik_is_not_the_users() -> None:
    text = "nik adik aku 3273015708100003 kenapa ga bisa daftar?"
    assert eligibility_nik.own_nik(_with_nik(text, "3273015708100003", FEMALE_2010)) is None


@pytest.mark.parametrize("said", [
    "kenapa ga bisa daftar?", "kok gabisa daftar", "why can't I register?", "ditolak terus",
])  # fmt: skip
def test_asking_why_registering_fails(said: str) -> None:
    assert eligibility_nik.asks_why(said)


def test_asking_whether_one_may_register_is_no_why() -> None:
    assert not eligibility_nik.asks_why("nik saya bisa daftar ga?")


@pytest.mark.parametrize(("said", "words"), [
    ("what courses are there for getting a job?", "karier"),
    ("courses for getting a job", "karier"),
    ("any training to help me find a job?", "karier"),
    ("kursus buat dapet kerja", "karier"),
    ("excel course for getting a job", "spreadsheet"),
    ("pelatihan bahasa inggris buat cari kerja", "bahasa inggris"),
])  # fmt: skip
def test_a_need_is_searched_as_its_courses_not_its_words(said: str, words: str) -> None:
    assert topic_words(said) == words


@pytest.mark.parametrize("said", [
    "i am looking for job training", "pelatihan kerja apa aja", "courses for work skills",
])  # fmt: skip
def test_job_training_is_no_need_of_getting_a_job(said: str) -> None:
    assert course_needs.named(said) is None


def test_the_career_courses_for_a_job_come_first() -> None:
    assert course_needs.preferred("job") == "~wawancara|lamaran|cv"
    assert course_needs.preferred(None) == ""


@pytest.mark.parametrize("said", [
    "hari kerja itu sabtu minggu diitung ga?", "does working days include weekends?",
    "hari kerja itu apa sih", "what are working days?", "hari kerja termasuk tanggal merah?",
])  # fmt: skip
def test_questions_about_working_days(said: str) -> None:
    assert working_days.asks(said, after_answer=False)


@pytest.mark.parametrize("said", ["sabtu minggu diitung ga?", "do weekends count?"])
def test_weekends_asked_bare_only_right_after_an_answer_in_working_days(said: str) -> None:
    assert working_days.asks(said, after_answer=True)
    assert not working_days.asks(said, after_answer=False)


@pytest.mark.parametrize("said", [
    "kalo minggu depan udah masuk belum?", "udah 2 minggu belum masuk", "berapa hari kerja lagi?",
])  # fmt: skip
def test_weeks_and_waits_are_no_question_about_working_days(said: str) -> None:
    assert not working_days.asks(said, after_answer=True)


@pytest.mark.parametrize(("said", "language"), [
    ("does working days include weekends?", "en"),
    ("hari kerja itu sabtu minggu diitung ga?", "id"),
])  # fmt: skip
def test_the_answer_follows_the_language_of_the_question(said: str, language: str) -> None:
    assert working_days.written_in(said) == language
