"""Help before registering: a NIK said to be registered already ("nik saya katanya sudah terdaftar
pas mau daftar"), a missing requirement ("mau daftar tapi ga punya email"), what to have ready
("dokumen apa aja yang dibutuhkan"), how often one may try ("berapa kali boleh ikut gelombang")
and how to be selected ("gimana biar lolos": there is no trick) are answered, instead of a
registration or an eligibility check that would not answer them."""

from __future__ import annotations

import re

from flows import registration_abroad
from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.nik_taken_follow_ups import NEVER, TOPIC
from flows.runtime.machine import FlowTurn
from flows.turn import Message

INTENTS = (
    "register", "check_eligibility", "account_access", "complaint", "wave_schedule",
    "registration_status", "help",
)  # fmt: skip
"""The intents such a message is read as."""

_USED = (
    r"(?:terdaftar|daftar|kedaftar|didaftarkan|didaftarin|dipakai|dipake|dipakek|digunakan|"
    r"terpakai|terpake|kepakai|kepake|kepakek|"
    r"ada (?:yang|yg) (?:pakai|pake|make|memakai|daftar\w*))"
)
_NIK_TAKEN = re.compile(
    rf"\bnik\b.{{0,60}}\b(?:sudah|udah|udh|dah|telah|sdh|dh)\s+{_USED}\b"
    r"|\bnik\b.{0,60}\b(?:dipakai|dipake|dipakek|digunakan)\s+(?:oleh\s+)?(?:orang|org)\b"
    r"|\bnik\b.{0,60}\balready (?:registered|used|in use|taken)"
)
"""Said to be registered ("nik ku udah kepake", "katanya NIK sudah terdaftar") or used by
someone else ("nik ku dipake orang")."""
_ELSEWHERE = re.compile(
    r"instansi|kementerian|kemendikbud|pddikti|dapodik|program lain|another|dukcapil|capil"
)
"""Listed elsewhere (an eligibility question), or known to the civil registry (not taken)."""
_LACKING = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|blm|mboten|ora|ndak|nda|teu|henteu|"
    r"acan)\s+(?:punya|ada|pny|gadah|gadhah|duwe|due|gaduh|boga)|"
    r"(?:don't|do not|doesn't) have|have no|without)\s+(?:\w+\s+)?"
    r"(email|e-mail|surel|hp|handphone|nomor hp|no hp|nomer|ktp|e-ktp|ektp|kk|kartu keluarga)\b"
    r"(?!\s+(?:verifikasi|konfirmasi|masuk|dari|otp|kode|yang))"
    r"|\b(ktp|e-ktp|ektp|kk|kartu keluarga)\b(?:\s+\w+){0,2}?\s+(?:hilang|ilang|rusak|belum jadi|"
    r"blm jadi|lost)\b|\blost my (ktp|e-ktp|id card|family card)\b"
)
"""Not "belum ada email verifikasi" (an email awaited, an account problem). Javanese and Sundanese
say it too ("mboten gadah email", "ora duwe hp", "teu gaduh email")."""
_REQUIREMENT = {
    "email": "email", "e-mail": "email", "surel": "email",
    "hp": "phone", "handphone": "phone", "nomor hp": "phone", "no hp": "phone", "nomer": "phone",
    "ktp": "ktp", "e-ktp": "ktp", "ektp": "ktp", "kk": "kk", "kartu keluarga": "kk",
    "id card": "ktp", "family card": "kk",
}  # fmt: skip


_HOW_TO = re.compile(
    r"\b(?:cara\w*|gimana|gmn|gmna|bagaimana|how|langkah\w*|prosedur|alur|tahapan|step\w*)\b"
)


def asks_how(message: Message) -> bool:
    """ "gmn cara daftar" asks how registering works (the steps), "mau daftar" to register."""
    return bool(_HOW_TO.search((message.text or "").lower()))


_WISH = re.compile(
    r"\b(?:mau|mw|mo|ingin|ingn|pengen|pgn|pingin|pengin|ijin|izin|tolong|bantu|minta)\s+"
    r"(?:\w+\s+)?(?:daftar|daptar|mendaftar|registrasi|register)\w*\b"
    r"|\b(?:daftarin|daftarkan)\b|\bdaftar\s+(?:dong|donk|ya|yuk|prakerja|sekarang|skrg)\b"
    r"|\b(?:i want to|i'd like to|want to|wanna|let me)\s+(?:register|sign up|apply)\b"
)


def wants_to_register(message: Message) -> bool:
    """ "mau daftar, nik 3273...": a wish to register, however the NLU read it (facts typed
    with it read as ``inform``); not "gmn cara daftar" (the steps)."""
    return bool(_WISH.search((message.text or "").lower())) and not asks_how(message)


_WHETHER = re.compile(
    rf"\b(?:sudah|udah|udh|dah|sdh|dh)\s+{_USED}\s*(?:atau\s+|apa\s+)?(?:belum|blm|ga|gak|gk"
    r"|nggak|ngga|tidak|kah)\b|\b(?:apakah|apa)\s+nik\b|\bcek\s+(?:apakah\s+)?nik\b"
)
"""Asked whether the NIK is registered ("nik aku 3273... udh kedaftar belum?"): a status
question, not the report."""


def reports_nik_taken(message: Message) -> bool:
    """ "NIK saya katanya sudah terdaftar" when signing up: not a wish to register again. (A
    NIK listed at another institution is an eligibility question, not this.)"""
    lowered = (message.text or "").lower()
    taken = _NIK_TAKEN.search(lowered) and not _ELSEWHERE.search(lowered)
    return bool(taken) and not _WHETHER.search(lowered)


def lacking(message: Message) -> str | None:
    """The requirement the user says they do not have: email, phone, ktp or kk."""
    found = _LACKING.search((message.text or "").lower())
    if found is None:
        return None
    return _REQUIREMENT[next(group for group in found.groups() if group)]


_AGAIN = r"\b(?:ikut|daftar|gabung|join|apply)\w*\s+(?:lagi|lg|again)\b"
_NOT_SELECTED = (
    r"\b(?:ga|gak|gk|tidak|tdk|belum|blm|not)\s+(?:being\s+|been\s+)?(?:lolos|terpilih|selected)\b"
)
_HOW_OFTEN = re.compile(
    r"berapa kali\b.{0,60}\b(?:ikut|daftar|gabung|join|apply)|(?:ikut|daftar|gabung)\w*\b.{0,60}"
    r"\bberapa kali|how many times"
    rf"|{_NOT_SELECTED}.{{0,60}}{_AGAIN}|{_AGAIN}.{{0,40}}(?:\bbatas\w*|{_NOT_SELECTED})"
)
"""How often one may try: every wave until selected, then never again ("udh ikut 3 gelombang
ga lolos, boleh ikut lg?"; having received it is the eligibility check's verdict)."""


_HOW_SELECTED = re.compile(
    r"\b(?:biar|supaya|agar|tips|trik|how to get)\b.{0,30}\b(?:lolos|diterima|terpilih|kepilih|"
    r"selected)\b|\bpeluang\w* (?:untuk )?lolos\b|\b(?:daftar|gabung)\w* (?:lebih )?(?:duluan|dulu|"
    r"cepat|awal)\b.{0,30}\blolos"
)
"""How to be selected: there is no trick (random among eligible applicants; no joki)."""
_AGE_LIMIT = re.compile(
    r"\bbatas(?:an)? (?:umur|usia)|\b(?:umur|usia) (?:maksimal|minimal|maks|maximum|minimum)\b"
    r"|\bsyarat (?:umur|usia)\b|\b(?:umur|usia) berapa (?:aja |saja )?(?:yang |yg )?(?:boleh|bisa)"
    r"|\b(?:age limit|minimum age|maximum age|how old do i)"
)
"""The age rule asked about, with no age of one's own given ("is there an age limit?")."""
_DOCUMENTS = re.compile(
    r"\b(?:dokumen|berkas|documents?|paperwork)\b|\bapa (?:aja|saja) yang (?:perlu|harus) "
    r"(?:disiapkan|disiapin|dibawa|dipersiapkan)|\bwhat do i need to (?:have|prepare)\b"
    r"|\b(?:butuh|perlu|dibutuhkan|dibutuhin|diperlukan|disiapkan|disiapin|siapin|siapkan|bawa"
    r"|need)\s+(?:apa|apaan|what)\b"
    r"|\bapa (?:aja|saja|yang|yg) (?:yang |yg )?(?:dibutuhkan|dibutuhin|diperlukan|dibawa)\b"
    r"|\bwhat do (?:i|you) need\b"
)
"""What to have ready: e-KTP, KK number, email and phone (the rest is typed in a form): "kalo
mau daftar butuh apa aja", "perlu apa aja", "apa aja yg dibutuhkan"."""
_ASKING = ("register", "check_eligibility", "help")
_DEVICE = r"(?:hp|handphone|ponsel|hape|android|iphone|smartphone|phone|mobile|henpon)"
_BY_PHONE = re.compile(
    rf"\b(?:daftar\w*|registrasi|register\w*|sign up)\b.{{0,25}}\b(?:lewat|pake|pakai|pakek|dari|"
    rf"di|via|dengan|on|with|from) (?:my )?{_DEVICE}\b(?! (?:orang|ortu|temen|teman|pinjam\w*|"
    r"minjem))|\b(?:(?:ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm)\s+(?:punya|ada|pny)|tanpa|no|"
    r"(?:don'?t|do not) have(?: a)?|without(?: a)?)\s+(?:laptop|komputer|computer|pc|leptop)\b"
)
"""Registering with a phone, no laptop: "daftar lewat hp gmn, gak ada laptop" (not a borrowed
phone: ``borrows``)."""
_OTHERS = (
    r"(?:orang lain|orang tua|ortu|teman|temen|saudara|sodara|suami|istri|kakak|kaka|adik|ade|ibu"
    r"|bapak|ayah|mama|mamah|papa|papah|keluarga|pacar|tetangga)"
)
_BORROWED = re.compile(
    r"\b(?:hp|handphone|nomor|nomer|no hp|email|e-mail|akun)\s+(?:nya\s+)?(?:punya |milik |"
    rf"pinjam(?:an)? |pinjem(?:an)? |minjem |minjam )?{_OTHERS}\b"
    r"|\b(?:hp|handphone|nomor|nomer|email|akun)\w*\s+(?:\w+\s+)?(?:minjem|minjam|pinjem|pinjam)\b"
    r"|\b(?:someone else'?s|my (?:mom|mum|mother|dad|father|parents?|friend|husband|wife|brother"
    r"|sister)'?s?) (?:phone|number|email)\b"
)
"""Registering with a borrowed phone or someone else's number or email ("pakai nomor ortu
boleh?", "hp nya minjem temen", "can I use my mom's phone number?")."""


def borrows(message: Message) -> bool:
    """A phone, number or email of someone else's to register with."""
    return bool(_BORROWED.search((message.text or "").lower()))


_CANNOT = (
    r"(?:\b(?:ga|gak|gk|nggak|tidak|tdk)\s*bisa|\bgabisa|\bgbs|\berror|\beror|"
    r"\bgagal(?!\s+(?:lolos|terpilih))|can't|cannot|doesn't work)"
)  # "gagal lolos" is not selected, which is no technical problem
_JOIN_BUTTON = re.compile(
    rf"{_CANNOT}.{{0,40}}?\b(?:gabung|join)|\b(?:gabung|join)\w*\b.{{0,40}}?{_CANNOT}"
)
"""The "Gabung Gelombang" button does not work: a technical problem, not a status question."""


_WHERE = re.compile(
    r"\b(?:lewat|melalui|via|pakai|pake|menggunakan|di|through|on|using|in)\s+(?:\w+\s+)?"
    r"(?:aplikasi\w*|apk|app|apps|situs|website|web|browser|peramban|play ?store|app ?store)\b"
    r"|\b(?:aplikasi|apk|app)\w*\s+(?:\w+\s+)?(?:atau|or|apa)\s+(?:\w+\s+)?(?:situs|web\w*)\b"
)
"""Where registering is done: an app or the website ("melalui aplikasi, atau harus melalui
situs web?", "daftarnya pake apk apa?")."""


_SIGN_UP = re.compile(r"\b(?:daftar|pendaftaran|mendaftar|registrasi|register|sign ?up)\w*")


def asks_where(text: str) -> bool:
    """Where registering is done asked, no problem told ("gagal daftar di web" is one)."""
    return bool(_WHERE.search(text) and _SIGN_UP.search(text)) and not re.search(_CANNOT, text)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    if reports_nik_taken(turn.message):
        return nik_taken(turn)
    if _JOIN_BUTTON.search((turn.message.text or "").lower()):
        report = file_complaint(turn)
        return [turn.reply("registration_help.join_button", report, turn.menu_button())]
    if _HOW_OFTEN.search((turn.message.text or "").lower()):
        check = turn.button("menu.eligibility", "flow:eligibility")
        return [turn.reply("registration_help.how_often", check, turn.menu_button())]
    asking = turn.message.intent != "complaint"  # "joki minta bayar biar lolos" is a report
    if asking and _HOW_SELECTED.search((turn.message.text or "").lower()):
        go_on = turn.button("menu.eligibility", "flow:eligibility")
        return [turn.reply("registration_help.how_selected", go_on, turn.menu_button())]
    if _AGE_LIMIT.search((turn.message.text or "").lower()):
        check = turn.button("menu.eligibility", "flow:eligibility")
        return [turn.reply("kb.age_limit", check, turn.menu_button(), **turn.ctx.programme.facts())]
    if turn.message.intent in registration_abroad.INTENTS:  # "aku tkw di taiwan, bisa daftar?"
        from_abroad = registration_abroad.answer(turn)
        if from_abroad is not None:
            return from_abroad
    asks_what = turn.message.intent in _ASKING  # not "dokumen ktp saya ditolak" (a complaint)
    if asks_what and _DOCUMENTS.search((turn.message.text or "").lower()):
        go_on = turn.button("registration_help.continue", "flow:registration")
        return [turn.reply("registration_help.documents", go_on, turn.menu_button())]
    if borrows(turn.message):
        go_on = turn.button("registration_help.continue", "flow:registration")
        return [turn.reply("registration_help.borrowed", go_on, turn.menu_button())]
    if asks_where((turn.message.text or "").lower()):  # "lewat aplikasi atau situs web?"
        go_on = turn.button("registration_help.continue", "flow:registration")
        return [turn.reply("signup_help.where_to_register", go_on, turn.menu_button())]
    if _BY_PHONE.search((turn.message.text or "").lower()):  # "daftar lewat hp gmn, gak ada laptop"
        go_on = turn.button("registration_help.continue", "flow:registration")
        return [turn.reply("registration_help.by_phone", go_on, turn.menu_button())]
    from flows.registration_needs import asks_to_make_email  # it imports this module

    if asks_to_make_email(" ".join((turn.message.text or "").lower().split())):
        go_on = turn.button("registration_help.continue", "flow:registration")
        return [turn.reply("registration_help.make_email", go_on, turn.menu_button())]
    missing = lacking(turn.message)
    if missing is None:
        return None
    go_on = turn.button("registration_help.continue", "flow:registration")
    return [turn.reply(f"registration_help.lacking.{missing}", go_on, turn.menu_button())]


STATED_INTENTS = ("inform",)
"""Readings of a plain statement ("nik ku udah kepake"): ``stated`` answers only the NIK."""


def stated(turn: FlowTurn) -> list[Outbound] | None:
    """A NIK said to be registered, or working abroad ("aku kerja di malaysia"), read as a
    statement: its help, else None (the other questions of ``answer`` are not for a
    statement's readers)."""
    if reports_nik_taken(turn.message):
        return nik_taken(turn)
    return registration_abroad.stated(turn)


def nik_taken(turn: FlowTurn) -> list[Outbound]:
    """Most often an account made earlier; else someone used the NIK: a complaint. "trs gmn"
    next gets the next steps (``flows.nik_taken_follow_ups``); told already that they never
    registered, the complaint or a person (``fallback.follow_up``). In the registration form
    the answer says to link that account rather than register again, and what to type (a side
    question's buttons are left out there)."""
    if not NEVER.search((turn.message.text or "").lower()):
        remember(turn, TOPIC)
    account = turn.button("registration.account_help", "topic:account")
    report = file_complaint(turn, fix_shown="nik")  # the Dukcapil fix is no help here
    said = turn.reply("kb.nik_taken", account, report, turn.menu_button())
    if turn.session.flow == _REGISTRATION:  # no need to register again: link it, or report
        return [said, Outbound(turn.say("registration.aside.nik_taken"))]
    return [said]


_REGISTRATION = "registration"
