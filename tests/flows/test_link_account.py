"""Linking an account registered elsewhere: the pure flow (no database, no event loop)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, respond, views
from flows import queries as q
from flows.link_account import CONTINUE, FAILURES, link_payload
from flows.registration_checks import otp_digest
from flows.responses import text
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())
NIK = "3273014505010003"  # Bandung, a woman born 5 May 2001
CODE = "123456"
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


@dataclass
class Data:
    """Answers the link flow's queries like the data layer would; records what was asked."""

    match: str = "matched"
    ticket: bool = True
    phone_hint: str = "0812****90"
    linked: int | None = None
    seen: list[Query] = field(default_factory=list)

    def __call__(self, query: Query) -> Any:
        self.seen.append(query)
        if isinstance(query, q.ParticipantQuery):
            if self.linked is None:
                return None
            return views.ParticipantView(self.linked, "selected", 3_500_000, None, None, None)
        if isinstance(query, q.FindAccount):
            return views.AccountMatch(self.match, 21 if self.match == "matched" else None)
        if isinstance(query, q.SendAccountOtp):
            sent = views.OtpTicket("salt", otp_digest("salt", CODE), AT.timestamp() + 300)
            return views.AccountOtp(sent if self.ticket else None, self.phone_hint)
        if isinstance(query, q.LinkAccount):
            self.linked = query.participant_id
            return None
        if isinstance(query, q.RecordLinkFailure | q.SetLanguage):
            return None
        if isinstance(query, q.ChatOptedOut):  # the broadcasts' offer after linking
            return False
        raise AssertionError(f"unexpected query {query}")

    def asked(self, kind: type[Query]) -> list[Any]:
        return [query for query in self.seen if isinstance(query, kind)]


def drive(session: Session, message: Message, answer: Callable[[Query], Any]) -> list[Outbound]:
    steps = respond(session, message, CTX)
    try:
        query = next(steps)
        while True:
            query = steps.send(answer(query))
    except StopIteration as done:
        return list(done.value)


def said(replies: list[Outbound]) -> str:
    return "\n".join(reply.text for reply in replies)


def typed(value: str, at: datetime = AT) -> Message:
    return Message(text=value, at=at)


def start_and_answer(session: Session, data: Data, *, dob: str = "5 mei 2001") -> str:
    drive(session, Message(payload="flow:link_account", at=AT), data)
    drive(session, typed(NIK), data)
    return said(drive(session, typed(dob), data))


def test_happy_path_masks_the_phone_and_links_this_chat() -> None:
    session, data = Session(), Data()
    prompt = start_and_answer(session, data)
    assert "0812****90" in prompt and session.step == "otp"
    found = data.asked(q.FindAccount)[0]
    assert found.nik == NIK and found.date_of_birth.isoformat() == "2001-05-05"
    assert NIK not in repr(found)  # personal data stays out of logs and reprs
    replies = drive(session, typed(CODE), data)
    assert text("id", "link_account.linked.say") in said(replies)
    assert data.asked(q.LinkAccount)[0].participant_id == 21
    assert session.participant_id == 21 and session.flow is None and session.slots == {}


def test_unknown_nik_and_wrong_date_of_birth_get_the_same_generic_reply() -> None:
    session, data = Session(), Data(match="mismatch")
    reply = start_and_answer(session, data)
    assert reply == text("id", "link_account.mismatch.say")
    assert "0812" not in reply and not data.asked(q.SendAccountOtp)
    assert len(session.profile[FAILURES]) == 1


def test_a_date_of_birth_that_contradicts_the_nik_is_looked_up_and_counted_with_no_hint() -> None:
    # re13: the local "digits 7 to 12 of the NIK" hint, uncounted, taught a stranger holding
    # someone's NIK where its date of birth is; now the look-up answers it like any miss
    session, data = Session(), Data(match="mismatch")
    reply = start_and_answer(session, data, dob="6 mei 2001")
    assert reply == text("id", "link_account.mismatch.say") and "ke-7" not in reply
    assert data.asked(q.FindAccount)[0].date_of_birth.isoformat() == "2001-05-06"
    assert len(session.profile[FAILURES]) == 1


def test_three_failures_lock_this_chat_out_until_the_window_passes() -> None:
    session, data = Session(), Data(match="mismatch")
    for _ in range(2):
        assert text("id", "link_account.mismatch.say") in start_and_answer(session, data)
    locked = start_and_answer(session, data)
    assert "2 jam" in locked and "terlalu sering gagal" in locked
    again = drive(session, Message(payload="flow:link_account", at=AT), data)
    assert "terlalu sering gagal" in said(again) and session.flow is None
    later = AT + timedelta(hours=2, minutes=1)
    reopened = drive(session, Message(payload="flow:link_account", at=later), data)
    assert text("id", "link_account.nik.ask") in said(reopened)


def test_a_chat_the_data_layer_counts_as_locked_is_locked_here_too() -> None:
    # This chat's failures the session no longer remembers (it expired, or was erased).
    session, data = Session(), Data(match="locked")
    assert start_and_answer(session, data) == text("id", "link_account.locked.say", hours=2)
    assert not data.asked(q.SendAccountOtp)


def test_five_wrong_codes_end_the_attempt_and_count_as_a_failure() -> None:
    session, data = Session(), Data()
    start_and_answer(session, data)
    for left in (4, 3, 2, 1):
        assert f"Sisa percobaan: {left}" in said(drive(session, typed("000000"), data))
    ended = drive(session, typed("000000"), data)
    assert text("id", "link_account.otp_rejected.say") in said(ended)
    failure = data.asked(q.RecordLinkFailure)[0]
    assert (failure.step, failure.channel, failure.user_id) == ("otp", "test", "tester")
    assert NIK not in repr(failure)  # counted against the chat, not the NIK
    assert data.linked is None and session.participant_id is None and session.flow is None


def test_an_expired_code_is_refused_and_a_new_one_can_be_asked_for() -> None:
    session, data = Session(), Data()
    start_and_answer(session, data)
    late = drive(session, typed(CODE, AT + timedelta(minutes=6)), data)
    assert text("id", "invalid.otp_expired") in said(late) and data.linked is None
    resent = drive(session, Message(payload="opt:resend", at=AT), data)
    assert "0812****90" in said(resent) and len(data.asked(q.SendAccountOtp)) == 2
    drive(session, typed(CODE), data)
    assert data.linked == 21


def test_a_failed_sms_says_so_and_does_not_use_up_a_send() -> None:
    session, data = Session(), Data(ticket=False)
    reply = start_and_answer(session, data)
    assert text("id", "sms.failed") in reply and session.step == "otp"
    assert "otp_sends" not in session.profile
    assert text("id", "invalid.otp_void") in said(drive(session, typed(CODE), data))
    data.ticket = True
    drive(session, Message(payload="opt:resend", at=AT), data)
    drive(session, typed(CODE), data)
    assert data.linked == 21


def test_a_participant_without_a_phone_is_sent_to_a_person() -> None:
    session, data = Session(), Data(phone_hint="")
    reply = start_and_answer(session, data)
    assert reply.startswith(text("id", "link_account.no_phone.say")) and data.linked is None


def test_a_chat_that_is_already_linked_is_told_so() -> None:
    session, data = Session(), Data(linked=5)
    replies = drive(session, Message(payload="flow:link_account", at=AT), data)
    assert said(replies) == text("id", "link_account.already.say") and session.flow is None


def test_the_request_that_needed_the_account_is_answered_after_linking() -> None:
    session, data = Session(), Data()
    asked = drive(session, Message(text="saldo saya berapa", intent="training_balance",
                                   confidence=0.99, at=AT), data)  # fmt: skip
    buttons = {button.title: button.payload for reply in asked for button in reply.buttons}
    assert buttons["Hubungkan akun"] == "link:intent:training_balance"
    drive(session, Message(payload="link:intent:training_balance", at=AT), data)
    drive(session, typed(NIK), data)
    drive(session, typed("5 mei 2001"), data)
    replies = drive(session, typed(CODE), data)
    assert "Rp3.500.000" in said(replies) and CONTINUE not in session.profile


def test_only_requests_that_needed_the_account_are_replayed() -> None:
    assert link_payload("intent:training_balance") == "link:intent:training_balance"
    assert link_payload("enrol:12") == "link:enrol:12"
    assert link_payload("intent:delete_my_data") == "flow:link_account"
    assert link_payload(None) == "flow:link_account"
    session, data = Session(), Data()
    drive(session, Message(payload="link:intent:delete_my_data", at=AT), data)
    assert session.flow == "link_account" and "_after" not in session.slots


def test_the_code_typed_at_the_otp_step_gets_no_secret_warning() -> None:
    session, data = Session(), Data()
    start_and_answer(session, data)
    replies = drive(session, typed(f"otp {CODE}"), data)
    assert text("id", "safety.otp") not in said(replies)
    assert data.linked == 21  # "otp 123456": the message's only digits are the code
