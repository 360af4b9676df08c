"""Follow-ups right after linking failed with "Data tidak cocok" ("lho ga ketemu? aku udh
daftar kok dr 2023", "kok ga cocok", "trs gmn"): the NIK and the date of birth must match the
account exactly, as on the KTP; try again, or a person. Which of the two did not match, or
whether the NIK has an account at all, is never said (no account enumeration:
``flows.link_account``). Before, such a message got "Maksud kamu yang mana?"."""

from __future__ import annotations

import re

from flows.last_answer import remember, short_after
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

TOPIC = "link_mismatch"
"""The topic ``flows.last_answer`` records after "Data tidak cocok"."""
MAX_WORDS = 14
"""A follow-up is short ("lho ga ketemu? aku udh daftar kok dr 2023": nine words)."""

FOLLOW_UP = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|tidak|tdk|blm|belum)\s*(?:ketemu|ktemu|ditemukan|ada|cocok"
    r"|sesuai|bisa|bs|kebaca|terbaca)|gabisa|gbs|kok|koq|kenapa|knp|napa|padahal|udah|udh|sudah"
    r"|sdh|dah|terdaftar|salah\w*|bener|benar|betul|gimana|gmn|gmna|bagaimana|trs|terus"
    r"|lalu|why|how come|not found|registered|correct|right|what now|now what)\b"
)
"""Surprise, a protest that one is registered, or what now."""


def note(turn: FlowTurn) -> None:
    """The linking found no account for that NIK and date of birth: say so (the ``mismatch``
    slot) and remember it for the follow-up."""
    turn.slots["mismatch"] = True
    remember(turn, TOPIC)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Right after "Data tidak cocok", a short surprise, protest or "what now": exact NIK and
    date of birth as on the KTP; linking again one tap away, or a person. Else None."""
    text = short_after(turn, TOPIC, MAX_WORDS)
    if text is None or not FOLLOW_UP.search(text):
        return None
    remember(turn, TOPIC)  # "trs gmn" next: still about it
    again = turn.button("link_account.try_again", "flow:link_account")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("link_account.mismatch_follow_up", again, person, turn.menu_button())]


__all__ = ["FOLLOW_UP", "TOPIC", "answer", "note"]
