"""Follow-ups about whose name things must be in, said by someone already in the programme
with "boleh" or "kk" in them (probe p22b #2: the NLU reads them as ``check_eligibility`` and the
eligibility quiz started, "Berapa usiamu sekarang?", for a participant already selected):

- "knp ga boleh, kan satu kk" right after "someone else's account can't take the incentive":
  why: the incentive goes only to an account in the participant's own name and NIK (DOMAIN.md
  "Incentives"); one family card makes no account one's own, a name/NIK mismatch makes the
  payment fail;
- "sy yg beliin boleh?" after "ini akun anak sy": the account holder buys it through their own
  account; the helper may help choose, never uses the account, its password or OTP
  (judgement call: the texts already say an account used by others can be blocked and its codes
  are never shared, ``kb``'s ``other_phone`` and ``complaint_for_relative``)."""

from __future__ import annotations

import re

from flows.last_answer import remember
from flows.messages import Outbound
from flows.payout_follow_ups import NOT_OWN, after_payout, noted
from flows.runtime.machine import FlowTurn

TOPIC = "own_name"
"""``flows.last_answer`` topic of these answers."""
MAX_WORDS = 14

_KIN = (
    r"(?:istri|istriku|bini|suami|suamiku|laki|anak\w*|ibu\w*|bapak\w*|ayah\w*|mama\w*|papa\w*|"
    r"emak\w*|adik\w*|adek\w*|ade|kakak\w*|kaka|abang\w*|mertua\w*|keluarga\w*|saudara\w*|"
    r"sodara\w*|ortu\w*|orang\s*tua\w*|wife|husband|son|daughter|mother|mom|father|dad|brother|"
    r"sister|family)"
)
_FAMILY = re.compile(
    rf"\b(?:kk|kartu keluarga|satu rumah|serumah|sekeluarga|satu keluarga|{_KIN}(?:\s+(?:sendiri|"
    r"sndiri|aku|sy|saya|gw))?|same family|family card)\b"
)
"""The family named as a reason ("kan satu kk", "kan istri sendiri")."""
_KK = re.compile(r"\b(?:kk|kartu keluarga|family card)\b")
_WHY = re.compile(
    r"\b(?:knp|kenapa|napa|ngapa|mengapa|kok|masa|masak|padahal|kan|why|but|tapi|tp|emang|emg)\b"
)
"""Why not, or an objection."""
_RELATIVE_ACCOUNT = re.compile(
    rf"\b(?:akun\w*|account)\s+(?:\w+\s+)?{_KIN}\b|\b{_KIN}\s+(?:\w+\s+)?(?:yg|yang)\s+"
    r"(?:punya|pny)\s+akun\b|\bmy\s+\w+'?s\s+account\b"
)
"""An earlier message said the account is a relative's ("ini akun anak sy")."""
_I = r"(?:sy|saya|aku|aq|ak|gw|gue|gua|ane|i|me)"
_BUY = (
    r"(?:beli\w*|bli\w*|membeli\w*|dibeli\w*|bayar\w*|pilih\w*|daftar\w*|kerja\w*|ngerja\w*|"
    r"isi\w*|ngisi\w*|buy|pay|do it)"
)
_ON_BEHALF = re.compile(
    rf"\b{_I}\s+(?:aja\s+|ajah\s+|saja\s+)?(?:yg|yang|yng)\s+{_BUY}"
    rf"|\b(?:boleh|bisa|bs)\s+(?:\w+\s+)?{_I}\s+(?:yg\s+|yang\s+)?{_BUY}"
    rf"|\b(?:di)?(?:beliin|belikan|bayarin|wakil\w*)\s+(?:\w+\s+)?(?:sama|sm|oleh|ama|by)\s+{_I}\b"
    r"|\bdiwakil\w*|\bwakilin\b|\bon (?:his|her|their) behalf\b|\bfor (?:him|her|them)\b"
)
"""Buying in the account holder's place ("sy yg beliin boleh?", "boleh aku yg bayar?")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """One of these follow-ups, outside any form; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS:
        return None
    return _why_own(turn, text) or _holder_buys(turn, text)


def _why_own(turn: FlowTurn, text: str) -> list[Outbound] | None:
    """ "knp ga boleh, kan satu kk" right after someone else's account was refused."""
    if noted(turn) != NOT_OWN and not after_payout(turn):
        return None
    if not (_FAMILY.search(text) and _WHY.search(text)):
        return None
    remember(turn, TOPIC)
    kk = _KK.search(text) is not None  # "kan satu kk": the family card named
    return [turn.reply("own_name.why_own_kk" if kk else "own_name.why_own", turn.menu_button())]


def _holder_buys(turn: FlowTurn, text: str) -> list[Outbound] | None:
    """ "sy yg beliin boleh?" with a relative's account named in the messages before."""
    if turn.session.participant_id is None or not _ON_BEHALF.search(text):
        return None
    recent: list[str] = turn.session.profile.get("recent") or []
    earlier = " ".join(recent[:-1]).lower()  # this message is the last one remembered
    if not _RELATIVE_ACCOUNT.search(earlier):
        return None
    remember(turn, TOPIC)
    return [turn.reply("own_name.holder_buys", turn.menu_button())]


__all__ = ["TOPIC", "answer"]
