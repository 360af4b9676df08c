"""The ASGI application: web chat page and API, health, metrics (channels add their webhooks)."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from bot.channels import webchat
from bot.channels.agent_replies import collect
from bot.channels.routes import channel_routes
from bot.channels.visitors import COOKIE
from bot.logs import get_logger
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from crm.web import routes as crm_routes
from flows.responses import text as response_text
from nlu import Parser
from storage.db import ping as ping_database
from storage.errors import LockTimeout, StorageError, StoreUnavailable
from storage.keys import ConversationKey

log = get_logger(__name__)

MAX_BODY_BYTES = 64 * 1024
USER_HEADER = "X-Prakerja-User"
"""Names the user of ``GET /api/webchat/updates`` for a trusted server."""


def _runtime(request: Request) -> Runtime:
    runtime: Runtime = request.app.state.runtime
    return runtime


async def webchat_page(_: Request) -> Response:
    page = resources.files("bot").joinpath("static", "webchat.html").read_text("utf-8")
    return HTMLResponse(page)


async def webchat_message(request: Request) -> Response:
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        return JSONResponse({"error": f"body is larger than {MAX_BODY_BYTES} bytes"}, 413)
    runtime = _runtime(request)
    trusted = runtime.visitors.trusted(request.headers.get("authorization"))
    visitor = None if trusted else runtime.visitors.visitor(request.cookies.get(COOKIE))
    peer = request.client.host if request.client else None
    forwarded = request.headers.getlist(runtime.visitors.client_header)
    client = None if trusted else runtime.visitors.client(peer, forwarded)  # no limit to key
    try:
        inbound = webchat.parse_request(
            body, visitor=visitor.user_id if visitor else None, trusted=trusted, client=client
        )
    except webchat.BadRequest as exc:
        status = 403 if isinstance(exc, webchat.Forbidden) else 400
        return JSONResponse({"error": exc.detail}, status)
    try:
        replies = await runtime.engine.handle(inbound)
    except (StoreUnavailable, LockTimeout, StorageError) as exc:
        # Not processed and not remembered: the client may resend the same message_id safely.
        log.warning("webchat_unavailable", error=type(exc).__name__)
        busy = response_text("id", "errors.unavailable")
        response: Response = JSONResponse(
            {"error": busy, "retry": True}, 503, headers={"Retry-After": "2"}
        )
    else:
        response = Response(webchat.render(replies), media_type="application/json")
    if visitor is not None and visitor.new_cookie is not None:
        _set_visitor_cookie(response, visitor.new_cookie, runtime.settings)
    return response


def _set_visitor_cookie(response: Response, value: str, settings: Settings) -> None:
    response.set_cookie(
        COOKIE,
        value,
        max_age=int(settings.webchat.cookie_days * 86400),
        path="/",
        secure=settings.webchat.cookie_secure,
        httponly=True,
        samesite="strict",
    )


async def webchat_updates(request: Request) -> Response:
    """Replies a CRM agent wrote since the last call, and whether a person is involved
    (``handoff``: "queued", "agent" or null); the page polls this while one is."""
    runtime = _runtime(request)
    if runtime.visitors.trusted(request.headers.get("authorization")):
        # A header, not the query string: a partner's user ids may be personal (a phone number)
        # and must never appear in a URL.
        user_id = request.headers.get(USER_HEADER, "")
        if not 0 < len(user_id) <= 128:
            return JSONResponse({"error": f"{USER_HEADER}: required with the API token"}, 400)
    else:
        user_id = runtime.visitors.verify(request.cookies.get(COOKIE)) or ""
        if not user_id:
            return JSONResponse({"replies": [], "handoff": None})
    key = ConversationKey(webchat.CHANNEL, user_id)
    try:
        replies, handoff = await collect(runtime.sessions, key)
    except (StoreUnavailable, LockTimeout, StorageError) as exc:
        log.warning("webchat_unavailable", error=type(exc).__name__)
        busy = {"error": response_text("id", "errors.unavailable"), "retry": True}
        return JSONResponse(busy, 503, headers={"Retry-After": "2"})
    body = {"replies": [reply.to_dict() for reply in replies], "handoff": handoff}
    return JSONResponse(body, headers={"Cache-Control": "no-store"})


async def no_icon(request: Request) -> Response:
    """Browsers ask every site for /favicon.ico: nothing, said without an error (a 404 showed
    in every page's console; an inline icon would break the pages' Content-Security-Policy)."""
    return Response(status_code=204, headers={"Cache-Control": "public, max-age=86400"})


async def healthz(request: Request) -> Response:
    runtime = _runtime(request)
    down: list[str] = []
    try:
        await runtime.sessions.ping()
    except StoreUnavailable:
        down.append("redis" if runtime.settings.uses_redis else "sessions")
    try:
        await ping_database(runtime.database)
    except Exception:
        down.append("database")
    if down:
        return JSONResponse({"status": "unavailable", "down": down}, 503)
    return JSONResponse({"status": "ok"})


async def metrics(request: Request) -> Response:
    return Response(_runtime(request).metrics.render(), media_type="text/plain; version=0.0.4")


def create_app(
    settings: Settings,
    runtime: Runtime | None = None,
    *,
    freeze_heap: bool = False,
    parser: Parser | None = None,
) -> Starlette:
    """Build the app; with ``runtime`` given (tests), the caller owns its lifecycle.

    ``parser``: an NLU model already loaded (a pre-forking server loads it once, before its
    workers fork, so that they share its memory); None: the runtime loads it.

    ``freeze_heap`` (serving workers): once the runtime is open, everything it loaded (the NLU
    model, lexicons, flow tables: about 150,000 objects) moves out of the garbage collector's
    reach. Else every full collection walks all of it and stops every turn in flight for
    tens to hundreds of milliseconds: the web chat benchmark's p99.
    """

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if runtime is not None:  # owned by the caller, already on app.state
            yield
            return
        own = await open_runtime(settings, parser=parser)
        app.state.runtime = own
        if freeze_heap:
            gc.collect()
            gc.freeze()
        try:
            yield
        finally:
            await own.close()

    routes = [
        Route("/", webchat_page, methods=["GET"]),
        Route("/api/webchat/messages", webchat_message, methods=["POST"]),
        Route("/api/webchat/updates", webchat_updates, methods=["GET"]),
        *crm_routes(),
        Route("/healthz", healthz, methods=["GET"]),
        Route("/favicon.ico", no_icon, methods=["GET"]),
        Route("/metrics", metrics, methods=["GET"]),
        *channel_routes(),
    ]
    app = Starlette(routes=routes, lifespan=lifespan)
    if runtime is not None:
        app.state.runtime = runtime
    return app
