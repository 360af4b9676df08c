"""Linking: the limits that hold across chats, a NIK given before linking started, and a code
that did not arrive (the pure flow; the data layer faked as in test_link_account)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from flows import Message, Query
from flows import queries as q
from flows.link_account import NIK_SAID, remember_nik
from flows.otp_limits import Limit, OtpLimited
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.test_link_account import AT, CTX, NIK, Data, drive, said, start_and_answer, typed


@dataclass
class Limited(Data):
    """The participant's phone already got the most codes allowed (from other chats)."""

    def __call__(self, query: Query) -> Any:
        if isinstance(query, q.SendLinkOtp):
            self.seen.append(query)
            return OtpLimited(Limit.NUMBER)
        return super().__call__(query)


def test_sends_to_the_phone_on_record_are_limited_across_chats() -> None:
    session, data = Session(), Data()
    start_and_answer(session, data)
    sent = data.asked(q.SendLinkOtp)[0]
    assert (sent.participant_id, sent.max_sends, sent.window_seconds) == (21, 15, 7200)
    assert (sent.per_chat, sent.numbers, sent.numbers_window_seconds) == (5, 3, 86400)
    assert (sent.channel, sent.user_id) == ("test", "tester")


def test_a_phone_that_got_too_many_codes_gets_none_and_a_person_is_offered() -> None:
    session, data = Session(), Limited()
    drive(session, Message(payload="flow:link_account", at=AT), data)
    drive(session, typed(NIK), data)
    replies = drive(session, typed("5 mei 2001"), data)
    assert said(replies) == text("id", "link_account.otp_limited.say", hours=2)
    assert [b.title for b in replies[0].buttons] == ["Hubungi petugas", "Menu utama"]
    assert "otp_sends" not in session.profile and session.flow is None  # not this chat's sends


def test_the_data_layer_counts_this_chats_failures_with_the_chats_own_limit() -> None:
    # Regression: the limit asked for was a per-NIK one (10 from all chats), which let anyone
    # who knew a NIK lock its owner out; now only this chat's failures count.
    session, data = Session(), Data()
    start_and_answer(session, data)
    found = data.asked(q.FindAccount)[0]
    assert (found.channel, found.user_id) == ("test", "tester")
    assert (found.max_failures, found.window_seconds) == (CTX.programme.link.max_failures, 7200)


@dataclass(frozen=True)
class _Entity:
    entity: str
    value: str


def _nik_said(session: Session, at_minutes: float = 0) -> None:
    """ "NIK saya 3273..." (the NLU finds the NIK), answered without linking yet."""
    at = AT + timedelta(minutes=at_minutes)
    message = Message(text=f"NIK saya {NIK}", entities=(_Entity("nik", NIK),), at=at)
    remember_nik(FlowTurn(session, message, CTX))


def test_a_nik_given_just_before_is_used_and_said_a_stale_one_is_not() -> None:
    session, data = Session(), Data()
    _nik_said(session)
    started = said(drive(session, Message(payload="flow:link_account", at=AT), data))
    assert text("id", "link_account.nik_noted", nik="3273********0003") in started
    assert session.step == "dob" and NIK_SAID not in session.profile

    stale = Session()
    _nik_said(stale, at_minutes=-31)
    started = said(drive(stale, Message(payload="flow:link_account", at=AT), data))
    assert started == text("id", "link_account.nik.ask") and NIK_SAID not in stale.profile


def test_a_code_that_did_not_arrive_is_about_the_phone_on_record() -> None:
    session, data = Session(), Data()
    start_and_answer(session, data)
    replies = drive(session, typed("kok blm masuk sms nya"), data)
    expected = text("id", "invalid.link_otp_not_arrived", phone="0812****90")
    assert said(replies).startswith(expected) and session.step == "otp"
