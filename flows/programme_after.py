"""What comes after the programme, asked by a participant who finished it ("abis ini sy ngapain
lg ya, udh dpt semua", "trus apa lagi yg harus sy lakukan", "what do I do now, I got
everything"): the survey and its incentive of their own era, the certificate kept, the rest of
the balance (the newest rules' days to spend it), and no second participation (DOMAIN.md
"Eras", "Eligibility": once in a lifetime). Probe p22b #8: read as goodbye, it got "Sampai
jumpa! Semoga sukses 👋"; ``flows.my_selection.next_asked`` answers the statuses before it."""

from __future__ import annotations

import re

from flows.formatting import money
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "programme_after"
MAX_WORDS = 14
_READINGS = frozenset(
    {None, "goodbye", "thanks", "help", "out_of_scope", "inform", "affirm", "deny", "greet",
     "registration_status", "unsubscribe", "incentive_status", "benefits_info"}
)  # fmt: skip
"""What such a question is read as ("abis ini ngapain": goodbye 0.51, unsubscribe second)."""
_NEXT = re.compile(
    r"\b(?:ngapain|ngapa2in|ngapa\s+aja|harus\s+apa|hrs\s+apa|apa\s+lagi|apa\s+lg|"
    r"(?:abis|habis|setelah|sesudah|stlh)\s+(?:ini|itu|selesai|semua\w*)\s+(?:apa|gmn|gimana)|"
    r"(?:langkah|tahap)\s+(?:selanjutnya|berikutnya)|(?:terus|trus|trs|lalu)\s+(?:apa|ngapain)|"
    r"apa\s+(?:selanjutnya|berikutnya)|what\s+(?:now|next)|now\s+what|then\s+what|"
    r"what\s+(?:do|should|can)\s+i\s+do)\b"
)
"""What to do next, asked."""
_DONE = re.compile(
    r"\b(?:udh|udah|sudah|sdh|dah|uda|already)\s+(?:\w+\s+)?(?:dapet|dpt|dapat|cair|masuk|"
    r"selesai|beres|kelar|lengkap|got|received|finished|done)\b|\b(?:semua|semuanya|everything|all)\b"
)
"""All of it received or done ("udh dpt semua"): after the programme, whatever came before."""
_PROBLEM = re.compile(r"\b(?:gagal|ggl|failed|fails?|failing|ditolak|rejected|error|eror)\b")
"""A problem told ("insentif aku failed terus, what should i do"): that problem's answer."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """After the programme, for a linked participant who completed it; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None:
        return None
    if turn.session.participant_id is None or not text or len(text.split()) > MAX_WORDS:
        return None
    unsure = message.ambiguous or message.confidence < turn.ctx.programme.dialogue.min_confidence
    if not (message.intent in _READINGS or unsure) or not _NEXT.search(text):
        return None
    if _PROBLEM.search(text):
        return None
    if just_said(turn) is not None and not _DONE.search(text):
        return None  # "jd sy hrs ngapain" right after a failed payment: that answer's steps
    person = yield from participant(turn)
    if person is None or person.status != "completed":
        return None
    programme = turn.ctx.programme
    era = programme.eras.get(person.era or "") or programme.era
    lines = [turn.say("programme_after.intro"), turn.say("programme_after.survey", **era.facts())]
    lines.append(turn.say("programme_after.certificate"))
    if person.balance > 0 and era.rest_days > 0:
        rest = money(person.balance)
        lines.append(turn.say("programme_after.balance", balance=rest, **era.facts()))
    elif person.balance > 0:
        lines.append(turn.say("programme_after.balance_other", balance=money(person.balance)))
    lines.append(turn.say("programme_after.once"))
    remember(turn, TOPIC)
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


__all__ = ["TOPIC", "answer"]
