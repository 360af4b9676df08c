"""A complaint's category changed on the way ("eh ga jadi deh, sertifikat aku aja yg blm
muncul"): recognised at any of the later questions (``or_switch`` wraps their validators),
followed by ``then`` to the ``switch`` state, which forgets the answers about the old category
and goes on with the new one's known fix or questions."""

from __future__ import annotations

import re

from flows import complaint_order as order
from flows import complaint_story as story
from flows.complaint_additions import adds_in_words, is_request
from flows.complaint_form_words import changed_account
from flows.complaint_switch_story import named, told_with_switch
from flows.complaint_topics import CATEGORIES, category_for
from flows.messages import Outbound
from flows.result import Invalid, Result, Valid
from flows.runtime.controls import OPTION
from flows.runtime.history import HISTORY
from flows.runtime.machine import FlowTurn, Go, Slots, Validator
from flows.turn import Ask, FlowContext, Message

SWITCH = "switch"
"""What a validator of the complaint's later questions gives for a change of category ("eh ga
jadi deh, sertifikat aku aja yg blm muncul"): the flow switches and says so."""
SWITCHABLE = ("helped", "description", "wave", "payout", "provider", "order", "confirm")
_CHANGE = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:eh|ehh|oh|eits|(?:ga|gak|gk|nggak|ngga|g|tidak) ?(?:jadi|jd)|"
    r"gajadi|batal|bukan|salah|ganti|maksud\w*|sebenernya|sebenarnya|harusnya|ralat|koreksi|"
    r"actually|wait|sorry|no wait|not that|wrong|instead)\b"
)
"""A correction opens the message ("eh", "ga jadi", "bukan itu", "maaf salah pilih"): a story
that says "bukan" further on changes nothing."""
MAX_SWITCH_WORDS = 15
_CORRECTS = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|g|tidak) ?(?:jadi|jd)|gajadi|batal\w*|bukan|salah|ganti\w*|"
    r"maksud\w*|sebenernya|sebenarnya|harusnya|ralat|koreksi|aja|saja|actually|not that|wrong|"
    r"instead|rather)\b"
)
"""A correction in so many words: "eh" or "wait" alone opens a question just as well."""
_EXPLICIT = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|g|tidak) ?(?:jadi|jd)|gajadi|batal\w*|bukan|salah|maksud\w*|"
    r"sebenernya|sebenarnya|harusnya|ralat|koreksi|actually|not that|wrong|instead)\b"
)
"""A correction said outright ("eh salah, bukan X, maksudnya Y"): not "ganti" or "eh" alone."""
_TRIED = re.compile(
    r"\b(?:udah|sudah|udh|dah|sdh|pernah|sempat|sempet|barusan)\s+(?:\w+\s+)?(?:di)?"
    r"(?:ganti|ubah|tukar|tuker|pindah|coba)\w*|\b(?:tetap|tetep|ttp|masih|msh)\s+(?:aja\s+)?"
    r"(?:gagal|belum|blm|ga|gak|gk|tidak|nggak|error)\b"
)
"""What was tried, or the problem going on ("udah ganti nomor HP dana tapi tetap gagal"): the
story of this complaint, though it names another topic's words."""
_ASIDE = re.compile(
    r"\?|\b(?:btw|by the way|ngomong2|ngomong-ngomong|omong2|brp|berapa|brapa|gimana|gmn|"
    r"bagaimana|kapan|kpn|apa|apakah|how much|how|what|when)\b"
)
"""A question by the way ("eh btw insentif itu brp sih?"): another topic asked about, not the
complaint's category changed."""


def tapped(message: Message, slots: Slots) -> str | None:
    """Another category's button, still on screen from the category question, tapped later:
    taken as the typed correction is ("eh salah, maksudku insentif")."""
    payload = message.payload or ""
    value = payload[len(OPTION) :] if payload.startswith(OPTION) else ""
    return value if value in CATEGORIES and value != slots.get("category") else None


def switched(message: Message, slots: Slots) -> bool:
    """The message corrects the complaint's category to another one it names."""
    if tapped(message, slots):
        return True
    text = " ".join((message.text or "").lower().split())
    if message.payload or not text or len(text.split()) > MAX_SWITCH_WORDS:
        return False
    if changed_account(text):  # "udah aku ganti ke rekening bni": the fix followed, no switch
        return False
    if order.wanted_first(message, slots):  # "yg insentif dulu": the kept one goes first
        return True
    if _TRIED.search(text) and not _EXPLICIT.search(text):
        return False  # "udah ganti nomor HP dana tapi tetap gagal": this one's story
    new = named(text)
    if new is None or new == slots.get("category") or not _CHANGE.search(text):
        return False
    if adds_in_words(text) and not _CORRECTS.search(text):
        return False  # "oh iya tambahan, lembaganya udah aku email": a detail, no switch
    return not _ASIDE.search(text) or bool(_CORRECTS.search(text))


_ASKED_AGAIN = re.compile(
    r"^(?:\w+\W+){0,2}?(?:mau|mo|pengen|pgn|ingin|minta|pengin)\s+(?:bikin\s+|buat\s+)?"
    r"(?:komplain|complain|lapor|melapor|ngadu|mengadu|pengaduan|aduan)\b"
)
"""The complaint asked for again ("mau komplain insentif gagal" at its payout question)."""


def asked_again(message: Message, slots: Slots) -> bool:
    """This same complaint asked for again, nothing new told: the one being filled in."""
    text = " ".join((message.text or "").lower().split())
    if message.payload or not text or "?" in text:
        return False
    same = category_for(text) in (None, slots.get("category"))
    return same and (is_request(text) or bool(_ASKED_AGAIN.search(text)))


def or_switch(validate: Validator) -> Validator:
    """``validate``, but another category named instead switches the complaint; this one
    asked for again is told it is being filled in (not "belum menangkap")."""

    def validator(message: Message, slots: Slots, ctx: FlowContext) -> Result:
        if switched(message, slots):
            return Valid(SWITCH)
        result = validate(message, slots, ctx)
        if result is None and asked_again(message, slots):  # not understood otherwise
            return Invalid("complaint_same", miss=False)
        if result is None and message.payload:  # "Ya" tapped again on "did this help?"
            return Invalid("complaint_stale_tap", miss=False)
        return result

    return validator


def _switching(slots: Slots, _: FlowContext) -> bool:
    return any(slots.get(name) == SWITCH for name in SWITCHABLE)


def switch(turn: FlowTurn) -> Ask[list[Outbound]]:
    """The category named instead: the answers about the old one are forgotten (a story told
    already is kept, and one told with the change is kept too: ``complaint_switch_story``),
    and the new category's known fix or questions follow."""
    new = tapped(turn.message, turn.slots) or named(
        " ".join((turn.message.text or "").lower().split())
    )
    swapped = order.swap(turn) if order.wanted_first(turn.message, turn.slots) else None
    told = swapped[0] if swapped else told_with_switch(turn)
    for name in (*SWITCHABLE, story.KEPT):
        if swapped or name != "description" or turn.slots.get(name) == SWITCH:
            turn.slots.pop(name, None)
    turn.slots["category"], turn.slots[HISTORY] = new, []
    if told:
        turn.slots["description"] = told
    topic = turn.say(f"complaints.category.options.{new}")
    if swapped:  # "yg insentif dulu": that one now, this one kept for after
        later = turn.say(f"complaints.category.options.{swapped[1]}")
        return [Outbound(turn.say("complaints.second.swapped", first=topic, second=later))]
    return [Outbound(turn.say("complaints.switched", topic=topic))]
    yield


def then(*moves: Go) -> tuple[Go, ...]:
    return (Go("switch", _switching, "category changed"), *moves)
