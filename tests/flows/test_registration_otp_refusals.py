"""What registration says when the data layer refuses a code for a typed number: which limit,
how long to wait, and a person (like linking), never the deletion flow's words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, views
from flows import queries as q
from flows.otp_limits import Limit, OtpLimited
from flows.responses import text
from storage.sessions import Session
from tests.flows.drive import turn_replies

CTX = FlowContext(ProgrammeConfig())
PHONE = "081234567890"


@dataclass
class Refusing:
    limit: Limit

    def __call__(self, query: Query) -> Any:
        if isinstance(query, q.NikRegistered | q.ContactInUse):
            return False
        if isinstance(query, q.SendOtp):
            return OtpLimited(self.limit)
        raise AssertionError(query)


def drive(session: Session, message: Message, answer: Refusing) -> list[Outbound]:
    return turn_replies(session, message, answer, CTX)


def up_to_code(session: Session, data: Refusing, dob: str = "5 mei 2001") -> list[Outbound]:
    for message in (
        Message(payload="flow:registration"),
        Message(payload="opt:yes"),
        Message(text="Siti Rahmawati"),
        Message(text="3273014505010003"),
        Message(text="3273010101150001"),
        Message(text=dob),
    ):
        drive(session, message, data)
    return drive(session, Message(text=PHONE), data)


@pytest.mark.parametrize(
    ("limit", "key", "hours"),
    [
        (Limit.CHAT_NUMBER, "registration.otp_asked_often.say", 2),
        (Limit.CHAT_NUMBERS, "registration.otp_many_numbers.say", 24),
        (Limit.NUMBER, "registration.otp_limited.say", 2),
    ],
)
def test_a_refused_code_says_which_limit_and_offers_a_person(
    limit: Limit, key: str, hours: int
) -> None:
    session = Session()
    replies = up_to_code(session, Refusing(limit))
    said = "\n".join(reply.text for reply in replies)
    assert said == text("id", key, hours=hours)
    assert said != text("id", "registration.otp_blocked.say", hours=hours, network="")
    assert "Hubungi petugas" in [b.title for b in replies[-1].buttons]
    assert session.flow is None and "otp_sends" not in session.profile  # not counted
    assert PHONE not in said and "dihapus" not in said


def test_the_refusals_are_said_in_english_too() -> None:
    session = Session(language="en")
    replies = up_to_code(session, Refusing(Limit.CHAT_NUMBERS), dob="5 May 2001")
    said = "\n".join(reply.text for reply in replies)
    assert said == text("en", "registration.otp_many_numbers.say", hours=24)
    assert "deleted" not in said


def test_registration_texts_are_its_own() -> None:
    for name in ("otp_asked_often", "otp_many_numbers", "otp_limited"):
        for language in ("id", "en"):
            said = text(language, f"registration.{name}.say", hours=2)
            assert said != text(language, f"data_deletion.{name}.say", hours=2)
            assert said != text(language, f"link_account.{name}.say", hours=2)
        assert "Datamu belum dihapus" not in text("id", f"registration.{name}.say", hours=2)


def test_a_refused_send_has_one_type_only() -> None:
    # The data layer answers a refused send with ``OtpLimited``; the older view is gone.
    assert not hasattr(views, "OtpRefused")
