"""The complaint held off inside its form ("ga usah lapor dulu deh", "nanti aja lapornya",
"jangan dilaporin dulu", and waiting accepted before the summary: "eh ternyata udah kesambung,
yaudah aku tunggu aja deh"), often with a question about fixing it first ("kalo aku ganti no hp
dana nya sama kayak prakerja aja gmn? ga usah lapor dulu deh"): the form is left, nothing is
filed, and the fix is answered. Before, the message was saved as the complaint's story and the
form went on ("Sekarang kamu masih pakai DANA?").

An incentive that failed is answered from the record: fixing the cause is the right step, but a
failed payment is not sent again by itself, so the complaint is still needed afterwards (to
have it rescheduled); the failed payment stays the topic for a short follow-up ("udh"). Other
complaints: held off, offered again with one tap."""

from __future__ import annotations

import re

from flows import topic_follow_ups
from flows.complaint_relief import accepts_waiting
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp, either, now
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.transitions import finish

FLOW = "complaints"
_FILE = r"(?:di)?(?:lapor|ngadu|ngaduin|adu|komplain|aduan|pengaduan|report)\w*"
_HELD = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|gausah|gaush|gausa|jangan|jgn|belum|blm)"
    rf"\s*(?:usah\s+|perlu\s+|mau\s+|jadi\s+|jd\s+)?{_FILE}(?:\s+\w+)?\s+(?:dulu|dlu|dl)\b"
    r"(?!\s+(?:ke|sama|sm|ama|di|dengan|dgn)\b)"  # "ga lapor dulu ke bank": a story, no hold
    rf"|\b{_FILE}(?:nya)?\s+(?:nanti|ntar|entar|nti|besok|kapan2|kapan-kapan|later)\b"
    rf"|\b(?:nanti|ntar|entar|besok)\s+(?:aja|saja|deh|ajalah)?\s*{_FILE}"
    r"|\b(?:report|complain|file)\w*\s+(?:it\s+)?later\b|\bhold off\b"
)
"""The complaint put off for now: "ga usah lapor dulu", "lapornya nanti aja", "nanti aja
ngadunya", "don't report it yet"."""


def holds_off(text: str) -> bool:
    """``text`` puts the complaint off for now."""
    return bool(_HELD.search(" ".join(text.lower().split())))


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """The form left and the complaint held off, the fix answered; None for any other turn."""
    message = turn.message
    if flow.name != FLOW or message.payload is not None or turn.session.step == "filed":
        return None
    waits = turn.session.step != "confirm" and accepts_waiting(message.text or "")
    if not holds_off(message.text or "") and not waits:  # "yaudah aku tunggu aja deh" too
        return None
    failed = turn.slots.get("_failed_why")
    incentive = turn.slots.get("category") == "incentive"
    finish(turn)
    report = turn.button("complaints.file", "flow:complaints")
    if incentive and isinstance(failed, list) and failed:
        remember(turn, HELD_FAILED)  # "terus kalo udah sama?" next: the complaint, then
        said = turn.say("complaints.held_off.failed", reason=str(failed[-1]))
        return [Outbound(said, (report, turn.menu_button()))]
    return [Outbound(turn.say("complaints.held_off.other"), (report, turn.menu_button()))]


HELD_FAILED = "complaint_held_off_failed"
"""Topic ``flows.last_answer`` records after a failed payment's complaint held off."""
_FIXED = re.compile(
    r"^\W*(?:(?:terus|trus|trs|lalu|ok|oke|oh|jadi|jd|nah|and|so)\W+)*(?:(?:kalo|kalau|klo|kl|"
    r"if|once)\W+)?(?:udah|udh|uda|sudah|sdh|dah|done|already|it's|its)\b(?:\W+\w+){0,4}\W*$"
)
"""The fix done, or asked about once done: "terus kalo udah sama?", "udah aku ganti"."""


def _fixed(turn: FlowTurn) -> list[Outbound]:
    """Fixed: a failed payment still needs the complaint to be scheduled again."""
    report = file_complaint(turn, fix_shown="incentive")
    return [turn.reply("kb.payout_fixed", report, turn.menu_button())]


FOLLOW_UPS: dict[str, FollowUp] = {
    HELD_FAILED: either(
        (_FIXED, now(_fixed)),
        topic_follow_ups.FOLLOW_UPS[topic_follow_ups.INCENTIVE_FAILED],
    ),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "HELD_FAILED", "answer", "holds_off"]
