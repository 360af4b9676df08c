"""Misuse feared right after a redeem-code answer ("kode sy 'sudah digunakan' pdhl blm pernah
sy pake", then "jangan2 ada yg pake akun saya?", "is someone using my account?"): what to do
if someone else may be in the account (change the password, keep OTP codes to oneself, check
the purchases and the codes' use in the dashboard, a complaint without the codes). Before,
the general account list (OTP resends, forgotten password, phone change)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 14
_SOMEONE = re.compile(
    r"\b(?:ada|ad)\s+(?:yg|yang|org|orang)\b|\borang lain\b|\borg lain\b|\bsomeone\b|"
    r"\bsomebody\b|\banyone\b|\bseseorang\b"
)
_USES = re.compile(
    r"\b(?:pake|pakai|make|memakai|dipake|dipakai|akses\w*|masuk\w*|login|buka|bobol\w*|"
    r"hack\w*|using|use|used|access\w*|into)\b"
)
_ACCOUNT = re.compile(r"\b(?:akun\w*|account\w*|kode\w*|code\w*|kartu\w*|card)\b")
_BROKEN_IN = re.compile(r"\b(?:dibobol|kebobol|dihack|di-hack|dihek|hacked|diretas|dicuri)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The steps for an account that someone else may use; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or just_said(turn) not in (REDEEM, LIVE_CLASS):
        return None
    feared = bool(_SOMEONE.search(text) and _USES.search(text)) or bool(_BROKEN_IN.search(text))
    if not feared or not _ACCOUNT.search(text):
        return None
    remember(turn, REDEEM)
    report = file_complaint(turn, topic="purchase_redeem")
    return [turn.reply("redeem_misuse.steps", report, turn.menu_button())]


__all__ = ["answer"]
