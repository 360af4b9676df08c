"""Which network client a web chat request comes from, and the keyed tag it is counted under.

The TCP peer is the client, unless it is one of ``webchat.trusted_proxies`` (the load balancer):
then the header those proxies write (``webchat.client_header``: ``X-Forwarded-For``, or RFC 7239
``Forwarded``, whose ``for=`` parameters name the hops) is read from the right (each proxy
appends the address it got the request from), trusted addresses are skipped, and the first
untrusted one is the client. Only that one header is read: the other may come from the browser
untouched by a proxy that does not know it. A peer that is not trusted cannot name a client:
its header is ignored, so a browser cannot spoof one. An entry that is no address (``unknown``,
an obfuscated ``_name``, a ``Forwarded`` element without ``for=``) ends the walk at the trusted
hop that wrote it (never a name the header chose); when every hop is trusted, the leftmost one
is the client.

An address is personal data, so it is never kept: ``ClientTags`` turns it into an HMAC-SHA256
tag under a key derived from PRAKERJA_SECRET_KEY (as the visitor cookie's). IPv6 clients are
tagged by their /64 network, which one subscriber holds whole (its addresses are free to change
within it); an IPv4-mapped IPv6 address is its IPv4 address.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from collections.abc import Iterable, Sequence
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network

Address = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network

FORWARDED_FOR = "x-forwarded-for"
FORWARDED = "forwarded"
CLIENT_HEADERS = (FORWARDED_FOR, FORWARDED)
UNKNOWN = "unknown"
"""What a peer that is no IP address (a Unix socket) is counted under: all such peers share it."""
_KEY_INFO = b"prakerja webchat client tag v1"
_IPV6_PREFIX = 64
_LIST_ITEM = re.compile(r'(?:[^,"]|"(?:\\.|[^"\\])*"?)+')
_PAIR = re.compile(r'(?:[^;"]|"(?:\\.|[^"\\])*"?)+')
_UNREADABLE = "unknown"


def parse_networks(values: Iterable[str]) -> tuple[Network, ...]:
    """``10.0.0.0/8``, ``192.0.2.7`` (one address), ``2001:db8::/32``; raise ValueError naming a
    value that is none (host bits set after the prefix, as in ``10.0.0.1/8``, are refused)."""
    networks = []
    for value in values:
        try:
            networks.append(ip_network(value.strip()))
        except ValueError as exc:
            raise ValueError(f"{value!r} is not an IP address or network ({exc})") from None
    return tuple(networks)


def parse_address(value: str) -> Address | None:
    """One address as a header or server gives it: ``192.0.2.1``, ``192.0.2.1:8080``,
    ``2001:db8::1``, ``[2001:db8::1]:443``; None for anything else."""
    text = value.strip()
    if text.startswith("["):
        text, bracket, _ = text[1:].partition("]")
        if not bracket:
            return None
    elif text.count(":") == 1:  # IPv4 with a port (an IPv6 address has two colons or more)
        text = text.partition(":")[0]
    try:
        address = ip_address(text)
    except ValueError:
        return None
    if isinstance(address, IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def x_forwarded_for_hops(values: Sequence[str]) -> list[str]:
    """The hops of ``X-Forwarded-For`` header lines, in the order received."""
    return [hop for value in values for hop in value.split(",")]


def forwarded_hops(values: Sequence[str]) -> list[str]:
    """The ``for=`` node of each element of RFC 7239 ``Forwarded`` header lines, in the order
    received (``for=192.0.2.43``, ``for="[2001:db8::17]:4711"``); an element without one is
    ``unknown`` (its proxy did not say whom it got the request from)."""
    hops = []
    for value in values:
        for element in _LIST_ITEM.findall(value):
            if not element.strip():
                continue
            node = _UNREADABLE
            for pair in _PAIR.findall(element):
                name, equals, token = pair.partition("=")
                if equals and name.strip().lower() == "for":
                    node = _unquote(token.strip())
                    break
            hops.append(node)
    return hops


def _unquote(token: str) -> str:
    if len(token) >= 2 and token[0] == token[-1] == '"':
        return re.sub(r"\\(.)", r"\1", token[1:-1])
    return token


def _trusted(address: Address, proxies: Sequence[Network]) -> bool:
    return any(address in network for network in proxies)


def client_address(
    peer: str | None, hops: Sequence[str], proxies: Sequence[Network]
) -> Address | None:
    """The client of a request from ``peer`` with these forwarding hops (``x_forwarded_for_hops``
    or ``forwarded_hops``, in the order received); None when the peer is no IP address."""
    address = parse_address(peer) if peer else None
    if address is None or not _trusted(address, proxies):
        return address
    for hop in reversed(hops):
        if not hop.strip():
            continue
        forwarded = parse_address(hop)
        if forwarded is None:
            return address  # unreadable: the trusted hop that wrote it is all we know
        address = forwarded
        if not _trusted(address, proxies):
            return address
    return address


def bucket(address: Address | None) -> str:
    """What a client is counted as: its IPv4 address, its IPv6 /64 network, or ``UNKNOWN``."""
    if address is None:
        return UNKNOWN
    if isinstance(address, IPv6Address):
        return str(IPv6Network((address, _IPV6_PREFIX), strict=False))
    return str(address)


class ClientTags:
    """Derives a request's client and tags it; the tag is all that is ever stored."""

    def __init__(
        self, secret: str, trusted_proxies: Iterable[str] = (), header: str = FORWARDED_FOR
    ) -> None:
        if header not in CLIENT_HEADERS:
            raise ValueError(f"client header {header!r} is none of {CLIENT_HEADERS}")
        self._key = hmac.new(secret.encode("utf-8"), _KEY_INFO, hashlib.sha256).digest()
        self._proxies = parse_networks(trusted_proxies)
        self.header = header
        """The request header that names the client behind the trusted proxies."""

    def tag(self, peer: str | None, header_values: Sequence[str] = ()) -> str:
        """22 URL-safe characters (128 bits of the HMAC) naming the request's client, from the
        TCP ``peer`` and the lines of ``self.header``."""
        read = forwarded_hops if self.header == FORWARDED else x_forwarded_for_hops
        hops = read(header_values) if header_values else ()
        name = bucket(client_address(peer, hops, self._proxies))
        digest = hmac.new(self._key, name.encode("ascii"), hashlib.sha256).digest()[:16]
        return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")
