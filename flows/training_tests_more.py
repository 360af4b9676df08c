"""A training's final test failed, asked in words whatever the NLU reads ("ujian akhirnya
gagal, bisa ngulang ga?" read as cancel got the registration's aptitude test): the training's
tests answer (``flows.training_tests``), read among the topical readers before the
registration's test is; right after it, "kalo ga lulus sertifikat ga keluar dong?": the
certificate comes only once the provider reports the training passed (DOMAIN.md "Courses"),
so retaking the test is asked of the provider."""

from __future__ import annotations

import re

from flows import training_tests
from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 14
_FAILED = re.compile(
    r"\b(?:gagal|ga lulus|gak lulus|gk lulus|nggak lulus|ngga lulus|tidak lulus|tdk lulus|"
    r"belum lulus|blm lulus|ga lolos|tidak lolos|fail\w*|didn'?t pass|not pass\w*)\b"
)
_CERTIFICATE = re.compile(r"\b(?:sertifikat\w*|sertif|certificate\w*|cert)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The training's tests (a final test named); no pass, no certificate after it."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS:
        return None
    after = just_said(turn) == training_tests.TOPIC
    if after and _FAILED.search(text) and _CERTIFICATE.search(text):
        remember(turn, training_tests.TOPIC)
        report = file_complaint(turn, topic="provider")
        return [turn.reply("training_tests_more.no_certificate", report, turn.menu_button())]
    if _FAILED.search(text) and training_tests.asks(text):
        return training_tests.answer(turn)
    return None


__all__ = ["answer"]
