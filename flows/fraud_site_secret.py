"""An OTP or password given right after a fake "prakerja" site was named: "I got a WhatsApp
message with link prakerja-gov.id/claim asking my OTP. Is this real?" (not ours, a scam), then
"I already gave the OTP" / "udah aku kasih otp nya". The account may be taken over: the urgent
steps, the report (a fraud, with the story) one tap away. Before, the English one got the OTP
delivery tips ("check your spam folder"). Data alone ("udah isi nik") is ``flows.scam_victim``'s
identity answer."""

from __future__ import annotations

import re

from flows import account_help
from flows.complaint_story import masked
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "scam_victim"
"""``flows.last_answer`` topic: the same as ``flows.scam_victim``'s steps ("lapor kemana")."""
MAX_WORDS = 12
_SECRET = re.compile(r"\b(?:otp\w*|kode|code|sandi|password|pw|pin)\b")
_GIVEN = re.compile(
    r"\b(?:udah|sudah|udh|sdh|dah|terlanjur|telanjur|keburu|already|tadi|td)\b.*\b(?:kasih\w*|"
    r"dikasih|kasi|dikasi|kirim\w*|dikirim|beri\w*|isi|diisi|ngisi|masukin|masukkan|input|"
    r"given|gave|sent|shared|entered|typed|filled|told)\b"
    r"|\b(?:i|i've|i have)\s+(?:\w+\s+)?(?:gave|given|sent|shared|entered|typed|filled|told)\b"
    r"|\b(?:ku|ter)(?:kasih|kasi|kirim|isi)\w*\b"
)
"""Already handed over: "I already gave the OTP", "udh aku kasih", "terlanjur isi"."""
_NOT_GIVEN = re.compile(r"\b(?:belum|blm|not yet|haven'?t|didn'?t)\b")
_HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b")
_OFFICIAL = "prakerja.go.id"


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The account's urgent steps for an OTP or password given on a fake site just named;
    None otherwise (outside a form only)."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not _SECRET.search(text) or not _GIVEN.search(text):
        return None
    if _NOT_GIVEN.search(text) or not _fake_site_before(turn):
        return None
    remember(turn, TOPIC)
    recent = [str(said) for said in (turn.session.profile.get("recent") or [])[-2:]]
    lead = turn.say("complaints.secret_given")
    return account_help.taken_over(turn, topic="fraud", story=masked(" ".join(recent)), lead=lead)


def _fake_site_before(turn: FlowTurn) -> bool:
    """The message before this one named an unofficial "prakerja" site."""
    recent = turn.session.profile.get("recent") or []
    hosts = _HOST.findall(str(recent[-2]).lower()) if len(recent) >= 2 else []
    return any("prakerja" in host and not _official(host) for host in hosts)


def _official(host: str) -> bool:
    return host == _OFFICIAL or host.endswith("." + _OFFICIAL)


__all__ = ["TOPIC", "answer"]
