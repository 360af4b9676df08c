"""A message that names a course is a course search, not a request to change the chat's
language ("ada les bhs inggris gk kak" was read as change_language and switched to English)."""

from __future__ import annotations

import pytest

from flows import Message
from flows.language_choice import names_course
from nlu.types import Entity

LANGUAGE_TOPIC = (Entity("course_topic", "Bahasa Inggris", 0, 0),)


@pytest.mark.parametrize(
    "text",
    [
        "kk ada plthn bhs inggris gk",
        "ada les bhs inggris gk kak",
        "ada kursus bahasa inggris ga min",
        "mau belajar bahasa inggris",
        "kak ada kelas bahasa inggris gak",
        "any english course?",
    ],
)
def test_a_named_course_is_a_course_search(text: str) -> None:
    assert names_course(Message(text=text, intent="change_language", entities=LANGUAGE_TOPIC))


@pytest.mark.parametrize(
    "text",
    ["pake bahasa inggris aja", "kk bisa bhs inggris gk", "balik ke bahasa indonesia",
     "english please", "kok pake bahasa inggris sih"],
)  # fmt: skip
def test_a_request_for_a_language_names_no_course(text: str) -> None:
    # The NLU gives "pake bahasa inggris aja" the course_topic "Bahasa Inggris" too.
    assert not names_course(Message(text=text, intent="change_language", entities=LANGUAGE_TOPIC))


def test_another_course_topic_written_out_is_a_course_search() -> None:
    topic = (Entity("course_topic", "Desain Grafis", 0, 0),)
    assert names_course(Message(text="desain grafis in english ada?", entities=topic))


def test_a_topic_the_nlu_guessed_from_one_word_is_no_course() -> None:
    # "speaking" gives the topic "Public Speaking": the message asks for English.
    topic = (Entity("course_topic", "Public Speaking", 0, 0),)
    assert not names_course(Message(text="why are you speaking indonesian", entities=topic))
