"""Is this real? A link or a message said to come from Prakerja ("ada link
prakerja-gov.id/daftar di grup wa, asli ga?", "dpt sms katanya lolos, beneran ga?"): only
prakerja.go.id is official, and only the dashboard tells a result. A report of such a site or
message stays a complaint (fraud). This chat itself doubted ("ini beneran akun resmi? kok minta
NIK"): what it asks for and why, what it never asks for, and where to check. An official
address typed alone or as a short follow-up ("https://www.prakerja.go.id" after a fake site's
warning, "kalo dashboard.prakerja.go.id?"): yes, official (before: "belum paham" or
"Maksud kamu yang mana?")."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.fraud import asks_only
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

INTENTS = (
    "registration_status", "program_info", "out_of_scope", "help", "register", "bot_challenge",
    "inform", "check_eligibility", "wave_schedule", "account_access", "payment_account",
    "incentive_status", "training_balance", "benefits_info", "greet", "complaint",
)  # fmt: skip
"""The intents such a question is read as; read as a complaint, only a question ("ada web
prakerja-gel75.site minta bayar 25rb, asli ga?"): a report ("mau lapor web palsu") files a
ticket."""

OFFICIAL = "prakerja.go.id"
_HOST = re.compile(r"(?<![\w@.-])((?:[a-z0-9-]+\.)+[a-z]{2,})(?=[/\s:?#,)]|$)")
_ASKS_REAL = re.compile(
    r"\b(?:asli|beneran|bener|benar|resmi|hoax|hoaks|palsu|penipuan|nipu|real|legit|official|"
    r"genuine|fake|scam)\b"
)
_FROM_SOMEONE = re.compile(
    r"\b(?:sms|wa|whatsapp|telepon|telpon|ditelpon|ditelepon|dm|pesan|chat|email|message|call)"
)
_CLAIMED = re.compile(
    r"\b(?:lolos|terpilih|diterima|selected|menang|hadiah|cair|dicairkan|bonus|won)\b"
)

_THIS_CHAT = re.compile(
    r"\b(?:akun|chat|bot|admin|nomor|kamu|you|account)\b.{0,30}\b(?:asli|beneran|bener|"
    r"benar|resmi|real|legit|official|genuine)\b|\b(?:minta|meminta|nanya|nanyain|ask\w*)\b.{0,12}"
    r"\b(?:nik|ktp|kk|data)\b"
)
"""This chat itself doubted: "ini beneran akun resmi prakerja?", "kok minta NIK", "is this
the official account?"."""


_BARE = frozenset(
    {"kalo", "kalau", "klo", "kl", "yg", "yang", "ini", "itu", "kak", "min", "gmn",
     "gimana", "bagaimana", "how", "what", "about", "and", "dan", "juga", "jg", "ya", "sih",
     "dong", "web", "website", "situs", "link", "alamat", "the", "ok", "oke", "oh", "terus",
     "trs", "nah", "or", "atau", "apa", "aman", "gak", "ga", "kan", "is", "this", "that",
     "https", "http", "www", "site", "address", "kah"}
)  # fmt: skip
"""Words around an official address that ask nothing else ("kalo ... ?", "yg ini aman kan?")."""
MAX_BARE_WORDS = 6


def _bare_official(lowered: str, hosts: list[str]) -> bool:
    """Only official addresses, with nothing asked but whether they are ("kalo <host>?")."""
    if not hosts or not all(_official(host) for host in hosts):
        return False
    rest = re.findall(r"[^\W\d_]+", _URL.sub(" ", lowered))
    return len(rest) <= MAX_BARE_WORDS and all(word in _BARE for word in rest)


_URL = re.compile(r"(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?")


def _official(host: str) -> bool:
    return host == OFFICIAL or host.endswith("." + OFFICIAL)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    lowered = (turn.message.text or "").lower()
    if turn.message.intent == "complaint" and not asks_only(lowered):
        return None  # "mau lapor web palsu ...": the complaint flow takes the report
    asks_real = bool(_ASKS_REAL.search(lowered))
    hosts = _HOST.findall(lowered)
    unofficial = [host for host in hosts if not _official(host)]
    if unofficial and (asks_real or any("prakerja" in host for host in unofficial)):
        report = file_complaint(turn, topic="fraud")  # a fake site: not the link it names
        return [turn.reply("kb.fake_site", report, turn.menu_button(), site=unofficial[0])]
    if hosts and not asks_real and _bare_official(lowered, hosts):  # "kalo dashboard.prakerja..?"
        return [turn.reply("kb.official_host", turn.menu_button(), host=hosts[0])]
    if hosts and asks_real:
        return [turn.reply("kb.official_site", turn.menu_button())]
    if asks_real and _FROM_SOMEONE.search(lowered) and _CLAIMED.search(lowered):
        report = file_complaint(turn)
        return [turn.reply("kb.check_dashboard", report, turn.menu_button())]
    if asks_real and _THIS_CHAT.search(lowered):  # "ini beneran akun resmi? kok minta NIK"
        contact = turn.ctx.programme.contact_centre
        return [turn.reply("kb.this_chat_official", turn.menu_button(), contact_centre=contact)]
    return None


__all__ = ["INTENTS", "OFFICIAL", "answer"]
