"""People with a disability (p13 probe): the rules are the same for everyone (DOMAIN.md
"Eligibility" names no disability), so the answers say so and what helps in practice:

- "saya tunanetra, bisa ikut prakerja?": yes, the same rules; screen readers and family help;
- "verifikasi wajah gimana kalo saya gak bisa liat kamera": someone may hold the phone and
  guide, the face must be one's own; a complaint when it still fails;
- "ada pelatihan buat disabilitas?": no category of its own, every course is open; what to
  look for (self-paced, subtitles) and to ask the provider about accessibility;
- "bisa dibantu keluarga ga daftarnya" (after a disability was named): yes, accompanied, with
  one's own account, phone, email and face;
- "saya tuli gak bisa telepon call center, ada cara lain?": everything can be done in writing.

Before, the face-photo tips ("lepas kacamata"), the age question, "Belum ada pelatihan
'disabilitas'", or the staff queue with no written way named."""

from __future__ import annotations

import re

from flows import disability_bought
from flows.last_answer import just_said, remember
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

SAID = "disability_said"
"""``session.profile`` key: ``Session.turns`` when a disability was last named."""
TURNS = 8
MAX_WORDS = 25

DISABLED = re.compile(
    r"\b(?:tuna ?netra|tuna ?rungu|tuna ?wicara|tuna ?daksa|tuna ?grahita|buta|low vision|tuli|"
    r"bisu|disabilitas|difabel|penyandang|berkebutuhan khusus|kursi roda|lumpuh|blind|"
    r"deaf|visually impaired|hearing impaired|disab\w*|wheelchair|handicap\w*)\b"
)
_CANT_SEE = re.compile(
    r"\b(?:gak|ga|gk|g|nggak|ngga|tidak|tdk|ndak|can'?t|cannot)\s+(?:bisa\s+)?(?:liat|lihat|"
    r"melihat|see)\b"
)
"""A disability named ("saya tunanetra", "I'm deaf"); not seeing, only with the camera."""
_FACE = re.compile(
    r"\b(?:verifikasi wajah|wajah|muka|selfie|liveness|kamera|camera|face|foto ktp|foto e-?ktp)\b"
)
_COURSES = re.compile(r"\b(?:pelatihan|kursus|kelas|course|training)\w*\b")
_HELPED = re.compile(
    r"\b(?:dibantu|dibantuin|bantu|bantuin|didampingi|dampingi|ditemani|temani|diwakili|"
    r"wakilkan|help|helped|assist\w*)\b"
)
_HELPER = re.compile(
    r"\b(?:keluarga|kakak|adik|adek|anak|istri|suami|ortu|orang tua|bapak|ibu|teman|temen|"
    r"saudara|family|relative|friend|son|daughter|wife|husband)\w*\b"
)
_CALL = re.compile(r"\b(?:telepon|telpon|telfon|nelpon|call ?cent(?:er|re)|phone|call)\b")
_OTHER_WAY = re.compile(
    r"\b(?:cara lain|selain|lewat (?:chat|tulisan|email)|tertulis|other way|another way|in "
    r"writing|instead)\b"
)
_SMALL_TEXT = re.compile(
    r"\b(?:tulisan|huruf|font|teks|text|letters|words)\w*\s+(?:\w+\s+){0,2}?(?:kecil|kekecilan|"
    r"kurang jelas|ga jelas|gak jelas|tidak jelas|susah dibaca|ga kebaca|gak kebaca|tidak "
    r"terbaca|small|tiny|hard to read)\b"
    r"|\bmata\s+(?:\w+\s+){0,3}?(?:kurang awas|rabun|lamur|kabur|minus|kurang jelas|"
    r"sudah tua|udah tua|kurang bagus|kurang baik)\b"
    r"|\b(?:poor|bad|weak) (?:eyesight|vision)\b|\bcan'?t read (?:the )?(?:text|small)\b"
)
"""Poor sight or small text said ("mata saya sudah kurang awas, tulisannya kecil", "hurufnya
kekecilan", "my eyesight is poor"): how to make the text bigger, and a person or the phone."""
_COMPLAIN = re.compile(r"\b(?:komplain|pengaduan|mengadu|ngadu|lapor\w*|complain\w*)\b")
_JOIN = re.compile(
    r"\b(?:bisa|boleh|bs|blh|ikut\w*|daftar\w*|join|apply|eligible|syarat\w*|can i)\b"
)


def kind(turn: FlowTurn, lowered: str) -> str | None:
    """Which of these questions the message asks, else None."""
    named = DISABLED.search(lowered) is not None
    if (named or _CANT_SEE.search(lowered)) and _FACE.search(lowered):
        return "face"
    written = _OTHER_WAY.search(lowered) or _COMPLAIN.search(lowered)  # "cara komplain?"
    if named and _CALL.search(lowered) and written:
        return "in_writing"
    if named and _COURSES.search(lowered):
        return "courses"
    if _HELPED.search(lowered) and _HELPER.search(lowered) and (named or _said_before(turn)):
        return "family"
    if _SMALL_TEXT.search(lowered):  # "low vision, tulisannya kekecilan. bisa diperbesar?"
        return "low_vision"
    return "join" if named and _JOIN.search(lowered) else None


def _said_before(turn: FlowTurn) -> bool:
    said = turn.session.profile.get(SAID)
    return isinstance(said, int) and turn.session.turns - said <= TURNS


def line(turn: FlowTurn, lowered: str) -> str | None:
    """The answer's text (for a question inside a flow: asked again after it), else None."""
    if turn.message.payload is not None or len(lowered.split()) > MAX_WORDS:
        return None
    found = kind(turn, lowered)
    if found is None:
        return None
    turn.session.profile[SAID] = turn.session.turns  # "bisa dibantu keluarga?" next
    return turn.say(f"disability.{found}", **turn.ctx.programme.facts())


IN_WRITING = "disability.in_writing"
"""``flows.last_answer`` topic: the written ways were named ("email nya apa" next)."""
_EMAIL = re.compile(r"\b(?:email|e-mail|surel)\w*\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Outside a flow: the answer with the next steps as buttons; "email nya apa" right after
    the written ways: where the official address is (never a guessed one)."""
    lowered = " ".join((turn.message.text or "").lower().split())
    asks_email = _EMAIL.search(lowered) and len(lowered.split()) <= 6
    if asks_email and turn.message.payload is None and just_said(turn) == IN_WRITING:
        facts = turn.ctx.programme.facts()
        return [turn.reply("kb.contact_email", *_buttons(turn, "in_writing"), **facts)]
    found = kind(turn, lowered)
    said = line(turn, lowered)
    if said is None:
        return None
    if disability_bought.told(lowered, DISABLED.search(lowered) is not None):  # "sudah beli
        return disability_bought.answer(turn)  # ..., lantai 3 tanpa lift": the provider's
    if found == "in_writing":
        remember(turn, IN_WRITING)
    return [Outbound(said, (*_buttons(turn, found), turn.menu_button()))]


def _buttons(turn: FlowTurn, found: str | None) -> tuple[Button, ...]:
    if found == "courses":
        return (turn.button("intents.course_search", "courses"),)
    if found == "low_vision":
        return (turn.button("intents.human_agent", "intent:human_agent"),)
    if found in ("face", "in_writing"):
        complaint = turn.button("intents.complaint", "intent:complaint")
        return (complaint, turn.button("intents.human_agent", "intent:human_agent"))
    return (turn.button("intents.check_eligibility", "flow:eligibility"),)


__all__ = ["DISABLED", "IN_WRITING", "SAID", "answer", "kind", "line"]
