"""The course search's readings of answers that name something else than was asked, of a change
of mind at the browser, and the field words (pure: plain data, no database)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from flows import FlowContext, Message, ProgrammeConfig
from flows.course_answers import asks_device, mode, new_topic, topic
from flows.course_browsing import instead
from flows.course_fields import nearer, widened
from flows.course_followups import follows_up
from flows.course_query import prefill
from flows.result import Invalid, Valid
from flows.runtime.machine import FlowTurn
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())


def region(text: str, name: str, value: str) -> tuple[SimpleNamespace, ...]:
    start = text.index(name)
    found = SimpleNamespace(entity="region", value=value, start=start, end=start + len(name))
    return (found,)


def test_a_city_answered_to_which_mode_is_any_mode_held_there() -> None:
    said = "yg di bandung ada ga"
    message = Message(text=said, entities=region(said, "bandung", "Kota Bandung"))
    assert mode(message, {}, CTX) == Valid("any")


@pytest.mark.parametrize("said", ["yg paling murah", "yg murah", "dibawah 500rb"])
def test_a_price_answered_to_which_mode_is_any_mode(said: str) -> None:
    assert mode(Message(text=said), {}, CTX) == Valid("any")


@pytest.mark.parametrize("said", ["gpp", "gapapa kak", "ga masalah", "yg mana aja", "tidak apa2"])
def test_it_does_not_matter_to_which_mode_is_any_mode_but_no_filter_elsewhere(said: str) -> None:
    assert mode(Message(text=said), {}, CTX) == Valid("any")
    assert not follows_up(Message(text=said))  # "gapapa" after courses shown refines none
    assert "mode" not in prefill(Message(text=said), CTX)


@pytest.mark.parametrize(("said", "value"), [("online aja", "online"), ("daring", "online"),
                                             ("yg offline aja", "offline")])  # fmt: skip
def test_a_mode_is_read_as_before(said: str, value: str) -> None:
    assert mode(Message(text=said), {}, CTX) == Valid(value)


@pytest.mark.parametrize(("said", "value"), [
    ("yg webinar", "webinar"), ("kelas webinar aja", "webinar"), ("mau yg live zoom", "webinar"),
    ("webinar online aja", "webinar"), ("webinar only", "webinar"),
    ("yg video aja", "self_paced"), ("belajar mandiri", "self_paced"), ("self paced", "self_paced"),
    ("in person please", "offline"),
])  # fmt: skip
def test_a_kind_of_online_class_is_read_as_that_kind_not_any_online_one(
    said: str, value: str
) -> None:
    assert mode(Message(text=said), {}, CTX) == Valid(value)


def test_video_editing_is_a_topic_not_a_video_course() -> None:
    said = prefill(Message(text="kursus editing video"), CTX)
    assert said.get("topic") == "editing video" and "mode" not in said


def test_a_device_question_at_which_mode_is_explained_not_missed() -> None:
    message = Message(text="eh tp aku ga punya laptop, bisa pake hp?")
    assert asks_device(message)
    assert mode(message, {}, CTX) == Invalid("course_device", miss=False)
    assert mode(Message(text="asdf qwer"), {}, CTX) is None


def test_filters_answered_to_the_topic_question_replace_those_said_before() -> None:
    slots = {"city": "Surabaya", "mode": "any"}
    assert topic(Message(text="yg offline aja"), slots, CTX) == Valid("")
    assert slots == {"city": "Surabaya", "mode": "offline"}
    assert topic(Message(text="apa aja"), {}, CTX) == Valid("")
    assert topic(Message(text="menjahit"), {}, CTX) == Valid("menjahit")


def turn(text: str, intent: str, ranking: tuple[tuple[str, float], ...]) -> FlowTurn:
    message = Message(text=text, intent=intent, confidence=ranking[0][1], ranking=ranking)
    return FlowTurn(Session(), message, CTX)


def test_a_change_of_mind_at_the_browser_is_read_for_what_comes_after_it() -> None:
    changed = instead(turn("eh ga jadi, mau yg jahit aja", "cancel", (("cancel", 0.99),)))
    assert changed.message.text == "mau yg jahit aja" and changed.message.intent is None


def test_a_change_of_mind_to_another_request_is_left_to_the_router() -> None:
    asked = turn("ga jadi, mau daftar aja", "cancel", (("cancel", 0.9), ("register", 0.05)))
    assert instead(asked) is asked
    plain = turn("kuliner", "out_of_scope", (("out_of_scope", 0.9),))
    assert instead(plain) is plain


def test_a_field_word_also_matches_its_category() -> None:
    assert widened("masak") == "masak|kuliner"
    assert widened("roti masakan") == "roti masakan|kuliner"
    assert widened("barista") == "barista" and widened("") == ""


@pytest.mark.parametrize(("said", "wanted"), [
    ("ga jadi, yg jahit aja", "jahit"), ("eh ga jadi deh, mau kursus masak", "masak"),
    ("gajadi, cari yg desain grafis", "desain grafis"), ("batal, mau belajar barista", "barista"),
])  # fmt: skip
def test_a_change_of_mind_names_the_topic_wanted_instead(said: str, wanted: str) -> None:
    assert new_topic(Message(text=said, intent="cancel", confidence=0.9), CTX) == wanted


@pytest.mark.parametrize(
    "said",
    [
        "ga jadi",
        "batal",
        "eh ga jadi, online aja",
        "ga jadi, yg paling murah",
        "ga jadi, mau daftar aja",
    ],
)
def test_a_bare_cancel_or_a_filter_names_no_new_topic(said: str) -> None:
    message = Message(text=said, intent="cancel", confidence=0.9, ranking=(("cancel", 0.9),))
    assert new_topic(message, CTX) is None


def test_words_no_course_has_are_tried_nearer_the_catalogue() -> None:
    assert nearer("ngoding") == ["pemrograman"]
    assert nearer("bikin kue") == ["membuat kue", "kue"]  # "membuat" alone finds too much
    assert nearer("nyetir") == []
