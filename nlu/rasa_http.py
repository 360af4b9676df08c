"""A classifier that asks a running Rasa server (``POST /model/parse``).

Inject the engine's shared ``httpx.AsyncClient`` (and, for the CLI, an ``httpx.Client``);
tests point it at a local fake server. Every failure (network, status, body) becomes
``ClassifierUnavailable``, so the engine can fall back or hand over without parsing messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import httpx

from nlu.classifier import Classification
from nlu.errors import ClassifierUnavailable
from nlu.types import Entity, IntentScore


class RasaHTTPClassifier:
    def __init__(
        self,
        url: str,
        *,
        timeout: float = 5.0,
        client: httpx.Client | None = None,
        async_client: httpx.AsyncClient | None = None,
        token: str | None = None,
    ) -> None:
        self.endpoint = url.rstrip("/") + "/model/parse"
        self._timeout = timeout
        self._client = client
        self._async_client = async_client
        self._params = {"token": token} if token else {}
        self._intents: dict[str, None] = {}

    @property
    def intents(self) -> tuple[str, ...]:
        """Intents seen in the server's answers so far (Rasa does not list them here)."""
        return tuple(self._intents)

    def classify(self, text: str, tokens: Sequence[str]) -> Classification:
        try:
            if self._client is not None:
                response = self._client.post(
                    self.endpoint, json={"text": text}, params=self._params, timeout=self._timeout
                )
            else:
                with httpx.Client(timeout=self._timeout) as client:
                    response = client.post(self.endpoint, json={"text": text}, params=self._params)
        except httpx.HTTPError as exc:
            raise ClassifierUnavailable(f"Rasa server at {self.endpoint}: {exc!r}") from exc
        return self._read(response)

    async def aclassify(self, text: str, tokens: Sequence[str]) -> Classification:
        try:
            if self._async_client is not None:
                response = await self._async_client.post(
                    self.endpoint, json={"text": text}, params=self._params, timeout=self._timeout
                )
            else:
                async with httpx.AsyncClient(timeout=self._timeout) as client:
                    response = await client.post(
                        self.endpoint, json={"text": text}, params=self._params
                    )
        except httpx.HTTPError as exc:
            raise ClassifierUnavailable(f"Rasa server at {self.endpoint}: {exc!r}") from exc
        return self._read(response)

    def _read(self, response: httpx.Response) -> Classification:
        if response.status_code != 200:
            raise ClassifierUnavailable(f"Rasa server answered HTTP {response.status_code}")
        try:
            body = response.json()
            classification = _classification(body)
        except (ValueError, KeyError, TypeError) as exc:
            raise ClassifierUnavailable(f"unexpected answer from the Rasa server: {exc}") from exc
        for score in classification.ranking:
            self._intents.setdefault(score.name)
        return classification


def _classification(body: Any) -> Classification:
    ranking_raw = body.get("intent_ranking") or ([body["intent"]] if body.get("intent") else [])
    ranking = tuple(
        IntentScore(str(item["name"]), float(item["confidence"]))
        for item in ranking_raw
        if item and item.get("name")
    )
    ranking = tuple(sorted(ranking, key=lambda s: -s.confidence))
    entities = tuple(_entity(item) for item in body.get("entities") or ())
    return Classification(ranking, entities)


def _entity(item: Any) -> Entity:
    value = item["value"]
    extra = {k: item[k] for k in ("extractor", "confidence_entity", "role", "group") if k in item}
    return Entity(
        str(item["entity"]),
        value if isinstance(value, int) and not isinstance(value, bool) else str(value),
        int(item["start"]),
        int(item["end"]),
        extra,
    )
