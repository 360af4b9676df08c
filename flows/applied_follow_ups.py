"""Short follow-ups right after an applicant's status (``my_selection.APPLIED``: joined a wave,
waiting for the announcement), whatever the NLU reads them as:

- "kalo ga lolos gmn": join the next wave from the dashboard, no new registration (DOMAIN.md
  "Registration steps": "Gabung Gelombang"); the reason, if any, in the wave history;
- "bisa daftar lagi?": no new registration is needed; not selected, the next wave is joined
  the same way;
- "peluangnya gede ga": no odds are given; selection is random among eligible applicants and
  waves are often many times oversubscribed (DOMAIN.md "Eligibility");
- "ok deh aku tunggu": a friendly ok and where the result comes.

Before, the first two got the status again ("Jawabannya masih sama seperti tadi"), the third
"which did you mean?" and the last "Maaf, aku belum paham". Where and when the results come,
and "abis itu apa", keep ``my_selection.follow_up``'s answers."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import applied_results, my_selection
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

Answer = Ask[list[Outbound] | None]

_NOT = r"(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|belum|blm|not|don'?t)"
IF_NOT_SELECTED = re.compile(
    rf"\b(?:kalo|kalau|klo|kl|kalu|if|what if|seandainya|misal\w*)\b.{{0,20}}(?:\b{_NOT}\s+"
    r"(?:lolos|keterima|diterima|terpilih|kepilih|selected|get in|pass)\b|\b(?:gagal|fail\w*)\b)"
)
"""Not being selected: "kalo ga lolos gmn", "if I'm not selected?", "kalo gagal?"."""
AGAIN = re.compile(
    r"\b(?:daftar|mendaftar|gabung|ikut|apply|join|coba|nyoba)\w*\s+(?:lagi|lg|ulang|kembali|"
    r"again)\b|\bre-?(?:apply|register)\b"
)
"""Applying again: "bisa daftar lagi?", "boleh ikut lagi ga", "can I apply again?"."""
ODDS = re.compile(
    r"\b(?:peluang\w*|kesempatan\w*|kemungkinan\w*|chances?|odds|probabilit\w*|persen\w*)\b"
    r"|\b(?:gampang|susah|sulit|mudah)\s+(?:ga|gak|nggak|tidak)?\s*(?:lolos|keterima)\b"
)
"""The odds asked: "peluangnya gede ga", "susah ga lolosnya", "what are my chances?"."""
WAITING = re.compile(
    r"^\W*(?:(?:ok|oke|okey|okay|okee|sip|siap|baik|baiklah|yaudah|yaudh|ya|iya|deh|dh|kak|"
    r"min|aku|saya|sy|gue|gw|i'?ll|i will)\W+)*(?:tunggu|nunggu|menunggu|ditunggu|sabar|wait)"
    r"(?:\W+(?:aja|aj|deh|dh|ya|kak|min|dulu|dlu|kabarnya|pengumumannya|hasilnya|then|for it|"
    r"thanks|makasih|mksh))*\W*$"
)
"""Waiting, said: "ok deh aku tunggu", "yaudah nunggu aja", "ok I'll wait"."""
MAX_WORDS = 8
_WHERE_OR_NEXT = my_selection.FOLLOW_UPS[my_selection.APPLIED][0]
_KINDS = (
    (IF_NOT_SELECTED, "selection.applied_if_not"),
    (AGAIN, "selection.applied_again"),
    (ODDS, "selection.applied_odds"),
    (WAITING, "selection.applied_waiting"),
)


def answer(turn: FlowTurn) -> Answer:
    """The follow-up's answer; None when the records moved on (no longer waiting) or the
    message is no such follow-up."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    key = next((key for words, key in _KINDS if words.search(text)), None)
    if key is None:
        return (yield from my_selection.follow_up(turn))
    person = yield from participant(turn)
    if person is None or person.status != "applied":
        return None
    remember(turn, my_selection.APPLIED)  # "peluangnya gede ga" next: still the wait
    return [turn.reply(key, turn.menu_button())]


NOTIFIED = re.compile(
    r"\b(?:di)?(?:kabar|umum|kasih ?tau|beritahu|kirim)\w*\s+(?:\w+\s+)?(?:lewat|via|pake|pakai|"
    r"melalui|dari|di)\s+(?:apa|mana|mn)\b|\bhow (?:will|do) i (?:be )?(?:told|notified|know)\b"
)
"""How the result is told: "biasanya dikabarin lewat apa", "diumumin dimana"."""
_OTHERS = r"(?:temen|teman|kawan|sodara|saudara|adik|adek|kakak|tetangga|friend)\w*"
FRIEND_NOT_SELECTED = re.compile(
    rf"\b{_OTHERS}\b.{{0,40}}\b{_NOT}\s+(?:lolos|keterima|diterima|terpilih|selected)"
    rf"|\b{_NOT}\s+(?:lolos|keterima|diterima|terpilih)\w*\b.{{0,40}}\b{_OTHERS}"
)
"""Someone else never selected: "knp gt kok ga lolos2 temenku udh 5x" (probe p19 D15)."""
ASKED_MAX_WORDS = 12
_ASKED = (
    (NOTIFIED, "selection.where"),
    (IF_NOT_SELECTED, "selection.applied_if_not"),
    (FRIEND_NOT_SELECTED, "selection.applied_others_not_selected"),
)


def asked(turn: FlowTurn) -> Answer:
    """An applicant's question on the wait, said at any point, whatever the NLU reads it as
    (before, "biasanya dikabarin lewat apa" got the broadcast offer, "kalo ga lolos bisa ikut lg
    ga" the waiting text again, a friend never selected "Jawabannya masih sama"): how the result
    is told, what if not selected, why others are not. None: not linked, not waiting, or no
    such question."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > ASKED_MAX_WORDS:
        return None
    key = next((key for words, key in _ASKED if words.search(text)), None)
    if key is None:  # "when will the results come out", "did I get in?": the status
        return (yield from applied_results.asked(turn))
    person = yield from participant(turn)
    if person is None or person.status != "applied":
        return None
    remember(turn, my_selection.APPLIED)  # "peluangnya gede ga" next: still the wait
    return [turn.reply(key, turn.menu_button())]


PATTERN = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (_WHERE_OR_NEXT, IF_NOT_SELECTED, AGAIN, ODDS, WAITING))
)
FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Answer]]] = {
    my_selection.APPLIED: (PATTERN, answer),
}
"""The entry of ``flows.follow_ons.FOLLOW_UPS`` (replacing ``my_selection``'s)."""


__all__ = ["AGAIN", "FOLLOW_UPS", "IF_NOT_SELECTED", "NOTIFIED", "ODDS", "WAITING", "answer",
           "asked"]  # fmt: skip
