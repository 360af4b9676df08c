"""``train`` and ``load_parser``: the two entry points that turn settings into a parser."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx

from nlu import store
from nlu.classifier import Classification
from nlu.config import NLUConfig
from nlu.dictionary import load_dictionary
from nlu.entities import BUILTIN, EntityPipeline, LearnedEntities
from nlu.errors import NLUError, TrainingDataError
from nlu.lexicon import Lexicon, load_lexicon
from nlu.linear import LinearIntentClassifier
from nlu.normalise import Normaliser
from nlu.pipeline import Parser
from nlu.rasa_http import RasaHTTPClassifier
from nlu.rasa_yaml import parse_sources, read_sources
from nlu.training_data import TrainingData

REFERENCE_DATE = date(2024, 1, 1)
"""Training never depends on the day it runs (entity spans do not, validity may)."""


@dataclass(frozen=True, slots=True)
class Trained:
    classifier: LinearIntentClassifier
    vocabulary: dict[str, int]
    learned: LearnedEntities
    dictionary: frozenset[str]
    seconds: float


def vocabulary_of(
    data: TrainingData, lexicon: Lexicon, dictionary: frozenset[str]
) -> dict[str, int]:
    """Word counts of the training texts after the lexicon (what the normaliser may repair
    unknown words towards)."""
    base = Normaliser(lexicon, dictionary=dictionary)
    counts: Counter[str] = Counter()
    for example in data.examples:
        counts.update(t for t in base.tokens(example.text) if t.isalpha())
    return dict(counts)


def known_words(
    lexicon: Lexicon, vocabulary: Mapping[str, int], dictionary: frozenset[str]
) -> frozenset[str]:
    """Words of everyday language: the lexicon's forms and standard words, the training
    vocabulary and the dictionary (the course-topic matcher never takes them for typos)."""
    return (
        frozenset(vocabulary) | frozenset(lexicon.unigrams) | lexicon.standard_words() | dictionary
    )


def reading(
    lexicon: Lexicon,
    vocabulary: Mapping[str, int],
    dictionary: frozenset[str],
    learned: LearnedEntities,
) -> tuple[Normaliser, EntityPipeline]:
    """The normaliser and the entity extractors of one vocabulary: the same in training and
    in use, whichever classifier answers."""
    known = known_words(lexicon, vocabulary, dictionary)
    return Normaliser(lexicon, vocabulary, dictionary), EntityPipeline(learned, known)


def fit(data: TrainingData, config: NLUConfig, lexicon: Lexicon) -> Trained:
    """Train in memory (deterministic for the same data, lexicon and settings)."""
    if len({e.intent for e in data.examples}) < 2:
        raise TrainingDataError("training data needs examples of at least two intents")
    started = time.perf_counter()
    dictionary = load_dictionary()
    vocabulary = vocabulary_of(data, lexicon, dictionary)
    learned = LearnedEntities.from_data(data, BUILTIN)
    parser = Parser(
        _Untrained(), *reading(lexicon, vocabulary, dictionary, learned),
        placeholders=config.linear.placeholders, today=lambda: REFERENCE_DATE,
    )  # fmt: skip
    docs = [parser.tokens(example.text) for example in data.examples]
    labels = [example.intent for example in data.examples]
    classifier = LinearIntentClassifier.fit(docs, labels, config.linear)
    return Trained(classifier, vocabulary, learned, dictionary, time.perf_counter() - started)


class _Untrained:
    """Stands in for the classifier while the training texts are being tokenised."""

    intents: tuple[str, ...] = ()

    def classify(self, text: str, tokens: Sequence[str]) -> Classification:
        raise NotImplementedError

    async def aclassify(self, text: str, tokens: Sequence[str]) -> Classification:
        raise NotImplementedError


def parser_from(
    trained: Trained, config: NLUConfig, lexicon: Lexicon, today: Callable[[], date] = date.today
) -> Parser:
    options = trained.classifier.featuriser.options
    return Parser(
        trained.classifier,
        *reading(lexicon, trained.vocabulary, trained.dictionary, trained.learned),
        fallback_threshold=config.fallback_threshold,
        ambiguity_margin=config.ambiguity_margin,
        placeholders=options.placeholders,
        today=today,
    )


def train(config: NLUConfig) -> Path:
    """Train on ``config.data_paths`` and save under ``config.model_dir``; returns the model's
    directory (named by the fingerprint of data, lexicon and settings)."""
    if config.classifier != "linear":
        raise NLUError("only the linear classifier is trained here; a Rasa server trains itself")
    sources = read_sources(config.data_paths)
    lexicon = load_lexicon()
    print_ = store.fingerprint(config, sources, lexicon)
    data = parse_sources(sources)
    trained = fit(data, config, lexicon)
    info = {"examples": len(data.examples), "intents": len(data.intents),
            "train_seconds": round(trained.seconds, 3)}  # fmt: skip
    return store.save(config.model_dir, print_, trained.classifier, trained.vocabulary,
                      trained.learned, trained.dictionary, info)  # fmt: skip


def load_parser(
    config: NLUConfig,
    *,
    http_client: httpx.AsyncClient | None = None,
    today: Callable[[], date] = date.today,
) -> Parser:
    """The cached model if its fingerprint matches the data and settings, else a freshly
    trained (and saved) one. With ``classifier="rasa"`` intents come from the Rasa server
    (``http_client`` is the engine's shared client) and entities are extracted here."""
    lexicon = load_lexicon()
    sources = read_sources(config.data_paths)
    if config.classifier == "rasa":
        assert config.rasa_url is not None  # guaranteed by NLUConfig's validation
        data = parse_sources(sources)
        dictionary = load_dictionary()
        vocabulary = vocabulary_of(data, lexicon, dictionary)
        rasa = RasaHTTPClassifier(config.rasa_url, timeout=config.rasa_timeout,
                                  async_client=http_client)  # fmt: skip
        learned = LearnedEntities.from_data(data, BUILTIN)
        return Parser(
            rasa,
            *reading(lexicon, vocabulary, dictionary, learned),
            fallback_threshold=config.fallback_threshold,
            ambiguity_margin=config.ambiguity_margin,
            today=today,
        )
    print_ = store.fingerprint(config, sources, lexicon)
    path = store.model_path(config.model_dir, print_)
    if not (path / store.META).exists():
        path = train(config)
    return parser_at(path, config, lexicon=lexicon, today=today)


def parser_at(
    path: Path,
    config: NLUConfig | None = None,
    *,
    lexicon: Lexicon | None = None,
    today: Callable[[], date] = date.today,
) -> Parser:
    """The parser saved in ``path`` (a model directory, or a model_dir with a LATEST pointer)."""
    found = store.resolve_model_dir(path)
    if found is None:
        raise NLUError(f"no trained model in {path}; run 'prakerja nlu train --out {path}'")
    saved = store.load(found)
    settings = config or NLUConfig()
    trained = Trained(saved.classifier, saved.vocabulary, saved.learned, saved.dictionary, 0.0)
    return parser_from(trained, settings, lexicon or load_lexicon(), today)
