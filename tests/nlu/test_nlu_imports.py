"""``import nlu`` is light and side-effect free; nlu stays out of bot and the environment."""

from __future__ import annotations

import ast
import subprocess
import sys

CHECK = """
import sys, time
started = time.perf_counter()
import nlu
elapsed = time.perf_counter() - started
heavy = [m for m in ("scipy", "phonenumbers", "sklearn", "bot", "torch") if m in sys.modules]
print(repr((heavy, nlu.__all__[:1])))
"""


def test_import_is_light_and_loads_no_model() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=60
    )
    heavy, _ = ast.literal_eval(done.stdout)
    assert heavy == []


def test_public_api_names() -> None:
    import nlu

    for name in ("NLUConfig", "Parser", "ParseResult", "Entity", "IntentScore", "load_parser",
                 "train"):  # fmt: skip
        assert name in nlu.__all__
