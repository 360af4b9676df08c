"""A request the bot knows typed where a form waits for free text is no answer: not the
training provider's name, the complaint's story or the course search's topic
(flows/known_requests.py); real names, stories and topics still are."""

from __future__ import annotations

from typing import Any

import pytest

from flows import complaint_details as details
from flows import complaint_story as story
from flows import course_answers
from flows.known_requests import asks_known_request
from flows.result import Valid
from flows.turn import Message

CTX: Any = None  # the validators read no context


def _said(text: str, intent: str | None = None, confidence: float = 0.0) -> Message:
    return Message(text=text, intent=intent, confidence=confidence)


REQUESTS = [
    _said("status tiket aku", "complaint_status", 0.99),
    _said("cek tiket aku", "complaint_status", 0.99),
    _said("cek status pengaduan"),  # the regex, whatever the reading
    _said("cek saldo"),
    _said("saldo aku brp", "training_balance", 0.99),
    _said("status pendaftaran aku", "registration_status", 0.99),
    _said("menu"),
    _said("pelatihan aku apa aja", "course_search", 0.99),  # the trainings bought
]
ANSWERS = [
    _said("Skill Academy", "inform", 0.97),
    _said("LPK Maju Jaya", "out_of_scope", 0.66),
    _said("pijar mahir", "out_of_scope", 0.8),
    _said("insentif aku belum cair", "incentive_status", 0.99),  # tells what happened
    _said("insentif aku kapan cair", "incentive_status", 0.5),  # not sure of the reading
    _said("bahasa inggris", "course_search", 0.99),
    _said("tolong", "help", 0.99),  # a plea: the form's hint answers it
    _said("status tiket aku udah seminggu ga berubah padahal penting", "complaint_status", 0.99),
]


@pytest.mark.parametrize("message", REQUESTS, ids=lambda m: m.text)
def test_a_known_request_is_recognised(message: Message) -> None:
    assert asks_known_request(message)


@pytest.mark.parametrize("message", ANSWERS, ids=lambda m: m.text)
def test_a_name_a_story_or_a_topic_is_no_request(message: Message) -> None:
    assert not asks_known_request(message)


def test_a_tapped_button_is_no_request() -> None:
    assert not asks_known_request(Message(text="menu", payload="menu"))


@pytest.mark.parametrize("message", REQUESTS[:4], ids=lambda m: m.text)
def test_a_request_is_no_provider_name_and_no_story(message: Message) -> None:
    assert details.provider(message, {}, CTX) is None
    assert story.description(message, {}, CTX) is None


@pytest.mark.parametrize("name", ["Skill Academy", "LPK Maju Jaya", "pijar mahir"])
def test_a_real_provider_name_is_kept(name: str) -> None:
    assert details.provider(_said(name, "inform", 0.9), {}, CTX) == Valid(name)


@pytest.mark.parametrize(
    "text", ["insentif aku belum cair", "NIK aku dipakai orang lain buat daftar"]
)
def test_a_short_story_is_kept(text: str) -> None:
    assert story.description(_said(text, "incentive_status", 0.99), {}, CTX) == Valid(text)


def test_own_trainings_asked_are_no_topic() -> None:
    asked = _said("pelatihan aku apa aja", "course_search", 0.99)
    assert course_answers.topic(asked, {}, CTX) is None
    topic = course_answers.topic(_said("excel", "course_search", 0.99), {}, CTX)
    assert isinstance(topic, Valid) and topic.value
