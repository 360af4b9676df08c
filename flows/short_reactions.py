"""Short reactions right after an answer, outside any form, that the NLU reads as a yes, a no,
a cancel or a fact (all got "belum paham" and the whole menu before):

- thanks with the acknowledgement ("oh gitu, makasih", "oke deh thanks"): "you're welcome";
- waiting ("ok ditunggu", "siap aku tunggu kabarnya"): a short okay, with the complaint or
  person the answer offered still one tap away (waiting alone gets nothing done);
- the end ("oke itu aja", "udah itu aja kak makasih", "that's all"): goodbye;
- found after all ("oh ketemu emailnya, ga jadi", "eh udah inget passwordnya"): glad, nothing
  more needed;
- a job found ("soalnya aku udh dapet kerja"): congratulations, and that working does not
  exclude (DOMAIN.md "Eligibility": only the listed jobs do).
"""

from __future__ import annotations

import re

from flows.messages import Button, Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

MAX_WORDS = 9

_ACK = (
    r"(?:(?:oh+|o+|ok+|oke+|okay|okey|okeh|sip+|siap|baik|baiklah|noted|oalah|owalah|ya+|iya+|"
    r"yaudah|ya udah|yasudah|udah|udh|sudah|gitu|gtu|begitu|i see|alright|got it|hmm+)[\s,.!]+)*"
)
_POLITE = r"(?:[\s,.!]+(?:ya+|yah|kak|kk|min|deh|dong|sih|gan|ka|mas|mbak|bro|sis))*"
_THANKS_WORD = (
    r"(?:makasih\w*|makasi|mksh|terima ?kasih|trima ?kasih|thanks|thank you|thx|tq|tengkyu|"
    r"trims|nuhun|suwun|matur nuwun)"
)
_THANKS = re.compile(_ACK + _POLITE + _THANKS_WORD + _POLITE + r"[\s.!🙏👍😊]*")
"""Thanks after an acknowledgement ("oh gitu, makasih", "oke deh thanks kak")."""
_WAITS = re.compile(
    _ACK + r"(?:(?:aku|saya|sy|gw|gue|kami)\s+)?(?:di)?(?:tunggu|tungguin|nunggu|menunggu)"
    r"(?:\s+(?:aja|saja|dulu|kabar\w*|info\w*|ya+|kak|min|deh|lagi))*"
    r"(?:[\s,.!]+" + _THANKS_WORD + r")?" + _POLITE + r"[\s.!🙏👍]*"
    r"|(?:ok(?:ay)?[\s,.!]+)?(?:i'?ll|i will) wait(?: then| for it)?[\s.!]*"
)
"""Waiting ("ok ditunggu", "siap aku tunggu kabarnya ya")."""
_CLOSES = re.compile(
    _ACK + r"(?:itu|segitu|gitu|ini)\s+(?:aja|saja|doang|dulu)"
    r"(?:\s+(?:dulu|deh|kak|min|ya+|sih|kok))*"
    r"(?:[\s,.!]+" + _THANKS_WORD + r")?" + _POLITE + r"[\s.!🙏👍]*"
    r"|(?:ok(?:ay)?[\s,.!]+)?(?:that'?s all|that'?s it|nothing else)(?: for now)?"
    r"(?:[\s,.!]+(?:thanks|thank you|thx))?[\s.!]*"
)
"""The end ("oke itu aja", "udah segitu dulu kak makasih", "that's all, thanks")."""
_FOUND = re.compile(
    r"^(?!.*\b(?:belum|blm|ga|gak|gk|nggak|ngga|tidak|tdk|not|can'?t|still)\s+"
    r"(?:\w+\s+)?(?:ketemu|nemu|inget|ingat|found|remember))"
    r"(?!.*\b(?:tapi|tp|tpi|but|masih|msh|gagal|error|gabisa|salah|lupa)\b)"
    r"(?:(?:oh+|eh+|ok+|oke+|ternyata|udah|udh|sudah|alhamdulillah|wah)[\s,.!]+)*"
    r"(?:(?:aku|saya|sy|udah|udh|sudah|dah|baru)\s+)*"
    r"(?:ketemu|nemu|keinget|inget|ingat|found it|i found|i remember\w*)\b"
    r".{0,40}$"
)
"""Found after all ("oh ketemu emailnya, ga jadi", "udah inget passwordnya kak")."""
_JOB_FOUND = re.compile(
    r"\b(?:(?:udah|udh|sudah|sdh|dah|baru)\s+(?:dapet|dapat|dpt|diterima|keterima|ketrima)\s+"
    r"(?:kerja\w*|pekerjaan|job)|(?:udah|udh|sudah|sdh|dah)\s+(?:kerja|bekerja)\b"
    r"|(?:got|found|landed) a (?:new )?job)\b"
)
"""A job found ("soalnya aku udh dapet kerja", "I got a job")."""
_ASKS = re.compile(
    r"\?|\b(?:bisa|bs|boleh|gimana|gmn|bagaimana|apa|apakah|kapan|berapa|brp|kenapa|knp|"
    r"can i|could|how|what|when|why)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The reply to such a reaction right after an answer, else None."""
    message, session = turn.message, turn.session
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or session.flow is not None or session.turns == 0:
        return None
    if not text or len(text.split()) > MAX_WORDS:
        return None
    if _THANKS.fullmatch(text):
        return [turn.reply("kb.thanks", turn.menu_button())]
    if _WAITS.fullmatch(text):
        return [turn.reply("fallback.acknowledged", *_kept(turn), turn.menu_button())]
    if _CLOSES.fullmatch(text):
        return [turn.reply("reactions.closing", turn.menu_button())]
    if _ASKS.search(text):
        return None
    if _FOUND.match(text):
        return [turn.reply("reactions.found", turn.menu_button())]
    if _JOB_FOUND.search(text):
        return [turn.reply("reactions.job_found", *_kept(turn), turn.menu_button())]
    return None


def _kept(turn: FlowTurn) -> tuple[Button, ...]:
    """The complaint or person the answer before offered: still one tap away."""
    kept = [
        choice
        for choice in turn.session.offered
        if len(choice) > 1 and choice[1] in ("flow:complaints", controls.HUMAN)
    ]
    return tuple(Button(str(choice[0]), str(choice[1])) for choice in kept)


__all__ = ["answer"]
