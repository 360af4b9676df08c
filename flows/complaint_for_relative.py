"""Helping a relative complain ("saya boleh bantu ngadu atas nama ibu?", "boleh ga aku bikin
pengaduan buat bapak aku?"): yes, one may help write it, but the account stays theirs: the
complaint gives the account owner's details, their password and OTP are never shared, and an
account's own data are shown only in a chat linked to it (DOMAIN.md "Never ask for, never
store"). Before, "atas nama ibu" was read as a payout account in another's name."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.eligibility_relatives import kin_of
from flows.messages import Outbound
from flows.payout_owner import RELATIVE
from flows.runtime.machine import FlowTurn

MAX_WORDS = 20
_COMPLAINT = re.compile(
    r"\b(?:ngadu\w*|mengadu\w*|pengaduan\w*|aduan\w*|lapor\w*|komplain\w*|complain\w*|"
    r"report\w*)\b"
)
_FOR = re.compile(
    rf"\b(?:atas nama|an|a\.n\.?|buat|untuk|utk|wakil|mewakili|wakilin|bantu\w*|for|"
    rf"on behalf of)\s+(?:(?:si|my|kan|in)\s+)?{RELATIVE}\b"
    rf"|\b(?:bantu\w*|help\w*)\s+(?:\w+\s+){{0,3}}?{RELATIVE}\b"
)
"""The complaint made for a relative ("atas nama ibu", "buat bapak aku", "bantu ibu ngadu")."""
_MAY = re.compile(r"\?|\b(?:boleh|blh|bisa|bs|bisakah|bolehkah|can|could|may|gimana|gmn)\b")


def asks(lowered: str) -> bool:
    """``lowered`` asks whether one may complain for a relative."""
    if len(lowered.split()) > MAX_WORDS or not _COMPLAINT.search(lowered):
        return False
    return _FOR.search(lowered) is not None and _MAY.search(lowered) is not None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Yes, with whose details go in it and what is never shared; None: not asked."""
    if turn.message.payload is not None:
        return None
    lowered = " ".join((turn.message.text or "").lower().split())
    if not asks(lowered):
        return None
    kin = kin_of(lowered)
    key = f"eligibility.kin.{kin}" if kin and kin != "other" else "eligibility.kin_ahead.someone"
    said = turn.say("complaint_for_relative.may", kin=turn.say(key))
    return [Outbound(said, (file_complaint(turn), turn.menu_button()))]


__all__ = ["answer", "asks"]
