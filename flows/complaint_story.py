"""What a complainant tells: the story (a message of 8+ words that asks nothing, or of 15+ words
whatever it asks, kept whole and not asked for again, whether it opened the complaint or came
instead of yes or no to "did this help?"; "kan udah aku ceritain di atas" at the story question
is that opening) and the details it already gives (the payout, the wave). A story is kept with
its secrets masked (a voucher code, a password, an OTP: never in a ticket), and a fuller story
typed at the summary replaces the one told (or adds to it) before the summary is shown again."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import complaint_story_more as story_more
from flows import incentive_story
from flows.complaint_additions import adds_to_story, is_request
from flows.complaint_form_words import already_done
from flows.complaint_questions import asks_instead, short_and_not_told
from flows.complaint_redeem import window_note
from flows.complaint_topics import category_for
from flows.known_requests import asks_known_request
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import FlowTurn, Slots
from flows.safety import MASK, shown, strip_secrets
from flows.turn import Ask, FlowContext, Message
from flows.yes_no import describes_fault, tried_already

PAYOUTS = ("BNI", "BCA", "OVO", "GoPay", "DANA", "LinkAja")

STORY_WORDS = 8
"""A message this long that asks nothing is a story: the opening message naming a category, or
one given instead of yes or no to "did this help?", is not asked for again ("itu penipuan
kan?" asks, so the story is still asked for)."""

LONG_STORY_WORDS = 15
"""A message this long is a story even with a question in it ("... post test error terus,
batas waktunya besok. aku harus gmn?")."""
KEPT = "story_kept"
"""The opening message was kept as the story: said once, so the user knows it was read."""
OPENING = "opening"
"""The opening message of 8+ words not kept as the story: what "told you above" points to."""
_TOLD_ABOVE = re.compile(
    r"\b(?:udah|sudah|udh|dah|sdh|kan)\b.{0,20}\b(?:cerita\w*|jelas\w*|tulis|bilang|kasih tau)\b"
    r"|\b(?:di ?atas|yang tadi|yg tadi)\b|\b(?:told you|said it|wrote it) (?:above|already|before)"
)
_GO_ON = re.compile(
    r"(?:(?:ok|oke|sip|yuk|ayo|ya)\W*)?(?:lanjut|lanjutkan|lanjutin|terus|next|go on|continue)"
    r"(?:\s*(?:aja|kak|min|ya|deh|dong|ngadu\w*|lapor\w*|komplain\w*|pengaduan\w*))*"
)
"""Going on ("lanjut aja") where the story is asked: no story, and no miss either."""


def story_like(text: str) -> bool:
    words = len(text.split())
    return words >= LONG_STORY_WORDS or (words >= STORY_WORDS and "?" not in text)


def prefill(message: Message, _: FlowContext) -> Slots:
    found = category_for(message.text or "") if message.text else None
    if found is None:
        return {}
    slots: Slots = {"category": found}
    story = description(message, slots, _)
    text = message.text or ""
    if story_like(text) and isinstance(story, Valid):
        slots["description"] = story.value
        slots[KEPT] = True
        slots.update(story_details(message))
    elif len(text.split()) >= _opening_words(found) and isinstance(story, Valid):
        slots[OPENING] = story.value  # "itu penipuan kan? ..." asks; kept in case it was told
    elif _piece(text):
        slots[PIECES] = [masked(" ".join(text.split()))]  # "ktp aku gagal verifikasi wajah terus"
    return slots


PIECES = "story_pieces"
"""What was told in short messages before the story question ("ktp aku gagal verifikasi wajah
terus", then "udh dicoba 10x" at "did this help?"): put before the story typed there, so no
piece is lost (before, the story kept only "pake hp samsung a10, lampu terang kok")."""
MIN_PIECE_WORDS = 3
_ASKS_TO_FILE = re.compile(
    r"\b(?:mau|ingin|pengen|pgn|mo|mw|tolong|want to)\s+(?:\w+\s+)?(?:komplain|complain|lapor|"
    r"ngadu|mengadu|pengaduan|aduan|report)\w*"
)


def _piece(text: str) -> bool:
    """A short message that tells part of the problem, not one that only asks to complain
    ("mau komplain insentif ga masuk2") or asks something."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) < MIN_PIECE_WORDS or "?" in lowered or is_request(lowered):
        return False
    return not _ASKS_TO_FILE.search(lowered) and not asks_instead(lowered)


def forget(turn: FlowTurn) -> Ask[list[Outbound]]:
    """ "Tulis ulang": the story and its pieces forgotten, the story asked again."""
    turn.slots.pop("description", None)
    turn.slots.pop(PIECES, None)
    return []
    yield


def with_pieces(story: str, slots: Slots) -> str:
    """The story with the pieces told before it, those it does not hold already."""
    kept = slots.get(PIECES)
    pieces = [str(p) for p in kept if str(p) not in story] if isinstance(kept, list) else []
    return "\n".join([*pieces, story])[:MAX_TEXT_LENGTH]


FRAUD_OPENING_WORDS = 4
"""A fraud is told in few words ("ada yg nawarin joki prakerja bayar 200rb"): kept as the
opening of its story, which "mau lapor" then points to and the story told next adds to."""


def _opening_words(category: str) -> int:
    return FRAUD_OPENING_WORDS if category == "fraud" else STORY_WORDS


def from_category(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A story typed as the answer to "what is it about?" ("akun saya diblokir pas login
    kemarin, katanya melanggar"): the category was read from it, and it is the story too, with
    the details it gives; only what is missing is asked for."""
    message = turn.message
    if "description" in turn.slots or message.payload or not story_like(message.text or ""):
        return []
    story = description(message, turn.slots, turn.ctx)
    if isinstance(story, Valid):
        turn.slots["description"], turn.slots[KEPT] = story.value, True
        turn.slots.update(story_details(message))
    return []
    yield


def description(message: Message, slots: Slots, __: FlowContext) -> Result:
    text = " ".join((message.text or "").split())
    if not text:
        return None
    opening = slots.get(OPENING)
    if opening and len(text.split()) < STORY_WORDS and _TOLD_ABOVE.search(text.lower()):
        return Valid(str(opening))  # "kan udh aku ceritain diatas kak"
    if opening and is_request(text):
        return Valid(str(opening))  # "mau lapor" after "ada yg nawarin joki ...": that one
    if is_request(text):
        return Invalid("complaint_same", miss=False)  # "yaudah bikinin laporan": no story
    own = slots.get("category") is not None and category_for(text) == slots.get("category")
    if asks_instead(text) or (asks_known_request(message) and not own):
        return None  # "kalo ktp aku rusak gmn", "cek tiket aku": answered aside, not the story
    # "insentif ga masuk" in the incentive's complaint: its story, not a status request
    if _GO_ON.fullmatch(text.lower().strip(" .!")) or already_done(text):  # "lanjut", "udah"
        return Invalid(f"description_{'tried' if already_done(text) else 'go_on'}", miss=False)
    if len(text) < 10:
        return Invalid("description_short")
    story = masked(text)
    if opening and slots.get("category") == "fraud" and str(opening) not in story:
        story = f"{opening}\n{story}"  # the offer told first, then its details
    return Valid(with_pieces(story, slots))  # whole messages: nothing of the story is lost


_CODE_AFTER = re.compile(
    r"(?P<said>\b(?:kode\w*|code|otp|pin|sandi|password|pw)\b\D{0,25}?)"
    r"\b(?!(?:\+?62|0)8\d(?:[\s.\-]?\d){7,11}(?!\d))\d{4,8}\b", re.I  # not a phone's 0812
)
_SIX_DIGITS = re.compile(
    r"(?<![\w.,/])(?<!rp)(?<!rp )\d{6}(?![\w.,/%])(?!\s*(?:rupiah|ribu|rb|perak))", re.I
)
"""An OTP's six digits standing alone ("yg masuk 482913"); not an amount ("Rp600000")."""


def masked(text: str) -> str:
    """The story with its secrets masked: what ``flows.safety`` detects, a code after the word
    code/OTP/PIN ("kodenya 4829"), and six digits standing alone (an OTP)."""
    text = _CODE_AFTER.sub(lambda found: found.group("said") + MASK, strip_secrets(text))
    return _SIX_DIGITS.sub(MASK, text)


def amend(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A story typed at the summary: a fuller one that retells it (``complaint_story_more``)
    replaces the story told; any other, or one that says it adds ("tambahan, ...", "oh iya",
    "lupa bilang"), is added to it. The summary is shown again."""
    story = description(turn.message, {}, turn.ctx)
    if isinstance(story, Valid):
        told_before = str(turn.slots.get("description", ""))
        new = str(story.value)
        adds = adds_to_story(turn.message.text or "")
        retold = story_like(new) and story_more.retells(new, told_before) and not adds
        fuller = not told_before or retold
        turn.slots["description"] = new if fuller else f"{told_before}\n{new}"[:MAX_TEXT_LENGTH]
        turn.slots.update(story_details(turn.message))
        key = "complaints.story_replaced" if fuller else "complaints.story_added"
        return [Outbound(turn.say(key))]
    return []
    yield


def told(turn: FlowTurn) -> Ask[list[Outbound]]:
    """A story given as the answer to "did this help?" is the description: kept, not asked
    for again; so is an unpaid incentive told in fewer words, a wait or a failure and since
    when, a wait read against the incentive's timing (``flows.incentive_story``)."""
    message = turn.message
    waited = incentive_story.told_at_fix(turn)  # "udh 2 minggu blm cair ke dana"
    told_whole = waited or story_like(message.text or "")
    if message.payload or not told_whole:
        text = " ".join((message.text or "").split())
        if (not message.payload and _piece(text)) or _tried(text):
            story_more.keep_piece(turn.slots, PIECES, masked(text))
        return []
    if "description" in turn.slots:  # the opening was the story: this one adds to it
        more = description(message, turn.slots, turn.ctx)
        before = str(turn.slots["description"])
        if isinstance(more, Valid) and str(more.value) not in before:
            turn.slots["description"] = f"{before}\n{more.value}"[:MAX_TEXT_LENGTH]
        return []
    story = description(message, turn.slots, turn.ctx)
    if isinstance(story, Valid):
        turn.slots["description"] = story.value
        if waited:
            return incentive_story.kept(turn)
    return []
    yield


MIN_TRIED_WORDS = 2


def _tried(text: str) -> bool:
    """ "udh dicoba 10x" at "did this help?": what was tried, part of the story."""
    lowered = " ".join(text.lower().split())
    return len(lowered.split()) >= MIN_TRIED_WORDS and tried_already(lowered)


PREVIEW = 600
"""Characters of a long story shown for confirmation (the ticket keeps all of it)."""


def preview(story: str, language: str) -> str:
    """The story shown for confirmation, its masks said in ``language`` ("[hidden]")."""
    story = shown(story, language)
    return story if len(story) <= PREVIEW else story[:PREVIEW].rstrip() + "…"


def details_in_story(turn: FlowTurn, asks_more: Callable[[Slots], bool]) -> Ask[list[Outbound]]:
    """What the story already says is not asked again: "rekening BNI" is the payout,
    "gelombang 70" the wave (an opening story was read when the flow started); a redeem
    code's story with the class's time is told the code's window (``complaint_redeem``). A
    story kept is said to be; "a few more details" only when ``asks_more`` (a detail question
    follows)."""
    turn.slots.update(story_details(turn.message))
    said = window_note(turn)  # "kelasnya jam 8 malem, aku masukin jam 5 sore": too early
    if turn.slots.pop(KEPT, False):
        key = "complaints.story_kept" if asks_more(turn.slots) else "complaints.story_kept_only"
        return [Outbound(turn.say(key)), *said]
    return said
    yield


ADDS_WORDS = 4
"""A detail typed at the summary says at least this much ("udah coba 10x di tempat terang")."""


def adds_detail(text: str) -> bool:
    """A detail of the story typed at the summary, shorter than a story: what was tried,
    what happened, what is wrong ("aku udah coba 10x di tempat terang"); not a question."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) < ADDS_WORDS or "?" in lowered or asks_instead(lowered):
        return False
    told = not short_and_not_told(lowered)  # up to 10 words: something happened in them
    return told or tried_already(lowered) or describes_fault(lowered)


_PAYOUT_NAMED = re.compile(
    r"\b(?:(?:ke|pake|pakai|via|lewat|e-?wallet|rekening|rek|akun)\s+(?P<after>bni|bca|ovo|"
    r"gopay|go pay|dana|linkaja|link aja)|(?P<owned>bni|bca|ovo|gopay|dana|linkaja)\s*"
    r"(?:aku|saya|ku|sy|gw|gue)\b)"
)
"""A payout named as the participant's: "ke dana", "dana aku udh premium" (not "dana" as
funds: "dana masuk")."""


def _payout_named(text: str) -> str | None:
    found = _PAYOUT_NAMED.search(" ".join(text.lower().split()))
    if found is None:
        return None
    named = (found.group("after") or found.group("owned")).replace(" ", "")
    return next((name for name in PAYOUTS if name.lower() == named), None)


def story_details(message: Message) -> Slots:
    found: Slots = {}
    payout = str(message.entity("payout") or "").lower()
    for name in PAYOUTS:
        if name.lower() == payout:
            found["payout"] = name
    named = _payout_named(message.text or "") if "payout" not in found else None
    if named is not None:  # "dana aku udh premium": the NLU missed it
        found["payout"] = named
    wave = message.entity("wave")
    if isinstance(wave, int) and 0 < wave < 1000:
        found["wave"] = str(wave)
    return found
