"""What the web chat page shows when it opens or comes back: the conversation so far and
whether a person is involved.

- ``GET /api/webchat/history`` -> ``{"messages": [{"from": "me"|"bot", "text", "buttons"}],
  "handoff", "position", "agent", "language"}``: the transcript's last messages (as the
  transcript keeps them: personal data masked), a tapped button by its title, with the agent
  replies still waiting in the session's inbox (the inbox is emptied, as ``/updates`` does).
- ``GET /api/webchat/state`` -> ``{"handoff": "queued"|"agent"|null, "position", "agent",
  "language"}``: the open handoff as the database has it, the place in the queue computed as
  the bot's queue messages compute it, the agent's display name as their greeting names them.

Routed here too: ``GET`` and ``POST /api/webchat/files`` (``webchat_upload``: the 📎 button).

The browser is known by its signed visitor cookie only (a trusted server by the API token and
``X-Prakerja-User``, as for ``/updates``): no parameter names a conversation, so no other
visitor's state can be asked for. Nothing else leaves: no user id, staff username or email.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot.channels.agent_replies import collect
from bot.channels.visitors import COOKIE
from bot.channels.webchat import CHANNEL
from bot.channels.webchat_upload import PATH as UPLOADS
from bot.channels.webchat_upload import limits, upload
from bot.logs import get_logger
from flows import Outbound
from flows.responses import DEFAULT_LANGUAGE, LANGUAGES
from flows.responses import text as response_text
from flows.safety import redact
from storage.db import create_session_factory
from storage.errors import StorageError
from storage.keys import ConversationKey
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = get_logger(__name__)

USER_HEADER = "X-Prakerja-User"
"""Names the user for a trusted server (as for ``GET /api/webchat/updates``)."""
HISTORY_LIMIT = 50
"""The last this many messages of the transcript are shown again."""
NOBODY: dict[str, Any] = {"handoff": None, "position": None, "agent": None}


def _user_id(request: Request, runtime: Runtime) -> str | Response:
    """The conversation asked about: the visitor cookie's ("" without a valid one), or the
    trusted server's header; a Response when the trusted server named nobody."""
    if runtime.visitors.trusted(request.headers.get("authorization")):
        user_id = request.headers.get(USER_HEADER, "")
        if not 0 < len(user_id) <= 128:
            return JSONResponse({"error": f"{USER_HEADER}: required with the API token"}, 400)
        return user_id
    return runtime.visitors.verify(request.cookies.get(COOKIE)) or ""


async def chat_state(runtime: Runtime, key: ConversationKey) -> dict[str, Any]:
    """Whether a person is involved, and who, in the visitor's language."""
    stored = await runtime.sessions.load(key)
    language = stored.language if stored and stored.language in LANGUAGES else DEFAULT_LANGUAGE
    handoffs = HandoffRepository(create_session_factory(runtime.database))
    status = await handoffs.status(key.channel, key.user_id)
    if status is None:
        return {**NOBODY, "language": language}
    if status.state == "queued":
        return {"handoff": "queued", "position": status.position, "agent": None,
                "language": language}  # fmt: skip
    return {"handoff": "agent", "position": None, "agent": status.agent, "language": language}


def _buttons(serialised: str | None) -> list[dict[str, str]]:
    """The buttons an outbound transcript entry offered (``[{"title", "payload"}]``)."""
    if not serialised:
        return []
    try:
        raw = orjson.loads(serialised)
    except orjson.JSONDecodeError:
        return []
    if not isinstance(raw, list):
        return []
    return [
        {"title": str(b["title"]), "payload": str(b["payload"])}
        for b in raw
        if isinstance(b, dict) and "title" in b and "payload" in b
    ]


def restored(entries: Sequence[TranscriptEntry]) -> list[dict[str, Any]]:
    """The transcript as the page shows it: what the user typed, a tapped button by the title
    it was offered with (a payload never offered, such as the page's "start", is left out),
    and every reply; nothing about who wrote a reply."""
    shown: list[dict[str, Any]] = []
    offered: dict[str, str] = {}
    for entry in entries:
        if entry.direction == "out":
            buttons = _buttons(entry.payload)
            offered.update((b["payload"], b["title"]) for b in buttons)
            if entry.text or buttons:
                shown.append({"from": "bot", "text": entry.text or "", "buttons": buttons})
        elif entry.text:
            shown.append({"from": "me", "text": entry.text, "buttons": []})
        elif entry.payload and entry.payload in offered:
            shown.append({"from": "me", "text": offered[entry.payload], "buttons": []})
    return shown


def with_inbox(
    shown: list[dict[str, Any]], entries: Sequence[TranscriptEntry], inbox: Sequence[Outbound]
) -> list[dict[str, Any]]:
    """``shown`` and the agent replies taken from the inbox that the transcript does not hold
    yet (the console delivers a reply first, then records it, masked)."""
    if not inbox:
        return shown
    authored = [e.text for e in entries if e.direction == "out" and e.author][-len(inbox) :]
    recorded = Counter(authored)
    for reply in inbox:
        masked = redact(reply.text)
        if recorded[masked] > 0:
            recorded[masked] -= 1
            continue
        shown.append({"from": "bot", **reply.to_dict()})
    return shown


def _busy(exc: Exception) -> Response:
    log.warning("webchat_unavailable", error=type(exc).__name__)
    busy = {"error": response_text("id", "errors.unavailable"), "retry": True}
    return JSONResponse(busy, 503, headers={"Retry-After": "2"})


def _json(body: dict[str, Any]) -> Response:
    return JSONResponse(body, headers={"Cache-Control": "no-store"})


async def _answer(
    request: Request,
    nobody: dict[str, Any],
    build: Callable[[Runtime, ConversationKey], Awaitable[dict[str, Any]]],
) -> Response:
    """``build``'s answer for the visitor's conversation; ``nobody`` and no handoff for a
    browser without a valid cookie; 503 while storage is away."""
    runtime: Runtime = request.app.state.runtime
    user_id = _user_id(request, runtime)
    if isinstance(user_id, Response):
        return user_id
    if not user_id:
        return _json({**nobody, **NOBODY, "language": DEFAULT_LANGUAGE})
    try:
        return _json(await build(runtime, ConversationKey(CHANNEL, user_id)))
    except (StorageError, SQLAlchemyError) as exc:
        return _busy(exc)


async def _history(runtime: Runtime, key: ConversationKey) -> dict[str, Any]:
    transcript = TranscriptRepository(create_session_factory(runtime.database))
    entries = await transcript.history(key, HISTORY_LIMIT)
    state = await chat_state(runtime, key)
    inbox, _ = await collect(runtime.sessions, key)  # last: a failure above keeps the inbox
    return {"messages": with_inbox(restored(entries), entries, inbox), **state}


async def webchat_state(request: Request) -> Response:
    return await _answer(request, {}, chat_state)


async def webchat_history(request: Request) -> Response:
    return await _answer(request, {"messages": []}, _history)


def webchat_routes() -> list[Route]:
    return [
        Route("/api/webchat/history", webchat_history, methods=["GET"]),
        Route("/api/webchat/state", webchat_state, methods=["GET"]),
        Route(UPLOADS, limits, methods=["GET"]),
        Route(UPLOADS, upload, methods=["POST"]),
    ]
