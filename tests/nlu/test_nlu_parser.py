"""The parser's contract with the engine: result shape, thresholds, entities, catalogue."""

from __future__ import annotations

from collections.abc import Sequence

import orjson
import pytest

from nlu import FALLBACK_INTENT, Classification, IntentScore, Parser, ParseResult
from nlu.entities.catalogue import load_default_topics
from nlu.lexicon import load_lexicon
from nlu.normalise import Normaliser
from tests.nlu.conftest import TODAY


class Fixed:
    """A classifier that always answers the same ranking."""

    def __init__(self, *scores: tuple[str, float]) -> None:
        self.ranking = tuple(IntentScore(n, c) for n, c in scores)

    @property
    def intents(self) -> tuple[str, ...]:
        return tuple(s.name for s in self.ranking)

    def classify(self, text: str, tokens: Sequence[str]) -> Classification:
        return Classification(self.ranking)

    async def aclassify(self, text: str, tokens: Sequence[str]) -> Classification:
        return Classification(self.ranking)


def make(*scores: tuple[str, float]) -> Parser:
    return Parser(Fixed(*scores), Normaliser(load_lexicon()), fallback_threshold=0.5,
                  ambiguity_margin=0.1, today=lambda: TODAY)  # fmt: skip


@pytest.mark.parametrize(
    ("scores", "ambiguous", "fallback"),
    [
        ((("register", 0.9), ("greet", 0.05)), False, False),
        ((("register", 0.45), ("greet", 0.1)), False, True),  # below the threshold
        ((("register", 0.52), ("greet", 0.45)), True, True),  # top-2 margin too small
        ((("register", 0.7),), False, False),
    ],
)
def test_thresholds(
    scores: tuple[tuple[str, float], ...], ambiguous: bool, fallback: bool
) -> None:
    result = make(*scores).parse("apa saja")
    assert (result.ambiguous, result.fallback) == (ambiguous, fallback)
    assert result.intent == IntentScore(*scores[0])


def test_a_message_without_one_known_word_has_no_ranking(parser: Parser) -> None:
    result = parser.parse("qwzx plmok")
    assert result.intent == IntentScore(FALLBACK_INTENT, 0.0)
    assert result.ranking == () and result.fallback


def test_empty_message_is_a_fallback_without_asking_the_classifier() -> None:
    result = make(("greet", 1.0)).parse("   ")
    assert result.intent == IntentScore(FALLBACK_INTENT, 0.0)
    assert result.fallback and result.ranking == ()


def test_to_rasa_has_the_parse_endpoint_shape() -> None:
    result = make(("inform", 0.8), ("register", 0.1)).parse("NIK saya 3273015708950003")
    shaped = result.to_rasa()
    assert shaped == {
        "text": "NIK saya 3273015708950003",
        "intent": {"name": "inform", "confidence": 0.8},
        "intent_ranking": [
            {"name": "inform", "confidence": 0.8},
            {"name": "register", "confidence": 0.1},
        ],
        "entities": [{"entity": "nik", "value": "3273015708950003", "start": 9, "end": 25}],
    }
    orjson.dumps(shaped)  # JSON-serialisable as it is
    assert result.entity("nik") is not None and result.entity("kk") is None


async def test_aparse_matches_parse() -> None:
    parser = make(("greet", 0.9), ("goodbye", 0.1))
    assert await parser.aparse("halo 0812-3456-7890") == parser.parse("halo 0812-3456-7890")


def test_parse_result_is_immutable() -> None:
    result = make(("greet", 0.9)).parse("halo")
    assert isinstance(result, ParseResult)
    with pytest.raises(AttributeError):
        result.text = "x"  # type: ignore[misc]


def test_trained_parser_understands_the_issue_examples(parser: Parser) -> None:
    assert parser.parse("gmn cara daftar min").intent.name == "register"
    assert parser.parse("insentif blm cair2 knp ya").intent.name == "incentive_status"


def test_trained_parser_is_calibrated_and_confident_on_clear_messages(parser: Parser) -> None:
    clear = parser.parse("kapan insentif saya cair")
    assert clear.intent.name == "incentive_status" and not clear.fallback
    assert abs(sum(s.confidence for s in clear.ranking) - 1.0) < 0.05
    gibberish = parser.parse("qwzx plmok")
    assert gibberish.fallback


def test_set_catalogue_reaches_course_topic(parser: Parser) -> None:
    parser.set_catalogue(["Servis Sepeda Listrik", "Barista"])
    try:
        result = parser.parse("ada pelatihan servis sepeda listrik?")
        assert result.entity("course_topic") is not None
        assert result.entity("course_topic").value == "Servis Sepeda Listrik"  # type: ignore[union-attr]
    finally:
        parser.set_catalogue(load_default_topics())


@pytest.mark.parametrize(
    ("text", "pair"),
    [("insentif atau saldo?", {"incentive_status", "training_balance"}),
     ("mau daftar atau cek hasil seleksi", {"register", "registration_status"})],
)  # fmt: skip
def test_a_question_about_two_things_is_ambiguous(
    parser: Parser, text: str, pair: set[str]
) -> None:
    result = parser.parse(text)
    assert {s.name for s in result.ranking[:2]} == pair
    assert result.ambiguous and result.fallback


@pytest.mark.parametrize("text", ["lolos prakerja atau tidak", "aku lolos atau belum ya?"])
def test_x_or_not_is_one_question(parser: Parser, text: str) -> None:
    result = parser.parse(text)
    assert result.intent.name == "registration_status"
    assert not result.ambiguous


def test_two_answers_of_the_same_kind_are_not_ambiguous(parser: Parser) -> None:
    result = parser.parse("ovo atau dana")
    assert not result.ambiguous
    assert [e.value for e in result.entities] == ["ovo", "dana"]


def test_a_huge_word_is_not_repaired_letter_by_letter(
    parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Typo repair tries every one-letter edit of a word: the square of its length. A 4,096-letter
    # keyboard mash (the web chat's limit) took 3 s of the server's only event loop; such a word
    # is no typo of a known word, so it is left as it is.
    from nlu import repair

    tried: list[int] = []
    edits = repair._edits1
    monkeypatch.setattr(repair, "_edits1", lambda word: tried.append(len(word)) or edits(word))
    assert parser.parse("dftr" * 1024).fallback
    assert max(tried, default=0) <= 30  # the longest Indonesian words have about 22 letters
