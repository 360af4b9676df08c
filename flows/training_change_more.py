"""Follow-ups right after the answer that a course bought cannot be changed, cancelled or
refunded (``flows.course_bought``, topic ``training_change``): "blm sy redeem kok", "belum
dimulai kok" (still no: unused or not, a course bought stays; DOMAIN.md names no refund), and
"soalnya jadwalnya bentrok sm kerjaan" (the course stays, but a session's time is the training
provider's to move: ask them through the platform). Before, the first got the generic redeem
text and the second "belum paham" and the menu."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS

CHANGE = "training_change"
"""The topic ``flows.course_bought`` remembers for its answer."""
MAX_WORDS = 12
_UNUSED = re.compile(
    r"\b(?:belum|blm|blom|not yet|haven'?t|never|ga|gak|tidak|tdk)\b(?:\s+\w+){0,2}?\s+"
    r"(?:di)?(?:redeem\w*|redem|pake|pakai|dipake|dipakai|mulai|dimulai|ikut|buka|dibuka|"
    r"tukar\w*|started|start|used|use|opened|redeemed)\b"
)
"""Not used yet: "blm sy redeem kok", "belum dimulai", "haven't started it yet"."""
_CLASH = re.compile(
    r"\b(?:bentrok|tabrakan|barengan|ga cocok|gak cocok|nggak cocok|tidak cocok|clash\w*|"
    r"conflict\w*)\b|\b(?:sibuk|kerja\w*|busy|working)\b"
)
"""A clash with one's time: "jadwalnya bentrok sm kerjaan", "soalnya sibuk kerja"."""


_MOVED = re.compile(r"\b(?:pindah\w*|moved?|moving|relocat\w*|merantau|mudik)\b")
"""Moved elsewhere: "I moved to Surabaya", "aku pindah ke Medan"."""
_OFFLINE_CLASS = re.compile(
    r"\b(?:offline|luring|tatap muka|in[- ]person|face to face)\b"
    r"|\b(?:kelas|pelatihan|kursus|course|class|training)\w*\b.{0,30}\b(?:di|in|at)\b"
)
"""An offline class, or one held in a place ("my course is offline in Bandung")."""
_SEARCHING = re.compile(
    r"\b(?:ada|adakah|cari\w*|nyari\w*|any|find|looking|search\w*|recommend\w*)\b"
)
"""A course looked for in the new city ("aku pindah ke medan, ada kelas offline di sana?")."""
MAX_STORY_WORDS = 30


def _moved(text: str) -> bool:
    """One's offline class is in a city one moved away from."""
    short = len(text.split()) <= MAX_STORY_WORDS and not _SEARCHING.search(text)
    return short and bool(_MOVED.search(text) and _OFFLINE_CLASS.search(text))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Still no for a course unused; a clash: the provider about another session; moved away
    from an offline class: the provider about another place or session; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if _moved(text):  # before, the list of courses bought (read as a course search)
        remember(turn, LIVE_CLASS)  # "bisa online aja?" next: the class
        report = file_complaint(turn, topic="provider")
        return [turn.reply("training_change_more.moved", report, turn.menu_button())]
    if len(text.split()) > MAX_WORDS or just_said(turn) != CHANGE:
        return None
    if _UNUSED.search(text):
        remember(turn, CHANGE)
        return [turn.reply("training_change_more.unused", file_complaint(turn), turn.menu_button())]
    if _CLASH.search(text):
        remember(turn, LIVE_CLASS)  # "bisa diundur?" next: the session
        report = file_complaint(turn, topic="provider")
        return [turn.reply("training_change_more.clash", report, turn.menu_button())]
    return None


__all__ = ["answer"]
