"""The default classifier: sparse word + character n-gram features, multinomial logistic
regression (L-BFGS) and a temperature fitted on out-of-fold predictions so that confidences
are calibrated. CPU only, trains in seconds, answers in microseconds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from nlu.classifier import Classification
from nlu.config import LinearOptions
from nlu.errors import ModelError
from nlu.features import FeatureOptions, Featuriser, drop_one_word, rare_words
from nlu.logreg import (
    SoftmaxModel,
    balanced_weights,
    fit_softmax,
    fit_temperature,
    stratified_folds,
)
from nlu.types import IntentScore

if TYPE_CHECKING:
    from scipy import sparse

RANKING_SIZE = 10
MODEL_TOLERANCE = 1e-7
"""The solver stops at this relative change of the loss (the calibration folds stop earlier)."""
_WEIGHTS, _META = "weights.npy", "linear.json"


class LinearIntentClassifier:
    def __init__(
        self,
        featuriser: Featuriser,
        weights: npt.NDArray[np.float32],
        bias: npt.NDArray[np.float32],
        classes: Sequence[str],
        temperature: float,
    ) -> None:
        self.featuriser = featuriser
        self._weights = weights
        self._bias = bias
        self._classes = tuple(classes)
        self.temperature = temperature

    @property
    def intents(self) -> tuple[str, ...]:
        return self._classes

    def probabilities(self, tokens: Sequence[str]) -> npt.NDArray[np.float64]:
        idx, val = self.featuriser.vector(tokens)
        z = (val @ self._weights[idx] + self._bias).astype(np.float64) / self.temperature
        z = np.exp(z - z.max())
        return z / z.sum()  # type: ignore[no-any-return]

    def classify(self, text: str, tokens: Sequence[str]) -> Classification:
        """An empty ranking when the message holds nothing the model knows: no evidence."""
        if not self.featuriser.has_evidence(tokens):
            return Classification(())
        p = self.probabilities(tokens)
        top = np.argsort(-p, kind="stable")[:RANKING_SIZE]
        return Classification(
            tuple(IntentScore(self._classes[i], round(float(p[i]), 6)) for i in top)
        )

    async def aclassify(self, text: str, tokens: Sequence[str]) -> Classification:
        return self.classify(text, tokens)

    # -- training ----------------------------------------------------------------------------
    @classmethod
    def fit(
        cls, docs: Sequence[Sequence[str]], labels: Sequence[str], options: LinearOptions
    ) -> LinearIntentClassifier:
        classes = sorted(set(labels))
        if len(classes) < 2:
            raise ValueError("need at least two intents to train a classifier")
        from threadpoolctl import threadpool_limits  # training only

        y = np.array([classes.index(label) for label in labels], dtype=np.int64)
        with threadpool_limits(limits=1, user_api="blas"):
            featuriser, model = _fit_once(docs, y, len(classes), options, None, None)
            temperature = _calibrate(docs, y, len(classes), options, featuriser, model)
        return cls(
            featuriser,
            model.weights.astype(np.float32),
            model.bias.astype(np.float32),
            classes,
            temperature,
        )

    # -- persistence ------------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        f = self.featuriser
        meta = {
            "classes": list(self._classes),
            "temperature": self.temperature,
            "bias": [float(b) for b in self._bias],
            "options": {
                "char_ngrams": list(f.options.char_ngrams),
                "char_weight": f.options.char_weight,
                "word_bigrams": f.options.word_bigrams,
                "stems": f.options.stems,
                "oov": f.options.oov,
                "placeholders": f.options.placeholders,
                "unknown_chars": f.options.unknown_chars,
            },
            "features": f.features,
            "idf": [float(v) for v in f.idf],
            "words": sorted(f.words),
        }
        (directory / _META).write_text(json.dumps(meta, ensure_ascii=False), "utf-8")
        np.save(directory / _WEIGHTS, self._weights, allow_pickle=False)

    @classmethod
    def load(cls, directory: Path) -> LinearIntentClassifier:
        try:
            meta = json.loads((directory / _META).read_text("utf-8"))
            weights = np.load(directory / _WEIGHTS, allow_pickle=False)
            opts = meta["options"]
            options = FeatureOptions(
                (int(opts["char_ngrams"][0]), int(opts["char_ngrams"][1])),
                float(opts["char_weight"]),
                bool(opts["word_bigrams"]),
                bool(opts["stems"]),
                str(opts["oov"]),
                bool(opts.get("placeholders", False)),
                bool(opts.get("unknown_chars", False)),
            )
            featuriser = Featuriser(
                options, meta["features"], np.array(meta["idf"], dtype=np.float32), meta["words"]
            )
            bias = np.array(meta["bias"], dtype=np.float32)
            classes, temperature = meta["classes"], float(meta["temperature"])
        except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
            raise ModelError(f"cannot load the linear model in {directory}: {exc}") from exc
        if weights.shape != (featuriser.dimension, len(classes)):
            raise ModelError(f"weights in {directory} do not match the feature vocabulary")
        return cls(featuriser, weights.astype(np.float32), bias, classes, temperature)


def _feature_options(options: LinearOptions) -> FeatureOptions:
    return FeatureOptions(
        options.char_ngrams,
        options.char_weight,
        options.word_bigrams,
        options.stems,
        options.oov,
        options.placeholders,
        options.unknown_chars,
    )


def _fit_once(
    docs: Sequence[Sequence[str]],
    y: npt.NDArray[np.int64],
    n_classes: int,
    options: LinearOptions,
    warm: Featuriser | None,
    warm_model: SoftmaxModel | None,
    ftol: float = MODEL_TOLERANCE,
) -> tuple[Featuriser, SoftmaxModel]:
    from scipy import sparse

    augment = options.oov == "mask"
    featuriser = Featuriser(_feature_options(options)).fit(docs, augment)
    x = featuriser.matrix(docs)
    train_y = y
    if augment:
        x = sparse.vstack([x, featuriser.matrix(docs, rare_words(docs))], format="csr")
        train_y = np.concatenate([y, y])
    if options.word_dropout:
        x = sparse.vstack([x, featuriser.matrix(drop_one_word(docs))], format="csr")
        train_y = np.concatenate([train_y, y])
    weight = balanced_weights(train_y, n_classes) if options.balanced else np.ones(len(train_y))
    x, train_y, weight = merge_duplicates(x, train_y, weight)
    init = None
    if warm is not None and warm_model is not None:
        init = _project(warm, warm_model, featuriser)
    model = fit_softmax(
        x,
        train_y,
        n_classes,
        c=options.c,
        sample_weight=weight,
        max_iter=options.max_iter,
        init=init,
        ftol=ftol,
    )
    return featuriser, model


def merge_duplicates(
    x: sparse.csr_matrix, y: npt.NDArray[np.int64], weight: npt.NDArray[np.float64]
) -> tuple[sparse.csr_matrix, npt.NDArray[np.int64], npt.NDArray[np.float64]]:
    """Identical rows with the same label become one row carrying their summed weight: the
    weighted loss is exactly the same, and the solver does less work. The copies training
    adds (rare words unknown, one word left out) repeat every message that has no rare word
    or fewer than three tokens."""
    first: dict[bytes, int] = {}
    keep: list[int] = []
    merged: list[float] = []
    for row in range(x.shape[0]):
        lo, hi = x.indptr[row], x.indptr[row + 1]
        key = y[row].tobytes() + x.indices[lo:hi].tobytes() + x.data[lo:hi].tobytes()
        at = first.get(key)
        if at is None:
            first[key] = len(keep)
            keep.append(row)
            merged.append(float(weight[row]))
        else:
            merged[at] += float(weight[row])
    rows = np.array(keep, dtype=np.int64)
    return x[rows], y[rows], np.array(merged)


def _project(source: Featuriser, model: SoftmaxModel, target: Featuriser) -> SoftmaxModel:
    """Start values for a model over ``target``'s features, taken from a trained model."""
    weights = np.zeros((target.dimension, model.weights.shape[1]))
    for i, name in enumerate(target.features):
        j = source.index.get(name)
        if j is not None:
            weights[i] = model.weights[j]
    return SoftmaxModel(weights, model.bias.copy())


def _calibrate(
    docs: Sequence[Sequence[str]],
    y: npt.NDArray[np.int64],
    n_classes: int,
    options: LinearOptions,
    featuriser: Featuriser,
    model: SoftmaxModel,
) -> float:
    """Fit the temperature on out-of-fold logits (each fold's featuriser sees only its data)."""
    folds = stratified_folds(y, options.calibration_folds, options.seed)
    logits = np.zeros((len(docs), n_classes))
    everything = np.arange(len(docs))
    for held_out in folds:
        if len(held_out) == 0:
            continue
        keep = np.setdiff1d(everything, held_out)
        fold_docs = [docs[i] for i in keep]
        fold_featuriser, fold_model = _fit_once(
            fold_docs, y[keep], n_classes, options, featuriser, model,
            ftol=options.calibration_tolerance,
        )  # fmt: skip
        x = fold_featuriser.matrix([docs[i] for i in held_out])
        logits[held_out] = fold_model.logits(x)
    return fit_temperature(logits, y)
