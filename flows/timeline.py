"""How long the whole way takes, from registering to the incentive ("dari daftar sampe dapet
duit berapa lama?", read as the package's amounts): each stage and what sets its length, from
the current era's rules; no total is promised (selection waits for a wave, the course's length
is the participant's own). Asked bare inside a flow with work of its own ("berapa lama
prosesnya" at the data erasure's code question), it is that work's time (``aside.how_long.<flow>``),
not the whole way."""

from __future__ import annotations

import re

from flows.how_long import bare
from flows.messages import Outbound
from flows.responses import has
from flows.runtime.machine import FlowTurn

ASKS = re.compile(
    r"\b(?:dari|sejak|from)\s+(?:awal\s+)?(?:daftar|mendaftar|pendaftaran|registering|"
    r"registration|sign(?:ing)? up)\b.{0,40}\b(?:sampe|sampai|smp|ampe|hingga|to|until|till)\b"
    r"|\b(?:berapa|brp|brapa) lama\b.{0,25}\b(?:proses\w*|semua\w*|keseluruhan|total)\b"
    r"|\bhow long\b.{0,25}\b(?:whole|entire|the process|overall)\b"
)
"""The whole way asked for: "dari daftar sampe dapet duit berapa lama?", "berapa lama prosesnya
semua?", "how long does the whole process take?"."""


def asks(text: str | None) -> bool:
    return bool(text and ASKS.search(text.lower()))


_WHOLE = re.compile(
    r"\b(?:semua\w*|keseluruhan|total|dari|sejak|sampe|sampai|hingga|whole|entire|overall|from)\b"
)
"""Words that make a bare "berapa lama prosesnya" the whole way: "... semua?", "dari daftar"."""


def answer(turn: FlowTurn) -> list[Outbound]:
    """The stages from registering to the incentive, with what sets each one's length; a bare
    question inside a flow that says how long its work takes: that."""
    own = f"aside.how_long.{turn.session.flow}"
    lowered = (turn.message.text or "").lower()
    if turn.session.flow and has(own) and bare(lowered) and not _WHOLE.search(lowered):
        return [Outbound(turn.say(own, **turn.ctx.programme.facts()))]
    waves = turn.button("menu.waves", "topic:waves")
    facts = turn.ctx.programme.facts()
    return [turn.reply("kb.timeline", waves, turn.menu_button(), **facts)]


__all__ = ["ASKS", "answer", "asks"]
