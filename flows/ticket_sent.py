"""Whether a complaint just filed went through ("udh kekirim kan?", "udah terkirim belum?",
"was it sent?"): yes, with the reference of the ticket this chat filed last and how to check
its status. Before, the NLU's guesses were followed: "Maksud kamu yang mana? Berhenti
langganan", or the incentive's timing. A bare question about the status soon after ("what's
the status?", "statusnya gimana?") is shown that ticket's status (``status``), not asked
"which one do you mean?"."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import my_data
from flows.complaint_ticket import FILED_AT, FILED_REFERENCE
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.ticket_reply_typed import REPLIED_AT, REPLIED_REFERENCE
from flows.turn import Ask, within_context_of

_SENT = frozenset(
    {"kekirim", "terkirim", "tekirim", "dikirim", "kirim", "kirimnya", "tercatat", "kecatat",
     "dicatat", "diterima", "keterima", "sent", "submitted", "recorded", "received",
     "filed", "through"}
)  # fmt: skip
"""Words saying the complaint went through ("masuk" is not one: after an incentive's complaint,
"udah masuk belum?" may ask about the money)."""
_AROUND = frozenset(
    {"udh", "udah", "sudah", "sdh", "dah", "uda", "udeh", "blm", "belum", "blom", "kan", "ya",
     "yah", "ga", "gak", "gk", "nggak", "ngga", "kah", "sih", "min", "kak", "dong", "nih", "tuh",
     "beneran", "bener", "benar", "apa", "apakah", "jadi", "tadi", "yg", "yang", "itu", "nya",
     "tiket", "tiketnya", "pengaduan", "pengaduannya", "pengaduanku", "aduan", "aduannya",
     "laporan", "laporannya", "laporanku", "komplain", "komplainnya", "aku", "ku", "saya", "sy",
     "was", "is", "has", "have", "been", "it", "my", "the", "complaint", "report", "ticket",
     "did", "does", "go", "get", "you", "already", "yet", "properly", "successfully", "really",
     "ok", "okay", "oke"}
)  # fmt: skip
"""Words such a question may hold besides: tense, a question tag, the complaint named."""
_ASKS = re.compile(r"[?？]|\b(?:kan|belum|blm|blom|ga|gak|gk|kah|apa|apakah|was|is|has|did)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """ "Yes, it is recorded under PRK-..." to a bare "was it sent?" soon after filing, or
    after information was sent to a ticket ("yes, it went into PRK-..."); the ticket's number
    again to "PRK berapa tadi" soon after filing; else None."""
    text = turn.message.text or ""
    replied = _replied_just_before(turn)
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    if replied is not None and asks_if_sent(text):
        return [turn.reply("complaints.reply_sent", status, turn.menu_button(), reference=replied)]
    reference = _filed_just_before(turn)
    if reference is not None and asks_reference(text):
        return [
            turn.reply(
                "complaints.reference_again", status, turn.menu_button(), reference=reference
            )
        ]
    if reference is None or not asks_if_sent(text):
        return None
    return [turn.reply("complaints.sent", status, turn.menu_button(), reference=reference)]


def _replied_just_before(turn: FlowTurn) -> str | None:
    """The ticket this chat sent information to, when that came after its last filing and is
    within the context window, for a typed message."""
    profile = turn.session.profile
    reference = profile.get(REPLIED_REFERENCE)
    replied_at = float(profile.get(REPLIED_AT) or 0)
    if not reference or replied_at < float(profile.get(FILED_AT) or 0):
        return None
    if turn.message.payload is not None or not within_context_of(replied_at, turn.message.at):
        return None
    return str(reference)


_REFERENCE = re.compile(
    r"^\W*(?:(?:eh|oh|btw|kak|min|maaf)\W+)*(?:prk|no|nomor|nomer|nmr|number)(?:nya)?\W*"
    r"(?:(?:tiket|tiketnya|tiketku|pengaduan\w*|laporan\w*|ticket|my|the|ticket)\W+)?"
    r"(?:(?:aku|ku|saya|sy|gw)\W+)?(?:berapa|brp|apa|apaan|what)\b(?:\W+(?:tadi|td|ya|yah|sih|"
    r"kak|min|lupa|again))*\W*$"
    r"|^\W*(?:lupa|forgot)\W+(?:prk|nomor|nomer|no|number)(?:nya)?\W*(?:(?:tiket\w*|"
    r"pengaduan\w*|ticket|my|the)\W*)*(?:tadi|td)?\W*$"
)
"""The ticket's number asked again: "PRK berapa tadi", "nomor tiketnya apa ya", "no tiket aku
brp", "lupa nomornya"."""


def asks_reference(text: str) -> bool:
    return bool(_REFERENCE.search(" ".join(text.lower().split())))


def status(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The status of the ticket filed just before, to a bare "what's the status?"."""
    reference = _filed_just_before(turn)
    if reference is None or not asks_status(turn.message.text or ""):
        return None
    asked = FlowTurn(turn.session, replace(turn.message, text=reference), turn.ctx)
    return (yield from my_data.ticket_status(asked))


def _filed_just_before(turn: FlowTurn) -> str | None:
    """The reference of the ticket this chat filed, if within the context window, for a
    typed message."""
    profile = turn.session.profile
    reference = profile.get(FILED_REFERENCE)
    filed_at = float(profile.get(FILED_AT) or 0)
    if not reference or not within_context_of(filed_at, turn.message.at):
        return None
    return None if turn.message.payload is not None else str(reference)


_STATUS = frozenset({"status", "statusnya", "statusny", "state"})
_STATUS_AROUND = _AROUND | frozenset(
    {"what", "whats", "s", "the", "its", "how", "now", "gimana", "gmn", "gmna", "bagaimana",
     "cek", "check", "sekarang", "skrg", "lihat", "liat", "tolong", "please", "so", "any",
     "update", "on"}
)  # fmt: skip


def asks_status(text: str) -> bool:
    """ "what's the status?", "statusnya gimana?", "cek status dong": the status asked for,
    nothing else named ("status insentif aku?" is about the incentive)."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words or len(words) > 6:
        return False
    return any(word in _STATUS for word in words) and all(
        word in _STATUS or word in _STATUS_AROUND for word in words
    )


def asks_if_sent(text: str) -> bool:
    """A short question whether it went through, naming nothing else ("insentifnya udah
    dikirim?" is about the incentive)."""
    lowered = text.lower()
    words = re.findall(r"[^\W\d_]+", lowered)
    if not words or len(words) > 8 or not _ASKS.search(lowered):
        return False
    return any(word in _SENT for word in words) and all(
        word in _SENT or word in _AROUND for word in words
    )


__all__ = ["answer", "asks_if_sent", "asks_reference", "asks_status", "status"]
