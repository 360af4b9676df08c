"""Metrics and cross-validation."""

from __future__ import annotations

import pytest

from nlu import LinearOptions, NLUConfig, cross_validate, load_training_data
from nlu.evaluate import Prediction, distinct, score
from nlu.training_data import Example
from tests.nlu.conftest import DATA


def test_metrics_on_a_known_table() -> None:
    rows = [("a", "a"), ("a", "a"), ("a", "b"), ("b", "b"), ("c", "b")]
    report = score([Prediction(f"t{i}", g, p, 1.0) for i, (g, p) in enumerate(rows)])
    assert report.accuracy == pytest.approx(0.6)
    per = {m.intent: m for m in report.per_intent}
    assert per["a"].precision == 1.0 and per["a"].recall == pytest.approx(2 / 3)
    assert per["b"].precision == pytest.approx(1 / 3) and per["b"].recall == 1.0
    assert per["c"].f1 == 0.0 and per["c"].support == 1
    assert report.macro_f1 == pytest.approx((0.8 + 0.5 + 0.0) / 3)
    assert report.confusions == (("a", "b", 1), ("c", "b", 1))


def test_repeated_texts_count_once() -> None:
    examples = [Example("x", "a"), Example("x", "b"), Example("y", "a")]
    assert [(e.text, e.intent) for e in distinct(examples)] == [("x", "a"), ("y", "a")]


def test_cross_validation_never_tests_on_training_texts() -> None:
    data = load_training_data([DATA / "tiny.yml"])
    config = NLUConfig(linear=LinearOptions(calibration_folds=2))
    report = cross_validate(data, config, folds=3)
    assert report.examples == len(data.examples)
    assert 0.0 <= report.accuracy <= 1.0
    assert {p.text for p in report.predictions} == {e.text for e in data.examples}
    assert "nik" in report.entity_f1
