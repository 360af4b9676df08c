"""What erasing takes with it, asked while the erasure waits on a question ("trus sertifikat
aku ilang dong", "saldo aku gmn", "what about my certificate?"): before, the certificate's
download steps were answered as if nothing were pending, and the warning asked again. Now the
thing named is said to go with the account (a linked chat), with what can still be done first
(download the certificate), or to stay where it is (a chat linked to no account erases only
its own history); then the question again."""

from __future__ import annotations

import re

from flows.deletion_link import LINKED
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_ITEMS: dict[str, re.Pattern[str]] = {
    "certificate": re.compile(r"\b(?:sertif\w*|serti|certificate\w*|cert)\b"),
    "balance": re.compile(r"\b(?:saldo\w*|balance|sisa (?:dana|uang|duit))\b"),
    "incentive": re.compile(r"\b(?:insentif\w*|incentive\w*)\b"),
    "tickets": re.compile(r"\b(?:pengaduan\w*|aduan\w*|tiket\w*|ticket\w*|complaint\w*)\b"),
}
"""The things an account holds that a participant asks about, in the order they are said."""
_ASKS = re.compile(
    r"\?|\b(?:ilang|hilang|ikut|kehapus|terhapus|dihapus|hangus|gimana|gmn|gmna|bagaimana|"
    r"trus|terus|trs|juga|jg|lost|gone|deleted|what about|too|nasib\w*|aman)\b"
)
"""Asked whether it goes too ("ikut ilang?", "gimana", "what about …")."""
_LONG = 12  # words: a longer message is a story or another request, not this question


def losses(turn: FlowTurn) -> Outbound | None:
    """What erasing does to the things the message names, once the chat's link is looked up;
    else None."""
    if LINKED not in turn.slots:  # before the look-up: who is erased is not known yet
        return None
    said = " ".join((turn.message.text or "").lower().split())
    named = [item for item, pattern in _ITEMS.items() if pattern.search(said)]
    if not named or len(said.split()) > _LONG or not _ASKS.search(said):
        return None
    if turn.slots.get(LINKED) is None:
        return Outbound(turn.say("data_deletion.losses.none"))
    parts = [turn.say(f"data_deletion.losses.{item}") for item in named]
    return Outbound(" ".join([parts[0], *(_without_yes(part) for part in parts[1:])]))


def _without_yes(part: str) -> str:
    """A second thing named: its answer without a second "Ya, " in a row."""
    for yes in ("Ya, ", "Yes, "):
        if part.startswith(yes):
            rest = part.removeprefix(yes)
            return rest[:1].upper() + rest[1:]
    return part
