"""Evaluation: accuracy, macro-F1, per-intent table, most confused pairs, entity scores, and
cross-validation that trains in memory (each fold's model never sees its test texts)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field

import numpy as np

from nlu.config import NLUConfig
from nlu.lexicon import load_lexicon
from nlu.logreg import stratified_folds
from nlu.pipeline import Parser
from nlu.training import fit, parser_from
from nlu.training_data import Example, TrainingData


@dataclass(frozen=True, slots=True)
class IntentMetrics:
    intent: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True, slots=True)
class Prediction:
    text: str
    gold: str
    predicted: str
    confidence: float


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    accuracy: float
    macro_f1: float
    examples: int
    per_intent: tuple[IntentMetrics, ...]
    confusions: tuple[tuple[str, str, int], ...]  # (gold, predicted, count), most first
    entity_f1: dict[str, float] = field(default_factory=dict)
    predictions: tuple[Prediction, ...] = ()

    def to_json(self, *, with_predictions: bool = False) -> dict[str, object]:
        data = asdict(self)
        data["confusions"] = [list(c) for c in self.confusions]
        if not with_predictions:
            data.pop("predictions")
        return data


def distinct(examples: Sequence[Example]) -> list[Example]:
    """Repeated texts counted once (as ``rasa test nlu`` does); the first label wins."""
    seen: set[str] = set()
    out = []
    for example in examples:
        if example.text not in seen:
            seen.add(example.text)
            out.append(example)
    return out


def score(predictions: Sequence[Prediction], entity_f1: dict[str, float] | None = None,
          ) -> EvaluationReport:  # fmt: skip
    gold = [p.gold for p in predictions]
    predicted = [p.predicted for p in predictions]
    labels = sorted(set(gold) | set(predicted))
    table = []
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted, strict=True) if g == p == label)
        n_pred, n_gold = predicted.count(label), gold.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table.append(IntentMetrics(label, precision, recall, f1, n_gold))
    present = [m for m in table if m.support > 0]
    confusions = Counter((g, p) for g, p in zip(gold, predicted, strict=True) if g != p)
    accuracy = sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1)
    return EvaluationReport(
        accuracy=accuracy,
        macro_f1=float(np.mean([m.f1 for m in present])) if present else 0.0,
        examples=len(gold),
        per_intent=tuple(table),
        confusions=tuple((g, p, n) for (g, p), n in confusions.most_common()),
        entity_f1=entity_f1 or {},
        predictions=tuple(predictions),
    )


def evaluate(parser: Parser, data: TrainingData) -> EvaluationReport:
    """Score a trained parser on labelled data (intents, and entities where annotated)."""
    examples = distinct(data.examples)
    predictions = []
    counts: dict[str, list[int]] = {}
    for example in examples:
        result = parser.parse(example.text)
        predictions.append(
            Prediction(example.text, example.intent, result.intent.name, result.intent.confidence)
        )
        _count_entities(example, {(e.entity, e.start, e.end) for e in result.entities}, counts)
    return score(predictions, _entity_f1(counts))


def _count_entities(example: Example, found: set[tuple[str, int, int]],
                    counts: dict[str, list[int]]) -> None:  # fmt: skip
    """tp / fp / fn per entity type, for examples that carry annotations."""
    if not example.entities:
        return
    gold = {(a.entity, a.start, a.end) for a in example.entities}
    annotated_types = {a.entity for a in example.entities}
    for item in gold | {f for f in found if f[0] in annotated_types}:
        tally = counts.setdefault(item[0], [0, 0, 0])
        tally[0 if item in gold and item in found else 1 if item in found else 2] += 1


def _entity_f1(counts: dict[str, list[int]]) -> dict[str, float]:
    out = {}
    for name, (tp, fp, fn) in sorted(counts.items()):
        out[name] = round(2 * tp / (2 * tp + fp + fn), 4) if tp + fp + fn else 0.0
    return out


def cross_validate(data: TrainingData, config: NLUConfig, folds: int = 5) -> EvaluationReport:
    """Stratified k-fold over distinct texts; every fold trains a fresh model in memory."""
    examples = distinct(data.examples)
    labels = sorted({e.intent for e in examples})
    y = np.array([labels.index(e.intent) for e in examples], dtype=np.int64)
    lexicon = load_lexicon()
    predictions: list[Prediction] = []
    counts: dict[str, list[int]] = {}
    for held_out in stratified_folds(y, folds, config.linear.seed):
        held = set(held_out.tolist())
        train_part = TrainingData(tuple(e for i, e in enumerate(examples) if i not in held),
                                  data.synonyms, data.regexes, data.lookups)  # fmt: skip
        parser = parser_from(fit(train_part, config, lexicon), config, lexicon)
        for i in held_out:
            example = examples[i]
            result = parser.parse(example.text)
            predictions.append(Prediction(example.text, example.intent, result.intent.name,
                                          result.intent.confidence))  # fmt: skip
            _count_entities(example, {(e.entity, e.start, e.end) for e in result.entities}, counts)
    return score(predictions, _entity_f1(counts))
