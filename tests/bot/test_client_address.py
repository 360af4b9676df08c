"""The web chat client's address: the TCP peer, or X-Forwarded-For read past trusted proxies
only; kept as a keyed tag, never raw."""

from __future__ import annotations

from ipaddress import ip_address

import pytest

from bot.channels.client_address import (
    UNKNOWN,
    ClientTags,
    bucket,
    client_address,
    forwarded_hops,
    parse_address,
    parse_networks,
    x_forwarded_for_hops,
)
from bot.settings import ConfigError, load_settings

PROXIES = parse_networks(["10.0.0.0/8", "192.0.2.7", "2001:db8:ffff::/48"])
SECRET = "test-secret-key-0123456789abcdef"


def _client(peer: str | None, *forwarded: str) -> str | None:
    found = client_address(peer, x_forwarded_for_hops(forwarded), PROXIES)
    return None if found is None else str(found)


def test_without_trusted_proxies_the_peer_is_the_client_and_the_header_is_ignored() -> None:
    assert _client_without_proxies("198.51.100.4", "203.0.113.9") == "198.51.100.4"
    assert _client_without_proxies("10.0.0.5", "203.0.113.9") == "10.0.0.5"


def _client_without_proxies(peer: str, forwarded: str) -> str:
    return str(client_address(peer, x_forwarded_for_hops([forwarded]), ()))


def test_an_untrusted_peer_cannot_name_another_client() -> None:
    for spoofed in ("203.0.113.9", "10.0.0.1", "203.0.113.9, 10.0.0.1", "garbage", ""):
        assert _client("198.51.100.4", spoofed) == "198.51.100.4"


def test_behind_a_trusted_proxy_the_first_untrusted_address_from_the_right_is_the_client() -> None:
    assert _client("10.0.0.5", "198.51.100.4") == "198.51.100.4"
    # the browser wrote the first entry itself; the proxies appended the rest
    assert _client("10.0.0.5", "1.1.1.1, 198.51.100.4, 10.2.3.4, 192.0.2.7") == "198.51.100.4"
    assert _client("192.0.2.7", "1.1.1.1, 198.51.100.4") == "198.51.100.4"
    # several header lines read as one list, in the order received
    assert _client("10.0.0.5", "1.1.1.1, 198.51.100.4", "10.9.9.9") == "198.51.100.4"


def test_a_trusted_peer_without_the_header_or_with_only_trusted_hops() -> None:
    assert _client("10.0.0.5") == "10.0.0.5"
    assert _client("10.0.0.5", "") == "10.0.0.5"
    assert _client("10.0.0.5", "10.1.1.1, 192.0.2.7") == "10.1.1.1"  # the leftmost hop


def test_an_unreadable_entry_ends_at_the_trusted_hop_that_wrote_it() -> None:
    assert _client("10.0.0.5", "198.51.100.4, unknown") == "10.0.0.5"
    assert _client("10.0.0.5", "198.51.100.4, not-an-ip, 10.7.7.7") == "10.7.7.7"
    assert _client("10.0.0.5", "198.51.100.4, [2001:db8::1") == "10.0.0.5"
    assert _client("10.0.0.5", "198.51.100.4, , 10.7.7.7") == "198.51.100.4"  # empty: skipped
    assert _client("10.0.0.5", "x" * 5000) == "10.0.0.5"


def test_ports_and_ipv6_forms_are_read() -> None:
    assert _client("10.0.0.5", "198.51.100.4:51234") == "198.51.100.4"
    assert _client("10.0.0.5", "[2001:db8:1::7]:443") == "2001:db8:1::7"
    assert _client("2001:db8:ffff::1", "2001:db8:1::7, 2001:db8:ffff:1::2") == "2001:db8:1::7"
    assert _client("::ffff:10.0.0.5", "::ffff:198.51.100.4") == "198.51.100.4"  # IPv4-mapped
    assert _client("2001:db8:1::7", "198.51.100.4") == "2001:db8:1::7"  # untrusted IPv6 peer
    assert parse_address("[::1]") == ip_address("::1")
    assert parse_address("1.2.3.4:80:90") is None and parse_address("") is None


def test_a_peer_that_is_no_address_is_counted_under_one_name() -> None:
    assert client_address(None, ["198.51.100.4"], PROXIES) is None
    assert client_address("testclient", ["198.51.100.4"], PROXIES) is None
    assert bucket(None) == UNKNOWN


def test_an_ipv6_client_is_its_64_network() -> None:
    one, other = ip_address("2001:db8:1:2::7"), ip_address("2001:db8:1:2:ffff::1")
    assert bucket(one) == bucket(other) == "2001:db8:1:2::/64"
    assert bucket(ip_address("2001:db8:1:3::7")) != bucket(one)
    assert bucket(ip_address("198.51.100.4")) == "198.51.100.4"


def test_the_tag_is_keyed_and_never_the_address() -> None:
    tags = ClientTags(SECRET, ["10.0.0.0/8"])
    tag = tags.tag("10.0.0.5", ["198.51.100.4"])
    assert tag == tags.tag("198.51.100.4") == tags.tag("10.0.0.6", ["198.51.100.4:1"])
    assert "198" not in tag and len(tag) == 22
    assert tag != tags.tag("198.51.100.5")
    assert tag != ClientTags("another-secret-0123456789abcdef").tag("198.51.100.4")
    assert tags.tag("2001:db8::1") == tags.tag("2001:db8::2")


def test_trusted_proxies_are_validated_at_start_up() -> None:
    settings = load_settings(webchat={"trusted_proxies": ["10.0.0.0/8", " 192.0.2.7 ", "::1"]})
    assert settings.webchat.trusted_proxies == ["10.0.0.0/8", "192.0.2.7/32", "::1/128"]
    assert load_settings().webchat.trusted_proxies == []
    for bad in ("10.0.0.1/8", "proxy.internal", "300.1.1.1"):
        with pytest.raises(ConfigError, match=r"webchat\.trusted_proxies.*" + bad.split("/")[0]):
            load_settings(webchat={"trusted_proxies": [bad]})


def test_rfc_7239_forwarded_names_each_hop_by_its_for_parameter() -> None:
    read = forwarded_hops
    assert read(["for=192.0.2.43"]) == ["192.0.2.43"]
    assert read(['for="[2001:db8:cafe::17]:4711";proto=https, For=198.51.100.4;by=10.0.0.1']) == [
        "[2001:db8:cafe::17]:4711",
        "198.51.100.4",
    ]
    assert read(["proto=https;by=10.0.0.1"]) == ["unknown"]  # the proxy named no client
    assert read(['for="_hidden", for=unknown', "for=198.51.100.4"]) == [
        "_hidden", "unknown", "198.51.100.4"
    ]  # fmt: skip
    assert read(['for="a,b;c", for=198.51.100.4']) == ["a,b;c", "198.51.100.4"]  # quoted , and ;
    assert read(["", " , "]) == []


def test_behind_a_trusted_proxy_forwarded_is_walked_like_x_forwarded_for() -> None:
    def client(*values: str) -> str | None:
        found = client_address("10.0.0.5", forwarded_hops(values), PROXIES)
        return None if found is None else str(found)

    assert client('for=1.1.1.1, for="198.51.100.4:5000", for=10.2.3.4') == "198.51.100.4"
    assert client('for="[2001:db8:1::7]"') == "2001:db8:1::7"
    assert client("for=198.51.100.4, for=_hidden") == "10.0.0.5"  # obfuscated: ends the walk
    assert client("for=198.51.100.4, proto=http") == "10.0.0.5"  # no for=: ends the walk
    assert client('for="198.51.100.4') == "10.0.0.5"  # an unclosed quote is unreadable


def test_only_the_configured_header_names_the_client() -> None:
    xff = ClientTags(SECRET, ["10.0.0.0/8"])
    forwarded = ClientTags(SECRET, ["10.0.0.0/8"], "forwarded")
    assert forwarded.tag("10.0.0.5", ["for=198.51.100.4"]) == xff.tag("198.51.100.4")
    assert xff.tag("10.0.0.5", ["for=198.51.100.4"]) == xff.tag("10.0.0.5")  # unreadable in XFF
    with pytest.raises(ValueError, match="client header"):
        ClientTags(SECRET, (), "x-real-ip")
    assert load_settings(webchat={"client_header": "Forwarded"}).webchat.client_header == (
        "forwarded"
    )
    with pytest.raises(ConfigError, match="client_header"):
        load_settings(webchat={"client_header": "x-real-ip"})
