"""``prakerja nlu train | parse | test`` (the CLI contract)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest
from typer.testing import CliRunner

import bot.cli_nlu
from bot.cli_nlu import app
from nlu import NLUConfig
from tests.nlu.conftest import DATA

runner = CliRunner()


@pytest.fixture(autouse=True)
def isolated_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> NLUConfig:
    config = NLUConfig(model_dir=tmp_path / "default-model", data_paths=[DATA / "tiny.yml"])
    monkeypatch.setattr(bot.cli_nlu, "_base_config", lambda: config)
    return config


def test_train_then_parse_lines_as_rasa_json(tmp_path: Path) -> None:
    out = tmp_path / "model"
    trained = runner.invoke(app, ["train", "--data", str(DATA / "tiny.yml"), "--out", str(out)])
    assert trained.exit_code == 0, trained.output
    assert "Model saved in" in trained.output
    parsed = runner.invoke(
        app, ["parse", "--model", str(out)], input="cara daftar prakerja\nhalo kak\n"
    )
    assert parsed.exit_code == 0, parsed.output
    lines = [orjson.loads(line) for line in parsed.stdout.splitlines()]
    assert [line["intent"]["name"] for line in lines] == ["register", "greet"]
    assert set(lines[0]) == {"text", "intent", "intent_ranking", "entities"}
    assert lines[0]["text"] == "cara daftar prakerja"


def test_parse_explain_shows_what_the_classifier_saw(tmp_path: Path) -> None:
    out = tmp_path / "model"
    runner.invoke(app, ["train", "--data", str(DATA / "tiny.yml"), "--out", str(out)])
    parsed = runner.invoke(
        app, ["parse", "--model", str(out), "--explain"], input="gmn cara daftar min 600rb\n"
    )
    assert parsed.exit_code == 0, parsed.output
    line = orjson.loads(parsed.stdout)
    assert line["tokens"] == ["bagaimana", "cara", "daftar", "admin", "<money>"]
    assert line["intent"]["name"] == "register"


def test_parse_trains_the_default_model_when_needed(isolated_settings: NLUConfig) -> None:
    parsed = runner.invoke(app, ["parse"], input="nik saya 3273015708950003\n")
    assert parsed.exit_code == 0, parsed.output
    [line] = [orjson.loads(x) for x in parsed.stdout.splitlines()]
    assert line["entities"] == [
        {"entity": "nik", "value": "3273015708950003", "start": 9, "end": 25}
    ]
    assert (isolated_settings.model_dir / "LATEST").exists()


def test_test_prints_a_report(tmp_path: Path) -> None:
    result = runner.invoke(app, ["test", "--data", str(DATA / "tiny.tsv")])
    assert result.exit_code == 0, result.output
    assert "accuracy" in result.output and "macro-F1" in result.output
    assert "register" in result.output


def test_test_json_with_cross_validation() -> None:
    result = runner.invoke(
        app, ["test", "--data", str(DATA / "tiny.yml"), "--cross-validation", "2", "--json"]
    )
    assert result.exit_code == 0, result.output
    report = orjson.loads(result.stdout)
    assert {"accuracy", "macro_f1", "per_intent", "confusions", "examples"} <= set(report)
    assert report["examples"] == 24


def test_errors_exit_with_2(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["test", "--data", str(tmp_path / "none.yml")])
    assert missing.exit_code == 2
    bad = tmp_path / "bad.yml"
    bad.write_text("nlu: [\n", "utf-8")
    broken = runner.invoke(app, ["train", "--data", str(bad), "--out", str(tmp_path / "m")])
    assert broken.exit_code == 2
    assert "not valid YAML" in broken.output
