"""The bot refused in the complaint form ("gausah pake bot bot an", "ga mau sama bot", "males
ngomong sama robot"): a person is wanted, as when asked for in so many words. Before, "gausah
..." at "Sekarang kamu masih pakai DANA?" was taken for "Tidak" and the form went on."""

from __future__ import annotations

import re

_REFUSES_BOT = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|gausah|gausa|gaush|jangan|jgn|males|"
    r"malas|ogah|gamau|gmau|bosen|bosan|udahan|stop|no|not|don'?t|dont)"
    r"(?:\s+(?:usah|mau|mw|perlu|pake|pakai|sama|sm|ama|dgn|dengan|dilayani|ngobrol|chat|"
    r"chatting|ngomong|bicara|lagi|lg|want|a|to|talk|with|the|this|more|deh|dong|aja))*"
    r"\s+(?:bot|robot|chatbot|mesin)s?(?:2an|2|[\s-]*bot(?:an)?)?\b"
    r"|\bbot(?:2an|[\s-]*bot(?:an)?)\b"
)


def refuses_bot(text: str) -> bool:
    """``text`` turns the bot down ("gausah pake bot bot an", "no bots please")."""
    return bool(_REFUSES_BOT.search(" ".join(text.lower().split())))


__all__ = ["refuses_bot"]
