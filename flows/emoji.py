"""A message of emoji only, which the NLU cannot read: a thumbs-up or a smile is acknowledged,
tears or anger get sympathy and the ways to get help (a complaint, a person), money ("💰❓")
offers the balance and the incentive, and a wave ("👋") as the first message is a hello (the
NLU reads it as goodbye: "Sampai jumpa!" to someone just arriving); so is any other friendly
emoji as the first message ("🙏🙏🙏", "👍": before, "Sama-sama!" with nothing to thank for)."""

from __future__ import annotations

import re

from flows.fallback import unclear
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

_UPSET = frozenset("😭😢😥😞😔😟😩😫😡😠🤬💔😤😰😿🥺")
_PUZZLED = frozenset("🤔😕🙄❓❔🧐")
_MONEY = frozenset("💰💵💸🤑💳🪙💴💶💷")
"""Money: the training balance or the incentive, asked about with a sign."""
_WAVE = "👋"
_PICTOGRAPHS = re.compile(
    r"^[\s\u200d\ufe0f\u2600-\u27bf\U0001f000-\U0001faff\U0001f3fb-\U0001f3ff]+$"
)


def reaction(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to an emoji-only message; None when the message holds anything else."""
    text = (turn.message.text or "").strip()
    if not text or not _PICTOGRAPHS.match(text):
        return None
    if any(ch in _MONEY for ch in text):  # "💰❓", "💸": the money one has, which of the two
        balance = turn.button("intents.training_balance", "intent:training_balance")
        incentive = turn.button("intents.incentive_status", "intent:incentive_status")
        return [turn.reply("emoji.money", balance, incentive, turn.menu_button())]
    if any(ch in _PUZZLED for ch in text):  # "🤔": what was said is not clear
        return unclear(turn)
    if any(ch in _UPSET for ch in text):
        return [
            turn.reply(
                "emoji.upset",
                turn.button("complaints.file", "flow:complaints"),
                turn.button("common.talk_to_person", controls.HUMAN),
                turn.menu_button(),
            )
        ]
    return [turn.reply("emoji.acknowledged", turn.menu_button())]


def hello(turn: FlowTurn) -> list[Outbound] | None:
    """ "👋" (alone, with a skin tone) or another friendly emoji ("🙏🙏🙏") as the first message:
    the greeting menu; else None (later in a conversation a wave says goodbye, folded hands
    thank). Tears, money or a puzzled face first keep their own answers (``reaction``)."""
    text = (turn.message.text or "").strip()
    if turn.session.turns > 0 or not text or not _PICTOGRAPHS.match(text):
        return None
    if any(ch in _UPSET | _PUZZLED | _MONEY for ch in text):
        return None
    return [main_menu(turn.lang, first=True)]
