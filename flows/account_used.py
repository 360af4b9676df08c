"""The account taken over: said so ("dibajak", "hacked"), or told without those words: a
purchase the participant did not make ("ada yg beli pelatihan pake akun aku, bukan aku yg
beli!!"), the account "dipake orang lain", a login from a phone or device that is not theirs
("ada login dari hp lain", "someone logged in from another phone"). Read as a take-over
(``flows.account_help``'s urgent steps), not as the balance, an OTP that does not arrive or a
redeem code. Asked, not told ("boleh ga akun aku dipake orang lain?"), it is not."""

from __future__ import annotations

import re

from flows.turn import Message

_HIJACKED = re.compile(
    r"\b(?:dibajak|kebajak|terbajak|bajak|dihack|di-hack|di hack|kena hack|kena hek|diretas|"
    r"dibobol|kebobol|dijebol|"
    r"teretas|hacked|hijacked|taken over)\b"
    r"|\b(?:orang lain|org lain|seseorang|someone|somebody|someone else|somebody else)\b.{0,30}"
    r"\b(?:ganti|ubah|masuk|login|pakai|pake|changed|logged|signed)\b.{0,20}"
    r"\b(?:email|akun|sandi|password|account)\b"
    r"|\b(?:login|log in|masuk|logged in|signed in)\b.{0,40}\b(?:bukan (?:aku|saya|gue|gw|sy)|"
    r"not me|wasn'?t me)\b"
)
"""Somebody else took the account over ("akun aku dibajak orang, email udh diganti", "my account
was hijacked", "ada yg login ke akun aku, bukan aku")."""
_ME = r"(?:aku|saya|gue|gw|gua|sy|ak|ku)"
_OTHERS = r"(?:orang lain|org lain|orng lain|orang|org|seseorang|ada yg|ada yang|someone|somebody)"
_USED = re.compile(
    rf"\b{_OTHERS}\b.{{0,25}}\b(?:beli|belanja|membeli|bought|purchased|redeem)\w*\b.{{0,40}}"
    r"\b(?:pake|pakai|pakek|dengan|lewat|with|using|from|on)\s+(?:my\s+)?(?:akun|account)\b"
    rf"|\bbukan {_ME} (?:yg|yang) (?:beli|belanja|login|masuk|pake|pakai|ganti|redeem)\b"
    rf"|\b(?:akun|account)\w*(?:\s+prakerja)?(?:\s+{_ME})?\s+(?:kayanya\s+|kayaknya\s+|sepertinya\s+)?"
    rf"(?:dipake|dipakai|dipakek|digunakan|diakses|dimasukin|being used|used|accessed)\b"
    rf".{{0,15}}\b(?:{_OTHERS}|by someone|by somebody|by a stranger)\b"
    r"|\b(?:login|log in|masuk|logged in|signed in)\b.{0,15}\b(?:dari|di|pake|from|on)\s+"
    r"(?:hp|perangkat|device|phone|handphone|lokasi|location)\s+(?:lain|asing|orang)\b"
    r"|\b(?:login|log in|logged in|signed in)\b.{0,15}\b(?:from|on)\s+(?:another|a different|"
    r"an unknown|a strange|someone else'?s)\s+(?:phone|device|location)\b"
)
_ASKED = re.compile(
    r"\b(?:boleh|bolehkah|bisakah|apakah bisa|bisa ga|bisa gak|bisa nggak|can|could|may|is it "
    r"ok|allowed)\b[^.!]*\?"
)
"""A question whether it may be done ("boleh ga akun aku dipake orang lain?")."""


def hijacked(message: Message) -> bool:
    """The account taken over, whatever the NLU read ("someone hacked my account and changed
    the email": account access, but the payout change took "changed"; "my account was
    hijacked": inform; "somebody else logged into my account": a complaint; "ada yg beli
    pelatihan pake akun aku, bukan aku yg beli": the balance; "akun aku dipake orang lain, ada
    login dari hp lain": an OTP)."""
    lowered = " ".join((message.text or "").lower().split())
    return bool(_HIJACKED.search(lowered)) or used_by_others(lowered)


def used_by_others(lowered: str) -> bool:
    """``lowered`` (lower case, spaces single) tells that someone else used the account."""
    if _USING.search(lowered) and "?" not in lowered and not _FEARED.search(lowered):
        return True  # "ada yg pake akun aku kayaknya": told, not feared ("jangan2 ...?")
    return bool(_USED.search(lowered)) and not _ASKED.search(lowered)


_USING = re.compile(
    rf"\b{_OTHERS}\s+(?:\w+\s+)?(?:pake|pakai|pakek|make|memakai|menggunakan|is using|"
    rf"using)\s+(?:akun|account)(?:\s+prakerja)?\s*(?:{_ME}|my)?\b"
)
"""Someone else using the account, told ("ada yg pake akun aku kayaknya")."""
_FEARED = re.compile(r"\b(?:jangan ?2|jangan-jangan|jgn2|apa|apakah|takut)\b")


__all__ = ["hijacked", "used_by_others"]
