"""Read Rasa 3 NLU training data (YAML) and plain TSV (``text<TAB>intent``).

Supported: ``intent`` blocks (examples as a block string or a list of ``{text, metadata}``),
entity annotations ``[text](entity)``, ``[text](entity:value)`` and
``[text]{"entity": ..., "value": ..., "role": ..., "group": ...}``, ``synonym``, ``regex`` and
``lookup`` blocks. Other top-level keys of a Rasa file (stories, rules, responses) are ignored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from nlu.errors import TrainingDataError
from nlu.training_data import Annotation, Example, TrainingData

_ANNOTATION = re.compile(
    r"\[(?P<text>[^\]\[]+)\](?:\((?P<short>[^)(]+)\)|(?P<json>\{[^{}]*\}))"
)
_ITEM_KINDS = ("intent", "synonym", "regex", "lookup")
_ALLOWED_KEYS = {"examples", "metadata"}
_YAML_SUFFIXES = (".yml", ".yaml")


def parse_annotated(text: str, *, source: str | None = None) -> tuple[str, tuple[Annotation, ...]]:
    """``"NIK [3273...](nik)"`` -> ``("NIK 3273...", (Annotation("nik", ...),))``."""
    plain: list[str] = []
    found: list[Annotation] = []
    cursor = 0
    length = 0
    for match in _ANNOTATION.finditer(text):
        before = text[cursor : match.start()]
        plain.append(before)
        length += len(before)
        surface = match.group("text")
        entity, value, role, group = _annotation_fields(match, surface, source)
        found.append(Annotation(entity, value, length, length + len(surface), role, group))
        plain.append(surface)
        length += len(surface)
        cursor = match.end()
    plain.append(text[cursor:])
    return "".join(plain), tuple(found)


def _annotation_fields(
    match: re.Match[str], surface: str, source: str | None
) -> tuple[str, str, str | None, str | None]:
    short = match.group("short")
    if short is not None:
        entity, _, value = short.partition(":")
        if not entity.strip():
            raise TrainingDataError(f"empty entity name in {match.group(0)!r}", source=source)
        return entity.strip(), (value.strip() or surface), None, None
    try:
        spec = json.loads(match.group("json"))
    except json.JSONDecodeError as exc:
        message = f"bad entity JSON {match.group(0)!r}: {exc}"
        raise TrainingDataError(message, source=source) from exc
    if not isinstance(spec, dict) or not isinstance(spec.get("entity"), str):
        message = f"entity JSON needs an 'entity' key: {match.group(0)!r}"
        raise TrainingDataError(message, source=source)
    value = spec.get("value", surface)
    role, group = spec.get("role"), spec.get("group")
    return (
        spec["entity"],
        str(value),
        None if role is None else str(role),
        None if group is None else str(group),
    )


def _example_lines(raw: Any, where: str) -> list[str]:
    """Rasa's ``examples`` value: a block string of ``- text`` lines or a list of dicts."""
    if isinstance(raw, str):
        lines: list[str] = []
        for number, line in enumerate(raw.splitlines(), start=1):
            stripped = line.strip()
            if not stripped:
                continue
            if not stripped.startswith("-"):
                raise TrainingDataError(f"example line {number} must start with '- '", source=where)
            text = stripped[1:].strip()
            if text:
                lines.append(text)
        return lines
    if isinstance(raw, list):
        texts: list[str] = []
        for item in raw:
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                texts.append(item["text"].strip())
            elif isinstance(item, str):
                texts.append(item.strip())
            else:
                raise TrainingDataError("examples list items need a 'text' string", source=where)
        return [text for text in texts if text]
    raise TrainingDataError("'examples' must be a block string or a list", source=where)


def parse_rasa_yaml(content: str, *, source: str = "<string>") -> TrainingData:
    """Parse the text of one Rasa NLU YAML file."""
    try:
        document = yaml.safe_load(content)
    except yaml.YAMLError as exc:
        raise TrainingDataError(f"not valid YAML: {exc}", source=source) from exc
    if document is None:
        return TrainingData()
    if not isinstance(document, dict):
        raise TrainingDataError("top level must be a mapping with an 'nlu' key", source=source)
    items = document.get("nlu")
    if items is None:
        items = []
    if not isinstance(items, list):
        raise TrainingDataError("'nlu' must be a list", source=source)
    examples: list[Example] = []
    synonyms: dict[str, str] = {}
    regexes: dict[str, tuple[str, ...]] = {}
    lookups: dict[str, tuple[str, ...]] = {}
    for index, item in enumerate(items):
        kind, name = _item_kind(item, f"{source}: nlu[{index}]")
        where = f"{source}: {kind} {name!r}"
        lines = _example_lines(item.get("examples"), where)
        if kind == "intent":
            for line in lines:
                plain, annotations = parse_annotated(line, source=where)
                examples.append(Example(plain, name, annotations))
                for annotation in annotations:
                    surface = plain[annotation.start : annotation.end]
                    if annotation.value != surface:
                        synonyms[surface.lower()] = annotation.value
        elif kind == "synonym":
            for line in lines:
                synonyms[line.lower()] = name
        elif kind == "regex":
            for line in lines:
                _check_regex(line, where)
            regexes[name] = (*regexes.get(name, ()), *lines)
        else:
            lookups[name] = (*lookups.get(name, ()), *lines)
    return TrainingData(tuple(examples), synonyms, regexes, lookups)


def _item_kind(item: Any, where: str) -> tuple[str, str]:
    if not isinstance(item, dict):
        raise TrainingDataError("each nlu item must be a mapping", source=where)
    kinds = [kind for kind in _ITEM_KINDS if kind in item]
    if len(kinds) != 1:
        raise TrainingDataError(f"need exactly one of {', '.join(_ITEM_KINDS)}", source=where)
    unknown = set(item) - _ALLOWED_KEYS - {kinds[0]}
    if unknown:
        raise TrainingDataError(f"unknown keys {sorted(unknown)}", source=where)
    name = item[kinds[0]]
    if not isinstance(name, str) or not name.strip():
        raise TrainingDataError(f"{kinds[0]} needs a name", source=where)
    return kinds[0], name.strip()


def _check_regex(pattern: str, where: str) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise TrainingDataError(f"bad regex {pattern!r}: {exc}", source=where) from exc


UNLABELLED = "TODO"
"""The intent ``prakerja analytics unrecognised --out`` writes where the assistant had no guess."""


def parse_tsv(content: str, *, source: str = "<string>") -> TrainingData:
    """``text<TAB>intent`` per line; blank lines and ``#`` comments are skipped."""
    examples: list[Example] = []
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        text, tab, intent = line.rpartition("\t")
        if not tab or not text.strip() or not intent.strip():
            raise TrainingDataError(f"line {number}: expected text<TAB>intent", source=source)
        if intent.strip() == UNLABELLED:
            raise TrainingDataError(
                f"line {number}: the intent is still {UNLABELLED}: correct it or delete the line",
                source=source,
            )
        plain, annotations = parse_annotated(text.strip(), source=source)
        examples.append(Example(plain, intent.strip(), annotations))
    return TrainingData(tuple(examples))


def data_files(paths: Iterable[Path]) -> list[Path]:
    """The data files named by ``paths`` (directories expand to their YAML files, sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in _YAML_SUFFIXES))
        elif path.is_file():
            files.append(path)
        else:
            raise TrainingDataError("no such file or directory", source=str(path))
    return files


def read_file(path: Path) -> TrainingData:
    return parse_file(path, path.read_text("utf-8"))


def parse_file(path: Path, content: str) -> TrainingData:
    """``content`` read from ``path`` (whose suffix says the format)."""
    if path.suffix in (".tsv", ".txt"):
        return parse_tsv(content, source=str(path))
    return parse_rasa_yaml(content, source=str(path))


def read_sources(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Every data file under ``paths`` with its text, read once: what is hashed is then what
    is trained on, even when a file changes in between."""
    return [(path, path.read_text("utf-8")) for path in data_files(paths)]


def parse_sources(sources: Iterable[tuple[Path, str]]) -> TrainingData:
    merged = TrainingData()
    for path, content in sources:
        merged = merged.merge(parse_file(path, content))
    return merged


def load_training_data(paths: Iterable[Path]) -> TrainingData:
    """Read and merge every data file under ``paths``."""
    return parse_sources(read_sources(paths))
