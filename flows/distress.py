"""Thoughts of suicide or self-harm typed at any point ("aku udah ga kuat, rasanya pengen mati
aja", "mending mati", "gak kuat hidup", "I want to kill myself"): heard before anything else,
a running form included. Empathy first, then where help is (the Ministry of Health's mental
health line 119 ext. 8 / healing119.id, emergency 112) and a person offered; never the menu
or a form's question. The form is parked, one tap away. A despairing message right after
("ga ada yg peduli") is answered kindly again, not as a menu miss."""

from __future__ import annotations

import re

from flows import parking
from flows.last_answer import just_said, remember
from flows.messages import Button, Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

KEY = "distress"
"""``session.profile`` key of the last crisis answer (``flows.last_answer``)."""
_NOT = r"(?:g|ga|gak|gk|nggak|ngga|enggak|engga|tidak|tdk|tak|gaa+)"
_I = r"(?:aku|aq|gue|gua|gw|saya|sy)"
_CRISIS = re.compile(
    r"\b(?:bunuh\s+diri|bundir|(?:pengen|pengin|pingin|pgn|ingin|mau|kepengen|kepingin)\s+"
    rf"(?:{_I}\s+)?mati|(?:mending|mendingan|lebih\s+baik|lbh\s+baik)\s+(?:{_I}\s+)?mati|"
    r"(?:akhiri|akhirin|mengakhiri|ngakhirin|ngakhiri)\s+hidup|"
    rf"{_NOT}\s+(?:kuat|sanggup)\s+(?:(?:lagi|lg)\s+)?(?:hidup|idup)|"
    r"(?:capek|cape|capai|lelah)\s+(?:hidup|idup)|"
    rf"{_NOT}\s+(?:mau|pengen|ingin|pgn)\s+(?:hidup|idup)\s+(?:lagi|lg)|"
    r"(?:nyakitin|menyakiti|melukai|lukain|lukai|nyilet|menyayat|sayat)\s+(?:diri|tangan)|"
    r"kill\s+myself|suicid\w*|want\s+to\s+die|wanna\s+die|end\s+my\s+life|end\s+it\s+all|"
    r"(?:don'?t|do\s+not)\s+want\s+to\s+live|better\s+off\s+dead|"
    r"(?:hurt|harm|cut)\s+myself|self[-\s]harm)\b"
)
"""Thoughts of ending one's life or of self-harm, Indonesian (with slang) and English."""
_DESPAIR = re.compile(
    r"\b(?:(?:ga|gak|nggak|tidak|tak)\s+ada\s+(?:yg|yang)\s+(?:peduli|perduli|sayang|ngerti|"
    r"peduliin)|sendiri(?:an)?|percuma|ga\s+berguna|gak\s+berguna|tidak\s+berguna|beban|"
    r"capek|cape|lelah|putus\s+asa|hopeless|nobody\s+cares|no\s+one\s+cares|alone|pointless|"
    r"useless|ga\s+kuat|gak\s+kuat|nggak\s+kuat|tidak\s+kuat)\b"
)
"""Despair said right after the crisis answer: kindness again, not a menu miss."""


def in_crisis(text: str | None) -> bool:
    """The message speaks of ending one's life or of self-harm."""
    return bool(text) and _CRISIS.search(" ".join(str(text).lower().split())) is not None


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The crisis answer (any flow parked first), or kindness again for despair right after
    it; None otherwise."""
    message = turn.message
    if message.payload is not None or not message.text:
        return None
    before = just_said(turn, KEY)
    if in_crisis(message.text) and before != "crisis":
        return _crisis(turn)
    if in_crisis(message.text) or (before and _DESPAIR.search(message.text.lower())):
        remember(turn, "still" if before == "crisis" else "crisis", KEY)  # never the same text
        turn.session.misses = 0  # twice in a row ("masih sama seperti tadi")
        return [turn.reply("distress.still_here", *_buttons(turn))]
    return None


def _crisis(turn: FlowTurn) -> list[Outbound]:
    session = turn.session
    session.misses = 0
    remember(turn, "crisis", KEY)
    kept = ""
    if session.flow is not None and parking.park(turn) is not None:  # the form waits, its
        parked = (session.suspended or {}).get("flow", "")  # answers kept
        kept = turn.say("distress.form_kept", flow=turn.say(f"flow_names.{parked}"))
    return [turn.reply("distress.heard", *_buttons(turn), kept=kept)]


def _buttons(turn: FlowTurn) -> list[Button]:
    """A person; the parked form one tap away when there is one."""
    buttons = [turn.button("distress.talk", controls.HUMAN)]
    if turn.session.suspended:
        buttons.append(turn.button("resume.continue", "resume:continue"))
    return buttons


__all__ = ["KEY", "answer", "in_crisis"]
