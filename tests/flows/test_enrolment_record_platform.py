"""Asked "pelatihan yg aku beli itu di platform apa?", the list names each course's platform
from its enrolment record (which carries it), with no catalogue query: a course renamed, offered
twice or no longer offered still shows where it was bought."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from flows import FlowContext, Message, ProgrammeConfig, Query, views
from flows import queries as q
from flows.helpers import answered_first
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
BOUGHT = [
    views.EnrolmentView("Barista (nama lama)", "purchased", AT, None, False, platform="Pijar"),
    views.EnrolmentView("Menjahit Dasar", "rated", AT, AT, True, AT),  # no platform known
]


def test_the_platform_comes_from_the_record_without_another_query() -> None:
    seen: list[Query] = []

    def records(query: Query) -> Any:
        seen.append(query)
        if isinstance(query, q.ParticipantQuery):
            return views.ParticipantView(7, "enrolled", 0, None, None, 71)
        if isinstance(query, q.EnrolmentsQuery):
            return BOUGHT
        raise AssertionError(f"unexpected query {query}")

    message = Message(
        text="pelatihan yg aku beli itu di platform apa?",
        intent="course_search",
        confidence=0.99,
        at=AT,
    )
    replies = drive(answered_first(FlowTurn(Session(), message, CTX), "course_search"), records)

    assert replies is not None
    lines = "\n".join(reply.text for reply in replies).splitlines()
    where = text("id", "kb.my_course_platform", platform="Pijar")
    assert any("Barista (nama lama)" in line and line.endswith(where) for line in lines)
    assert not any("Menjahit Dasar" in line and "Pijar" in line for line in lines)
    assert [type(query) for query in seen] == [q.ParticipantQuery, q.EnrolmentsQuery]
