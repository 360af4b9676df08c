"""Questions about one's own record recognised by their words whatever the NLU reads them as,
for a linked participant (``flows.route_text`` asks before the intent is taken):

- registering anew ("bisa daftar ulang ga"): ``flows.my_reapply``;
- the card number ("nomor kartu aku brp", read as the balance; "kok blm ada kartu" before
  selection, read as the status a third time): ``flows.my_card``;
- a registered participant who says they joined a wave ("aku udah gabung gelombang kemarin kok
  status blm ikut gelombang"; "gabungnya udah tgl 29" right after): the record shows no wave,
  check Riwayat Gelombang, join again while it is open, a complaint if it is listed there
  (before: the same status text, then "belum paham");
- their own situation otherwise: a training finished, a survey or an incentive payment by its
  number, the total received, a zero balance, the induction videos (``flows.my_situation``).

None: none of these, or the chat is not linked (the general answers go on)."""

from __future__ import annotations

import re

from flows import my_card, my_reapply, my_situation
from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.readers import first_answer
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

JOINED_CLAIM = "joined_not_recorded"
"""Topic ``flows.last_answer`` records after a registered participant's claim to have joined."""
_NO_CARD = re.compile(
    r"\b(?:blm|belum|ga|gak|gk|nggak|tidak|tdk)\s+(?:ada|dapet|dapat|dpt|punya|muncul|keluar)\s+"
    r"(?:nomor\s+|no\s+)?kartu\b|\bkartu\w*\s+(?:\w+\s+)?(?:blm|belum)\s+(?:ada|muncul|keluar)\b"
)
"""No card yet: "kok blm ada kartu", "kartu aku belum muncul"."""
_JOINED = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|uda)\s+(?:\w+\s+)?(?:gabung|ikut|join|klik|daftar)\w*\s+"
    r"(?:ke\s+|di\s+)?(?:gelombang|gel|wave)\b|\bgabung\w*\s+(?:\w+\s+)?(?:udah|udh|sudah|sdh)\b"
    r"|\bi (?:already |have )?joined (?:the |a )?wave\b"
)
"""Having joined: "aku udah gabung gelombang kemarin", "gabungnya udah tgl 29"."""
_BEFORE_SELECTION = ("registered", "applied", "not_selected")


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The linked participant's own answer to one of these questions; None otherwise."""
    anew = yield from my_reapply.answer(turn)
    if anew is not None:
        return anew
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text:
        return None
    if my_card.asks(message):  # "nomor kartu aku brp": the dashboard, never the chat
        return (yield from my_card.answer(turn))
    own = yield from first_answer(turn, my_situation.READERS)  # "pelatihanku udh selesai blm"
    if own is not None:
        return own
    no_card = bool(_NO_CARD.search(text))
    joined = bool(_JOINED.search(text))
    if not (no_card or joined):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    if no_card and person.status in _BEFORE_SELECTION:
        return (yield from my_card.answer(turn))
    if joined and person.status == "registered":
        return [_joined_claim(turn)]
    return None


def _joined_claim(turn: FlowTurn) -> Outbound:
    remember(turn, JOINED_CLAIM)
    return turn.reply("selection.joined_not_recorded", file_complaint(turn), turn.menu_button())


__all__ = ["JOINED_CLAIM", "answer"]
