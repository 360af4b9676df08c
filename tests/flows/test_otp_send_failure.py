"""Registration when the SMS with the code could not be sent (the data layer answers None)."""

from __future__ import annotations

from typing import Any

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, views
from flows import queries as q
from flows.registration_checks import otp_digest
from flows.responses import text
from storage.sessions import Session
from tests.flows.drive import turn_replies

CTX = FlowContext(ProgrammeConfig())


class Gateway:
    def __init__(self) -> None:
        self.up = False
        self.sends = 0

    def __call__(self, query: Query) -> Any:
        if isinstance(query, q.NikRegistered | q.ContactInUse):
            return False
        if isinstance(query, q.SendOtp):
            self.sends += 1
            return views.OtpTicket("s", otp_digest("s", "123456"), 4e9) if self.up else None
        raise AssertionError(query)


def drive(session: Session, message: Message, answer: Gateway) -> list[Outbound]:
    return turn_replies(session, message, answer, CTX)


def test_registration_says_the_sms_failed_and_a_resend_works_once_it_is_back() -> None:
    session, gateway = Session(), Gateway()
    for message in (
        Message(payload="flow:registration"),
        Message(payload="opt:yes"),
        Message(text="Siti Rahmawati"),
        Message(text="3273014505010003"),
        Message(text="3273010101150001"),
        Message(text="5 mei 2001"),
    ):
        drive(session, message, gateway)
    failed = drive(session, Message(text="081234567890"), gateway)
    assert failed[0].text == text("id", "sms.failed") and session.step == "otp"
    assert "otp_sends" not in session.profile  # a failed send is not counted
    void = drive(session, Message(text="123456"), gateway)
    assert void[0].text == text("id", "invalid.otp_void")
    gateway.up = True
    sent = drive(session, Message(payload="opt:resend"), gateway)
    assert "0812****90" in sent[0].text and session.profile["otp_sends"] == 1
    drive(session, Message(text="123456"), gateway)
    assert session.step == "email" and gateway.sends == 2
