"""The conversation tests' setup builds only tickets the assistant could have filed: an unknown
category ("incentive_not_received") is refused with a clear error, not stored silently."""

from __future__ import annotations

import pytest

from bot.conversation_setup import ticket_category


def test_a_known_category_is_kept() -> None:
    assert ticket_category({"category": "incentive", "status": "in_progress"}) == "incentive"
    assert ticket_category({"status": "open"}) == "account_blocked"


def test_an_unknown_category_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown category 'incentive_not_received'"):
        ticket_category({"category": "incentive_not_received", "status": "in_progress"})
