"""Regression (probe 9): "hapus data saya" read the link from the session, while the erasure
reads it from the database. A session without ``participant_id`` (rebuilt, expired, or linked
from another chat) skipped the account-loss warning and the code to the phone on record, and
"Ya" anonymised the participant. The flow now decides from the database's link, and the
erasure is refused when that link changed after the confirmation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, respond, views
from flows import queries as q
from flows.registration_checks import otp_digest
from flows.responses import text
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
CODE = "123456"
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
ACCOUNT_LOST = text("id", "data_deletion.account_lost").strip()


@dataclass
class Database:
    """The data layer as the deletion flow sees it: the chat's link, codes, the erasure."""

    linked: int | None = 7
    changed: bool = False
    seen: list[Query] = field(default_factory=list)

    def __call__(self, query: Query) -> Any:
        self.seen.append(query)
        if isinstance(query, q.ParticipantQuery):
            if self.linked is None:
                return None
            return views.ParticipantView(self.linked, "completed", 0, None, None, 71)
        if isinstance(query, q.SendAccountOtp):  # and the link send, its subclass
            ticket = views.OtpTicket("salt", otp_digest("salt", CODE), AT.timestamp() + 300)
            return views.AccountOtp(ticket, "0812****90")
        if isinstance(query, q.RecordDeletion):
            if self.changed or query.participant_id != self.linked:
                return views.DeletionReceipt(0, False, changed=True)
            return views.DeletionReceipt(11, query.participant_id is not None)
        raise AssertionError(f"unexpected query {query}")

    def asked(self, kind: type[Query]) -> list[Any]:
        return [query for query in self.seen if isinstance(query, kind)]


def say(session: Session, db: Database, said: str, intent: str | None = None) -> str:
    message = Message(text=said, intent=intent, confidence=0.99 if intent else 0.0, at=AT)
    replies: list[Outbound] | None = drive(respond(session, message, CTX), db)
    session.turns += 1
    assert replies is not None
    return "\n".join(reply.text for reply in replies)


def test_a_linked_chat_whose_session_lacks_the_participant_is_warned_and_asked_for_the_code() -> (
    None
):
    session, db = Session(), Database()  # linked in the database, not in this session
    assert session.participant_id is None
    asked = say(session, db, "hapus data saya", "delete_my_data")
    assert ACCOUNT_LOST in asked
    sent = say(session, db, "ya", "affirm")
    assert text("id", "data_deletion.otp.ask") in sent
    assert [query.participant_id for query in db.asked(q.SendAccountOtp)] == [7]
    assert not db.asked(q.RecordDeletion)  # "Ya" alone erases nothing
    done = say(session, db, CODE)
    assert "11" in done and session.flow is None
    assert [query.participant_id for query in db.asked(q.RecordDeletion)] == [7]


def test_a_stale_participant_in_the_session_is_not_what_is_warned_about_or_erased() -> None:
    session, db = Session(), Database(linked=None)
    session.participant_id = 3  # left over: the database links this chat to nobody
    asked = say(session, db, "hapus data saya", "delete_my_data")
    assert ACCOUNT_LOST not in asked
    say(session, db, "ya", "affirm")
    assert not db.asked(q.SendAccountOtp)
    assert [query.participant_id for query in db.asked(q.RecordDeletion)] == [None]


def test_a_link_changed_after_the_confirmation_erases_nothing_and_asks_again() -> None:
    session, db = Session(), Database(linked=None)
    say(session, db, "hapus data saya", "delete_my_data")  # confirmed as an unlinked chat
    db.linked = 7  # ... and the chat is linked before "Ya"
    again = say(session, db, "ya", "affirm")
    assert text("id", "data_deletion.link_changed") in again
    assert ACCOUNT_LOST in again and session.step == "confirm"  # the warning, this time
    assert not db.asked(q.SendAccountOtp)
    say(session, db, "ya", "affirm")
    assert [query.participant_id for query in db.asked(q.SendAccountOtp)] == [7]


def test_a_link_changed_after_the_code_erases_nothing_and_asks_again() -> None:
    session, db = Session(), Database()
    say(session, db, "hapus data saya", "delete_my_data")
    say(session, db, "ya", "affirm")
    db.changed = True  # e.g. relinked from this chat to another account meanwhile
    again = say(session, db, CODE)
    assert text("id", "data_deletion.link_changed") in again
    assert session.flow == "data_deletion" and session.step == "confirm"
    assert "11" not in again
