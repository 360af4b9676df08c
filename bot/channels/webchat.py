"""Web chat JSON API: request validation into an Inbound, replies into JSON.

Contract: POST {"message_id"?, "text"} or {"message_id"?, "payload"}
-> 200 {"replies": [{"text", "buttons": [{"title", "payload"}]}]}; bad input -> 400 with an error
that says what is wrong. Who writes is decided by the caller (``visitors``): the browser's
signed cookie, or ``user_id`` in the body from a trusted server holding the API token. Where a
browser writes from (``client_address``) rides on the message as an opaque tag.
"""

from __future__ import annotations

from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from flows import MAX_TEXT_LENGTH, Inbound, Outbound

CHANNEL = "webchat"


class BadRequest(Exception):
    """The request cannot be turned into a message; ``detail`` says why."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class Forbidden(BadRequest):
    """The request asks for something only a trusted server may do."""


class WebchatRequest(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")

    user_id: str | None = Field(default=None, min_length=1, max_length=128)
    message_id: str | None = Field(default=None, min_length=1, max_length=128)
    text: str | None = Field(default=None, max_length=MAX_TEXT_LENGTH)
    payload: str | None = Field(default=None, min_length=1, max_length=1024)

    @model_validator(mode="after")
    def _one_of_text_or_payload(self) -> WebchatRequest:
        if self.text is None and self.payload is None:
            raise ValueError("send either 'text' or 'payload'")
        if self.text is not None and self.payload is not None:
            raise ValueError("send 'text' or 'payload', not both")
        if self.text is not None and not self.text.strip():
            raise ValueError("'text' is empty")
        return self


def parse_request(
    body: bytes, *, visitor: str | None, trusted: bool = False, client: str | None = None
) -> Inbound:
    """Validate a request body; raise BadRequest naming what is wrong.

    ``trusted`` (the API token was given): the body must name its ``user_id``. Otherwise the
    message is the ``visitor``'s (from the signed cookie) and a ``user_id`` is refused.
    ``client``: the keyed tag of the browser's network client (``VisitorIds.client``), carried
    on the message for the limits that hold per client; None for a trusted server."""
    try:
        data: Any = orjson.loads(body)
    except orjson.JSONDecodeError:
        raise BadRequest("body is not valid JSON") from None
    if not isinstance(data, dict):
        raise BadRequest("body must be a JSON object")
    try:
        request = WebchatRequest.model_validate(data)
    except ValidationError as exc:
        raise BadRequest(_describe(exc)) from None
    user_id = _user_id(request, visitor, trusted)
    return Inbound(
        channel=CHANNEL,
        user_id=user_id,
        message_id=request.message_id,
        text=request.text,
        payload=request.payload,
        client=None if trusted else client,
    )


def _user_id(request: WebchatRequest, visitor: str | None, trusted: bool) -> str:
    if trusted:
        if request.user_id is None:
            raise BadRequest("user_id: required with the API token")
        return request.user_id
    if request.user_id is not None:
        raise Forbidden(
            "user_id is only accepted with the web chat API token; a browser is known by its"
            " visitor cookie"
        )
    if visitor is None:
        raise BadRequest("no visitor: send the visitor cookie or user_id with the API token")
    return visitor


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        field = ".".join(str(p) for p in error["loc"])
        message = error["msg"].removeprefix("Value error, ")
        if error["type"] == "string_too_long" and field == "text":
            message = f"text is longer than {MAX_TEXT_LENGTH} characters"
        parts.append(f"{field}: {message}" if field else message)
    return "; ".join(parts)


def render(replies: list[Outbound]) -> bytes:
    return orjson.dumps({"replies": [reply.to_dict() for reply in replies]})
