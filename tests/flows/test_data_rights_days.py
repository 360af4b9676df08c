"""How long chats and evidence are kept is said as configured, not as a fixed 365 days."""

from __future__ import annotations

from datetime import UTC, datetime

from flows import FlowContext, Message, ProgrammeConfig
from flows.data_rights import reply
from flows.runtime.machine import FlowTurn
from storage.sessions import Session

AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


def _said(ctx: FlowContext, lang: str) -> str:
    session = Session(language=lang)
    turn = FlowTurn(session, Message(text="chat aku disimpan brp lama", at=AT), ctx)
    return reply(turn, "retention").text


def test_the_retention_answer_follows_the_configured_days() -> None:
    said = _said(FlowContext(ProgrammeConfig(), chat_days=90, evidence_days=30), "id")
    assert "paling lama 90 hari" in said and "disimpan 30 hari" in said
    english = _said(FlowContext(ProgrammeConfig(), chat_days=90, evidence_days=30), "en")
    assert "at most 90 days" in english and "kept 30 days" in english


def test_the_defaults_are_the_configured_defaults() -> None:
    assert "paling lama 365 hari" in _said(FlowContext(ProgrammeConfig()), "id")
