"""Web chat uploads: evidence (an image or a PDF) picked with the page's 📎 button, for the
chat's open complaint ticket, decided and stored by ``attachments.Evidence`` as on Telegram.

``GET /api/webchat/files`` -> ``{"uploads": {"max_bytes"}}``, or ``{"uploads": null}`` when
``attachments.webchat`` is off (the page then shows no 📎 button, and uploads answer 404).

``POST /api/webchat/files``: the body is the file itself, with the ``Content-Type`` the browser
declared (``image/png``, ``application/pdf`` ...; the type kept is the one the first bytes
show) -> ``{"replies": [{"text", "buttons"}]}``, as ``/api/webchat/messages`` answers: the bot's
reply to the file (attached, already on the ticket, file a complaint first, refused).

Who uploads: the browser's signed visitor cookie, never minted here (no valid cookie -> 401),
or a trusted server's API token with ``X-Prakerja-User`` (a header: no personal data in the
URL). Other sites: the cookie is SameSite=Strict, as for messages, so another site's page
cannot upload as the visitor; and a body with no type or a form's type (``multipart/form-data``,
``application/x-www-form-urlencoded``, ``text/plain``) is refused (415), so any cross-site
upload would need a CORS preflight, which this API never grants.

Size: with a ``Content-Length`` over ``attachments.max_bytes`` nothing is read (413, with the
bot's "too big" reply); without one the body is read chunk by chunk and reading stops past the
limit. Nothing is read at all when the chat has no open ticket. The same file twice (a double
click) is kept once: the ticket keeps a file once, and the reply says it is there already.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response

from bot.channels.attachments import (
    Evidence,
    FetchFailed,
    Media,
    TooBig,
    open_evidence,
    within_limit,
)
from bot.channels.visitors import COOKIE
from bot.channels.webchat import CHANNEL, render
from bot.logs import get_logger
from bot.settings import Settings
from flows.responses import text as response_text
from storage.db import create_session_factory
from storage.errors import StorageError

if TYPE_CHECKING:
    from bot.runtime import Runtime

log = get_logger(__name__)

PATH = "/api/webchat/files"
USER_HEADER = "X-Prakerja-User"
"""Names the user for a trusted server (as for ``GET /api/webchat/updates``)."""
FORM_TYPES = frozenset({"multipart/form-data", "application/x-www-form-urlencoded", "text/plain"})
"""Types a page of another site may send without asking first (CORS "simple" requests)."""
NO_STORE = {"Cache-Control": "no-store"}


def offered(settings: Settings) -> dict[str, int] | None:
    """What the page's 📎 button may send (``max_bytes``); None: the page shows no button."""
    files = settings.attachments
    return {"max_bytes": files.max_bytes} if files.webchat else None


class Body:
    """The request body as ``Media.fetch`` downloads it: chunk by chunk, never past the limit."""

    def __init__(self, request: Request) -> None:
        self._request = request
        self.over = False
        """Reading stopped because the body passed the limit."""

    async def fetch(self, limit: int) -> bytes:
        try:
            return await within_limit(self._request.stream(), limit)
        except TooBig:
            self.over = True
            raise
        except ClientDisconnect:
            raise FetchFailed("the browser went away during the upload") from None


async def limits(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    return JSONResponse({"uploads": offered(runtime.settings)}, headers=NO_STORE)


def _error(message: str, status: int) -> Response:
    return JSONResponse({"error": message}, status, headers=NO_STORE)


def _uploader(request: Request, runtime: Runtime) -> str | Response:
    """Whose chat the file is for: the trusted server's header, or the visitor cookie's."""
    if runtime.visitors.trusted(request.headers.get("authorization")):
        user_id = request.headers.get(USER_HEADER, "")
        if not 0 < len(user_id) <= 128:
            return _error(f"{USER_HEADER}: required with the API token", 400)
        return user_id
    visitor = runtime.visitors.verify(request.cookies.get(COOKIE))
    if visitor is None:
        return _error("no visitor: open the web chat first (its visitor cookie)", 401)
    return visitor


def _declared(request: Request) -> str | Response:
    """The type the browser declared; a form's type, or none, is refused."""
    declared = request.headers.get("content-type", "").strip()
    if declared.split(";", 1)[0].strip().lower() in FORM_TYPES | {""}:
        return _error("send the file itself as the body, with its own Content-Type", 415)
    return declared


def _length(request: Request) -> int | Response | None:
    raw = request.headers.get("content-length")
    if raw is None:
        return None
    if not raw.strip().isdigit():
        return _error("Content-Length is not a number", 400)
    return int(raw)


def _desk(runtime: Runtime) -> Evidence:
    factory = create_session_factory(runtime.database)
    return open_evidence(factory, runtime.cipher, runtime.settings.attachments, runtime.sessions)


async def upload(request: Request) -> Response:
    runtime: Runtime = request.app.state.runtime
    allowed = offered(runtime.settings)
    if allowed is None:
        return _error("the web chat takes no files", 404)
    user_id = _uploader(request, runtime)
    if isinstance(user_id, Response):
        return user_id
    declared = _declared(request)
    if isinstance(declared, Response):
        return declared
    length = _length(request)
    if isinstance(length, Response):
        return length
    body = Body(request)
    try:
        reply = await _desk(runtime).receive(
            CHANNEL, user_id, Media(declared, length, None, body.fetch)
        )
    except (StorageError, SQLAlchemyError) as exc:
        log.warning("webchat_unavailable", error=type(exc).__name__)
        busy = {"error": response_text("id", "errors.unavailable"), "retry": True}
        return JSONResponse(busy, 503, headers={"Retry-After": "2", **NO_STORE})
    over = body.over or (length is not None and length > allowed["max_bytes"])
    return Response(
        render([reply]), 413 if over else 200, headers=NO_STORE, media_type="application/json"
    )
