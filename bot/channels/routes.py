"""Webhook endpoints: POST /telegram/webhook, GET + POST /whatsapp/webhook (and the web chat's
GET /api/webchat/history + /state, from ``webchat_state``).

Each verifies the request before reading it as JSON (401 otherwise; constant-time compares),
takes the turns, and answers 200 as soon as the replies are queued — sending goes on in the
background. When the turn could not be taken because a store is away it answers 503, so the
platform delivers the update again (both retry non-2xx answers) and nothing the user wrote is
lost. A verified payload that cannot be parsed is logged and acknowledged with 200: answering an
error would make the platform retry it for hours (Telegram would hold the chat's next updates).
A channel that is not configured answers 404. This module imports no SDK, so serving the web
chat alone never loads aiogram.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson
from pydantic import ValidationError
from sqlalchemy.exc import SQLAlchemyError
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from bot.channels.webchat_state import webchat_routes
from bot.logs import get_logger
from storage.errors import StorageError

if TYPE_CHECKING:
    from bot.channels.hub import Channels

log = get_logger(__name__)

MAX_BODY_BYTES = 1024 * 1024
TELEGRAM_SECRET_HEADER = "x-telegram-bot-api-secret-token"
WHATSAPP_SIGNATURE_HEADER = "x-hub-signature-256"


def _channels(request: Request) -> Channels:
    channels: Channels = request.app.state.runtime.channels
    return channels


async def _body(request: Request) -> bytes | Response:
    body = await request.body()
    if len(body) > MAX_BODY_BYTES:
        return JSONResponse({"error": "body too large"}, 413)
    return body


def _json(body: bytes) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return None


def _busy(channel: str, exc: Exception) -> Response:
    log.warning("webhook_store_unavailable", channel=channel, error=type(exc).__name__)
    return JSONResponse({"error": "temporarily unavailable"}, 503, headers={"Retry-After": "5"})


async def telegram_webhook(request: Request) -> Response:
    channel = _channels(request).telegram
    if channel is None:
        return JSONResponse({"error": "Telegram is not configured"}, 404)
    if not channel.verify(request.headers.get(TELEGRAM_SECRET_HEADER)):
        return JSONResponse({"error": "bad secret token"}, 401)
    body = await _body(request)
    if isinstance(body, Response):
        return body
    data = _json(body)
    if not isinstance(data, dict):
        log.error("telegram_update_unreadable", reason="not a JSON object")
        return Response(status_code=200)
    try:
        update = channel.parse(data)
    except ValidationError as exc:
        log.error("telegram_update_unreadable", errors=exc.error_count())
        return Response(status_code=200)
    try:
        await channel.feed(update)
    except (StorageError, SQLAlchemyError) as exc:
        return _busy("telegram", exc)
    return Response(status_code=200)


async def whatsapp_verify(request: Request) -> Response:
    channel = _channels(request).whatsapp
    if channel is None:
        return JSONResponse({"error": "WhatsApp is not configured"}, 404)
    params = request.query_params
    challenge = channel.challenge(
        params.get("hub.mode"), params.get("hub.verify_token"), params.get("hub.challenge")
    )
    if challenge is None:
        return JSONResponse({"error": "verification failed"}, 403)
    return PlainTextResponse(challenge)


async def whatsapp_webhook(request: Request) -> Response:
    from bot.channels.whatsapp_payloads import Webhook

    channel = _channels(request).whatsapp
    if channel is None:
        return JSONResponse({"error": "WhatsApp is not configured"}, 404)
    body = await _body(request)
    if isinstance(body, Response):
        return body
    if not channel.verify(body, request.headers.get(WHATSAPP_SIGNATURE_HEADER)):
        return JSONResponse({"error": "bad signature"}, 401)
    data = _json(body)
    if not isinstance(data, dict):
        log.error("whatsapp_webhook_unreadable", reason="not a JSON object")
        return Response(status_code=200)
    try:
        webhook = Webhook.model_validate(data)
    except ValidationError as exc:
        log.error("whatsapp_webhook_unreadable", errors=exc.error_count())
        return Response(status_code=200)
    try:
        await channel.feed(webhook)
    except (StorageError, SQLAlchemyError) as exc:
        return _busy("whatsapp", exc)
    return Response(status_code=200)


def channel_routes() -> list[Route]:
    return [
        Route("/telegram/webhook", telegram_webhook, methods=["POST"]),
        Route("/whatsapp/webhook", whatsapp_verify, methods=["GET"]),
        Route("/whatsapp/webhook", whatsapp_webhook, methods=["POST"]),
        *webchat_routes(),
    ]
