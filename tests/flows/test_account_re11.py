"""Probe 10 fixes (re11): an email "belum terverifikasi" gets the verification link's answer; a
login that fails ("logout login ttp gbs") what to check; "oh gitu ya" at "did this help?" is
an okay; "kapan bisa?" right after "staff are off duty" says when they are back."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, Query, respond
from flows import queries as q
from flows.account_help import cant_log_in
from flows.fix_acknowledged import noted
from flows.handoff import back_when
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
MONDAY_EVENING = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # 19:00 WIB, staff off duty
"""Staff (Monday–Friday 08.00–17.00 WIB) are back on Tuesday 1 December at 08.00."""


def _answer(query: Query) -> Any:
    if isinstance(query, q.MyTickets):
        return []  # a statement naming a problem looks for a ticket awaiting an answer
    return None


def routed(session: Session, said: str, intent: str, at: datetime = MONDAY_EVENING) -> str:
    message = Message(text=said, intent=intent, confidence=0.99, at=at)
    replies = drive(respond(session, message, CTX), _answer)
    session.turns += 1  # after the turn, as the engine counts
    return "\n".join(reply.text for reply in replies or [])


@pytest.mark.parametrize(
    "said",
    [
        "email aku belum terverifikasi, gimana ya",
        "email blm diverifikasi",
        "emailku belum di verifikasi",
        "belum terverifikasi emailnya",
        "email ga bisa diverifikasi",
    ],
)
def test_an_email_said_not_verified_gets_the_verification_link(said: str) -> None:
    answered = routed(Session(), said, "account_access")
    assert answered.startswith(text("id", "kb.verify_email"))


def test_an_email_not_verified_in_english_gets_the_verification_link() -> None:
    session = Session()
    session.language = "en"
    answered = routed(session, "my email is not verified", "account_access")
    assert answered.startswith(text("en", "kb.verify_email"))


def test_an_email_verified_already_still_gets_how_to_log_in() -> None:
    answered = routed(
        Session(), "email sudah terverifikasi, trus gimana login nya?", "account_access"
    )
    assert answered.startswith(text("id", "kb.login_steps"))


@pytest.mark.parametrize(
    ("said", "fails"),
    [
        ("logout login ttp gbs", True),
        ("udh gw cb logout login ttp gbs", True),
        ("gabisa login", True),
        ("ga bisa masuk akun prakerja", True),
        ("login dashboard tetep gagal", True),
        ("I can't log in to my account", True),
        ("lupa password ga bisa login", False),  # the forgotten password's own answer
        ("ga bisa masuk kelas", False),  # a class, not the account
        ("otp ga masuk2", False),  # the code does not arrive: no login failing named
        ("insentif belum masuk", False),
    ],
)
def test_a_login_that_fails_is_told_from_other_account_problems(said: str, fails: bool) -> None:
    message = Message(text=said, intent="account_access", confidence=0.99, at=MONDAY_EVENING)
    assert cant_log_in(message) is fails


def test_a_login_that_fails_gets_what_to_check() -> None:
    answered = routed(Session(), "logout login ttp gbs", "account_access")
    assert answered.startswith(text("id", "kb.login_trouble"))
    assert text("id", "kb.account_still_stuck") in answered


@pytest.mark.parametrize(
    ("said", "acknowledges"),
    [
        ("oh gitu ya", True),
        ("oh gitu", True),
        ("ohh begitu ya kak", True),
        ("oalah kak", True),
        ("gitu ya", True),
        ("oh, I see", True),
        ("ok", False),  # a yes at "did this help?"
        ("gitu doang?", False),
        ("oh gitu, terus gimana?", False),
        ("tidak", False),
    ],
)
def test_an_acknowledgment_is_told_from_a_yes_or_a_no(said: str, acknowledges: bool) -> None:
    assert noted(said) is acknowledges


def _at_fix(session: Session) -> None:
    routed(session, "mau buat pengaduan", "complaint")
    replies = drive(
        respond(session, Message(payload="opt:ktp_face", at=MONDAY_EVENING), CTX), _answer
    )
    session.turns += 1
    assert replies is not None
    assert (session.flow, session.step) == ("complaints", "fix")


def test_oh_gitu_at_did_this_help_is_an_okay_not_a_no() -> None:
    session = Session()
    _at_fix(session)
    answered = routed(session, "oh gitu ya", "deny")
    assert answered == text("id", "complaints.fix_noted")
    assert session.flow is None


@pytest.mark.parametrize(
    ("at", "said"),
    [
        (datetime(2026, 11, 30, 12, 0, tzinfo=UTC), "besok, Selasa, 1 Desember 2026 pukul 08.00"),
        (datetime(2026, 11, 30, 22, 0, tzinfo=UTC), "hari ini, Selasa, 1 Desember 2026 pukul"),
        (datetime(2026, 12, 4, 12, 0, tzinfo=UTC), "Senin, 7 Desember 2026 pukul 08.00 WIB"),
    ],
)
def test_when_staff_are_back_names_today_or_tomorrow(at: datetime, said: str) -> None:
    turn = FlowTurn(Session(), Message(text="halo", at=at), CTX)
    assert back_when(turn).startswith(said)


def test_when_asked_right_after_staff_are_off_duty_the_return_comes_first() -> None:
    session = Session()
    routed(session, "mau ngobrol sama CS", "human_agent")
    answered = routed(session, "yaudah kapan bisa?", "training_balance")
    assert answered.startswith("Petugas di chat ini kembali besok, Selasa, 1 Desember 2026")
    assert "belum bisa memasukkanmu ke antrean petugas" in answered


def test_leaving_a_message_right_after_staff_are_off_duty_is_answered() -> None:
    session = Session()
    routed(session, "mau ngobrol sama CS", "human_agent")
    answered = routed(session, "bisa tinggalin pesan?", "unsubscribe")
    assert answered.startswith("Petugas di chat ini kembali besok")
    assert text("id", "kb.contact_hours")[:20] not in answered
