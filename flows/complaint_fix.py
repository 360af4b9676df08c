"""The known fix shown before a complaint is taken, and "did this help?" read: a plain yes or
no, or what says it did not ("udah dicoba, masih gagal", "ga membantu", "lapor aja", "udah 2
bulan", the whole story instead). Also the router's hook for "ga membantu" right after an
answer that offered a complaint (``not_helped_after_fix``)."""

from __future__ import annotations

import re

from flows import complaint_join_again as join_again
from flows import complaint_nik_taken as nik_taken
from flows import complaint_on_record as on_record
from flows import complaint_story as story
from flows.certificate_asks import certificate_problem
from flows.complaint_details import DETAIL, payout
from flows.complaint_form_words import already_done, changed_mind
from flows.complaint_purchase_fix import purchase_not_shown
from flows.complaint_switch import SWITCH, switched
from flows.complaint_topics import KNOWN_FIX, topic_answered
from flows.messages import MAX_TEXT_LENGTH
from flows.result import Result, Valid
from flows.runtime import controls
from flows.runtime.history import HISTORY
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import FlowContext, Message
from flows.waiting import says_waited_too_long
from flows.yes_no import describes_fault, plain, tried_already

_STILL_BROKEN = re.compile(
    r"\b(?:gagal|error|eror|tetep|tetap|masih sama|percuma|sama aja|sama saja|ga ngaruh|"
    r"still (?:not|doesn't|does not|broken|failing)|didn't work|did not work)\b"
)
"""Said after trying the fix: it did not help ("udah dicoba, masih gagal")."""
_TRIED = re.compile(
    r"\b(?:udah|sudah|udh|dah|sdh)\b.{0,15}\b(?:cek|dicek|ngecek|coba|dicoba|nyoba|lakuin|"
    r"dilakuin|lakukan|dilakukan|ikutin|diikutin|ikuti|diikuti|semua|\d+\s*(?:hari|minggu|"
    r"bulan|jam))\b|\b(?:already|i've) (?:tried|checked|done)\b"
)
"""The fix tried already, or time gone by ("sudah saya cek", "udah 5 hari"): not solved; the
"sudah" is no "yes, it helped"."""


_NOT_HELPED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|kurang|nda|ndak)\s+"
    r"(?:terlalu\s+|begitu\s+|juga\s+)?(?:mem|nge|m)?bantu\w*\b"
    r"|\b(?:not|isn'?t|wasn'?t|didn'?t|doesn'?t|did not|does not|is not|was not)\s+"
    r"(?:really\s+|very\s+)?help\w*|\bno help\b|\bunhelpful\b"
)
"""It did not help: "ga membantu", "ga ngebantu min", "ga bantu", "didn't help"."""
_FILE_IT = re.compile(
    r"\b(?:lapor\w*|komplain\w*|complain\w*|adukan|aduin|pengaduan|aduan|kirim\w*|report\w*|"
    r"ngadu\w*|mengadu\w*|file it|submit)\b"
    r"|\b(?:terus|trus|trs|lalu|jadi|jd|terusnya|trsnya|truss)\s+(?:gimana|gmn|gmna|gimna|"
    r"bagaimana|gmana)\b|\b(?:now what|what now|then what|what next)\b"
)
"""Go on and file it ("lapor aja", "tetap mau lapor", "kirim", "ok lanjut ngadunya"), or what
now ("trs gmn dong"): after the known fix, the fix was not enough."""


def helped(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    text = message.text or ""
    if not message.payload and changed_mind(text):
        return None  # "gajadi deh": the complaint given up (its cancel), not "it did not help"
    if not message.payload and already_done(text):
        return Valid("no")  # "udah": done already, the complaint goes on (not "yes, solved")
    if nik_taken.reports(message):
        return Valid("no")  # "nik aku udh terdaftar katanya": not this fix; answered, goes on
    if switched(message, slots):
        return Valid(SWITCH)
    if join_again.wants(message, slots):  # "y udh deh gabung lg aja": how to join again
        slots[join_again.JOIN] = True
        return Valid("yes")
    lowered = text.lower()
    said_no = _STILL_BROKEN, _TRIED, _NOT_HELPED, _FILE_IT
    if not message.payload and any(pattern.search(lowered) for pattern in said_no):
        return Valid("no")
    if not message.payload and message.intent == "complaint" and message.confidence >= 0.5:
        return Valid("no")  # "mau ngadu aja": a complaint asked for is the fix not enough
    if says_waited_too_long(message, ctx.programme.incentive_support_after_hours):
        return Valid("no")  # "it's been 2 months since the schedule": the fix is past
    if not message.payload and (tried_already(text) or describes_fault(text)):
        return Valid("no")  # "udah di tempat terang", "hp ku kamera jelek": not solved
    answer = controls.answer_yes_no(message)
    payout = _payout_named(message, slots, ctx) if answer is None else None
    if payout is not None:  # "I use GoPay": the detail the complaint asks, so going on
        slots["payout"] = payout
        return Valid("no")
    if answer is None and not message.payload and story.story_like(text):
        return Valid("no")  # the whole story instead of yes or no: it is not solved
    if answer is None and message.intent in _TOLD_INTENTS and _details_only(message):
        return Valid("no")  # "di pintaria, webinar td jam 1": details, kept as the story
    return None if answer is None else Valid("yes" if answer else "no")


_PAYOUT_WORD = re.compile(r"\b(?:bni|bca|ovo|go-?pay|link-?aja)\b")
"""A payout named by its own word ("I use GoPay"); "dana" is also the word for the money."""


def _payout_named(message: Message, slots: Slots, ctx: FlowContext) -> str | None:
    """The bank or e-wallet named instead of yes or no, for a complaint that asks for it."""
    if message.payload or DETAIL.get(str(slots.get("category"))) != "payout":
        return None
    found = story.story_details(message).get("payout")  # the parser's payout entity
    if found is None and _PAYOUT_WORD.search((message.text or "").lower()):
        named = payout(message, slots, ctx)
        found = named.value if isinstance(named, Valid) else None
    return str(found) if found else None


DETAIL_WORDS = 4
"""A message this long at "did this help?" may tell what is wrong (shorter: a yes or no)."""


def detail_told(text: str) -> bool:
    """What is wrong told in a few words instead of "no" ("saldo kepotong tp pelatihan gak
    muncul"): not a plain yes or no, no question, nothing about the fix itself ("ga
    membantu", "udah dicoba masih gagal", "lapor aja")."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) < DETAIL_WORDS or "?" in lowered or plain(lowered):
        return False
    about_fix = _NOT_HELPED, _FILE_IT, _STILL_BROKEN, _TRIED
    return not any(pattern.search(lowered) for pattern in about_fix)


_ASKING = re.compile(
    r"\b(?:apa|apakah|gimana|gmn|gmna|bagaimana|kenapa|knp|napa|kok|kapan|kpn|berapa|brp|"
    r"mana|dimana|boleh|bisa\s+(?:ga|gak|nggak|tidak)|what|why|how|when|where|can)\b"
)


_TOLD_INTENTS = ("inform", "out_of_scope", "complaint")
"""What details told are read as; any other intent is a question of its own."""
_ENDS_ASKING = re.compile(r"^(?:bisa|bs|boleh|blh)\b|\b(?:ga|gak|gk|nggak|ngga|enggak|kah)\W*$")


def _details_only(message: Message) -> bool:
    """Details of the problem told instead of yes or no, asking nothing ("di pintaria, webinar
    td jam 1"): the fix did not settle it (before: "belum menangkap" and the fix again)."""
    text = message.text or ""
    if message.payload or not detail_told(text):
        return False
    lowered = " ".join(text.lower().split())
    return not _ASKING.search(lowered) and not _ENDS_ASKING.search(lowered)


def back_to_categories(turn: FlowTurn) -> None:
    """The fix skipped (its tips shown before, or past): "eh tunggu, balik" at the story goes
    back to the categories, not to a "did this help?" never asked."""
    if not turn.slots.get(HISTORY):
        turn.slots[HISTORY] = ["category"]


def keep_detail(turn: FlowTurn) -> None:
    """The detail told at "did this help?" kept as the story (or added to it), not lost when
    the story is asked for next."""
    message, hours = turn.message, turn.ctx.programme.incentive_support_after_hours
    text = message.text or ""
    if message.payload or turn.slots.get("helped") != "no" or not detail_told(text):
        return
    if nik_taken.reports(message):  # "nik aku udh terdaftar katanya": answered, then asked
        return
    if tried_already(text) or says_waited_too_long(message, hours):
        return  # "udah terang kok fotonya", "it's been 2 months": about the tips, asked on
    said = story.description(message, turn.slots, turn.ctx)
    if not isinstance(said, Valid):
        return
    before = turn.slots.get("description")
    if before is None:
        turn.slots["description"], turn.slots[story.KEPT] = said.value, True
    elif str(said.value) not in str(before):
        turn.slots["description"] = f"{before}\n{said.value}"[:MAX_TEXT_LENGTH]


def fix_params(turn: FlowTurn) -> dict[str, object]:
    category = str(turn.slots["category"])
    problem = _certificate_problem(turn) if category == "certificate" else None
    topic = f"complaints.fix_topics.certificate_{problem}" if problem else None
    return {
        "topic": turn.say(topic or f"complaints.category.options.{category}"),
        "fix": on_record.fix_text(
            turn,
            turn.say(_fix_key(turn, category), contact_centre=turn.ctx.programme.contact_centre),
        ),
    }


def _told(turn: FlowTurn) -> str:
    """This message and the story told so far."""
    told = " ".join(str(turn.slots.get(name, "")) for name in ("description", story.OPENING))
    return f"{turn.message.text or ''} {told}"


CERTIFICATE_PROBLEM = "certificate_problem"
"""The certificate's problem once told ("namanya salah"): kept, so the fix asked again after a
side question ("sertifikat muncul berapa lama?") stays on it, not "belum muncul"."""


def _certificate_problem(turn: FlowTurn) -> str | None:
    """A wrong name or a failing download told about the certificate: its own fix, not the
    one for a certificate not there yet."""
    kept = turn.slots.get(CERTIFICATE_PROBLEM)
    if kept is not None:
        return str(kept)
    found = certificate_problem(_told(turn))
    if found is not None:
        turn.slots[CERTIFICATE_PROBLEM] = found
    return found


def _fix_key(turn: FlowTurn, category: str) -> str:
    """The category's fix; an SMS code that does not arrive gets the SMS one ("otp sms ga
    masuk2"), not the email code's resend limits; a NIK said to be registered already gets
    its own (``complaint_nik_taken``), not the Dukcapil one."""
    taken = nik_taken.fix_key(turn.slots)
    if taken is not None:
        return taken
    words = re.findall(r"[a-z]+", _told(turn).lower())
    if category == "otp_login" and "sms" in words and "email" not in words:
        return "complaints.fixes.otp_sms"
    if category == "purchase_redeem" and purchase_not_shown(_told(turn)):
        return "complaints.fixes.purchase_not_shown"  # "saldo kepotong tp kode ga muncul"
    problem = _certificate_problem(turn) if category == "certificate" else None
    if problem is not None:  # "nama di sertifikat salah", "ga bisa didownload"
        return f"complaints.fixes.certificate_{problem}"
    return f"complaints.fixes.{category}"


def has_fix(slots: Slots, _: FlowContext) -> bool:
    return slots.get("category") in KNOWN_FIX


MAX_NOT_HELPED_WORDS = 12
_STILL = re.compile(r"\b(?:ga|gak|gk|nggak|tidak|tdk|tetep|tetap|masih|still|not)\b")


def not_helped_after_fix(turn: FlowTurn) -> bool:
    """ "ga membantu", "ga ngebantu min" right after an answer that offered a complaint (and
    perhaps showed the known fix): a complaint about that topic, its fix not shown again."""
    message, session = turn.message, turn.session
    text = (message.text or "").lower()
    if session.flow is not None or message.payload or len(text.split()) > MAX_NOT_HELPED_WORDS:
        return False
    shown = topic_answered(turn)
    just_answered = shown is not None and shown.get("turn") == session.turns - 1
    still = _TRIED.search(text) and _STILL.search(text)  # "udah dicoba tetep ga bisa"
    return just_answered and bool(_NOT_HELPED.search(text) or still)
