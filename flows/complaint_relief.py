"""Relief or acceptance where a complaint would start ("oh ternyata udah kesambung dana ya.
yaudah nunggu aja berarti", "oke berarti tinggal nunggu ya", "yaudah aku tunggu aja deh"): no
complaint. Before, "kesambung dana" named the payout-link category and the message was kept as
its story ("Soal Sambung rekening/e-wallet ... Apakah ini membantu?").

Right after an incentive shown past 7×24 hours from its date (``INCENTIVE_OVERDUE``), waiting
is not the way: that is said, with the complaint one tap away, and the overdue payment stays the
topic ("brp lama lg?" next: no date, a complaint). Else an acknowledgement. The complaint's
``context`` step asks ``answer``; the flow then ends (its ``impatient`` state)."""

from __future__ import annotations

import re

from flows.complaint_impatience import IMPATIENT
from flows.follow_up_answers import INCENTIVE_OVERDUE, WAITED
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_WAIT = r"(?:nunggu|tunggu|menunggu|ditunggu|wait|waiting)"
_RELIEF = re.compile(
    rf"\b(?:yaudah|ya udah|ya sudah|yasudah|ok|oke|okay|okee|sip|berarti|brarti|jadi|jd|"
    rf"tinggal|tgl|aku|saya|sy|gw|gue|i'?ll|i will|just)\s+(?:(?:aku|saya|sy|gw|gue|tinggal|"
    rf"tgl|sabar)\s+)*{_WAIT}\s*(?:aja|saja|ajah|dulu|dlu|deh|ya|yah|then|it out|for it)\b"
    rf"|\btinggal\s+{_WAIT}\b"
)
"""Waiting accepted: "yaudah nunggu aja", "berarti tinggal nunggu", "aku tunggu dulu deh"."""
_NOT_RELIEF = re.compile(
    r"\b(?:lama\w*|lma|kelamaan|sampe kapan|sampai kapan|mulu|terus2an|ga|gak|gk|nggak|"
    r"ngga|tidak|tdk|belum|blm|kok|capek|cape|males|kata\w*|bilang|disuruh|suruh|dibilang)\b"
)
"""Impatience, not relief: "nunggu mulu", "sampe kapan harus nunggu", "ga mau nunggu aja"; nor
what someone else said ("katanya tinggal nunggu aja")."""
MAX_WORDS = 15


def accepts_waiting(text: str) -> bool:
    """``text`` accepts waiting, with no impatience or wait told in it."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or not _RELIEF.search(lowered):
        return False
    return not _NOT_RELIEF.search(lowered) and not WAITED.search(lowered)


def answer(turn: FlowTurn) -> list[Outbound]:
    """The answer to waiting accepted, the flow ending; else nothing (the complaint goes on)."""
    message = turn.message
    if message.payload is not None or not accepts_waiting(message.text or ""):
        return []
    turn.slots[IMPATIENT] = "relief"
    if just_said(turn) == INCENTIVE_OVERDUE:
        remember(turn, INCENTIVE_OVERDUE)  # "brp lama lg?" next: no date, a complaint
        report = turn.button("complaints.file", "flow:complaints")
        return [turn.reply("complaints.relief.overdue", report, turn.menu_button())]
    return [turn.reply("complaints.relief.wait", turn.menu_button())]


__all__ = ["accepts_waiting", "answer"]
