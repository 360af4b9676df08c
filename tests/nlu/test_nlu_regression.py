"""Messages that are easy to get wrong (regression.tsv), and the entities the engine uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from nlu import Parser

CASES = [
    tuple(line.split("\t"))
    for line in (Path(__file__).parent / "regression.tsv").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


@pytest.mark.parametrize(("text", "accepted"), CASES)
def test_regression(parser: Parser, text: str, accepted: str) -> None:
    result = parser.parse(text)
    assert result.intent.name in accepted.split("|"), [
        (s.name, round(s.confidence, 2)) for s in result.ranking[:3]
    ]


def test_engine_gets_intent_and_entities_together(parser: Parser) -> None:
    result = parser.parse("insentif gelombang 70 sebesar 600rb belum masuk ke ovo saya")
    assert result.intent.name == "incentive_status"
    found = {e.entity: e.value for e in result.entities}
    assert found == {"wave": 70, "money": 600_000, "payout": "ovo"}
    rasa = result.to_rasa()
    assert rasa["intent"] == {"name": "incentive_status", "confidence": result.intent.confidence}
