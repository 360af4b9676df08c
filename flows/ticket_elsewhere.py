"""A complaint made through another channel, with no ticket in this chat: "lho aku udh lapor
kemarin lewat email" right after "no complaint has been filed from this chat". This chat sees
only the tickets made here (or in a chat linked to the same Prakerja account), so that report's
number and status are in the replies of the channel it went through; a complaint can be made
here too. "yaudah bikin disini aja" right after starts it. Before: "Jawabannya masih sama
seperti tadi" and the same "no complaint" line, then a did-you-mean."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step
from flows.validators import ticket_reference

TOPIC = "ticket_elsewhere"
"""``flows.last_answer`` topic: a report made elsewhere was just explained."""
MAX_WORDS = 16
_REPORTED = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|uda|pernah|kemarin|kmrn|kemaren|tadi|td|already)\b.{0,30}"
    r"\b(?:lapor\w*|ngadu\w*|mengadu\w*|komplain\w*|complain\w*|kirim\w*|ngirim\w*|report\w*|"
    r"(?:bikin|buat) (?:tiket|pengaduan|laporan)|sent|filed|emailed)\b"
    r"|\bi(?: have|'ve| had|'d)?(?: already)? (?:reported|complained|sent|filed|emailed|called"
    r"|submitted)\b"
)
"""A report already made: "aku udh lapor kemarin", "udah kirim", "I already reported", "I
reported it"; not "I want to complain" (no report made yet)."""
_ABOUT_CODES = re.compile(r"\b(?:otp|kode|code|link|tautan|verifikasi|kirim ulang|resend)\b")
"""A code or link that was (re)sent, not a report: "otp email udah kirim ulang 5x"."""
_REPORT_VERB = re.compile(r"\b(?:lapor|ngadu|mengadu|adu|komplain|complain|report|pengaduan|tiket)")
_CHANNELS = (
    ("email", re.compile(r"\b(?:e-?mail\w*|imel|surel)\b")),
    (
        "phone",
        re.compile(
            r"\b(?:telp\w*|telepon\w*|telpon\w*|telfon\w*|nelpon\w*|call ?cent\w*|"
            r"callcenter|hotline|0800\S*|phone|called)\b"
        ),
    ),
    (
        "web",
        re.compile(
            r"\b(?:web|website|web prakerja|situs|form\w*|formulir|pusat bantuan|help ?cent\w*|"
            r"live ?chat|prakerja\.go\.id|dashboard)\b"
        ),
    ),
    ("other_chat", re.compile(r"\b(?:wa|whatsapp|telegram|tele|chat lain|other chat)\b")),
)
"""The channel it went through, named in the message."""
_HERE = re.compile(
    r"\b(?:bikin\w*|buat\w*|lapor\w*|ngadu\w*|ajuin|ajukan|isi|file|make|create|report)\b"
    r"|\b(?:di ?sini|disini|dsini|here)\b|^\W*(?:ya+|iya+|y|ok\w*|oke\w*|boleh|mau|yes|sure)\b"
)
"""Making it here after all: "yaudah bikin disini aja", "buat di sini", "boleh"."""


def channel(text: str) -> str | None:
    """The other channel a report already made went through, or None."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or not _REPORTED.search(lowered):
        return None
    if _ABOUT_CODES.search(lowered) and not _REPORT_VERB.search(lowered):
        return None  # "otp email udah kirim ulang 5x ga dateng": the code's help
    return next((name for name, words in _CHANNELS if words.search(lowered)), None)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Where such a report's number and status are, and a complaint here offered; the complaint
    started when it is wished for right after; None otherwise or when this chat has a ticket."""
    message = turn.message
    text = message.text or ""
    if message.payload is not None or turn.session.flow is not None or ticket_reference(text):
        return None
    if just_said(turn) == TOPIC and _HERE.search(text.lower()) and len(text.split()) <= 8:
        return (yield from _start(turn))
    went = channel(text)
    if went is None:
        return None
    tickets = yield MyTickets(message.channel, message.user_id)
    if tickets:
        return None  # theirs are here: the status answer lists them
    remember(turn, TOPIC)
    turn.session.misses = 0
    via = turn.say(f"ticket_elsewhere.via_{went}")
    return [turn.reply("ticket_elsewhere.say", file_complaint(turn), turn.menu_button(), via=via)]


def _start(turn: FlowTurn) -> Step:
    from flows.flow_table import FLOWS  # here: the flow table imports the forms
    from flows.route_hooks import hooks  # (and the router's readers import this module)

    return (yield from runner.start(FLOWS["complaints"], turn, hooks()))


__all__ = ["TOPIC", "answer", "channel"]
