"""Saved models: one directory per fingerprint (hash of data + lexicon + settings), written
atomically so concurrent workers can train and load the same model directory safely; only
the few most recent models are kept."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from nlu.config import NLUConfig
from nlu.dictionary import dictionary_version
from nlu.entities import LearnedEntities
from nlu.errors import ModelError
from nlu.lexicon import Lexicon
from nlu.linear import LinearIntentClassifier

FORMAT_VERSION = 3
"""2: the dictionary is saved with the model; 3: course topics and jobs keep their words after
their placeholder (what the classifier saw in training changed)."""
META = "meta.json"
DICTIONARY = "dictionary.txt"
LATEST = "LATEST"
KEEP_MODELS = 3
"""Older models are removed when a new one is saved (a worker still using one keeps it open)."""


def fingerprint(config: NLUConfig, sources: Sequence[tuple[Path, str]], lexicon: Lexicon) -> str:
    """Changes whenever anything that shapes the trained model changes (``sources``: each
    data file with its text, as ``rasa_yaml.read_sources`` read it)."""
    digest = hashlib.sha256()
    digest.update(f"format:{FORMAT_VERSION}\n".encode())
    digest.update(f"lexicon:{lexicon.digest}\n".encode())
    digest.update(f"dictionary:{dictionary_version()}\n".encode())
    digest.update(f"linear:{config.linear.model_dump_json()}\n".encode())
    for _path, text in sources:
        content = text.encode()
        digest.update(f"file:{len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def model_path(model_dir: Path, print_: str) -> Path:
    return model_dir / print_[:16]


@dataclass(frozen=True, slots=True)
class SavedModel:
    path: Path
    fingerprint: str
    classifier: LinearIntentClassifier
    vocabulary: dict[str, int]
    learned: LearnedEntities
    dictionary: frozenset[str]
    info: dict[str, object]


def save(
    model_dir: Path,
    print_: str,
    classifier: LinearIntentClassifier,
    vocabulary: Mapping[str, int],
    learned: LearnedEntities,
    dictionary: frozenset[str],
    info: Mapping[str, object],
) -> Path:
    """Write to a temporary directory, then rename it into place (first writer wins)."""
    model_dir.mkdir(parents=True, exist_ok=True)
    final = model_path(model_dir, print_)
    temporary = model_dir / f".tmp-{final.name}-{uuid.uuid4().hex}"
    temporary.mkdir()
    try:
        classifier.save(temporary)
        meta = {
            "format": FORMAT_VERSION,
            "fingerprint": print_,
            "intents": list(classifier.intents),
            "vocabulary": dict(sorted(vocabulary.items())),
            "entities": learned.to_json(),
            "info": dict(info),
        }
        (temporary / DICTIONARY).write_text("\n".join(sorted(dictionary)), "utf-8")
        (temporary / META).write_text(json.dumps(meta, ensure_ascii=False, indent=1), "utf-8")
        try:
            temporary.rename(final)
        except OSError:
            if not (final / META).exists():
                raise
    finally:
        if temporary.exists():
            shutil.rmtree(temporary, ignore_errors=True)
    pointer = model_dir / f".{LATEST}-{uuid.uuid4().hex}"
    pointer.write_text(final.name, "utf-8")
    os.replace(pointer, model_dir / LATEST)
    _prune(model_dir, keep=final)
    return final


def _prune(model_dir: Path, keep: Path, kept: int = KEEP_MODELS) -> None:
    """Best effort: remove all but the ``kept`` most recently written models."""
    models = [p for p in model_dir.iterdir() if p.is_dir() and (p / META).exists() and p != keep]
    models.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    for old in models[kept - 1 :]:
        shutil.rmtree(old, ignore_errors=True)


def load(path: Path) -> SavedModel:
    try:
        meta = json.loads((path / META).read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"no readable model in {path}: {exc}") from exc
    if meta.get("format") != FORMAT_VERSION:
        raise ModelError(f"model in {path} has format {meta.get('format')}, need {FORMAT_VERSION}")
    classifier = LinearIntentClassifier.load(path)
    vocabulary = {str(k): int(v) for k, v in meta.get("vocabulary", {}).items()}
    learned = LearnedEntities.from_json(meta.get("entities", {}))
    try:
        dictionary = frozenset((path / DICTIONARY).read_text("utf-8").split())
    except OSError as exc:
        raise ModelError(f"model in {path} has no readable {DICTIONARY}: {exc}") from exc
    return SavedModel(path, str(meta["fingerprint"]), classifier, vocabulary, learned,
                      dictionary, dict(meta.get("info", {})))  # fmt: skip


def resolve_model_dir(path: Path) -> Path | None:
    """``path`` itself if it holds a model, else the model its ``LATEST`` pointer names."""
    if (path / META).exists():
        return path
    pointer = path / LATEST
    if pointer.exists():
        named = path / pointer.read_text("utf-8").strip()
        if (named / META).exists():
            return named
    return None
