"""After the answer to a NIK said to be unknown to Dukcapil (``eligibility.note.nik_not_found``),
its follow-ups: "udh bener kok nik nya" or "udah coba 3x" (the data matches already, tried
again), "trs hrs kmn" (where to go), "ke dukcapil ngapain" (what to do there). Before, a menu
to choose from, the payout accounts ("kemana" read as where the money goes) and "only Prakerja
topics"."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp, either, now
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "nik_not_found"
"""The ``flows.last_answer`` topic of that answer."""
_DONE = re.compile(
    r"\b(?:udah|udh|uda|sudah|sdh|dah|already)\b.{0,20}\b(?:bener|benar|bnr|sama|sesuai|cocok|"
    r"cek|dicek|correct|match\w*|coba|nyoba|dicoba|tried)\b"
    r"|\b(?:i'?ve |i have )?(?:already )?tried\b"
)
"""The data matches already, or it was tried again: "udh bener kok nik nya", "udah coba 3x"
(probe p23c: "belum paham", and the topic lost for "bawa apa?" next)."""
_WHERE = re.compile(r"\b(?:kmn|kemana|ke mana|dmn|dimana|di mana|where)\b")
"""Where to go: "trs hrs kmn"."""
_WHAT = re.compile(r"\b(?:bawa apa|ngapain|ngurus|urus\w*|what (?:do i )?do)\b")
"""What to do there: "ke dukcapil ngapain", "bawa apa aja"."""
_MAX_WORDS = 10


def _reply(key: str) -> Callable[[FlowTurn], list[Outbound] | None]:
    def answer(turn: FlowTurn) -> list[Outbound] | None:
        if len((turn.message.text or "").split()) > _MAX_WORDS:
            return None
        remember(turn, TOPIC)  # "bawa apa aja?" next: still this
        report = file_complaint(turn, topic="nik")
        return [turn.reply(f"eligibility.note.{key}", report, turn.menu_button())]

    return answer


FOLLOW_UPS: dict[str, FollowUp] = {
    TOPIC: either(
        (_WHAT, now(_reply("nik_dukcapil_what"))),
        (_WHERE, now(_reply("nik_dukcapil_where"))),
        (_DONE, now(_reply("nik_dukcapil"))),
    )
}
