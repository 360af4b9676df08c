"""The training balance traded for money: cashed out for a cut ("ono wong nawani saldo
prakerjaku iso dicairke, potong 30%"), sold ("sisa saldo bisa dijual ke orang"), or spent by
someone else on a course for cash in return ("beliin kelas pake saldo aku, nanti aku dikasih
duit 2jt"). The balance buys training only and is never cash, so every such offer is the
"cash out your balance" fraud (DOMAIN.md, Complaints 13).

``TRADE`` joins the fraud words of ``flows.complaint_topics``; ``SOMEONE`` adds the words for
someone offering that ``flows.fraud`` does not know yet (Javanese "wong", "nawani")."""

from __future__ import annotations

import re

_BALANCE = (
    r"\bsaldo\w*\b(?! (?:insentif|incentive|dana|ovo|gopay|go-pay|linkaja|shopee\w*|e-?wallet|"
    r"rekening|bank|atm|pulsa)\b)"
)
"""The training balance, not an e-wallet's or a bank account's balance ("saldo dana")."""
_CUT = r"(?:(?:di)?potong\w*|fee|komisi|persen|bagi ?hasil|\d+ ?(?:%|persen))"
_CASH = r"\w{0,3}cair\w*|\w{0,3}uang\w*|tunai\w*|cash\w*"
_SOLD = r"(?:di|ng|me)?jual\w*|sold|sell\w*"
_MONEY_BACK = (
    r"(?<!ga )(?<!gak )(?<!gk )(?<!nggak )(?<!tidak )(?<!belum )(?<!blm )(?<!not )(?<!never )"
    r"(?:dikasih|dikasi|dikasihin|diberi|dibayar|give\w*|gives?|get|gets)"
    r"(?: \w+){0,2}? (?:duit|uang|doku|cash|money)\b(?! (?:insentif|incentive))"
)
TRADE = (
    rf"{_BALANCE}.{{0,40}}\b(?:{_CASH})\b.{{0,30}}\b{_CUT}"
    rf"|{_BALANCE}(?: \w+){{0,4}} (?:bisa |iso |isa |can be )?(?:{_SOLD})\b"
    rf"|{_BALANCE}.{{0,60}}\b{_MONEY_BACK}"
    rf"|\b{_MONEY_BACK}.{{0,60}}{_BALANCE}"
)
"""The training balance cashed out for a cut, sold, or spent for money given back."""
SOMEONE = r"wong|nawan\w*|ditawan\w*|kenalan\w*|tetangga\w*"
"""Someone offering, in words ``flows.fraud`` did not know ("ono wong nawani")."""


def traded(text: str) -> bool:
    """The training balance said to be cashed out, sold or spent for money given back."""
    return re.search(TRADE, " ".join(text.lower().split())) is not None
