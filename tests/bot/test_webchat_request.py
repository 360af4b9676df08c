"""Bad web chat input gets a clear 400-style error, never an exception."""

from __future__ import annotations

from functools import partial

import pytest

from bot.channels.webchat import BadRequest, Forbidden
from bot.channels.webchat import parse_request as parse

parse_request = partial(parse, visitor=None, trusted=True)
"""As a trusted server sends them (with the API token, naming its user)."""


def test_text_message_becomes_an_inbound() -> None:
    inbound = parse_request(b'{"user_id": "u1", "message_id": "m1", "text": "gmn cara daftar"}')
    assert (inbound.channel, inbound.user_id, inbound.message_id) == ("webchat", "u1", "m1")
    assert inbound.text == "gmn cara daftar" and inbound.payload is None


def test_payload_message_becomes_an_inbound() -> None:
    inbound = parse_request(b'{"user_id": "u1", "payload": "courses"}')
    assert inbound.payload == "courses" and inbound.text is None


@pytest.mark.parametrize(
    ("body", "says"),
    [
        (b"not json", "not valid JSON"),
        (b"[1, 2]", "JSON object"),
        (b'{"text": "halo"}', "user_id"),
        (b'{"user_id": "u1"}', "either 'text' or 'payload'"),
        (b'{"user_id": "u1", "text": "a", "payload": "b"}', "not both"),
        (b'{"user_id": 5, "text": "halo"}', "user_id"),
        (b'{"user_id": "u1", "text": 5}', "text"),
        (b'{"user_id": "u1", "text": "   "}', "empty"),
        (b'{"user_id": "", "text": "halo"}', "user_id"),
        (b'{"user_id": "u1", "text": "halo", "extra": 1}', "extra"),
        (b'{"user_id": "u1", "message_id": 7, "text": "halo"}', "message_id"),
    ],
)
def test_malformed_requests_say_what_is_wrong(body: bytes, says: str) -> None:
    with pytest.raises(BadRequest) as caught:
        parse_request(body)
    assert says in caught.value.detail


def test_text_over_4096_characters_is_rejected() -> None:
    body = ('{"user_id": "u1", "text": "' + "a" * 4097 + '"}').encode()
    with pytest.raises(BadRequest, match="longer than 4096"):
        parse_request(body)


def test_emoji_storm_within_the_limit_is_accepted() -> None:
    body = ('{"user_id": "u1", "text": "' + "😭" * 4000 + '"}').encode()
    assert parse_request(body).text == "😭" * 4000


def test_a_browser_writes_as_its_visitor_and_may_not_name_a_user() -> None:
    inbound = parse(b'{"text": "halo"}', visitor="web-abc", trusted=False)
    assert inbound.user_id == "web-abc"
    with pytest.raises(Forbidden, match="API token"):
        parse(b'{"user_id": "someone-else", "text": "halo"}', visitor="web-abc", trusted=False)
