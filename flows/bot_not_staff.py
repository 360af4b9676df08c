"""The assistant taken for staff when it cannot do something ("kenapa ga bisa? kan kamu admin",
"you're the admin, just log me in"): it is a virtual assistant (a bot), not an admin, and cannot
get into anyone's account; what the user can do instead, and a person or a complaint one tap
away. Before, "kan kamu admin" after the OTP warning got the login checks again ("Berarti
langkah tadi sudah kamu coba ...") as if nothing new was said."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

MAX_WORDS = 14
_YOU = r"(?:kamu|km|kmu|lu|lo|loe|elu|situ|anda|sampeyan|you)"
_STAFF = r"(?:admin\w*|admn|petugas|cs|staff?|operator|pegawai|orang prakerja|pihak prakerja)"
_PRESUMED = re.compile(
    rf"\b{_YOU}\s+(?:kan\s+|itu\s+|ini\s+|kan\s+itu\s+|sbg\s+|sebagai\s+)?{_STAFF}\b"
    rf"|\b(?:kan|bukannya|bknnya)\s+{_YOU}\s+(?:\w+\s+)?{_STAFF}\b"
    r"|\byou(?:'re| are)\s+(?:the\s+|an?\s+)?(?:admin\w*|staff|operator|support)\b"
)
"""The assistant said to be staff: "kan kamu admin", "bukannya kamu cs?", "you're the admin"."""
_CANT = re.compile(
    r"\b(?:kenapa|knp|napa|kok|why|ga|gak|gk|nggak|ngga|tidak|tdk|gabisa|gbs|can'?t|cannot|"
    r"tolong\w*|bantu\w*|loginin|masukin|bukain|bukakan|cekin|just|please|pls|plis)\b"
)
"""Something the assistant did not do, or is asked to do: "kenapa ga bisa?", "tolong bukain"."""


def presumed_staff(text: str) -> bool:
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS:
        return False
    return bool(_PRESUMED.search(lowered) and _CANT.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """A bot, not an admin: no way into anyone's account; a person or a complaint instead."""
    if turn.message.payload is not None or not presumed_staff(turn.message.text or ""):
        return None
    turn.session.misses = 0
    person = turn.button("common.talk_to_person", controls.HUMAN)
    report = file_complaint(turn, topic="account_recovery")
    contact = turn.ctx.programme.contact_centre
    return [turn.reply("bot_role.not_staff", person, report, turn.menu_button(),
                       contact_centre=contact)]  # fmt: skip


__all__ = ["answer", "presumed_staff"]
