"""The blind set in bench/ stays usable: well formed, every intent, and never trained on."""

from __future__ import annotations

from collections import Counter

from bench.nlu import BLIND
from nlu import DEFAULT_DATA_DIR, load_training_data


def test_the_blind_set_covers_every_intent() -> None:
    blind = load_training_data([BLIND])
    training = load_training_data([DEFAULT_DATA_DIR])
    assert set(blind.intents) == set(training.intents)
    assert min(Counter(e.intent for e in blind.examples).values()) >= 4


def test_no_blind_message_is_in_the_training_data() -> None:
    def key(text: str) -> str:
        return " ".join(text.lower().split())

    trained = {key(e.text) for e in load_training_data([DEFAULT_DATA_DIR]).examples}
    assert [e.text for e in load_training_data([BLIND]).examples if key(e.text) in trained] == []
