"""A ticket's status asked in words the NLU reads as something else: "min insentif aku blm
masuk juga, laporan aku gimana" (incentive_status 0.52, complaint_status 0.48) asks how the
report about it is going. When this chat has a ticket, the status answer (its tickets with
their numbers) is given, not "which one do you mean?" nor a new complaint."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime.machine import FlowTurn
from flows.subscription_status import asks_still_sent
from flows.turn import Ask, Step

INTENT = "complaint_status"
_REPORT = r"(?:laporan|pengaduan|aduan|tiket|komplain|keluhan|complaint|ticket|report)(?:nya|ku)?"
_OWN = r"(?:\s+(?:aku|saya|sy|aq|gw|gue|q|kemarin|kmrn|tadi|td|yg kemarin|yang kemarin|my))*"
_HOW = (
    r"(?:gimana|gmn|gmna|gimna|bagaimana|gimn|sampai mana|sampe mana|sampai mn|sampe mn|"
    r"udah sampai|udh sampe|apa kabar|kabarnya|statusnya|udah diproses|udh diproses|"
    r"sudah diproses|diproses (?:ga|gak|belum|blm)|ditanggapi (?:ga|gak|belum|blm)|"
    r"how(?:'s| is)? it going|any (?:news|update))"
)
ASKS = re.compile(
    r"\b" + _REPORT + _OWN + r"\s+(?:\w+\s+)?" + _HOW + r"\b"
    r"|\b(?:gimana|gmn|bagaimana|kabar|status|update)\s+(?:\w+\s+)?" + _REPORT + _OWN + r"\b"
    r"|\b(?:status|update) (?:of |on )?my (?:complaint|ticket|report)\b"
    r"|\b(?:kabar|balesan|balasan|jawaban|respon|tanggapan)\w*\s+(?:\w+\s+)?(?:dari|dr|dri)\s+"
    r"(?:petugas|admin|cs|staff?)\b"
    r"|\b(?:petugas|admin|cs)\w*\s+(?:udah|udh|sudah|dah)\s+(?:bales|balas|jawab|respon)\w*\b"
    r"|\b(?:did|has|have)\s+(?:the\s+)?(?:staff|agent|admin|team|cs|anyone|someone|they)\w*"
    r"\s+(?:already\s+|ever\s+)?(?:repl(?:y|ied)|answer(?:ed)?|respond(?:ed)?|get back)\b"
    r"|\b(?:any|a)\s+(?:reply|replies|answer|response)\s+(?:yet\s+)?(?:from|by)\s+(?:the\s+)?"
    r"(?:staff|agent|admin|team|cs)\b"
)
"""How a report is going: "laporan aku gimana", "tiketnya udah sampai mana", "gmn kabar
pengaduan aku", "any update on my complaint"; news from staff ("ada kabar ga dr petugas",
"petugasnya udh bales blm", "did the staff reply?", "any reply from staff yet")."""


_NEW = re.compile(r"\b(?:bikin|bkin|buat|membuat|cara\w*|baru|how (?:do|to|can)|file|make|new)\b")
"""How to file one ("bikin laporan gimana caranya"): the complaint, not a status."""


def asks(text: str) -> bool:
    lowered = " ".join(text.lower().split())
    return bool(ASKS.search(lowered)) and not _NEW.search(lowered)


def answer(
    turn: FlowTurn, answer_intent: Callable[[FlowTurn, str], Step]
) -> Ask[list[Outbound] | None]:
    """The ticket status answer (``answer_intent``: the router's answer to an intent) when the
    message asks how a report is going, was read otherwise and this chat has a ticket; else
    None."""
    message = turn.message
    text = message.text or ""
    if message.payload is not None or turn.session.flow is not None:
        return None
    if message.intent == INTENT or not asks(text):
        return None  # read as the status already: its own path answers
    if asks_still_sent(turn):  # "kalo berhenti, kabar pengaduan aku masih dikirim ga?": yes,
        return None  # ticket news still comes (``flows.subscription_status``), no ticket list
    tickets = yield MyTickets(message.channel, message.user_id)
    if not tickets:
        return None
    return (yield from answer_intent(turn, INTENT))


__all__ = ["ASKS", "answer", "asks"]
