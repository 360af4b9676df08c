"""Who is writing in the web chat: a browser is known by a signed cookie the server issues, a
trusted server (a partner's backend) by the web chat API token, with its own user ids.

A browser can never choose its user id: without a valid cookie it gets a new random id, so it
cannot read or continue somebody else's conversation by guessing or copying an id. The cookie
holds ``<id>.<signature>`` (HMAC-SHA256 with a key derived from PRAKERJA_SECRET_KEY); it is
HttpOnly (page scripts cannot read it) and SameSite=Strict (other sites cannot send it).

Where a browser writes from is its client (``client_address``): a keyed tag of its network
address, the same for every visitor id it mints, so limits that a fresh visitor would escape
(codes by SMS) can hold per client.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bot.channels.client_address import FORWARDED_FOR, ClientTags

COOKIE = "prakerja_visitor"
PREFIX = "web-"
_KEY_INFO = b"prakerja webchat visitor cookie v1"


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


@dataclass(frozen=True, slots=True)
class Visitor:
    user_id: str
    new_cookie: str | None
    """The cookie to set on the response when this visitor was just minted."""


class VisitorIds:
    """Issues and checks visitor cookies; checks the API token of trusted servers; tags the
    client a browser writes from (behind ``trusted_proxies``, ``webchat.trusted_proxies``)."""

    def __init__(
        self,
        secret: str,
        api_token: str | None = None,
        trusted_proxies: Iterable[str] = (),
        client_header: str = FORWARDED_FOR,
    ) -> None:
        self._key = hmac.new(secret.encode("utf-8"), _KEY_INFO, hashlib.sha256).digest()
        self._api_token = api_token.encode("utf-8") if api_token else None
        self._clients = ClientTags(secret, trusted_proxies, client_header)

    @property
    def client_header(self) -> str:
        """The header (lower case) the trusted proxies name the browser's address in."""
        return self._clients.header

    def client(self, peer: str | None, header_values: Sequence[str] = ()) -> str:
        """The keyed tag of the client a browser's request comes from (TCP ``peer``, and the
        ``client_header`` lines when the peer is a trusted proxy); never its address."""
        return self._clients.tag(peer, header_values)

    def _sign(self, user_id: str) -> str:
        return _b64(hmac.new(self._key, user_id.encode("ascii"), hashlib.sha256).digest())

    def verify(self, cookie: str | None) -> str | None:
        """The user id in a cookie we issued, or ``None`` (missing, malformed or forged)."""
        if not cookie or len(cookie) > 128:
            return None
        user_id, _, signature = cookie.rpartition(".")
        if not user_id.startswith(PREFIX) or not user_id.isascii():
            return None
        if not hmac.compare_digest(signature, self._sign(user_id)):
            return None
        return user_id

    def visitor(self, cookie: str | None) -> Visitor:
        """The cookie's visitor, or a new one (with the cookie to set) when it is not valid."""
        known = self.verify(cookie)
        if known is not None:
            return Visitor(known, None)
        user_id = PREFIX + secrets.token_urlsafe(16)
        return Visitor(user_id, f"{user_id}.{self._sign(user_id)}")

    def trusted(self, authorization: str | None) -> bool:
        """Whether the request carries ``Authorization: Bearer <web chat API token>``."""
        if self._api_token is None or not authorization:
            return False
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer":
            return False
        return hmac.compare_digest(token.strip().encode("utf-8"), self._api_token)
