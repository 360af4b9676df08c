"""Frustration about a ticket right after its status was shown or it was filed: "udh seminggu
lebih loh", "kalian kerja ga sih", "aku butuh bgt buat bayar kontrakan", "kok statusnya masih
diterima", "woy". Heard first (an apology, or the need acknowledged), then what the ticket's
status means, that no resolution time is published so none is promised (DOMAIN.md
"Complaints"), how to add information, and the contact centre. Before: the greeting menu, "belum
paham", a did-you-mean about benefits, or the participant's training record.

Said again within the same stretch, a shorter answer (the facts were just given) offers a
person instead of repeating the whole text."""

from __future__ import annotations

import re

from flows.complaint_ticket import FILED_AT
from flows.complaint_topics import category_for
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.queries import MyTickets
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.ticket_add_info import WORKED_ON
from flows.ticket_reply_typed import payload
from flows.turn import Ask, within_context_of

TOPIC = "ticket_vent"
"""``flows.last_answer`` topic of this answer: a second vent right after gets the short one."""
CONTEXT = 4
"""A status answer among this many last intents: the message is about that ticket."""
MAX_WORDS = 14

_WAITED = re.compile(
    r"\b(?:udah|udh|uda|sudah|sdh|dah|dari|sejak)\s+(?:\d+|se|satu|dua|tiga|empat|lima|berapa|"
    r"brp)\s*(?:hari|hr|minggu|mgg|pekan|bulan|bln)\b|\bse(?:minggu|pekan|bulan)\b"
    r"|\b(?:lama+|lma|kelamaan|lambat|lelet|lemot)\b|\bga+ (?:ada )?(?:kabar|kelar|beres)\w*\b"
)
"""The wait itself: "udh seminggu lebih loh", "dari 2 minggu lalu", "lama bgt"."""
_SCOLD = re.compile(
    r"\bkerja (?:ga|gak|gk|nggak|ngga|tidak|apa)\b|\b(?:ga|gak|gk|nggak|tidak) (?:becus|jelas|"
    r"profesional|niat|kerja)\b|\b(?:payah|parah|kecewa\w*|kesel\w*|kesal\w*|capek|cape|"
    r"gaji buta|ngapain aja|pada kemana|ke ?mana aja|useless|ridiculous)\b"
    r"|\b(?:ga|gak|gk|g|nggak|ngga|tidak|tdk|belum|blm|tanpa|gada|gaada)\s+(?:ada\s+)?"
    r"(?:kepastian|kejelasan|kabar)\w*"
)
"""A scolding: "kalian kerja ga sih", "ga becus", "payah", "ngapain aja", "ga ada kepastian"."""
_NEED = re.compile(
    r"\bbutuh\w*\s+(?:bgt|banget|bngt|sekali|bener|uang\w*|duit\w*|dana)\b|\b(?:perlu|penting)\w* "
    r"(?:bgt|banget|sekali)\b|\b(?:buat|untuk|utk) (?:bayar|makan|biaya|sewa|kontrakan|kos|"
    r"sekolah|berobat|cicilan|utang|hutang)\b|\b(?:urgent|mendesak|darurat)\b"
    r"|\bneed (?:it|the money|this)\b"
)
"""A need: "aku butuh bgt buat bayar kontrakan", "penting banget", "urgent"."""
_STATUS = re.compile(
    r"\b(?:status\w*|masih|kok|maksud\w*|arti\w*|apa)\b.{0,25}\b(?:diterima|ditangani|"
    r"menunggu data)\b|\b(?:diterima|ditangani)\b.{0,15}\b(?:maksud\w*|arti\w*|apa|gmn|gimana)\b"
)
"""The status named and asked about: "kok statusnya masih diterima", "ditangani itu apa"."""
_PING = re.compile(r"^(?:woy+|woi+|oy+|oi+|p+|halo+|hallo+|hai+|min+|kak|admin|\?+)[\s?!.]*$")
"""A bare call for attention right after: "woy", "halo??", "p"."""
_HOW_LONG = re.compile(r"\b(?:berapa|brp|seberapa|kapan|kpn)\b|\bhow long\b")
"""How long, or when, asked: a question with its own answer, not a vent."""
_HOW_LONG_MORE = re.compile(
    r"\b(?:hari|hr|minggu|mgg|bulan|bln|lama|lma|lagi|lg|selesai|beres|kelar|diproses|"
    r"ditangani|dibales|dibalas|done|days?|weeks?|finished|solved)\b"
)
"""How much longer asked ("kira2 brp hari lg", "kapan selesainya") right after a vent: no
date promised, the short answer (right after the status the follow-up's own answer)."""
_STAFF_SAID = re.compile(
    r"\b(?:petugas|admin|cs|staff?)\w*\s+(?:\w+\s+){0,2}?(?:bilang|blg|bilangnya|suruh|nyuruh|"
    r"minta)\b.{0,20}\b(?:nunggu|menunggu|tunggu|ditunggu|sabar)\b"
    r"|\b(?:disuruh|suruh|diminta)\s+(?:\w+\s+)?(?:nunggu|menunggu|tunggu|sabar)\b"
    r"|\b(?:staff?|they)\s+(?:told|asked)\s+me\s+to\s+wait\b"
)
"""Staff's "please wait" told back ("petugasnya bilang suruh nunggu"): about the open ticket
even with no status shown just before."""
_STATE_KEYS = {"open": "open", "in_progress": "in_progress", "waiting_user": "waiting_user"}


def kind(text: str) -> str | None:
    """What the message is: "status" (the status asked about), "need", "waited", "scold",
    "ping", "how_long" (how much longer); None otherwise."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS:
        return None
    if _HOW_LONG.search(lowered):  # "kira2 brp hari lg": no date promised (``answer``)
        more = _HOW_LONG_MORE.search(lowered) or _STAFF_SAID.search(lowered)
        asks_more = more and category_for(lowered) is None
        return "how_long" if asks_more else None
    if _STATUS.search(lowered):
        return "status"
    if _NEED.search(lowered):
        return "need"
    if _WAITED.search(lowered):
        return "waited"
    if _SCOLD.search(lowered):
        return "scold"
    return "ping" if _PING.match(lowered) else None


def _about_ticket(turn: FlowTurn) -> bool:
    """A status answer among the last intents, a ticket filed within the context window, or
    this answer just given."""
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    if "complaint_status" in before[-CONTEXT:] or just_said(turn) == TOPIC:
        return True
    return within_context_of(float(turn.session.profile.get(FILED_AT) or 0), turn.message.at)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Heard, the status explained, no date promised, adding info and the phone line offered;
    None when the message is none of these, a flow runs, or no ticket of this chat is open."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    said = kind(message.text or "")
    if said is None or (said == "ping" and just_said(turn) is None):
        return None
    if said == "how_long" and just_said(turn) != TOPIC:  # right after the status: no date
        if _STAFF_SAID.search((message.text or "").lower()):  # "petugasnya bilang suruh
            return (yield from _staff_wait(turn))  # nunggu, sampe kapan??": that ticket
        return (yield from _ticket_time(turn)) if _about_ticket(turn) else None
    read = message.confidence >= turn.ctx.programme.dialogue.min_confidence
    if said == "waited" and message.intent == "complaint" and read and not message.ambiguous:
        return None  # "lama bgt sih udh seminggu": the complaint's own impatience answer
    if not _about_ticket(turn):
        return None
    tickets = yield MyTickets(message.channel, message.user_id)
    worked_on = [t for t in tickets if t.status in WORKED_ON]
    if not worked_on:
        return None
    ticket = worked_on[0]
    contact = turn.ctx.programme.contact_centre
    add = turn.button(
        "complaints.open_ticket_add", payload(ticket.reference, said=False, adding=True)
    )
    again = just_said(turn) == TOPIC
    remember(turn, TOPIC)
    turn.session.misses = 0
    heard = turn.say(f"ticket_vent.heard_{said}")
    if again:
        person = turn.button("common.talk_to_person", controls.HUMAN)
        text = turn.say("ticket_vent.again", reference=ticket.reference, contact_centre=contact)
        return [Outbound(f"{heard} {text}", (add, person, turn.menu_button()))]
    state = _STATE_KEYS.get(ticket.status, "open")
    status = turn.say(f"ticket_status.{ticket.status}")
    meaning = turn.say(f"ticket_vent.state_{state}", reference=ticket.reference, status=status)
    rest = turn.say("ticket_vent.no_date", contact_centre=contact)
    return [Outbound(f"{heard} {meaning} {rest}", (add, turn.menu_button()))]


def _staff_wait(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Staff's "please wait" told back with "until when?": the open ticket is with staff, no
    date is promised, the contact centre with its number; None with no open ticket."""
    message = turn.message
    tickets = yield MyTickets(message.channel, message.user_id)
    worked_on = [t for t in tickets if t.status in WORKED_ON]
    if not worked_on:
        return None
    turn.session.misses = 0
    remember(turn, TOPIC)  # "aku kecewa bgt" next: heard, a person offered
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    contact = turn.ctx.programme.contact_centre
    reference = worked_on[0].reference
    return [turn.reply("complaints.impatient.ticket", status, turn.menu_button(),
                       reference=reference, contact_centre=contact)]  # fmt: skip


def _ticket_time(turn: FlowTurn) -> Ask[list[Outbound]]:
    """ "kira2 brp hari lg" right after a ticket's status: no date is promised, as the bare
    follow-up answers it (its topic kept for "kok ditutup" next), not a balance rule."""
    from flows import bare_follow_ups  # here: it imports the answers that import this

    replies = yield from bare_follow_ups.answer(turn)
    if replies is not None:
        return replies
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    return [turn.reply("kb.ticket_time", status, turn.menu_button())]


__all__ = ["TOPIC", "answer", "kind"]
