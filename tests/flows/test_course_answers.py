"""The course search's readings of answers that name something else than was asked, of a change
of mind at the browser, and the field words (pure: plain data, no database)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from flows import FlowContext, Message, ProgrammeConfig
from flows.course_answers import asks_device, mode, topic
from flows.course_browsing import instead
from flows.course_fields import widened
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


@pytest.mark.parametrize(("said", "value"), [("yg webinar", "online"), ("online aja", "online"),
                                             ("yg offline aja", "offline")])  # fmt: skip
def test_a_mode_is_read_as_before(said: str, value: str) -> None:
    assert mode(Message(text=said), {}, CTX) == Valid(value)


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
