"""Training: deterministic, cached by a hash of data + lexicon + settings, fast to load."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import pytest

import nlu.store
import nlu.training
from nlu import LinearOptions, ModelError, NLUConfig, NLUError, load_parser, parser_at, train
from nlu.lexicon import load_lexicon
from nlu.rasa_yaml import load_training_data, read_sources
from nlu.store import LATEST, META, fingerprint, load
from tests.nlu.conftest import DATA

EXTRA_GREETING = "- intent: greet\n  examples: |\n    - hai hai hai\n"


def test_training_is_deterministic(tmp_path: Path) -> None:
    first = train(NLUConfig(model_dir=tmp_path / "a", data_paths=[DATA / "tiny.yml"]))
    second = train(NLUConfig(model_dir=tmp_path / "b", data_paths=[DATA / "tiny.yml"]))
    assert first.name == second.name
    for name in ("weights.npy", "linear.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    meta_a, meta_b = load(first), load(second)
    assert meta_a.vocabulary == meta_b.vocabulary
    assert meta_a.info["examples"] == meta_b.info["examples"]


def test_cache_hit_by_hash_does_not_train_again(
    tiny_config: NLUConfig, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_parser(tiny_config)

    def no_training(config: NLUConfig) -> Path:
        raise AssertionError("the cached model should have been used")

    monkeypatch.setattr(nlu.training, "train", no_training)
    second = load_parser(tiny_config)
    assert second.parse("halo kak").intent == first.parse("halo kak").intent


def test_changed_data_or_settings_change_the_hash(tmp_path: Path) -> None:
    lexicon = load_lexicon()
    data = tmp_path / "data.yml"
    shutil.copy(DATA / "tiny.yml", data)
    base = NLUConfig(data_paths=[data])
    before = fingerprint(base, read_sources([data]), lexicon)
    assert before == fingerprint(base, read_sources([data]), lexicon)
    other = base.model_copy(update={"linear": LinearOptions(c=3.0)})
    assert fingerprint(other, read_sources([data]), lexicon) != before
    data.write_text(data.read_text("utf-8") + "    - hai hai\n", "utf-8")
    assert fingerprint(base, read_sources([data]), lexicon) != before
    # thresholds are applied at parse time: they do not need a new model
    loose = base.model_copy(update={"fallback_threshold": 0.2})
    assert fingerprint(loose, read_sources([DATA / "tiny.yml"]), lexicon) == fingerprint(
        base, read_sources([DATA / "tiny.yml"]), lexicon
    )


def test_a_model_is_saved_under_the_hash_of_the_data_it_learnt_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A data file edited while training runs (a deploy, a helper adding examples) must not
    leave a model of the new data under the old data's hash, or the other way round."""
    data = tmp_path / "data.yml"
    shutil.copy(DATA / "tiny.yml", data)
    config = NLUConfig(model_dir=tmp_path / "models", data_paths=[data])
    examples = len(load_training_data([data]).examples)
    hashed = nlu.store.fingerprint

    def edit_after_hashing(*args: object, **kwargs: object) -> str:
        digest = hashed(*args, **kwargs)  # type: ignore[arg-type]
        data.write_text(data.read_text("utf-8") + EXTRA_GREETING, "utf-8")
        return digest

    monkeypatch.setattr(nlu.store, "fingerprint", edit_after_hashing)
    saved = load(train(config))
    assert saved.info["examples"] == examples
    monkeypatch.setattr(nlu.store, "fingerprint", hashed)
    again = load(train(config))
    assert again.info["examples"] == examples + 1
    assert again.path != saved.path


def test_a_trained_model_loads_in_under_a_second(project_model_dir: Path, parser: object) -> None:
    started = time.perf_counter()
    loaded = parser_at(project_model_dir)
    assert time.perf_counter() - started < 1.0
    assert loaded.parse("cek saldo").intent.name == "training_balance"


def test_latest_pointer_and_explicit_model_dirs(tiny_config: NLUConfig) -> None:
    path = train(tiny_config)
    assert (tiny_config.model_dir / LATEST).read_text("utf-8") == path.name
    assert parser_at(path).intents == parser_at(tiny_config.model_dir).intents


def test_missing_or_corrupt_models_fail_loudly(tmp_path: Path, tiny_config: NLUConfig) -> None:
    with pytest.raises(NLUError, match="no trained model"):
        parser_at(tmp_path / "nothing")
    path = train(tiny_config)
    (path / "weights.npy").write_bytes(b"garbage")
    with pytest.raises(ModelError):
        parser_at(path)
    (path / META).write_text("{}", "utf-8")
    with pytest.raises(ModelError, match="format"):
        parser_at(path)


def test_one_intent_is_not_enough(tmp_path: Path) -> None:
    data = tmp_path / "one.yml"
    data.write_text("nlu:\n- intent: a\n  examples: |\n    - x\n    - y\n", "utf-8")
    with pytest.raises(NLUError, match="at least two intents"):
        train(NLUConfig(model_dir=tmp_path / "m", data_paths=[data]))


def test_the_rasa_classifier_is_not_trained_here(rasa_url: str) -> None:
    with pytest.raises(NLUError, match="Rasa server trains itself"):
        train(NLUConfig(classifier="rasa", rasa_url=rasa_url))


def test_weights_are_small(project_model_dir: Path, parser: object) -> None:
    weights = np.load(next(project_model_dir.glob("*/weights.npy")))
    assert weights.dtype == np.float32
    assert weights.nbytes < 40 * 1024 * 1024


def test_only_the_most_recent_models_are_kept(tmp_path: Path) -> None:
    data = tmp_path / "data.yml"
    shutil.copy(DATA / "tiny.yml", data)
    paths = []
    for i in range(5):
        data.write_text(data.read_text("utf-8") + f"    - salam {i}\n", "utf-8")
        paths.append(train(NLUConfig(model_dir=tmp_path / "models", data_paths=[data])))
    kept = sorted(p.name for p in (tmp_path / "models").iterdir() if p.is_dir())
    assert kept == sorted(p.name for p in paths[-3:])


def test_merging_duplicate_rows_keeps_the_weighted_loss() -> None:
    from scipy import sparse

    from nlu.linear import merge_duplicates
    from nlu.logreg import fit_softmax

    rows = np.array([[1.0, 0, 0.5], [1.0, 0, 0.5], [0, 1.0, 0], [1.0, 0, 0.5], [0, 0.3, 1.0]])
    x = sparse.csr_matrix(rows)
    y = np.array([0, 0, 1, 1, 2])  # row 3 repeats row 0's features with another label
    weight = np.array([1.0, 2.0, 1.0, 1.0, 0.5])

    merged_x, merged_y, merged_w = merge_duplicates(x, y, weight)

    assert merged_x.shape[0] == 4
    assert merged_y.tolist() == [0, 1, 1, 2]
    assert merged_w.tolist() == [3.0, 1.0, 1.0, 0.5]
    full = fit_softmax(x, y, 3, c=10.0, sample_weight=weight)
    small = fit_softmax(merged_x, merged_y, 3, c=10.0, sample_weight=merged_w)
    assert np.allclose(full.logits(x), small.logits(x), atol=1e-3)
