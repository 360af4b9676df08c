"""Questions about one's own records that the NLU reads as a broader intent ("pelatihan apa aja
yg udh sy beli" as a course search, "data saya apa aja yg disimpan" as erasure), answered from the
records by ``flows.helpers.answered_first`` before that intent's flow or general answer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, views
from flows import queries as q
from flows.helpers import answered_first
from flows.my_courses import asks_my_courses
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
BOUGHT = views.EnrolmentView("Barista Profesional", "purchased", AT, None, False)


@dataclass
class Records:
    """Answers the queries like the data layer would, for one linked participant (or none)."""

    linked: bool = True
    status: str = "enrolled"
    enrolments: list[views.EnrolmentView] = field(default_factory=lambda: [BOUGHT])
    seen: list[Query] = field(default_factory=list)

    def __call__(self, query: Query) -> Any:
        self.seen.append(query)
        if isinstance(query, q.ParticipantQuery):
            return views.ParticipantView(7, self.status, 0, None, None, 71) if self.linked else None
        if isinstance(query, q.EnrolmentsQuery):
            return self.enrolments
        if isinstance(query, q.PersonalDataQuery):
            if not self.linked:
                return None
            return views.PersonalDataView(
                "Siti N.", "3273********0003", "0812****90", "s***@gmail.com", "3273"
            )
        raise AssertionError(f"unexpected query {query}")


def ask(said: str, intent: str, records: Records) -> list[Outbound] | None:
    turn = FlowTurn(Session(), Message(text=said, intent=intent, confidence=0.99, at=AT), CTX)
    return drive(answered_first(turn, intent), records)


def said(replies: list[Outbound] | None) -> str:
    assert replies is not None
    return "\n".join(reply.text for reply in replies)


@pytest.mark.parametrize(
    "message",
    ["pelatihan apa aja yg udh sy beli", "riwayat pelatihan sy", "kursus saya apa aja",
     "pelatihan yang sudah saya beli apa saja", "lihat pelatihanku dong",
     "what courses did i buy", "my courses", "riwayat pembelian pelatihan",
     "kelas yg sy ikuti apa aja"],
)  # fmt: skip
def test_which_trainings_were_bought_lists_them_instead_of_a_course_search(message: str) -> None:
    records = Records()
    reply = said(ask(message, "course_search", records))
    assert text("id", "kb.my_courses_header") in reply and "Barista Profesional" in reply
    assert "2 Maret 2026" in reply and text("id", "enrolment_status.purchased") in reply
    assert text("id", "kb.my_courses_where") in reply  # where the codes are, never the codes


@pytest.mark.parametrize(
    "message",
    ["pelatihan apa aja yang bagus buat saya", "cari pelatihan barista", "mau beli pelatihan",
     "pelatihan apa aja yg mau sy beli", "pelatihan yg belum dibeli apa aja",
     "pelatihan saya yang cocok apa"],
)  # fmt: skip
def test_a_search_for_a_training_to_buy_is_left_to_the_search(message: str) -> None:
    assert not asks_my_courses(message)
    records = Records()
    assert ask(message, "course_search", records) is None and records.seen == []


def test_an_unlinked_chat_is_offered_to_link_its_account() -> None:
    replies = ask("pelatihan apa aja yg udh sy beli", "course_search", Records(linked=False))
    assert said(replies) == text("id", "kb.not_linked")
    assert replies is not None and replies[0].buttons[0].payload == "flow:link_account"


def test_no_training_bought_says_so_with_the_courses_one_tap_away() -> None:
    records = Records(status="selected", enrolments=[])
    replies = ask("riwayat pelatihan sy", "course_search", records)
    assert said(replies) == text("id", "kb.my_courses_none")
    assert replies is not None and replies[0].buttons[0].payload == "flow:course_choice"


@pytest.mark.parametrize(
    "message", ["data saya apa aja yg disimpan", "liat data diri sy dong", "cek data pribadi saya"]
)
def test_the_data_held_is_listed_masked_with_erasure_one_tap_away(message: str) -> None:
    replies = ask(message, "delete_my_data", Records())
    reply = said(replies)
    for shown in ("Siti N.", "3273********0003", "0812****90", "s***@gmail.com", "Bandung"):
        assert shown in reply
    assert replies is not None and replies[0].buttons[0].payload == "flow:data_deletion"


def test_an_unlinked_chat_asking_for_its_data_gets_how_data_is_kept() -> None:
    replies = ask("data saya apa aja yg disimpan", "delete_my_data", Records(linked=False))
    kept = text("id", "kb.my_data_unlinked").split("{")[0]  # what this chat keeps, first
    assert said(replies).startswith(kept)
    assert said(replies).endswith(text("id", "kb.privacy"))


@pytest.mark.parametrize("message", ["hapus data saya", "data saya aman ga?"])
def test_erasure_and_safety_are_not_a_listing(message: str) -> None:
    records = Records()
    replies = ask(message, "delete_my_data", records)
    assert q.PersonalDataQuery not in {type(query) for query in records.seen}
    assert replies is None or said(replies) == text("id", "kb.privacy")
