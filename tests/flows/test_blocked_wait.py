"""Follow-ups of the blocked-account answer (probe p18 D10): how long is told apart from how
to open it and from "why", which keep their own answers."""

from __future__ import annotations

import pytest

from flows.account_help import BLOCKED
from flows.blocked_wait import FOLLOW_UPS, HOW_LONG


@pytest.mark.parametrize("text", ["brp lama bukanya", "kapan bisa dibuka", "lama ga?"])
def test_how_long(text: str) -> None:
    assert HOW_LONG.search(text)


@pytest.mark.parametrize("text", ["knp bs gt", "kenapa ya", "gak tau knp tiba2 diblokir"])
def test_why_is_no_time(text: str) -> None:
    assert not HOW_LONG.search(text)


def test_open_it_is_still_followed() -> None:
    pattern, _ = FOLLOW_UPS[BLOCKED]
    assert pattern.search("buka nya gmn")
    assert not HOW_LONG.search("buka nya gmn")
