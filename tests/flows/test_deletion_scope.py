"""Regression (probe 9): a request for part of the data ("hapus riwayat chat aja, akun jangan",
"hapus nomor hp aja bisa?", "aku tarik persetujuan data pribadi", "tanggal lahir di data ku
salah, mau benerin") got the full account-erasure confirmation (or a clarifying question
offering it). Each now gets what the assistant can do for that part, before any erasure."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, respond, views
from flows import queries as q
from flows.responses import text
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)


@dataclass
class Database:
    linked: int | None = 7
    seen: list[Query] = field(default_factory=list)

    def __call__(self, query: Query) -> Any:
        self.seen.append(query)
        if isinstance(query, q.ParticipantQuery):
            if self.linked is None:
                return None
            return views.ParticipantView(self.linked, "completed", 0, None, None, 71)
        if isinstance(query, q.SetSubscription):
            return None
        if isinstance(query, q.ChatOptedOut):  # a read: whether broadcasts are stopped
            return False
        raise AssertionError(f"unexpected query {query}")  # no code sent, nothing erased


def say(
    session: Session, db: Database, said: str, intent: str, confidence: float = 0.99
) -> list[Outbound]:
    message = Message(text=said, intent=intent, confidence=confidence, at=AT,
                      ranking=((intent, confidence),))  # fmt: skip
    replies = drive(respond(session, message, CTX), db)
    session.turns += 1
    assert replies is not None
    return replies


def said(replies: list[Outbound]) -> str:
    return "\n".join(reply.text for reply in replies)


def labels(replies: list[Outbound]) -> list[str]:
    return [button.title for reply in replies for button in reply.buttons]


def test_only_the_chat_history_of_a_linked_chat_is_explained_and_nothing_erased() -> None:
    session, db = Session(), Database()
    replies = say(session, db, "hapus riwayat chat aja, akun jangan", "delete_my_data")
    assert said(replies) == text("id", "data_deletion.scope.chat_linked")
    assert "Hapus data saya" in labels(replies) and session.flow is None


def test_only_the_chat_history_of_an_unlinked_chat_is_what_erasing_does_there() -> None:
    session, db = Session(), Database(linked=None)
    replies = said(say(session, db, "hapus riwayat chat aja, akun jangan", "delete_my_data"))
    assert replies.startswith(text("id", "data_deletion.scope.chat_unlinked"))
    assert text("id", "data_deletion.account_lost").strip() not in replies
    assert session.step == "confirm"


@pytest.mark.parametrize(
    ("message", "language"),
    [("hapus nomor hp aja bisa?", "id"), ("hapus email aja", "id"),
     ("can you delete just my phone number?", "en")],
)  # fmt: skip
def test_one_detail_gets_how_to_change_it_not_the_erasure(message: str, language: str) -> None:
    session, db = Session(), Database()
    session.language = language
    replies = say(session, db, message, "delete_my_data", 0.91)
    assert said(replies) == text(language, "data_deletion.scope.field")
    assert "Profil > Ubah Nomor Handphone" in said(replies)
    assert session.flow is None


def test_withdrawn_consent_for_ads_stops_the_broadcasts_and_erases_nothing() -> None:
    session, db = Session(), Database()
    asked = say(session, db, "aku tarik persetujuan data pribadi", "delete_my_data")
    assert said(asked) == text("id", "data_deletion.consent.ask")
    assert labels(asked)[:2] == ["Berhenti langganan", "Hapus data saya"]
    done = say(session, db, "maksudnya jangan dipake buat iklan", "out_of_scope", 0.16)
    assert said(done) == text("id", "data_deletion.unsubscribed.say")
    stops = [query for query in db.seen if isinstance(query, q.SetSubscription)]
    assert stops == [q.SetSubscription("test", "tester", False)] and session.flow is None


def test_withdrawn_consent_for_everything_goes_to_the_full_warning() -> None:
    session, db = Session(), Database()
    say(session, db, "mau cabut izin data pribadi", "delete_my_data")
    asked = said(say(session, db, "hapus semua aja", "delete_my_data"))
    assert text("id", "data_deletion.account_lost").strip() in asked
    assert session.step == "confirm"


def test_a_wrong_date_of_birth_gets_how_to_correct_it_not_a_question_offering_erasure() -> None:
    session, db = Session(), Database()
    replies = say(
        session, db, "tanggal lahir di data ku salah, mau benerin", "delete_my_data", 0.29
    )
    assert said(replies) == text("id", "data_deletion.scope.correct")
    assert "Hapus data saya" not in labels(replies)
    assert "Buat pengaduan" in labels(replies) and session.flow is None


@pytest.mark.parametrize(
    "message", ["hapus data saya", "tolong hapus data saya", "hapus akun prakerja saya",
                "hapus chat dan data saya", "hapus data saya termasuk nomor hp"],
)  # fmt: skip
def test_erasing_everything_still_gets_the_full_confirmation(message: str) -> None:
    session, db = Session(), Database()
    asked = said(say(session, db, message, "delete_my_data"))
    assert text("id", "data_deletion.account_lost").strip() in asked
    assert session.step == "confirm"


def test_withdrawn_consent_in_english_is_understood_in_english() -> None:
    session, db = Session(), Database()
    session.language = "en"
    asked = say(session, db, "I withdraw my consent", "delete_my_data")
    assert said(asked) == text("en", "data_deletion.consent.ask")
    done = say(session, db, "I mean don't use it for ads", "out_of_scope", 0.2)
    assert said(done) == text("en", "data_deletion.unsubscribed.say")
