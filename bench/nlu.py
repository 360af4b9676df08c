"""NLU figures: accuracy on the project's data and on xSID, training time, parse latency, memory.

    cd /work/main && .venv/bin/python -m bench.nlu            # everything, 5 runs each
    .venv/bin/python -m bench.nlu --runs 3 --json             # machine-readable

Sections: cross-validation on the project's data; accuracy on messages written blind (never
trained or tuned on); xSID; training time and parse latency; memory.

Accuracies are deterministic for a given fold seed; the cross-validation runs use different
fold seeds and report the median. Timings are medians over the runs. Memory is measured in a
fresh process (peak RSS) that loads the saved model and parses messages.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer

from nlu import (
    DEFAULT_DATA_DIR,
    LinearOptions,
    NLUConfig,
    TrainingData,
    cross_validate,
    evaluate,
    load_training_data,
    parser_at,
    train,
)
from nlu.evaluate import Prediction, distinct
from nlu.lexicon import load_lexicon
from nlu.training import fit, parser_from
from nlu.training_data import Example

ROOT = Path(__file__).resolve().parents[1]
XSID = ROOT.parent / "shared" / "datasets" / "xsid-id"
REGRESSION = ROOT / "tests" / "nlu" / "regression.tsv"
BLIND = ROOT / "bench" / "data" / "blind-2026-11-28.tsv"
"""Messages written by someone who had not seen the training data (never train or tune on it)."""

app = typer.Typer(add_completion=False)


def xsid(path: Path) -> TrainingData:
    """xSID JSON lines -> examples (text, intent)."""
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    return TrainingData(tuple(Example(row["text"], row["intent"]) for row in rows))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def bench_cv(runs: int) -> dict[str, Any]:
    data = load_training_data([DEFAULT_DATA_DIR])
    results = []
    calibration: dict[str, Any] = {}
    for run in range(runs):
        config = NLUConfig(linear=LinearOptions(seed=13 + run))
        started = time.perf_counter()
        report = cross_validate(data, config, folds=5)
        results.append((report.accuracy, report.macro_f1, time.perf_counter() - started))
        if run == 0:
            calibration = _calibration(report.predictions, config.fallback_threshold)
    return {
        "examples": len(distinct(data.examples)),
        "intents": len(data.intents),
        "accuracy_median": statistics.median(r[0] for r in results),
        "accuracy_runs": [round(r[0], 4) for r in results],
        "macro_f1_median": statistics.median(r[1] for r in results),
        "seconds_median": statistics.median(r[2] for r in results),
        "calibration_first_run": calibration,
    }


def _calibration(predictions: Sequence[Prediction], threshold: float) -> dict[str, Any]:
    """Expected calibration error (10 bins) and what the fallback threshold keeps."""
    error = 0.0
    for low in (i / 10 for i in range(10)):
        members = [p for p in predictions if low <= p.confidence < low + 0.1 or
                   (low == 0.9 and p.confidence == 1.0)]  # fmt: skip
        if members:
            accuracy = sum(p.gold == p.predicted for p in members) / len(members)
            confidence = sum(p.confidence for p in members) / len(members)
            error += len(members) / len(predictions) * abs(accuracy - confidence)
    accepted = [p for p in predictions if p.confidence >= threshold]
    return {
        "ece": error,
        "threshold": threshold,
        "coverage": len(accepted) / len(predictions),
        "accuracy_of_accepted": sum(p.gold == p.predicted for p in accepted) / len(accepted),
    }


def bench_xsid(runs: int, directory: Path) -> dict[str, Any]:
    train_data = xsid(directory / "id.dev.jsonl")
    test_data = xsid(directory / "id.test.jsonl")
    lexicon = load_lexicon()
    config = NLUConfig()
    seconds, reports = [], []
    for _ in range(runs):
        started = time.perf_counter()
        trained = fit(train_data, config, lexicon)
        seconds.append(time.perf_counter() - started)
        reports.append(evaluate(parser_from(trained, config, lexicon), test_data))
    return {
        "train_examples": len(train_data.examples),
        "test_distinct_texts": reports[0].examples,
        "accuracy": statistics.median(r.accuracy for r in reports),
        "macro_f1": statistics.median(r.macro_f1 for r in reports),
        "train_seconds_median": statistics.median(seconds),
    }


def bench_blind(path: Path) -> dict[str, Any]:
    """Accuracy on fresh messages never used for training or tuning (deterministic)."""
    lexicon = load_lexicon()
    config = NLUConfig()
    trained = fit(load_training_data([DEFAULT_DATA_DIR]), config, lexicon)
    report = evaluate(parser_from(trained, config, lexicon), load_training_data([path]))
    return {"file": path.name, "examples": report.examples, "accuracy": report.accuracy,
            "macro_f1": report.macro_f1}  # fmt: skip


def bench_training_and_latency(runs: int) -> dict[str, Any]:
    data = load_training_data([DEFAULT_DATA_DIR])
    lexicon = load_lexicon()
    config = NLUConfig()
    seconds = []
    trained = None
    for _ in range(runs):
        started = time.perf_counter()
        trained = fit(data, config, lexicon)
        seconds.append(time.perf_counter() - started)
    assert trained is not None
    parser = parser_from(trained, config, lexicon)
    messages = [e.text for e in data.examples] + _regression_messages()
    for text in messages:  # warm caches, as a long-running server has them
        parser.parse(text)
    latencies = []
    for _ in range(max(runs, 3)):
        for text in messages:
            started = time.perf_counter()
            parser.parse(text)
            latencies.append(time.perf_counter() - started)
    return {
        "train_seconds_median": statistics.median(seconds),
        "train_seconds_runs": [round(s, 2) for s in seconds],
        "parse_calls": len(latencies),
        "parse_p50_ms": percentile(latencies, 0.50) * 1000,
        "parse_p99_ms": percentile(latencies, 0.99) * 1000,
        "parse_max_ms": max(latencies) * 1000,
    }


def _regression_messages() -> list[str]:
    lines = REGRESSION.read_text("utf-8").splitlines()
    return [line.split("\t")[0] for line in lines if line.strip() and not line.startswith("#")]


MEMORY_PROBE = """
import json, sys, time
from pathlib import Path

def peak_mb():
    # VmHWM: this process's peak resident set (reset by exec, unlike ru_maxrss)
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")

base = peak_mb()
import nlu
imported = peak_mb()
started = time.perf_counter()
parser = nlu.parser_at(Path(sys.argv[1]))
load_seconds = time.perf_counter() - started
loaded = peak_mb()
for text in sys.stdin.read().splitlines():
    parser.parse(text)
print(json.dumps({"baseline_mb": base, "after_import_mb": imported, "after_load_mb": loaded,
                  "peak_mb": peak_mb(), "load_seconds": load_seconds}))
"""


TRAINING_PROBE = """
import json, sys, tempfile
from pathlib import Path
import nlu

def peak_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")

imported = peak_mb()
with tempfile.TemporaryDirectory() as tmp:
    nlu.train(nlu.NLUConfig(model_dir=Path(tmp)))
print(json.dumps({"after_import_mb": imported, "peak_mb": peak_mb()}))
"""


def bench_memory(runs: int) -> dict[str, Any]:
    data = load_training_data([DEFAULT_DATA_DIR])
    messages = "\n".join([e.text for e in data.examples] + _regression_messages())
    with tempfile.TemporaryDirectory() as tmp:
        path = train(NLUConfig(model_dir=Path(tmp)))
        probes = []
        for _ in range(runs):
            done = subprocess.run(
                [sys.executable, "-c", MEMORY_PROBE, str(path)],
                input=messages, capture_output=True, text=True, check=True, cwd=ROOT,
                env={**os.environ, "PYTHONPATH": str(ROOT)},
            )  # fmt: skip
            probes.append(json.loads(done.stdout))
        training = json.loads(
            subprocess.run(
                [sys.executable, "-c", TRAINING_PROBE], capture_output=True, text=True,
                check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
            ).stdout
        )  # fmt: skip
        size = sum(f.stat().st_size for f in path.iterdir()) / 1024 / 1024
        loaded = parser_at(path)
    return {
        "model_files_mb": size,
        "features": loaded.classifier.featuriser.dimension,  # type: ignore[attr-defined]
        "process_peak_rss_mb": statistics.median(p["peak_mb"] for p in probes),
        "interpreter_baseline_mb": statistics.median(p["baseline_mb"] for p in probes),
        "after_import_mb": statistics.median(p["after_import_mb"] for p in probes),
        "after_load_mb": statistics.median(p["after_load_mb"] for p in probes),
        "model_peak_mb": statistics.median(p["peak_mb"] - p["after_import_mb"] for p in probes),
        "load_seconds_median": statistics.median(p["load_seconds"] for p in probes),
        "training_process_peak_rss_mb": training["peak_mb"],
    }


@app.command()
def main(
    runs: Annotated[int, typer.Option(help="Repetitions (medians are reported)")] = 5,
    xsid_dir: Annotated[Path, typer.Option("--xsid", help="xSID Indonesian directory")] = XSID,
    skip_cv: Annotated[bool, typer.Option(help="Skip the (slow) cross-validation")] = False,
    as_json: Annotated[bool, typer.Option("--json")] = False,
) -> None:
    machine = {"cpus": os.cpu_count(), "python": sys.version.split()[0]}
    figures: dict[str, Any] = {"machine": machine}
    if not skip_cv:
        figures["project_cv5"] = bench_cv(runs)
    figures["blind"] = bench_blind(BLIND)
    figures["xsid"] = bench_xsid(runs, xsid_dir)
    figures["project_train_and_parse"] = bench_training_and_latency(runs)
    figures["memory"] = bench_memory(min(runs, 3))
    if as_json:
        print(json.dumps(figures, indent=2))
        return
    for section, values in figures.items():
        print(section)
        for key, value in values.items() if isinstance(values, dict) else [("", values)]:
            shown = f"{value:.4f}" if isinstance(value, float) else value
            print(f"  {key:28s} {shown}")


if __name__ == "__main__":
    app()
