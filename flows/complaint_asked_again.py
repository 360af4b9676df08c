"""The complaint asked for again, opening a message typed at one of its detail questions ("mau
komplain insentif gagal" where the payout is asked): talk about the complaint being filled in
(``invalid.complaint_same``), never more of its story (``complaint_details.or_told``)."""

from __future__ import annotations

import re

_AGAIN = re.compile(
    r"^(?:(?:aku|saya|sy|aq|gw|gue|ya|iya|jadi|pokoknya|tetep|tetap|i)\s+)*"
    r"(?:mau|ingin|pengen|pgn|pingin|mo|mw|want to|would like to)\s+"
    r"(?:(?:buat|bikin|ajukan)\s+)?(?:lapor\w*|komplain\w*|complain\w*|ngadu\w*|mengadu\w*|"
    r"pengaduan|aduan|report)\b"
)


def asked_again(text: str) -> bool:
    """``text`` opens with a wish to complain ("mau komplain insentif gagal")."""
    return bool(_AGAIN.match(" ".join(text.lower().split())))


__all__ = ["asked_again"]
