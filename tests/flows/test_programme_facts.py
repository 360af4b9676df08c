"""Probe 12: questions about the programme itself (a loan to pay back, who runs it, who pays,
whether it still runs), read from the words, and the ministry behind Sisnaker named in a
question about who runs the programme, which is no question about buying on that platform.
The conversations are in ``tests/conversations/programme_re12.yml``."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, Query
from flows import queries as q
from flows.course_platforms import named
from flows.programme_facts import FUNDING, LOAN, RUNNING, WHO, asked
from flows.responses import text
from flows.router import respond
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("said", "kinds"),
    [
        ("prakerja itu utang ya? ntar ditagih ga", [LOAN]),
        ("kalo ga selesai pelatihan disuruh ganti rugi ga", [LOAN]),
        ("itu pinjaman bukan? harus dibalikin ga duitnya", [LOAN]),
        ("is prakerja a loan? do i have to pay it back", [LOAN]),
        ("prakerja itu dari kemnaker ya?", [WHO]),
        ("prakerja program pemerintah apa swasta sih", [WHO]),
        ("yang bayarin siapa", [FUNDING]),
        ("duit prakerja dari mana sih? dari APBN?", [FUNDING]),
        ("masih jalan ga taun 2026 ini", [RUNNING]),
        # a loan wished for, a borrowed phone, one's own debts, a refund: not these questions
        ("kalo pinjol?", []),
        ("mau pinjam uang dong", []),
        ("daftar pake hp pinjaman bisa?", []),
        ("aku punya utang pinjol, bisa daftar prakerja?", []),
        ("kalo pelatihan batal saldonya dikembalikan ga?", []),
        ("pelatihannya jelek, bisa minta ganti rugi?", []),
        # another subject that "still" is about, another organiser
        ("sisa saldo aku masih ada ga?", []),
        ("kartu prakerja aku masih aktif ga", []),
        ("gelombang masih buka ga", []),
        ("yg ngadain pelatihan ini siapa", []),
    ],
)
def test_what_a_message_asks_about_the_programme(said: str, kinds: list[str]) -> None:
    assert asked(said) == kinds


def test_kemnaker_counts_as_the_sisnaker_platform_only_in_a_question_about_buying() -> None:
    kemnaker = named("prakerja itu dari kemnaker ya?")
    assert kemnaker is not None and not kemnaker.plain  # before: plain, so any question
    sisnaker = named("sisnaker bisa?")
    assert sisnaker is not None and sisnaker.plain


def _no_waves(query: Query) -> Any:
    if isinstance(query, q.WaveQuery):
        return None, None
    return None


def test_with_no_wave_open_or_scheduled_the_programme_is_not_said_to_run() -> None:
    message = Message(text="masih jalan ga taun 2026 ini", intent="inform", confidence=0.5, at=AT)
    replies = drive(respond(Session(), message, CTX), _no_waves) or []
    said = "\n".join(reply.text for reply in replies)
    assert text("id", "topic.waves_none") in said
    assert text("id", "kb.programme_running") not in said
