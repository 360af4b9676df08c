"""The same contract for every intent classifier: the linear model and a Rasa server."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass

import httpx
import pytest

from nlu import (
    Classification,
    IntentClassifier,
    LinearIntentClassifier,
    LinearOptions,
    NLUConfig,
    RasaHTTPClassifier,
    load_training_data,
)
from nlu.lexicon import load_lexicon
from nlu.normalise import Normaliser
from tests.nlu.conftest import DATA

MESSAGES = {"cara daftar prakerja": "register", "halo kak": "greet"}


@dataclass
class Subject:
    classifier: IntentClassifier
    normaliser: Normaliser

    def tokens(self, text: str) -> list[str]:
        return self.normaliser.tokens(text)


@pytest.fixture(scope="module")
def linear() -> Subject:
    data = load_training_data([DATA / "tiny.yml"])
    normaliser = Normaliser(load_lexicon())
    docs = [normaliser.tokens(e.text) for e in data.examples]
    options = LinearOptions(calibration_folds=3)
    model = LinearIntentClassifier.fit(docs, [e.intent for e in data.examples], options)
    return Subject(model, normaliser)


@pytest.fixture
def http_client() -> Iterator[httpx.Client]:
    with httpx.Client() as client:
        yield client


@pytest.fixture
async def async_client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient() as client:
        yield client


@pytest.fixture(params=["linear", "rasa"])
def subject(
    request: pytest.FixtureRequest,
    linear: Subject,
    rasa_url: str,
    http_client: httpx.Client,
    async_client: httpx.AsyncClient,
) -> Subject:
    if request.param == "linear":
        return linear
    rasa = RasaHTTPClassifier(rasa_url, client=http_client, async_client=async_client)
    return Subject(rasa, Normaliser(load_lexicon()))


def check_ranking(result: Classification) -> None:
    names = [s.name for s in result.ranking]
    scores = [s.confidence for s in result.ranking]
    assert names and len(names) == len(set(names))
    assert all(isinstance(n, str) and n for n in names)
    assert all(0.0 <= c <= 1.0 for c in scores)
    assert scores == sorted(scores, reverse=True)
    assert sum(scores) <= 1.0 + 1e-6 or len(scores) <= 3


def test_is_an_intent_classifier(subject: Subject) -> None:
    assert isinstance(subject.classifier, IntentClassifier)


@pytest.mark.parametrize(("text", "intent"), sorted(MESSAGES.items()))
def test_classify(subject: Subject, text: str, intent: str) -> None:
    result = subject.classifier.classify(text, subject.tokens(text))
    check_ranking(result)
    assert result.ranking[0].name == intent
    assert intent in subject.classifier.intents


@pytest.mark.parametrize(("text", "intent"), sorted(MESSAGES.items()))
async def test_aclassify_agrees_with_classify(subject: Subject, text: str, intent: str) -> None:
    tokens = subject.tokens(text)
    assert await subject.classifier.aclassify(text, tokens) == subject.classifier.classify(
        text, tokens
    )


def test_unknown_words_give_a_valid_or_an_empty_ranking(subject: Subject) -> None:
    """A classifier may answer "no evidence" (an empty ranking) instead of guessing."""
    text = "zxv plkm"
    result = subject.classifier.classify(text, subject.tokens(text))
    if result.ranking:
        check_ranking(result)


def test_linear_has_no_evidence_without_a_known_word(linear: Subject) -> None:
    assert linear.classifier.classify("zxv plkm", linear.tokens("zxv plkm")).ranking == ()
    # the shape of a message is no evidence on its own either
    assert linear.tokens("Zxv Plkm")[-1] == "<capitalised>"
    assert linear.classifier.classify("Zxv Plkm", linear.tokens("Zxv Plkm")).ranking == ()
    # nor is a question mark: "??" is someone waiting, not a question about anything
    assert linear.classifier.classify("??", linear.tokens("??")).ranking == ()


def test_an_unknown_word_spelt_like_known_ones_is_evidence(linear: Subject) -> None:
    """Character n-grams of unknown words count (a typo or variant the normaliser missed);
    gibberish and very short words do not."""
    featuriser = linear.classifier.featuriser  # type: ignore[attr-defined]
    assert "prakerjaa" not in featuriser.words
    assert featuriser.has_evidence(["prakerjaa"])
    assert not featuriser.has_evidence(["qwzx", "plmok"])
    assert not featuriser.has_evidence(["anu"])
    ranking = linear.classifier.classify("daftarr", ["daftarr"]).ranking
    assert ranking and ranking[0].name == "register"


def test_linear_confidences_sum_to_one(linear: Subject) -> None:
    result = linear.classifier.classify("insentif", linear.tokens("insentif"))
    assert abs(sum(s.confidence for s in result.ranking) - 1.0) < 1e-3


def test_config_names_the_classifier() -> None:
    with pytest.raises(ValueError, match="rasa_url is required"):
        NLUConfig(classifier="rasa")
    with pytest.raises(ValueError, match="http"):
        NLUConfig(classifier="rasa", rasa_url="localhost:5005")
    assert NLUConfig(classifier="rasa", rasa_url="http://r:5005/").rasa_url == "http://r:5005"


def test_the_calibration_tolerance_changes_the_temperature_only() -> None:
    """The calibration folds stop early (their logits are all the temperature needs); the
    model that answers is solved to the full tolerance whatever that setting is."""
    data = load_training_data([DATA / "tiny.yml"])
    normaliser = Normaliser(load_lexicon())
    docs = [normaliser.tokens(e.text) for e in data.examples]
    labels = [e.intent for e in data.examples]
    loose = LinearIntentClassifier.fit(docs, labels, LinearOptions(calibration_tolerance=1e-3))
    tight = LinearIntentClassifier.fit(docs, labels, LinearOptions(calibration_tolerance=1e-9))
    assert loose.featuriser.features == tight.featuriser.features
    tight.temperature = loose.temperature
    for text in ("cara daftar prakerja", "insentif belum cair", "halo kak"):
        tokens = normaliser.tokens(text)
        assert list(loose.probabilities(tokens)) == list(tight.probabilities(tokens)), text
    tight = LinearIntentClassifier.fit(docs, labels, LinearOptions(calibration_tolerance=1e-9))
    assert abs(loose.temperature - tight.temperature) < 0.25 * tight.temperature
    assert loose.temperature != tight.temperature
