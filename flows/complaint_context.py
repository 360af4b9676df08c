"""Where a complaint starts from: its topic taken from the conversation before it (the topic an
answer just recorded, the user's last messages, the intent answered last), and the known fix
skipped when it was just shown, is past (an incentive awaited too long) or was tried already
("udah coba semua cara": the complaint goes straight on to what staff need)."""

from __future__ import annotations

import re

from flows import account_bought
from flows.complaint_additions import is_request
from flows.complaint_evidence import unmasked
from flows.complaint_open_ticket import another_asked
from flows.complaint_story import KEPT, OPENING, masked, story_like
from flows.complaint_told_pieces import told_in_pieces
from flows.complaint_topics import FIX_SHOWN, KNOWN_FIX, category_for, topic_answered
from flows.complaint_venting import scorned
from flows.incentive_story import told_in
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of
from flows.waiting import waited_too_long

WARNED = "_warned"
"""The answer that offered the complaint gave its warning and steps already (a fraud told)."""


def context(turn: FlowTurn) -> Ask[list[Outbound]]:
    """ "mau lapor aja" (or the answer's "Buat pengaduan" button) right after messages about a
    problem ("sertifikat blm keluar padahal udh selesai"): the complaint is about the latest.
    The topic an answer recorded (``FIX_SHOWN``) comes first, then the words of the user's last
    messages, then the topic of the intent answered last ("bisa pakai gopay?"). A story the
    answer kept (a fraud told) is the complaint's, not asked for again."""
    shown = topic_answered(turn)
    turn.session.profile.pop(FIX_SHOWN, None)
    if another_asked(turn):  # "Pengaduan lain" under the open ticket named: the menu
        return []
    if "category" not in turn.slots or _revocation_purchase(turn, shown):
        found = _topic(turn, shown)
        if found is not None:
            turn.slots["category"] = found
    same = shown is not None and shown["category"] == turn.slots.get("category")
    if same and shown and shown.get("fix", True):
        turn.slots["helped"] = "no"  # the fix was just shown: complaining means it did not help
    if same and shown and shown.get("story") and "description" not in turn.slots:
        turn.slots["description"] = _with_more(turn, str(shown["story"]))  # told with the
        turn.slots[KEPT], turn.slots[WARNED] = True, True  # answer: not asked again
    opening = _opening_story(turn, shown) if "description" not in turn.slots else None
    if opening is not None:  # "min insentif aku 600rb blm masuk2 udh 2 bulan", then the button
        turn.slots["description"], turn.slots[KEPT] = opening, True
    return _heard(turn)
    yield


def _revocation_purchase(turn: FlowTurn, shown: dict[str, object] | None) -> bool:
    """A purchase told right after the revocation's answer ("aku udah beli pelatihan tgl 20
    sept tp ga kecatat" after "revoked: the first course was not bought in time; sure you
    bought it? complain"): the revocation's complaint, not one about a redeem code (probe p24c)."""
    just = shown is not None and shown.get("turn") == turn.session.turns - 1
    revoked = just and shown is not None and shown.get("category") == "revoked"
    return revoked and turn.slots.get("category") == "purchase_redeem"


def _with_more(turn: FlowTurn, told: str) -> str:
    """The story the answer kept, and the message starting the complaint when it tells more of
    that story ("dia minta kode otp aku" right after the cash-out warning): before, the story
    kept alone, this message lost."""
    text = turn.message.text or ""
    if turn.message.payload is not None or is_request(text) or not text.strip():
        return told
    if category_for(text) != turn.slots.get("category"):
        return told
    more = masked(" ".join(text.split()))
    return told if more in told else f"{told}\n{more}"


def _heard(turn: FlowTurn) -> list[Outbound]:
    """The programme called a scam over not being selected ("prakerja penipuan!!! ga pernah
    lolos"): the frustration acknowledged before the fix (``flows.not_selected_vent`` answers
    it outside a complaint)."""
    text = (turn.message.text or "").lower()
    if turn.slots.get("category") != "not_selected" or not scorned(text, _fraud_named):
        return []
    return [Outbound(turn.say("not_selected.vented"))]


def _fraud_named(lowered: str) -> bool:
    return category_for(lowered) == "fraud"


KEPT_CHARS = 100
"""The router keeps the user's last messages cut at this length: one this long may be cut."""


def _opening_story(turn: FlowTurn, shown: dict[str, object] | None) -> str | None:
    """The message the answer offering the complaint replied to, when it told the story of
    that complaint (a story of its category, 8+ words asking nothing) and the complaint was
    asked for with the answer's button right after it: the story, not asked for again. Kept
    only whole; an unpaid incentive told in a few words is kept too (``_wait_told``). A request
    typed instead of the button ("mau ngadu aja") takes the story told just before it."""
    typed = turn.message.payload is None
    if typed and not is_request(turn.message.text or ""):
        return None
    before = _previous_texts(turn)
    if typed:  # "mau ngadu aja" typed after the story (and perhaps a code warned about)
        return _told_before(turn, before)
    if shown and shown.get("turn") != turn.session.turns - 1:
        return _wait_told(turn, shown, before)
    said = before[-1] if before else ""
    if len(said) >= KEPT_CHARS or not story_like(said):
        return _wait_told(turn, shown, before)
    if category_for(said) != turn.slots.get("category") or account_bought.asked(said):
        return None  # "kalo sy beli akun org lain bisa ga": asked, not the seller's report
    return unmasked(turn.session.profile, masked(said))  # a fraud's numbers: for the evidence


TOLD_BACK = 3
"""A story told among this many messages before a typed request to complain is its story."""


def _told_before(turn: FlowTurn, before: list[str]) -> str | None:
    """The latest of the last messages that tells a story of the complaint's category ("kode
    redeem aku error "kode tidak valid" padahal pas jam kelasnya", then "mau ngadu aja"): the
    story, not asked for again (before: "Ceritakan masalahnya")."""
    category = turn.slots.get("category")
    for said in reversed(before[-TOLD_BACK:]):
        if len(said) < KEPT_CHARS and story_like(said) and category_for(said) == category:
            return unmasked(turn.session.profile, masked(said))
    return told_in_pieces(turn.session.profile, before[-TOLD_BACK:], category)  # in pieces


def _wait_told(turn: FlowTurn, shown: dict[str, object] | None, before: list[str]) -> str | None:
    """An unpaid incentive told in a few words since the answer that offered the complaint
    ("udah 2 bulan blm masuk", then its "Buat pengaduan"): those messages about the incentive
    are the story, from the one that answer replied to on (``flows.incentive_story``)."""
    answered_in = shown.get("turn") if shown else None
    if not isinstance(answered_in, int) or turn.slots.get("category") != "incentive":
        return None
    told = turn.session.turns - answered_in  # its message and those after it
    since = before[-told:] if told > 0 else []
    today = turn.message.at.date()
    if not any(told_in(text, today) for text in since):
        return None
    about = [text for text in since if told_in(text, today) or _about_incentive(text)]
    return masked("\n".join(about))


INTENT_TOPICS = {
    "payment_account": "payout_link",
    "incentive_status": "incentive",
    "certificate": "certificate",
    "redeem_code": "purchase_redeem",
}
"""The category of a complaint made right after an answer to one of these intents."""


def _topic(turn: FlowTurn, shown: dict[str, object] | None) -> str | None:
    recorded = str(shown["category"]) if shown else None
    if shown and shown.get("turn") == turn.session.turns - 1:
        return recorded  # the answer just before this message
    named = (category_for(text) for text in reversed(_previous_texts(turn)))
    found = next((category for category in named if category), None) or recorded
    if found is not None:
        return found
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return INTENT_TOPICS.get(before[-1]) if before and recent else None


def overdue(turn: FlowTurn) -> Ask[list[Outbound]]:
    """An incentive awaited past the point where support looks ("udah 2 bulan", "for two
    months") is past the known fix, which says money comes 3-5 working days after its date:
    the fix is not shown, the complaint is taken. So is a story that says the tips were all
    tried already (``tried_all``)."""
    if "helped" in turn.slots:
        return []
    if turn.slots.get("category") in KNOWN_FIX and tried_all(_story_told(turn)):
        turn.slots["helped"] = "no"  # "udah coba semua cara": the tips are not shown again
        return [Outbound(turn.say("complaints.fix_tried"))]
    if turn.slots.get("category") != "incentive":
        return []
    message, hours = turn.message, turn.ctx.programme.incentive_support_after_hours
    today = message.at.date()
    said = [(message.text or "", message.entity("date"))]
    said += [(text, None) for text in _previous_texts(turn) if _about_incentive(text)]
    if not any(waited_too_long(text, since, today, hours) for text, since in said):
        return []
    turn.slots["helped"] = "no"
    return [Outbound(turn.say("complaints.overdue", days=-(-hours // 24)))]
    yield


_DONE = r"(?:udah|sudah|udh|sdh|dah|uda|telah|already|i'?ve|i have|have)"
_TRY = (
    r"(?:coba\w*|dicoba\w*|nyoba\w*|mencoba\w*|ganti\w*|diganti\w*|ngganti\w*|ulang\w*|"
    r"diulang\w*|ngulang\w*|ikut(?:in|i)\w*|diikut\w*|ngikut\w*|lakuin\w*|dilakuk\w*|lakuk\w*|"
    r"praktek\w*|praktik\w*|tried|try|done|followed|changed|redone|retried|retaken)"
)
_EVERY = (
    r"(?:semua\w*|smua\w*|smw|segala\w*|everything|all|tips?\w*|cara\w*|saran\w*|langkah\w*|"
    r"petunjuk\w*|panduan\w*|steps?|advice)"
)
"""All of it tried, or the tips themselves ("coba semua cara", "ikutin tipsnya")."""
_AGAIN = (
    r"(?:berkali\W?kali|berkali2|berulang\W?(?:kali|ulang)?|bolak\W?balik|\d+\s*(?:x|kali)|"
    r"puluhan kali|many times|several times|over and over|again and again|\d+ times)"
)
"""Tried again and again ("ganti foto berkali-kali", "udah 10x coba")."""


def _tried(what: str) -> re.Pattern[str]:
    """Trying said to be done with ``what`` near it, before or after; or tried ``what`` and
    still failing ("foto ulang berkali kali tetep ditolak")."""
    return re.compile(
        rf"\b{_DONE}\b(?:\W+\w+){{0,3}}?\W+{_TRY}\b(?:\W+\w+){{0,3}}?\W+{what}\b"
        rf"|\b{_DONE}\b(?:\W+\w+){{0,2}}?\W+{what}\b(?:\W+\w+){{0,2}}?\W+{_TRY}\b"
        rf"|\b{what}\b(?:\W+\w+){{0,3}}?\W+{_DONE}\b(?:\W+\w+){{0,2}}?\W+{_TRY}\b"
        rf"|\b{_TRY}\b(?:\W+\w+){{0,3}}?\W+{what}\b(?:\W+\w+){{0,2}}?\W+"
        r"(?:tetap|tetep|masih|still|tp|tapi|but)\b"
    )


_TRIED_EVERY, _TRIED_AGAIN = _tried(_EVERY), _tried(_AGAIN)
_ASKS_WHAT_TO_DO = re.compile(
    r"\b(?:harus|hrs|musti|mesti|sebaiknya|baiknya)\s+(?:gimana|gmn|gmna|bagaimana|ngapain|apa)\b"
    r"|\b(?:gimana|gmn|bagaimana)\s+(?:caranya|solusinya)\b|\b(?:caranya|solusinya)\s+"
    r"(?:gimana|gmn|apa)\b|\bwhat (?:should|can|do) i do\b|\bhow (?:do|can|should) i\b"
)
"""What to do asked: the tips answer it ("aku harus gimana ya kak")."""


def tried_all(text: str) -> bool:
    """The story says the usual tips were tried already: all of them ("udah coba semua cara",
    "udah saya coba semua tipsnya", "semua cara udah aku coba", "I've tried everything"), or
    again and again without asking what to do ("sudah ganti foto KTP berkali-kali tetap
    gagal"; "... udah aku coba berkali kali ... aku harus gimana ya kak" is shown the tips)."""
    lowered = " ".join(text.lower().split())
    if _TRIED_EVERY.search(lowered):
        return True
    return bool(_TRIED_AGAIN.search(lowered)) and not _ASKS_WHAT_TO_DO.search(lowered)


def _story_told(turn: FlowTurn) -> str:
    """The story so far: this message (the opening, or a story typed for the category), the
    story kept, and the user's last messages about this category or none named ("upload ktp
    gagal mulu, udah saya coba semua tipsnya" before its category was tapped)."""
    kept = [str(turn.slots.get(name, "")) for name in ("description", OPENING)]
    category = turn.slots.get("category")
    before = [text for text in _previous_texts(turn) if category_for(text) in (None, category)]
    return " ".join((turn.message.text or "", *kept, *before))


def _about_incentive(text: str) -> bool:
    """An earlier message about the incentive or about nothing named: a wait told about
    another topic ("sertifikat blm muncul padahal udh selesai 2 minggu lalu", before the
    complaint became the incentive's) is no wait for the money."""
    return category_for(text) in (None, "incentive")


def _previous_texts(turn: FlowTurn) -> list[str]:
    """The user's last few messages before this one, if the last came within the context
    window ("gimana cara benerinnya?" may stand between the problem and the complaint)."""
    session = turn.session
    recent: list[str] = session.profile.get("recent") or []
    before = recent[:-1] if turn.message.text else recent  # this message is already noted
    return before if within_context_of(session.last_activity, turn.message.at) else []
