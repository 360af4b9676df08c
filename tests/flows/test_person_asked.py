"""A weak human_agent reading queues nobody unless a person is named (``flows.person_asked``)."""

from __future__ import annotations

import pytest

from flows.person_asked import asks_person
from flows.turn import Message


@pytest.mark.parametrize(
    "text",
    ["mau ngomong sama orang", "cs dong", "min panggilin orangnya dong", "bisa antri dulu ga?",
     "nomor call center prakerja berapa", "i'd rather talk to actual staff", "minta admin"],
)  # fmt: skip
def test_a_person_named_at_a_weak_reading_is_asked_for(text: str) -> None:
    assert asks_person(Message(text=text, intent="human_agent", confidence=0.6))


@pytest.mark.parametrize(
    "text", ["nomornya juga sama", "udah premium kok", "rekening orang lain boleh?"]
)
def test_a_fact_told_at_a_weak_reading_asks_for_nobody(text: str) -> None:
    assert not asks_person(Message(text=text, intent="human_agent", confidence=0.71))


def test_a_confident_reading_or_a_tapped_button_is_a_request() -> None:
    assert asks_person(Message(text="nomornya juga sama", intent="human_agent", confidence=0.9))
    assert asks_person(Message(payload="intent:human_agent", intent="human_agent"))
    ambiguous = Message(text="hmm", intent="human_agent", confidence=0.9, ambiguous=True)
    assert not asks_person(ambiguous)
