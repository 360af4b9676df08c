"""A request with personal data typed beside it ("min tolong cek insentif saya NIK 3273...
no hp 0812...", "nama saya Siti, email siti@..., hp 0813-.... insentif saya gagal"): the
numbers and addresses pull the NLU towards ``inform`` (or leave it unsure between several
readings), so the request is read again without them and their labels. When that reading is a
confident request, it is the message's intent; the entities found in the whole text stay, so
the flows still see (and never echo) the NIK or phone. Before, such messages got "Maksud kamu
yang mana?" or "belum paham"."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from nlu.types import ParseResult

PERSONAL = frozenset({"nik", "kk", "phone", "email"})
"""Entities that are personal data typed in, not part of what is asked."""
_LABEL = re.compile(
    r"(?:\b(?:nik|nomor\s+kk|no\.?\s*kk|kk|nomor\s+(?:hp|handphone|telepon|telp|wa|whatsapp)|"
    r"no\.?\s*(?:hp|telp|wa)|hp|wa|email|e-mail|surel|phone|number)(?:\s+(?:saya|aku|ku|sy|aq|gw|"
    r"my))?\s*[:=]?\s*)$",
    re.IGNORECASE,
)
"""The word naming the value right before it ("NIK", "no hp", "email saya")."""
_UNSURE = frozenset({"inform"})
"""Readings that a number typed in explains away."""
_NOT_REQUESTS = frozenset({"inform", "affirm", "deny", "greet", "thanks", "goodbye", "cancel"})
MIN_WORDS = 2
"""What is left must still say something ("NIK saya 3374..." alone leaves nothing to read)."""


def without_data(text: str, entities: tuple[Any, ...]) -> str | None:
    """``text`` with its personal data (and the label before each) taken out; None when it
    holds none."""
    spans = sorted(
        (int(e.start), int(e.end)) for e in entities if getattr(e, "entity", None) in PERSONAL
    )
    if not spans:
        return None
    kept, at = [], 0
    for start, end in spans:
        if start < at:
            continue
        before = _LABEL.sub("", text[at:start])
        kept.append(before)
        at = end
    kept.append(text[at:])
    return " ".join(" ".join(kept).split())


def worth_rereading(parse: Any) -> bool:
    """The whole message, with personal data in it, read as giving a fact, or unsure with that
    reading second (the data pulled it there). An unsure reading between requests alone ("nik
    aku ... katanya udh terdaftar": eligibility or account) is left to the flows."""
    if not isinstance(parse, ParseResult) or not parse.ranking:
        return False
    if not any(e.entity in PERSONAL for e in parse.entities):
        return False
    top = [score.name for score in parse.ranking[:2]]
    unsure = parse.fallback or parse.ambiguous
    return top[0] in _UNSURE or (unsure and bool(_UNSURE.intersection(top)))


def reread(parse: ParseResult, rest: ParseResult) -> ParseResult:
    """``rest``'s reading, when it is a confident request, with the whole text's entities."""
    if rest.fallback or rest.ambiguous or rest.intent.name in _NOT_REQUESTS:
        return parse
    return replace(parse, intent=rest.intent, ranking=rest.ranking, ambiguous=False, fallback=False)


def enough(rest: str | None) -> bool:
    return rest is not None and len(re.findall(r"[^\W\d_]+", rest)) >= MIN_WORDS


__all__ = ["enough", "reread", "without_data", "worth_rereading"]
