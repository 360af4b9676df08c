"""``import nlu`` is light and side-effect free; nlu stays out of bot and the environment."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from nlu import Parser

CHECK = """
import sys, time
started = time.perf_counter()
import nlu
elapsed = time.perf_counter() - started
heavy = [m for m in ("scipy", "phonenumbers", "sklearn", "bot", "torch", "wordfreq")
         if m in sys.modules]
print(repr((heavy, nlu.__all__[:1])))
"""

LOADING = """
import sys
from pathlib import Path
import nlu
nlu.parser_at(Path(sys.argv[1])).parse("rumah saya kebanjiran")
print(repr([m for m in ("scipy", "wordfreq") if m in sys.modules]))
"""


def test_import_is_light_and_loads_no_model() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=60
    )
    heavy, _ = ast.literal_eval(done.stdout)
    assert heavy == []


def test_a_saved_model_parses_without_scipy_or_wordfreq(
    project_model_dir: Path, parser: Parser
) -> None:
    """Serving reads the saved dictionary; wordfreq and scipy are for training only."""
    done = subprocess.run(
        [sys.executable, "-c", LOADING, str(project_model_dir)],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert ast.literal_eval(done.stdout) == []


def test_public_api_names() -> None:
    import nlu

    for name in ("NLUConfig", "Parser", "ParseResult", "Entity", "IntentScore", "load_parser",
                 "train"):  # fmt: skip
        assert name in nlu.__all__
