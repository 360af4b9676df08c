"""Practical questions of people in special situations, whatever the NLU read (it reads them as
an eligibility check, the OTP troubleshooting or a complaint): a foreign phone number for the
OTP, a weak signal ("harus online terus?"), no smartphone or internet ("lewat sms aja?"),
captions in webinars, who may help a blind person register, a changed NIK, a group's priority,
capital. Each is answered as asked; a short follow-up right after stays on it. Read first,
outside a form. A deaf person's complaint and small text are ``flows.disability_help``'s."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.disability_help import IN_WRITING
from flows.last_answer import remember, short_after
from flows.messages import Button, Outbound
from flows.registration_needs import other_lacks
from flows.runtime.machine import FlowTurn

TOPIC = "situation"
DEVICE_TOPIC = "situation.device"
MAX_WORDS = 45
MAX_FOLLOW_UP_WORDS = 10

_FOREIGN_NUMBER = re.compile(
    r"\b(?:nomor|nomer|no|hp|sim|kartu|number|phone|mobile)\b.{0,20}\b(?:malaysia|singapura|"
    r"singapore|hong ?kong|hk|taiwan|saudi|arab|jepang|japan|korea|brunei|luar negeri|asing|"
    r"foreign|overseas|abroad|local)\b|\b(?:foreign|overseas|malaysian|taiwanese|korean|"
    r"japanese|saudi|hk|hong kong|singapore)\s+(?:phone |mobile |sim )?(?:number|sim)\b"
    r"|\+(?:60|65|852|886|966|81|82)\b"
)
_OTP = re.compile(r"\b(?:otp|sms|kode|code|verifikasi|verification|daftar|register\w*|receive)\b")
_MUST_ONLINE = re.compile(
    r"\b(?:harus|wajib|selalu|mesti|musti)\s+(?:\w+\s+)?(?:online|daring)\b|\b(?:online|daring)"
    r"\s+terus\b|\b(?:must|always|have to)\s+(?:be\s+)?online\b"
)
_BAD_SIGNAL = re.compile(
    r"\b(?:sinyal|signal|internet|jaringan|kuota)\s+(?:\w+\s+)?(?:jelek|lemah|susah|buruk|"
    r"kurang|putus\w*|lemot|lambat|ilang|hilang|poor|bad|weak)\b"
)
_TRAINING = re.compile(r"\b(?:pelatihan\w*|training|kelas|webinar\w*|belajar|kursus|course)\b")
_NO_DEVICE = re.compile(
    r"\bhp\s+(?:\w+\s+)?(?:jadul|biasa|senter|nokia|jelek jadul)\b|\bbukan\s+(?:hp\s+)?"
    r"(?:android|smartphone)\b|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|ndak|belum|blm)\s+punya\s+"
    r"(?:hp|smartphone|android|internet|kuota|hp android)\b|\b(?:lewat|via|pakai|pake|cuma)\s+"
    r"sms\s+(?:aja|saja|doang)\b|\b(?:daftar|register)\w*\s+(?:lewat|via|by|through)\s+sms\b"
    r"|\b(?:no|don'?t have a|without a?)\s+(?:smartphone|internet)\b|\bfeature phone\b"
)
_RELATIVE = re.compile(
    r"\b(?:anak|ibu|bapak|ayah|adik|adek|kakak|suami|istri|ortu|orang tua|mama|papa|nenek|"
    r"kakek|my (?:mother|father|son|daughter|wife|husband))\b"
)
"""A relative without a phone is answered by the relatives' readers (their own account)."""
_SHARED_DEVICE = re.compile(
    r"\b(?:warnet|komputer|laptop|pc|pinjam\w*|punya (?:teman|temen|saudara|keluarga)|"
    r"internet cafe|borrow\w*|computer)\b"
)
_DEAF = re.compile(
    r"\b(?:tuli|tunarungu|tuna rungu|deaf|hard of hearing|gangguan pendengaran|bisu|tunawicara)\b"
)
_NO_CALL = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|ndak|can'?t|cannot)\s+(?:bisa\s+)?(?:telepon|telpon|"
    r"nelpon|menelepon|call|phone)\b|\bselain\s+(?:lewat\s+|via\s+)?(?:telepon|telpon|nelpon|"
    r"call ?cent\w*)\b|\bother than (?:a )?(?:phone|call\w*)\b"
)
_CAPTIONS = re.compile(
    r"\b(?:subtitle|subtitel|teks|text|caption\w*|cc|transkrip\w*|transcript\w*|juru bahasa "
    r"isyarat|bahasa isyarat|sign language|jbi)\b"
)
_WHO_HELPS = re.compile(
    r"\bsiapa\s+(?:\w+\s+){0,2}?(?:bantu\w*|membantu|dampingi\w*|mendampingi)\s+(?:\w+\s+)?"
    r"(?:daftar|mendaftar|registrasi)\b|\bwho\s+(?:can|could)\s+help\s+me\s+(?:to\s+)?"
    r"(?:register|sign up|apply)\b"
)
_CAPITAL = re.compile(
    r"\b(?:bantu\w*|kasih|beri|dapat|dapet|pinjam\w*)\s+(?:\w+\s+)?modal\b.{0,20}\?"
    r"|\bmodal\s+(?:usaha|jualan|dagang|bisnis)\w*\b.{0,20}\?"
)
"""Capital asked for ("prakerja bisa bantu modal?"): the balance buys courses only
(``kb.money_business``); a long story naming capital in passing asks something else."""
CAPITAL_WORDS = 25
_NIK_CHANGED = re.compile(
    r"\bnik\w*\s+(?:\w+\s+){0,2}?(?:berubah|berganti|diganti|ganti|changed|is different now)\b"
    r"|\b(?:ganti|perubahan|pergantian)\s+nik\b|\bnew nik\b|\bnik (?:baru|yang baru)\b"
)
"""One's NIK said to have changed ("NIK saya berubah karena pindah KK")."""
_PRIORITY = re.compile(
    r"\b(?:diprioritas\w*|prioritas\w*|didahulukan|diutamakan|prioriti[sz]ed|priority|"
    r"lebih (?:mudah|gampang|besar peluang\w*) (?:lolos|diterima))\b"
)
"""Whether a group is preferred in the selection ("apakah korban PHK diprioritaskan?")."""


_LAID_OFF = re.compile(r"\b(?:phk|di-?phk|laid off|layoffs?|dipecat|pesangon)\b")
"""Laid-off workers named: the programme's target group, said beside no priority."""
_EARLY = re.compile(
    r"\b(?:daftar|gabung|join|regist\w*|apply|ikut)\w*\b.{0,30}\b(?:cepat|cepet|awal|duluan|"
    r"early|first)\b|\b(?:cepat|cepet|duluan|early|earlier)\b.{0,15}\b(?:daftar|gabung|join|"
    r"regist\w*|apply)\w*"
)
"""Registering early named ("kalo daftar paling cepet pas gelombang buka, lebih besar peluang
lolos kan?"): no group, so none named in the answer (before: laid-off workers, unasked)."""


def _priority_key(lowered: str) -> str:
    if _LAID_OFF.search(lowered):
        return "priority"
    return "priority_early" if _EARLY.search(lowered) else "priority_any"


def asks_priority(lowered: str) -> bool:
    """A question whether some group is selected first (random among the eligible)."""
    return bool(_PRIORITY.search(lowered))


def _lowered(turn: FlowTurn) -> str | None:
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or not message.text:
        return None
    lowered = " ".join(message.text.lower().split())
    return lowered if len(lowered.split()) <= MAX_WORDS else None


def _key(lowered: str) -> str | None:
    """The answer (``situation_asks.*``) to a message of one of these kinds, else None."""
    if _FOREIGN_NUMBER.search(lowered) and _OTP.search(lowered):
        return "foreign_number"
    if _DEAF.search(lowered) and _CAPTIONS.search(lowered):
        return "captions"
    if _WHO_HELPS.search(lowered):
        return "who_helps"
    if _NO_DEVICE.search(lowered) and not _RELATIVE.search(lowered):
        return "no_device"
    if _NIK_CHANGED.search(lowered):
        return "nik_changed"
    if asks_priority(lowered) and "?" in lowered:
        return _priority_key(lowered)
    if _CAPITAL.search(lowered) and len(lowered.split()) <= CAPITAL_WORDS:
        return "capital"
    if _MUST_ONLINE.search(lowered) or (
        _BAD_SIGNAL.search(lowered) and _TRAINING.search(lowered)
    ):
        return "modes"
    return None


def _buttons(turn: FlowTurn, key: str) -> tuple[Button, ...]:
    if key == "nik_changed":
        return (file_complaint(turn, topic="nik"), turn.menu_button())
    if key == "captions":
        return (turn.button("complaints.file", "flow:complaints"), turn.menu_button())
    if key in ("modes", "capital"):
        return (turn.button("menu.courses", "flow:course_choice"), turn.menu_button())
    return (turn.button("menu.register", "topic:register"), turn.menu_button())


def _reply(turn: FlowTurn, key: str) -> list[Outbound]:
    topic = DEVICE_TOPIC if key == "no_device" else f"{TOPIC}.{key}"
    remember(turn, topic)
    buttons = _buttons(turn, key)
    if key == "capital":
        return [turn.reply("kb.money_business", *buttons, **turn.ctx.programme.facts())]
    contact = turn.ctx.programme.contact_centre
    return [turn.reply(f"situation_asks.{key}", *buttons, contact_centre=contact)]


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to one of these questions; None for anything else, or in a form."""
    lowered = _lowered(turn)
    key = _key(lowered) if lowered is not None else None
    if key == "no_device" and other_lacks(turn.message) is not None:
        return None  # "dia ga punya hp" of a sibling: ``registration_needs``' answer
    return _reply(turn, key) if key is not None else None


def after(turn: FlowTurn) -> list[Outbound] | None:
    """ "boleh ke warnet?" right after the no-smartphone answer; "ada cara lain selain
    telpon?" right after the written ways (``disability.in_writing``): them again, not a
    person at once."""
    if turn.session.flow is not None:
        return None
    device = short_after(turn, DEVICE_TOPIC, MAX_FOLLOW_UP_WORDS)
    if device is not None and _SHARED_DEVICE.search(device):
        return _reply(turn, "shared_device")
    call = short_after(turn, IN_WRITING, MAX_FOLLOW_UP_WORDS)
    if call is not None and (_NO_CALL.search(call) or "cara lain" in call):
        remember(turn, IN_WRITING)  # "email nya apa" next: where the address is
        complaint = turn.button("intents.complaint", "intent:complaint")
        person = turn.button("intents.human_agent", "intent:human_agent")
        facts = turn.ctx.programme.facts()
        return [turn.reply(IN_WRITING, complaint, person, turn.menu_button(), **facts)]
    return None


def read(turn: FlowTurn) -> list[Outbound] | None:
    """One of these questions, or a follow-up right after its answer."""
    return answer(turn) or after(turn)


__all__ = ["after", "answer", "asks_priority", "read"]
