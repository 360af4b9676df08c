"""Short replies right after a fraud warning that are neither a question nor a report: the money
needed all the same ("lha aku butuh duit e je" after "the balance is no cash": the incentive is
the cash part, paid to one's own account), or the offer turned down ("yowes ora sido", "ok ga
jadi deh": the right call, and the report still one tap away). Before, both fell to "Maksud
kamu yang mana?" or the out-of-scope menu (``flows.fraud_follow_ups``)."""

from __future__ import annotations

import re

NEEDS_MONEY = re.compile(
    r"\b(?:butuh|perlu|btuh|butuh\w*|need|needs)\s+(?:\w+\s+)?(?:duit|uang|doku|money|cash)\b"
    r"|\b(?:lagi|lg|sedang)\s+(?:butuh|bokek|kepepet|susah|ga punya (?:duit|uang))\b"
    r"|\b(?:kepepet|bokek|cekak|lagi susah)\b"
)
"""The money needed all the same: "aku butuh duit", "lagi kepepet", "i need the money"."""
DROPPED = re.compile(
    r"^\W*(?:(?:ok\w*|oke|sip|yaudah|yauda|ya udah|yowes|yo wes|wes|ywdh|ydh|iya|ya|baik|"
    r"siap|alright|fine|okay|wkwk\w*|haha\w*|hehe\w*|deh|dah|lah|aja)\W+){0,3}"
    r"(?:(?:aku|saya|gue|gw|ak|i'?ll|i)\s+)?(?:ga|gak|gk|nggak|ngga|"
    r"enggak|engga|tidak|tdk|ora|ndak|nda|g)\s*(?:jadi|jd|sido|usah|ambil|mau|deh|dulu)\b"
    r"(?:\s+\w+){0,3}\W*$"
    r"|^\W*(?:(?:ok\w*|oke|sip|yaudah|ya udah|yowes|wes|wkwk\w*|haha\w*|deh)\W+){0,3}"
    r"(?:gajadi|gjd|gak jd|batal\w*|"
    r"never ?mind|i won'?t|won'?t do it|not doing it|i'?ll pass|no thanks)\b(?:\s+\w+){0,3}\W*$"
)
"""The offer turned down: "yowes ora sido", "ok ga jadi deh", "gak usah deh", "never mind"."""
ALLOWED_ASKED = re.compile(
    r"\bboleh\w*\b.{0,20}\b(?:ga|gak|gk|nggak|ngga|enggak|engga|tidak|ndak|kah|kan|sih|ya)\b"
    r"|\b(?:ga|gak|gk|nggak|ngga|enggak|engga|tidak|ndak|gpp)\s?(?:papa|pa2|apa2|apa-apa)\b"
    r"|\b(?:gapapa|gpp|gakpapa|gapp)\b"
    r"|\b(?:is it|is that|it's|am i|would it be) (?:allowed|ok|okay|fine|legal|permitted)\b"
    r"|\b(?:can|should|may) i (?:give|share|send|do|take|accept)\b"
)
"""Whether it may be done after all: "boleh ga sih sebenernya", "kasih aja ga papa kan?", "is it
allowed though?" (``fraud_more.not_allowed``: no)."""
SAFE_ASKED = re.compile(
    r"\b(?:saldo|balance|akun|account)\w*\b.{0,25}\b(?:aman|safe|ilang|hilang|lenyap|berkurang|"
    r"kepake|kepakai|dipake orang|gone)\b"
    r"|\b(?:aman|safe)\b.{0,15}\b(?:saldo|balance|akun|account)\w*\b"
)
"""Whether the balance or the account is still safe: "saldo aku masih aman kan", "akun aku
aman ga" (in a fraud story: answered, not added to it)."""


def safe_key(story: str) -> str:
    """The answer to "is my account safe?" for a fraud ``story``: a code or a password handed
    over (not safe until secured: the steps now), else what keeps it safe."""
    from flows.fraud import handed_over  # here: flows.fraud_follow_ups imports both

    return "fraud_more.account_at_risk" if handed_over(story) else "fraud_more.balance_safe"


ACCOUNT_TRADED = re.compile(
    r"\b(?:jual|beli|dijual|dibeli|sewa|disewa\w*|pinjam|minjem|dipinjam\w*|pake|pakai|make)\w*"
    r"\s+(?:\w+\s+)?akun\b|\bakun\s+(?:\w+\s+)?(?:orang|org|punya orang|milik orang)\b"
    r"|\b(?:buy\w*|sell\w*|sold|rent\w*|borrow\w*)\s+(?:\w+\s+){0,2}accounts?\b"
    r"|\baccounts?\s+(?:for sale|sold)\b"
)
"""An account bought, sold, rented or borrowed ("ada yg jual akun prakerja yg udh lolos")."""
GAIN = re.compile(
    r"\b(?:saldo\w*|balance|lumayan|worth|untung\w*|cuan|insentif\w*|incentive\w*|profit\w*|"
    r"rugi|\d+(?:[.,]\d+)? ?(?:jt|juta|rb|ribu|k|m))\b"
)
"""What the account would bring named: "kan lumayan saldo 3.5jt", "worth it kan"."""
