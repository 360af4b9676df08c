"""Short follow-ups right after a selected participant's status or next steps
(``my_selection.SELECTED``: "Selamat, kamu lolos ... Beli pelatihan pertama sebelum 10
Desember"), whatever the NLU reads them as:

- "terus?" bare: the next steps (videos, card and balance, payout account, the first course
  by their own deadline);
- "itu kapan?": their own purchase deadline and the days left (``purchase_deadline_mine``,
  which records the deadline's topic: "kalo lewat gmn" next is what missing it means);
- "kalo lewat gmn": missing it revokes the card (``purchase_deadline_rules.missed``);
- "bisa diperpanjang ga": their deadline, that it is not extended
  (``purchase_deadline_extend``).

Before, "terus?" got "kurang jelas", "itu kapan?" the open wave's dates, "kalo lewat gmn" the
text on a closed wave and "bisa diperpanjang ga" the balance. The induction videos and "abis
itu ngapain" keep ``my_selection.follow_up``'s answers."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import my_selection
from flows import purchase_deadline_extend as extend
from flows import purchase_deadline_mine as mine
from flows import purchase_deadline_rules as rules
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

Answer = Ask[list[Outbound] | None]

_FILLER = (
    r"(?:itu|tuh|ya|sih|kak|min|dong|nya|jadi|jd|oh|ok|oke|terus|trus|trs|batas\w*|deadline\w*)"
)
WHEN = re.compile(
    rf"^\W*(?:{_FILLER}\W+)*(?:(?:sampai|sampe|smpe) )?(?:kapan|kpn|when|(?:tanggal|tgl) "
    rf"(?:berapa|brp|brapa))(?:\W+{_FILLER})*\W*$"
)
"""When, asked of the deadline just named: "itu kapan?", "batasnya kapan", "tgl brp?"."""
_MISSED = re.compile(
    r"\b(?:lewat|kelewat|kelewatan|terlewat|telat|terlambat|ketinggalan|missed?|late)\b"
)
_EXTEND = re.compile(
    r"\b(?:diperpanjang|perpanjang\w*|memperpanjang|diundur|mundur\w*|tambah waktu|nambah waktu|"
    r"extend\w*|extension|more time)\b"
)
_VIDEO_OR_NEXT = my_selection.FOLLOW_UPS[my_selection.SELECTED][0]
MAX_WORDS = 8


_BARE_NEXT = re.compile(
    r"^\W*(?:(?:oh|ok|oke|so|and|jadi|jd)\W+)*(?:terus|trus|trs|truss|lalu|terusnya|trsnya|"
    r"selanjutnya|berikutnya|next|then|abis itu|habis itu)(?:\W+(?:gimana|gmn|gmna|apa|"
    r"ngapain|kak|min|dong|nih|sih|ya|aku|saya|sy|harus|hrs|skrg|sekarang|nya))*\W*$"
)
"""Only "and then?": "terus?", "trs gmn kak", "lalu?"."""


def _bare_next(text: str) -> bool:
    return bool(_BARE_NEXT.search(text))


def answer(turn: FlowTurn) -> Answer:
    """The follow-up's answer; None when the records moved on (not selected any more) or the
    message is no such follow-up."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    if _EXTEND.search(text):
        return (yield from extend.answer(turn))
    if _MISSED.search(text):
        return rules.missed(turn)
    if WHEN.search(text):
        return (yield from mine.answer(turn))
    if _bare_next(text):
        person = yield from participant(turn)
        if person is None or person.status != "selected":
            return None
        return my_selection.steps(turn, person)
    return (yield from my_selection.follow_up(turn))


PATTERN = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_VIDEO_OR_NEXT, WHEN, _MISSED, _EXTEND))
    + f"|{_BARE_NEXT.pattern}"
)
FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]] = {
    my_selection.SELECTED: (PATTERN, answer),
}
"""The entry of ``flows.follow_up_answers.FOLLOW_UPS`` (replacing ``my_selection``'s)."""


__all__ = ["FOLLOW_UPS", "WHEN", "answer"]
