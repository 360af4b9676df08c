"""The account's email (its verification link, changing it) gets its own answer, not the
e-wallet's upgrade nor the general account list; "data apa aja yg dihapus?" right after an
erasure says what was erased and kept instead of asking to erase again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, Query, respond, views
from flows import queries as q
from flows.account_email import answer as email_answer
from flows.last_answer import remember
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


def message(said: str, intent: str, at: datetime = AT) -> Message:
    return Message(text=said, intent=intent, confidence=0.99, at=at)


def routed(session: Session, said: str, intent: str, data: Any = None, at: datetime = AT) -> str:
    replies = drive(respond(session, message(said, intent, at), CTX), data or _no_query)
    session.turns += 1  # after the turn, as the engine counts
    assert replies is not None
    return "\n".join(reply.text for reply in replies)


def _no_query(query: Query) -> Any:
    raise AssertionError(f"unexpected query {query}")


def _no_tickets(query: Query) -> Any:
    """A statement naming a problem looks for a ticket waiting for the participant's answer
    (``flows.ticket_reply_guess``): this chat has none."""
    if isinstance(query, q.MyTickets):
        return []
    return _no_query(query)


@pytest.mark.parametrize(
    ("said", "key"),
    [
        ("link verifikasi email udh kadaluarsa", "kb.verify_email"),
        ("link aktivasi email expired", "kb.verify_email"),
        ("email verifikasi ga masuk", "kb.verify_email"),
        ("my email verification link expired", "kb.verify_email"),
        ("mau ganti email akun prakerja", "kb.change_email"),
        ("gmn cara ubah email", "kb.change_email"),
        ("how do I change my email", "kb.change_email"),
    ],
)
def test_the_email_verification_link_and_an_email_change_get_their_own_answer(
    said: str, key: str
) -> None:
    session = Session()
    lang = "en" if said.startswith(("my", "how")) else "id"
    session.language = lang
    assert routed(session, said, "account_access", _no_tickets).startswith(text(lang, key))


def test_changing_the_email_and_the_phone_gets_both_answers() -> None:
    answered = routed(Session(), "mau ganti email dan no hp", "account_access")
    assert text("id", "kb.change_phone_steps") in answered
    assert text("id", "kb.change_email") in answered


def test_changing_the_phone_still_gets_the_phone_answer() -> None:
    answered = routed(Session(), "gmn cara ubah no hp", "account_access")
    assert answered.startswith(text("id", "kb.change_phone"))
    assert text("id", "kb.change_email") not in answered


@pytest.mark.parametrize(
    "said",
    [
        "akun aku dibajak orang, email udh diganti sm dia",  # the taken-over account's steps
        "kode verifikasi email ga masuk",  # the login code, not the link
        "verifikasi wajah gagal terus",  # the face check
        "gopay aku blm verifikasi, wajib ya?",  # the e-wallet's upgrade
        "mau ganti email di akun dana",  # the e-wallet's own account
        "mau ganti password email",  # the email's password
    ],
)
def test_other_verifications_and_changes_are_left_to_their_answers(said: str) -> None:
    turn = FlowTurn(Session(), message(said, "account_access"), CTX)
    assert email_answer(turn) is None


def _unlinked_chat(query: Query) -> Any:
    """The deletion flow looks up the chat's link in the database: linked to no one here."""
    if isinstance(query, q.ParticipantQuery):
        return None
    raise AssertionError(f"unexpected query {query}")


def _erasing(query: Query) -> Any:
    if isinstance(query, q.RecordDeletion):
        return views.DeletionReceipt(5, False)
    raise AssertionError(f"unexpected query {query}")


def test_asking_what_was_erased_right_after_erasing_gets_what_was_erased_and_kept() -> None:
    session = Session()
    routed(session, "hapus data saya", "delete_my_data", _unlinked_chat)
    assert "nomor 5" in routed(session, "ya", "affirm", _erasing)
    later = AT + timedelta(seconds=30)
    answered = routed(session, "data apa aja yg dihapus?", "delete_my_data", at=later)
    assert answered == text("id", "data_deletion.recorded_what", hours="2 jam")
    assert session.flow is None


def _just_erased() -> Session:
    """A participant's session right after their erasure was answered."""
    session = Session()
    session.turns = 4
    remember(FlowTurn(session, message("ya", "affirm"), CTX), "data_erased")
    session.turns += 1
    return session


def test_a_participant_asking_right_after_erasing_gets_their_own_account_s_answer() -> None:
    session = _just_erased()
    later = AT + timedelta(seconds=30)
    answered = routed(session, "yg masih disimpan apa aja?", "delete_my_data", at=later)
    assert answered == text("id", "data_deletion.erased_what", hours="2 jam")


def test_another_question_right_after_erasing_is_not_about_the_erasure() -> None:
    session = _just_erased()
    later = AT + timedelta(seconds=30)
    answered = routed(session, "kamu bot ya?", "bot_challenge", at=later)
    assert answered != text("id", "data_deletion.erased_what", hours="2 jam")


def test_erasing_again_later_asks_to_confirm_again() -> None:
    session = Session()
    routed(session, "hapus data saya", "delete_my_data", _unlinked_chat)
    routed(session, "ya", "affirm", _erasing)
    asked = routed(session, "hapus data saya", "delete_my_data", _unlinked_chat)
    assert "Yakin mau hapus?" in asked
