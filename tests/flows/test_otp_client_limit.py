"""The network client a message came from (the web chat's opaque tag) reaches the data layer's
code limits, and its refusal reads like the chat's own budget, with a word that a shared network's
codes are counted together (a carrier's NAT, a campus Wi-Fi): the pure flows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows import Message, Query
from flows import queries as q
from flows.config import OtpRules
from flows.otp_limits import SLOTS, Limit, OtpLimited, window_hours
from flows.responses import text
from storage.sessions import Session
from tests.flows import test_registration_otp_refusals as registration
from tests.flows.test_link_account import AT, NIK, Data, drive, said

TAG = "k3yed-tag-of-a-browser"


@dataclass
class RefusingClient(Data):
    def __call__(self, query: Query) -> Any:
        if isinstance(query, q.SendLinkOtp):
            self.seen.append(query)
            return OtpLimited(Limit.CLIENT)
        return super().__call__(query)


def _link(data: Data, client: str | None, language: str = "id") -> str:
    session = Session(language=language)
    drive(session, Message(payload="flow:link_account", at=AT, client=client), data)
    drive(session, Message(text=NIK, at=AT, client=client), data)
    return said(drive(session, Message(text="5 mei 2001", at=AT, client=client), data))


def test_the_web_chat_client_is_asked_about_with_its_limit() -> None:
    data = Data()
    _link(data, TAG)
    (sent,) = data.asked(q.SendLinkOtp)
    assert (sent.client, sent.per_client) == (TAG, OtpRules().sends_per_client) == (TAG, 10)
    assert TAG not in repr(sent)  # a keyed tag of an address: not in logs either


def test_a_message_without_a_client_is_not_held_per_client() -> None:
    data = Data()  # Telegram, WhatsApp, the console: no client
    _link(data, None)
    (sent,) = data.asked(q.SendLinkOtp)
    assert (sent.client, sent.per_client) == ("", 0)


def _shared(language: str) -> str:
    return " " + text(language, "otp_network.shared")


def test_a_client_refusal_says_codes_were_sent_too_often_from_a_shared_network() -> None:
    assert SLOTS[Limit.CLIENT] == "otp_blocked"
    assert window_hours(OtpRules(), Limit.CLIENT) == 2
    linked = _link(RefusingClient(), TAG)
    assert linked == text("id", "link_account.otp_blocked.say", hours=2, network=_shared("id"))
    assert "jaringan" in linked and "prakerja.go.id" in linked
    english = _link(RefusingClient(), TAG, "en")
    assert english == text("en", "link_account.otp_blocked.say", hours=2, network=_shared("en"))


def test_a_client_refusal_ends_a_registration_with_the_wait() -> None:
    session = Session()
    replies = registration.up_to_code(session, registration.Refusing(Limit.CLIENT))
    wanted = text("id", "registration.otp_blocked.say", hours=2, network=_shared("id"))
    assert said(replies) == wanted
    assert session.flow is None


def test_the_chats_own_budget_says_nothing_of_a_shared_network() -> None:
    session = Session()
    replies = registration.up_to_code(session, registration.Refusing(Limit.CHAT_NUMBER))
    assert "jaringan" not in said(replies)
