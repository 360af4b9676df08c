"""A NIK that is not the linked account's, typed inside a longer request ("WOY insentif gw belom
masuk2 udah 2 bulan!!! nik gw 3273014501900003 cek dong"): nothing is looked up by that NIK
(only the linked account's records are ever shown), but the request is still answered, for the
account linked to this chat, after a note saying so. Before, the note alone ("NIK bukan milik
akun itu") and the complaint was lost. A NIK typed alone, or with only "cek dong", keeps the
plain refusal (``flows.my_data.others_nik``)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.messages import Outbound
from flows.records_owner import for_someone_else
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MIN_WORDS = 5
"""Words besides the NIK (and "nik gw", "cek dong") for a request of its own."""
_NIK = re.compile(r"(?<!\d)\d(?:[\s.\-]?\d){15}(?!\d)")
_NIK_SAID = re.compile(
    r"(?:\b(?:nik|no\.? ?ktp|nomor ktp|nmr ktp)\b\s*(?:(?:aku|saya|gw|gue|gua|sy|ku|ak|nya|my|"
    r"is)\s*)*[:=]?\s*)?" + _NIK.pattern,
    re.IGNORECASE,
)
"""The NIK with its words ("nik gw 3273...", "NIK: 3273..."): taken out of the request."""
_FILLER = re.compile(
    r"\b(?:nik|no|nomor|nmr|ktp|aku|saya|gw|gue|gua|sy|ku|ini|itu|cek|cekin|dong|donk|ya|kak|min|"
    r"tolong|please|check|my|is|the)\b"
)
_WORD = re.compile(r"[^\W\d_]{2,}")
_OWN_READINGS = frozenset({"inform", "out_of_scope", "greet", "affirm", "deny", "help"})
"""Readings that are no request of their own."""


def asks_more(turn: FlowTurn) -> bool:
    """The message asks something besides the NIK (an incentive, a complaint)."""
    message = turn.message
    text = _NIK.sub(" ", (message.text or "").lower())
    words = _WORD.findall(_FILLER.sub(" ", text))
    if for_someone_else(text):  # "insentif adik sy ... NIK 3273...": theirs, not looked up
        return False
    return len(words) >= MIN_WORDS and message.intent not in _OWN_READINGS


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The request answered for the linked account, after the note that the NIK typed is not
    that account's and was not used; None when nothing is asked besides the NIK."""
    if not asks_more(turn):
        return None
    from flows.route_text import on_text  # here: the text routes import this module's caller

    message = turn.message
    text = " ".join(_NIK_SAID.sub(" ", message.text or "").split())  # "nik gw 3273...": gone
    entities = tuple(item for item in message.entities if getattr(item, "entity", None) != "nik")
    plain = FlowTurn(turn.session, replace(message, text=text, entities=entities), turn.ctx)
    replies = yield from on_text(plain)
    if not replies:
        return None
    return [Outbound(turn.say("nik_in_story.not_used")), *replies]


__all__ = ["answer", "asks_more"]
