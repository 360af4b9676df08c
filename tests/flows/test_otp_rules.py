"""The OTP limits in config: one chat alone must never use up a phone's codes from all chats."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from flows.config import OtpRules, ProgrammeConfig
from flows.otp_limits import Limit, window_hours


def test_the_defaults_let_no_single_chat_reach_a_phones_limit() -> None:
    rules = ProgrammeConfig().otp
    assert (rules.sends_per_number, rules.numbers_per_day, rules.number_max_sends) == (5, 3, 15)
    assert rules.number_max_sends > rules.sends_per_number


def test_a_phones_limit_one_chat_could_reach_alone_is_refused_at_start_up() -> None:
    with pytest.raises(ValidationError, match="number_max_sends"):
        OtpRules(sends_per_number=5, number_max_sends=5)


def test_each_refusal_says_when_to_ask_again() -> None:
    rules = OtpRules(wait_hours=1.5)
    assert window_hours(rules, Limit.CHAT_NUMBER) == 1.5
    assert window_hours(rules, Limit.NUMBER) == 1.5
    assert window_hours(rules, Limit.CHAT_NUMBERS) == 24
