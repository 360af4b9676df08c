"""What linking says when the data layer refuses a code for this chat's own limits (the pure
flow; the data layer faked as in test_link_account): friendly, the wait, and a person."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from flows import Message, Query
from flows import queries as q
from flows.otp_limits import Limit, OtpLimited
from flows.responses import text
from storage.sessions import Session
from tests.flows.test_link_account import AT, NIK, Data, drive, said, typed


@dataclass
class Refusing(Data):
    limit: Limit = Limit.CHAT_NUMBER

    def __call__(self, query: Query) -> Any:
        if isinstance(query, q.SendLinkOtp):
            self.seen.append(query)
            return OtpLimited(self.limit)
        return super().__call__(query)


@pytest.mark.parametrize(
    ("limit", "key", "hours"),
    [
        (Limit.CHAT_NUMBER, "link_account.otp_asked_often.say", 2),
        (Limit.CHAT_NUMBERS, "link_account.otp_many_numbers.say", 24),
        (Limit.NUMBER, "link_account.otp_limited.say", 2),
    ],
)
def test_a_refused_code_says_which_wait_and_offers_a_person(
    limit: Limit, key: str, hours: int
) -> None:
    session, data = Session(), Refusing(limit=limit)
    drive(session, Message(payload="flow:link_account", at=AT), data)
    drive(session, typed(NIK), data)
    replies = drive(session, typed("5 mei 2001"), data)
    assert said(replies) == text("id", key, hours=hours)
    assert [b.title for b in replies[0].buttons] == ["Hubungi petugas", "Menu utama"]
    assert session.flow is None and "otp_sends" not in session.profile  # not counted here
    assert NIK not in said(replies)


def test_the_refusals_are_said_in_english_too() -> None:
    session, data = Session(language="en"), Refusing(limit=Limit.CHAT_NUMBERS)
    drive(session, Message(payload="flow:link_account", at=AT), data)
    drive(session, typed(NIK), data)
    replies = drive(session, typed("5 May 2001"), data)
    assert said(replies) == text("en", "link_account.otp_many_numbers.say", hours=24)
