"""NLU fixtures: one model trained on the project's data per session, tiny data for fast
training tests, and a fake Rasa server on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from nlu import NLUConfig, Parser, load_parser

DATA = Path(__file__).parent / "data"
TODAY = date(2025, 6, 1)


@pytest.fixture(scope="session")
def project_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("nlu-model")


@pytest.fixture(scope="session")
def parser(project_model_dir: Path) -> Parser:
    """The default pipeline trained once on nlu/data (the project's training data)."""
    return load_parser(NLUConfig(model_dir=project_model_dir), today=lambda: TODAY)


@pytest.fixture
def tiny_config(tmp_path: Path) -> NLUConfig:
    return NLUConfig(model_dir=tmp_path / "model", data_paths=[DATA / "tiny.yml"])


class FakeRasa(BaseHTTPRequestHandler):
    """Answers POST /model/parse like Rasa 3; a few texts trigger failures."""

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", "0"))
        text = json.loads(self.rfile.read(length))["text"]
        if self.path.startswith("/down"):
            self._send(503, b'{"error": "unavailable"}')
        elif text == "broken":
            self._send(200, b"this is not json")
        elif not self.path.startswith("/model/parse"):
            self._send(404, b"{}")
        else:
            self._send(200, json.dumps(_rasa_answer(text, self.path)).encode())

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


def _rasa_answer(text: str, path: str) -> dict[str, object]:
    lowered = text.lower()
    if "daftar" in lowered:
        ranking = [("register", 0.91), ("check_eligibility", 0.06), ("greet", 0.03)]
    elif "insentif" in lowered:
        ranking = [("incentive_status", 0.55), ("benefits_info", 0.5), ("greet", 0.02)]
    else:
        ranking = [("greet", 0.8), ("register", 0.15), ("incentive_status", 0.05)]
    entities = []
    if "budi" in lowered:
        start = lowered.index("budi")
        entities.append({"entity": "name", "value": "Budi", "start": start, "end": start + 4,
                         "extractor": "DIETClassifier", "confidence_entity": 0.98})  # fmt: skip
    return {
        "text": text,
        "intent": {"name": ranking[0][0], "confidence": ranking[0][1]},
        "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking],
        "entities": entities,
        "token_seen": "token=secret" in path,
    }


@pytest.fixture(scope="session")
def rasa_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeRasa)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host!s}:{port}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
