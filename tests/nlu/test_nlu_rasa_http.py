"""The Rasa-server classifier against a fake server on loopback: answers and failures."""

from __future__ import annotations

import socket

import httpx
import pytest

from nlu import ClassifierUnavailable, NLUConfig, RasaHTTPClassifier, load_parser
from tests.nlu.conftest import TODAY


def test_ranking_and_entities_come_from_the_server(rasa_url: str) -> None:
    rasa = RasaHTTPClassifier(rasa_url)
    result = rasa.classify("halo saya budi", [])
    assert [s.name for s in result.ranking] == ["greet", "register", "incentive_status"]
    [name] = result.entities
    assert (name.entity, name.value, name.start, name.end) == ("name", "Budi", 10, 14)
    assert name.extra == {"extractor": "DIETClassifier", "confidence_entity": 0.98}
    assert rasa.intents == ("greet", "register", "incentive_status")


async def test_async_without_an_injected_client(rasa_url: str) -> None:
    rasa = RasaHTTPClassifier(rasa_url)
    result = await rasa.aclassify("mau daftar", [])
    assert result.ranking[0].name == "register"


def test_server_error_is_classifier_unavailable(rasa_url: str) -> None:
    with pytest.raises(ClassifierUnavailable, match="HTTP 503"):
        RasaHTTPClassifier(rasa_url + "/down").classify("halo", [])


def test_wrong_path_is_classifier_unavailable(rasa_url: str) -> None:
    with pytest.raises(ClassifierUnavailable, match="HTTP 404"):
        RasaHTTPClassifier(rasa_url + "/elsewhere").classify("halo", [])


async def test_garbage_body_is_classifier_unavailable(rasa_url: str) -> None:
    with pytest.raises(ClassifierUnavailable, match="unexpected answer"):
        await RasaHTTPClassifier(rasa_url).aclassify("broken", [])


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_unreachable_server_is_classifier_unavailable() -> None:
    rasa = RasaHTTPClassifier(f"http://127.0.0.1:{_closed_port()}", timeout=2)
    with pytest.raises(ClassifierUnavailable):
        rasa.classify("halo", [])


async def test_unreachable_server_async() -> None:
    async with httpx.AsyncClient() as client:
        rasa = RasaHTTPClassifier(f"http://127.0.0.1:{_closed_port()}", async_client=client)
        with pytest.raises(ClassifierUnavailable):
            await rasa.aclassify("halo", [])


def test_token_is_sent_as_a_query_parameter(rasa_url: str) -> None:
    with httpx.Client() as client:
        rasa = RasaHTTPClassifier(rasa_url, client=client, token="secret")
        response = client.post(rasa.endpoint, json={"text": "x"}, params={"token": "secret"})
        assert response.json()["token_seen"] is True
        assert rasa.classify("halo", []).ranking[0].name == "greet"


async def test_parser_with_the_rasa_classifier(rasa_url: str) -> None:
    """Intents from the server, entities from our extractors, thresholds from the config."""
    config = NLUConfig(classifier="rasa", rasa_url=rasa_url, ambiguity_margin=0.1)
    async with httpx.AsyncClient() as client:
        parser = load_parser(config, http_client=client, today=lambda: TODAY)
        result = await parser.aparse("mau daftar, saya budi, nik 3273015708950003")
        assert result.intent.name == "register"
        assert not result.fallback
        assert {e.entity for e in result.entities} == {"name", "nik"}
        unsure = await parser.aparse("insentif belum cair")
        assert unsure.ambiguous and unsure.fallback  # 0.55 vs 0.50
