"""``prakerja``'s CLI stays lean: building it imports no application module, and ``serve``
reads the settings and prepares the database and the NLU model in a child process, then runs
one uvicorn process or the pre-forking server (``bot.prefork``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from bot.serve import ServePlan

ROOT = Path(__file__).parents[2]
APPLICATION = ("nlu", "flows", "storage", "sqlalchemy.orm", "bot.settings", "bot.logs",
               "bot.runtime", "bot.app", "aiogram", "numpy")  # fmt: skip


def _loaded_after(code: str, env: dict[str, str] | None = None) -> list[str]:
    """The application modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport sys\nprint([m for m in {APPLICATION!r} if m in sys.modules])"
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1].replace("'", '"'))
    return loaded


def test_building_the_cli_imports_no_application_module() -> None:
    assert _loaded_after("import bot.cli; bot.cli.app(['--help'], standalone_mode=False)") == []


def test_serve_reads_the_settings_in_a_child_process() -> None:
    env = dict(os.environ, PRAKERJA_TELEGRAM_TOKEN="123:abc", PRAKERJA_TELEGRAM_POLLING="true",
               PRAKERJA_REDIS_URL="redis://127.0.0.1:6379/15")  # fmt: skip
    code = (
        "from bot.serve import POLLING_NEEDS_ONE_WORKER, prepare_in_child\n"
        "plan = prepare_in_child(workers=2, prepare=False)\n"
        "assert plan.refusal == POLLING_NEEDS_ONE_WORKER, plan"
    )
    assert _loaded_after(code, env) == []


def test_the_child_prepares_then_hands_back_the_plan(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from bot import serve

    monkeypatch.chdir(tmp_path)
    for name in ("REDIS_URL", "TELEGRAM_POLLING", "CONFIG", "DATA_DIR", "SERVER__WORKERS"):
        monkeypatch.delenv(f"PRAKERJA_{name}", raising=False)
    done: list[str] = []
    monkeypatch.setattr("bot.logs.configure_logging", lambda *_, **__: None)
    monkeypatch.setattr("bot.runtime.load_nlu", lambda settings: done.append("nlu"))

    async def prepare_database(settings: Any) -> None:
        done.append("database")

    monkeypatch.setattr("bot.runtime.prepare_database", prepare_database)
    assert serve.main([str(tmp_path / "plan.json"), "0", "prepare"]) == 0
    plan = ServePlan(**json.loads((tmp_path / "plan.json").read_text()))
    assert plan.refusal is None and plan.workers == 1 and plan.data_dir == ".prakerja"
    assert done == ["database", "nlu"]
    done.clear()
    assert serve.prepare(workers=2, prepare=False).refusal == serve.WORKERS_NEED_REDIS
    assert done == []  # refused before preparing anything


def test_serve_runs_one_uvicorn_process_for_one_worker(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    from bot.cli import app
    from bot.metrics import MULTIPROC_ENV

    plan = ServePlan(host="0.0.0.0", port=8000, workers=1, log_level="warning",
                     data_dir=str(tmp_path))  # fmt: skip
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("bot.serve.prepare_in_child", lambda **_: plan)
    monkeypatch.setattr(uvicorn, "run", lambda target, **kw: calls.append(dict(kw, app=target)))
    monkeypatch.setattr("bot.prefork.serve", lambda options: pytest.fail("pre-forked"))
    monkeypatch.delenv(MULTIPROC_ENV, raising=False)
    result = CliRunner().invoke(app, ["serve", "--port", "9100"])
    assert result.exit_code == 0, result.output
    assert calls == [dict(app="bot.asgi:create", factory=True, host="0.0.0.0", port=9100,
                          workers=1, log_level="warning", access_log=False)]  # fmt: skip
    assert MULTIPROC_ENV not in os.environ


def test_serve_preforks_several_workers_with_the_childs_plan(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import uvicorn

    from bot.cli import app
    from bot.metrics import MULTIPROC_ENV
    from bot.prefork import PreforkOptions

    plan = ServePlan(host="0.0.0.0", port=8000, workers=2, log_level="warning",
                     data_dir=str(tmp_path))  # fmt: skip
    served: list[PreforkOptions] = []
    monkeypatch.setattr("bot.serve.prepare_in_child", lambda **_: plan)
    monkeypatch.setattr(uvicorn, "run", lambda *_, **__: pytest.fail("uvicorn's own workers"))
    monkeypatch.setattr("bot.prefork.serve", served.append)
    monkeypatch.delenv(MULTIPROC_ENV, raising=False)
    result = CliRunner().invoke(app, ["serve", "--port", "9100"])
    assert result.exit_code == 0, result.output
    assert served == [PreforkOptions("0.0.0.0", 9100, 2, "warning")]
    assert os.environ.pop(MULTIPROC_ENV) == str(tmp_path / "metrics")


def test_serve_exits_with_the_childs_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import uvicorn

    from bot.cli import app
    from bot.serve import PreparationFailed

    def fail(**_: object) -> ServePlan:
        raise PreparationFailed(3)

    monkeypatch.setattr("bot.serve.prepare_in_child", fail)
    monkeypatch.setattr(uvicorn, "run", lambda *_, **__: pytest.fail("served"))
    assert CliRunner().invoke(app, ["serve"]).exit_code == 3
