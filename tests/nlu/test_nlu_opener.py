"""A greeting before the question: the question decides the intent."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from nlu import Classification, IntentScore, Parser
from nlu.lexicon import load_lexicon
from nlu.normalise import Normaliser
from nlu.opener import after_opener


@pytest.mark.parametrize(
    ("tokens", "rest"),
    [
        ("assalamualaikum admin mau tanya prakerja <num> ada lagi tidak ?",
         "prakerja <num> ada lagi tidak ?"),
        ("selamat pagi kak insentif saya belum cair", "insentif saya belum cair"),
        ("halo maaf ganggu bapak cara daftar nya", "cara daftar nya"),
        ("halo ada orang ?", None),  # two words: "anyone there?" is part of the greeting
        ("halo kak mau tanya", None),  # nothing follows the opener
        ("halo prakerja", None),  # one word: a greeting with a name
        ("insentif saya belum cair", None),  # no greeting first
        ("admin mau tanya insentif kapan cair", None),  # a form of address alone is no greeting
    ],
)  # fmt: skip
def test_after_opener(tokens: str, rest: str | None) -> None:
    found = after_opener(tokens.split())
    assert (None if found is None else " ".join(found)) == rest


class ByTokens:
    """Greets when the tokens open with a greeting word, else reads them as ``reading``."""

    def __init__(self, reading: str, confidence: float) -> None:
        self.reading, self.confidence = reading, confidence

    @property
    def intents(self) -> tuple[str, ...]:
        return ("greet", self.reading)

    def classify(self, text: str, tokens: Sequence[str]) -> Classification:
        first = tokens[0]
        name = "greet" if first in ("halo", "assalamualaikum") else self.reading
        return Classification((IntentScore(name, self.confidence if name != "greet" else 0.95),
                               IntentScore("out_of_scope", 0.01)))  # fmt: skip

    async def aclassify(self, text: str, tokens: Sequence[str]) -> Classification:
        return self.classify(text, tokens)


def parser_reading(intent: str, confidence: float) -> Parser:
    return Parser(ByTokens(intent, confidence), Normaliser(load_lexicon()), fallback_threshold=0.5)


@pytest.mark.parametrize(
    ("reading", "confidence", "expected"),
    [("program_info", 0.9, "program_info"),  # a confident request after the greeting
     ("program_info", 0.4, "greet"),  # an unsure one: the greeting stands
     ("out_of_scope", 0.9, "greet"),  # small talk after a greeting: still a greeting
     ("affirm", 0.9, "greet"),
     ("help", 0.9, "greet")],  # the greeting's menu answers a help-like rest
)  # fmt: skip
async def test_the_request_after_a_greeting_decides(
    reading: str, confidence: float, expected: str
) -> None:
    parser = parser_reading(reading, confidence)
    text = "assalamualaikum min, mau nanya prakerja 2026 ada lg gak?"
    assert parser.parse(text).intent.name == expected
    assert (await parser.aparse(text)).intent.name == expected


def test_a_trained_parser_answers_the_question_not_the_greeting(parser: Parser) -> None:
    assert parser.parse("selamat pagi min, insentif saya belum cair").intent.name == (
        "incentive_status"
    )
    assert parser.parse("halo kak mau tanya").intent.name == "greet"
    assert parser.parse("halo kak apa kabar").intent.name == "greet"
