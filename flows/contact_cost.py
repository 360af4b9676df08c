"""Two short questions about reaching Prakerja, whatever the NLU read: whether calling costs
anything ("bayar ga nelpon kesitu?" right after the call centre's number, or "nelpon 0800
bayar ga?": no, it is the toll-free line, DOMAIN.md "toll-free contact centre"; before: a
"which one?" menu), and where to turn ("oke kalo gitu hubungi kemana", "trus aku lapor
kemana": the official channels; before: a payout-account answer or "glad to help"). Both
record the contact topic, so "email nya apa" next is the channels' email answer
(``flows.contact_follow_ups``)."""

from __future__ import annotations

import re

from flows.contact_follow_ups import TOPIC, said
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

MAX_WORDS = 10
"""Short questions; a longer message tells a story of its own."""
_BARE_COST = 5
"""Right after the number, a cost asked bare ("is it free?", "bayar ga?") is the call's."""

_COST = re.compile(
    r"\b(?:bayar\w*|berbayar|gratis|free|pulsa\w*|biaya\w*|tarif\w*|charge\w*|dicharge|"
    r"kena\s+(?:biaya|potong\w*|pulsa)|motong\s+pulsa|dipotong|cost\w*|paid|pay)\b"
)
_CALL = re.compile(
    r"\b(?:nelpon\w*|nelepon\w*|telpon\w*|telepon\w*|telp|menelepon|ditelpon|call\w*|"
    r"0800[\d\s-]*|hotline|cs)\b"
)
"""A call named ("nelpon kesitu", "telpon ke 0800", "calling")."""
_THERE = re.compile(
    r"0800|\b(?:kesitu|ke\s+situ|kesana|ke\s+sana|call\s*cent\w*|cs|hotline|bebas\s+pulsa|"
    r"toll[- ]free|nomor\s+(?:itu|tsb|tersebut|prakerja)|prakerja)\b"
)
"""The line named, or pointed at ("kesitu", "ke 0800", "call center prakerja")."""
_WHERE = re.compile(
    r"\b(?:hubungi\w*|hubungin\w*|menghubungi|kontak\w*|ngontak|nelpon\w*|telpon\w*|"
    r"lapor\w*|ngadu\w*|mengadu|tanya\w*|nanya\w*|minta\s+tolong|contact)\s+"
    r"(?:\w+\s+)?(?:kemana|ke\s+mana|kmn|kmana|dimana|di\s+mana|dmn|siapa|sapa|mana)\b"
    r"|\b(?:kemana|ke\s+mana|kmn)\s+(?:\w+\s+)?(?:hubungi\w*|hubungin\w*|menghubungi|kontak\w*|"
    r"lapor\w*|ngadu\w*|mengadu|nanya\w*)\b"
    r"|\bwho\s+(?:do|should|can)\s+i\s+(?:contact|call|ask)\b|\bwhere\s+(?:do|should|can)\s+i\s+"
    r"(?:go|turn|report|complain)\b"
)
"""Where to turn asked ("hubungi kemana", "trus lapor ke mana", "who do I contact")."""
_TOPICAL = re.compile(
    r"\b(?:lembaga|lpk|provider|platform|bank|dana|ovo|gopay|linkaja|shopeepay|dukcapil|"
    r"disdukcapil|kelurahan|rt|rw|polisi|penipu\w*)\b"
)
"""Another party named ("hubungi lembaganya kemana"): read by that topic's own answers."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The cost of a call or where to turn, else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or _TOPICAL.search(text):
        return None
    contact = turn.ctx.programme.contact_centre
    after_contact = just_said(turn) == TOPIC
    calling = bool(_CALL.search(text)) and (after_contact or bool(_THERE.search(text)))
    calling = calling or (after_contact and len(text.split()) <= _BARE_COST)  # "is it free?"
    if _COST.search(text) and calling:
        said(turn)  # "email nya apa" next: still the channels
        return [turn.reply("contact_cost.free", turn.menu_button(), contact_centre=contact)]
    if _WHERE.search(text) and not _follows_up(turn, text):
        said(turn)
        person = turn.button("common.talk_to_person", controls.HUMAN)
        facts = turn.ctx.programme.facts()
        return [turn.reply("kb.contact", person, turn.menu_button(), **facts)]
    return None


def _follows_up(turn: FlowTurn, text: str) -> bool:
    """Where to turn asked of the answer just given, which reads it itself ("laporin kemana"
    after a fraud warning: the fraud report, ``flows.follow_ons``)."""
    from flows.follow_ons import FOLLOW_UPS  # here, not at the top: it imports the readers

    found = FOLLOW_UPS.get(just_said(turn) or "")
    return found is not None and bool(found[0].search(text))


__all__ = ["answer"]
