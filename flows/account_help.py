"""Account access questions with their own answer before the general list: a blocked account
("akunku diblokir pas mau login, katanya terdeteksi aktivitas mencurigakan": blocked, though it
names the login; "aku ga ngapa2in kok" or "buka nya gmn" right after: only staff open it, on a
complaint), changing the phone number ("mau ganti no hp, hp nya kecopetan": the steps),
the wait before a new OTP ("harus nunggu brp lama?" after the OTP fix), and a changed number
said while a linking code is awaited ("nomor aku udh ganti": the code went to the old one), a
forgotten login ("aku lupa email yg buat daftar prakerja", read as register: its recovery, not
a new registration), the code for linking the payout account ("otp nya dikirim ke mana" right
after how to link DANA: by SMS to the registered phone, not the email login code's fix), a
login that fails ("logout login ttp gbs": what to check, not only the email code's limits)
and two problems at once ("I forgot my email and my OTP doesn't arrive": both fixes)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import account_both_lost, account_phone, otp_sms_help
from flows.account_used import hijacked
from flows.complaint_story import STORY_WORDS, masked
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp, either, now
from flows.last_answer import just_said, remember
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.payout_otp import payout_otp_asked
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Message

_BLOCKED = re.compile(
    r"\b(?:blokir|diblokir|terblokir|ke ?blokir|blocked|dibekukan|dinonaktifkan|suspend\w*)\b"
    r"|\b(?:ke|di|ter)[- ]?(?:block|blok|blokir)(?:ed)?\b"
    r"|aktivitas (?:yang |yg )?mencurigakan|suspicious activity"
)
_PHONE = r"(?:no\.? ?hp|nomor|nomer|no|hp|handphone|telp|telepon|phone|number|wa|whatsapp)"
_OLD_GONE = (
    rf"\b{_PHONE}\s+(?:hp\s+)?(?:lama|lamaku|yg lama|yang lama|dulu|old)\b.{{0,25}}\b(?:hangus|"
    r"mati|ga aktif|gak aktif|gk aktif|tidak aktif|nggak aktif|ngga aktif|nonaktif|non aktif|"
    r"hilang|ilang|diblokir|terblokir|kadaluarsa|kedaluwarsa|expired|inactive|dead)\b"
    r"|\bold (?:phone )?number\b.{0,25}\b(?:expired|inactive|dead|lost|gone)\b"
)
"""The old number no longer works ("nomor lama aku udh hangus", "no hp lama udh mati")."""
_CHANGE_PHONE = re.compile(
    rf"\b(?:ganti|gnti|ubah|ngubah|mengganti|mengubah|update|change|pindah)\w*\s+(?:\w+\s+)?"
    rf"{_PHONE}\b(?!\s+(?:rekening|rek|kartu prakerja|kartu|nik|kk))"
    rf"|\b{_PHONE}\b.{{0,20}}\b(?:hilang|ilang|kecopetan|dicopet|dicuri|rusak|stolen|lost)\b"
    r"|\b(?:hp|handphone|phone)\w*\s+(?:\w+\s+)?(?:hilang|ilang|kecopetan|dicopet|dicuri|stolen)"
    r"|\b(?:lost|broke|changed)\s+my\s+(?:phone|hp|handphone|sim(?: card)?|(?:phone )?number)\b"
    r"|\b(?:got|have|get) a new (?:phone )?number\b"
    rf"|{_OLD_GONE}"
)
"""Changing the account's phone number, or a phone lost or stolen, or the old number gone (the
number moves)."""
_NUMBER_CHANGED = re.compile(
    rf"\b{_PHONE}\b(?:\s+\w+){{0,3}}?\s+(?:udah|udh|sudah|sdh|dah|telah|sdah)?\s*"
    r"(?:ganti|gnti|berganti|diganti|ga aktif|gak aktif|tidak aktif|ngga aktif|nonaktif|mati|"
    r"hangus|hilang|ilang|beda|lain|changed)\b"
    r"|\b(?:ganti|changed?)\s+(?:\w+\s+)?(?:nomor|nomer|no|hp|number)\b"
    r"|\b(?:number|phone)\b.{0,15}\b(?:changed|inactive|lost|no longer)\b"
)
"""The number the linking code went to is not the user's any more ("nomor aku udh ganti")."""


_FORGOT = re.compile(
    r"(?<!coba )(?<!cobain )(?<!pake )(?<!pakai )(?<!klik )(?<!fitur )(?<!menu )(?<!tombol )"
    r"(?<!pencet )(?<!tried )(?<!used )(?<!the )"  # "udah coba lupa kata sandi": the feature
    r"\b(?:lupa|lupain|ga inget|gak inget|ga ingat|tidak ingat|nggak inget|forgot|forget|"
    r"kesupen|supe|lali|poho|hilap|"  # Javanese (krama, ngoko) and Sundanese
    r"can'?t remember|don'?t remember)\b(?:\s+\w+){0,3}?\s+"
    r"(?:e-?mail|surel|password|pass|pw|sandi|kata sandi|akun|account|login)\b"
)
"""A forgotten email, password or account ("aku lupa email yg buat daftar")."""
_OTP_MISSING = re.compile(
    r"\b(?:otp|kode verifikasi|kode)\b.{0,25}\b(?:ga|gak|gk|tidak|tdk|belum|blm|nggak|ngga|"
    r"doesn'?t|does not|didn'?t|not|never|isn'?t)\s+(?:\w+\s+)?(?:masuk|dateng|datang|dtg|nyampe|"
    r"sampai|sampe|muncul|arrive\w*|come|coming|received|show\w*)(?:2|-\w+)?\b"
    r"|\b(?:no|never got|didn'?t get|not getting|not receiving|never received|didn'?t receive|"
    r"haven'?t received|can'?t get)\b.{0,15}\b(?:otp|code)\b"
)
"""A code that does not arrive ("my OTP doesn't arrive", "otp ga masuk2")."""


_SMS = re.compile(
    r"\bsms\b|\bke\s+(?:hp|handphone|nomor|nomer|no\.?\s?hp)\b"
    r"|\b(?:to|on)\s+my\s+(?:phone|mobile|number|cell)\b|\bverify\s+(?:my\s+)?phone\b"
)
"""The code sent to the phone by SMS ("ga masuk2 ke hp saya", "verify my phone"), not email."""
_CANT = (
    r"(?:(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|nda|belum|blm)\s*(?:bisa|bs|bsa)"
    r"|gbs|gabisa|gakbisa|gbisa|gagal|can'?t|cannot|unable to|couldn'?t|failed to)"
)
_SIGN_IN = r"(?:login|log in|log-in|masuk|sign ?in)"
_CANT_LOGIN = re.compile(
    rf"\b{_CANT}\s+(?:\w+\s+)?{_SIGN_IN}\b"
    rf"|\b{_SIGN_IN}\w*(?:\s+\w+){{0,4}}?\s+(?:{_CANT}|error|eror|not working|"
    r"doesn'?t work)\b"
)
"""Logging in fails: "ga bisa login", "logout login ttp gbs", "I can't log in"."""
_TRAINING = re.compile(
    r"\b(?:kelas|pelatihan|course|class|webinar|zoom|lms|video|modul|grup|group)\b"
)
"""A class or training named: not the Prakerja account ("ga bisa masuk kelas")."""


def forgot_login(message: Message) -> bool:
    """A forgotten email, password or account, whatever the NLU read (register at 0.62)."""
    return bool(_FORGOT.search(" ".join((message.text or "").lower().split())))


def changed_number(message: Message) -> bool:
    """At the linking code: the code went to a number the user no longer has."""
    return bool(_NUMBER_CHANGED.search(" ".join((message.text or "").lower().split())))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """A blocked account, a phone number to change, or a forgotten login with a code that does
    not arrive; else None (the general answers)."""
    lowered = (turn.message.text or "").lower()
    if _BLOCKED.search(lowered):  # why it happens, and how to ask for it to be opened
        return blocked(turn)
    if just_said(turn) == "otp_login" and _EMAIL.search(lowered):
        return otp_email(turn)  # "emailnya yg otp login": the email code's own checks
    if payout_otp_asked(turn):  # "otp nya dikirim ke mana" after linking the e-wallet: by SMS
        report = file_complaint(turn, topic="payout_link")
        return [turn.reply("kb.payout_otp", report, turn.menu_button())]
    if (both := account_both_lost.answer(turn)) is not None:  # phone and email both gone
        return both
    if _CHANGE_PHONE.search(lowered) or account_phone.phone_changed(turn.message):
        remember(turn, account_phone.TOPIC)  # "nomor hp aku ganti, yg lama udh mati" too
        report = file_complaint(turn, topic="account_recovery")
        return [turn.reply("kb.change_phone", report, turn.menu_button())]
    if hijacked(turn.message):  # urgent: secure what is left, report at once
        return hijack_steps(turn)
    if forgot_login(turn.message) and _OTP_MISSING.search(lowered):
        return _both(turn)
    if _SMS.search(lowered) and _OTP_MISSING.search(lowered):  # not the email code's limits
        return otp_sms_help.answer(turn)
    if cant_log_in(turn.message) and not _OTP_MISSING.search(lowered):
        return login_trouble(turn)
    return None


def cant_log_in(message: Message) -> bool:
    """Logging in to the account fails, no forgotten login named ("logout login ttp gbs")."""
    lowered = " ".join((message.text or "").lower().split())
    if forgot_login(message) or _TRAINING.search(lowered):
        return False
    return bool(_CANT_LOGIN.search(lowered))


def login_trouble(turn: FlowTurn) -> list[Outbound]:
    """What to check when logging in fails: the email and password (a forgotten one reset),
    the email's OTP (spam folder; 5 resends, then a 2-hour wait: DOMAIN.md "Registration
    steps"), an error message to tell; then a complaint."""
    remember(turn, "otp_login")  # "harus nunggu brp lama?" next: the wait before a new code
    lines = (turn.say("kb.login_trouble"), turn.say("kb.account_still_stuck"))
    report = file_complaint(turn, fix_shown="otp_login")
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


def blocked(turn: FlowTurn) -> list[Outbound]:
    """Why an account is blocked, and how to ask for it to be opened (a complaint); said again
    right after it ("gak tau knp tiba2 diblokir pas login"), what to do next, not the same
    reasons word for word."""
    if just_said(turn) == BLOCKED:
        return _after_blocked("kb.account_blocked_innocent")(turn)
    remember(turn, BLOCKED)  # "aku ga ngapa2in kok", "buka nya gmn" next: only staff open it
    report = file_complaint(turn, topic="account_blocked")
    return [turn.reply("kb.account_blocked", report, turn.menu_button())]


def _after_blocked(key: str) -> Callable[[FlowTurn], list[Outbound]]:
    """ "aku ga ngapa2in kok" (``key``: nothing broken), "buka nya gmn" (how it is opened)
    after the blocked answer: only staff open it, on a complaint that tells what happened."""

    def answer(turn: FlowTurn) -> list[Outbound]:
        remember(turn, BLOCKED)  # the other follow-up may come next
        report = file_complaint(turn, topic="account_blocked")
        person = turn.button("common.talk_to_person", controls.HUMAN)
        return [turn.reply(key, report, person, turn.menu_button())]

    return answer


def taken_over(
    turn: FlowTurn,
    *,
    topic: str = "account_recovery",
    story: str | None = None,
    lead: str = "",
    fixed: bool = False,
) -> list[Outbound]:
    """The account taken over, or open to it (an OTP given to a scammer: ``lead`` says so
    first): the urgent steps, a complaint about ``topic`` (with the ``story`` told; ``fixed``:
    the steps are its fix, not offered again) and a person."""
    shown = topic if fixed else None
    report = file_complaint(turn, topic=topic, story=story, fix_shown=shown)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    steps = turn.say("kb.account_hijacked", contact_centre=turn.ctx.programme.contact_centre)
    return [Outbound(f"{lead}\n\n{steps}" if lead else steps, (report, person))]


HIJACKED = "account_hijacked"
"""The topic ``flows.last_answer`` records after the take-over steps ("tetep ga bisa" next:
``flows.account_stuck``)."""


def hijack_steps(turn: FlowTurn) -> list[Outbound]:
    """The take-over steps asked for ("my account was hijacked"), remembered."""
    remember(turn, HIJACKED)
    told = " ".join((turn.message.text or "").split())
    story = masked(told)[:MAX_TEXT_LENGTH] if len(told.split()) >= STORY_WORDS else None
    return taken_over(turn, story=story, fixed=True)  # "iya lapor": the story, no fix again


def _both(turn: FlowTurn) -> list[Outbound]:
    """A forgotten login and a code that does not arrive: both fixes, one complaint."""
    remember(turn, "account_recovery")
    contact = turn.ctx.programme.contact_centre
    lines = [
        turn.say(f"complaints.fixes.{problem}", contact_centre=contact)
        for problem in ("account_recovery", "otp_login")
    ]
    lines.append(turn.say("kb.account_still_stuck"))
    report = file_complaint(turn, fix_shown="account_recovery")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [Outbound("\n\n".join(lines), (report, person, turn.menu_button()))]


_EMAIL = re.compile(r"\b(?:e-?mail\w*|surel|gmail|yahoo|inbox)\b")


def otp_email(turn: FlowTurn) -> list[Outbound]:
    """The login code said to be the email one, right after the OTP fix: the email's own
    checks (before, the same fix again, word for word)."""
    remember(turn, "otp_login")  # "udh cek spam", "brp lama" next: still the login code
    report = file_complaint(turn, topic="otp_login")
    return [turn.reply("kb.otp_email", report, turn.menu_button())]


def change_phone_steps(turn: FlowTurn) -> list[Outbound]:
    """ "caranya gmn" right after the phone answer: the steps alone."""
    report = file_complaint(turn, topic="account_recovery")
    return [turn.reply("kb.change_phone_steps", report, turn.menu_button())]


def asks_phone_change(message: Message) -> bool:
    """Changing the account's phone number, or its old number gone, whatever the NLU read
    ("nomor lama aku udh hangus, gmn ganti nomor": account access or ticket status at 0.4)."""
    return bool(_CHANGE_PHONE.search(" ".join((message.text or "").lower().split())))


def otp_wait(turn: FlowTurn) -> list[Outbound]:
    """ "harus nunggu brp lama?" right after the OTP fix: the wait before a new code."""
    if otp_sms_help.after_sms(turn):
        return otp_sms_help.wait(turn)
    report = file_complaint(turn, topic="otp_login")
    return [turn.reply("kb.otp_wait", report, turn.menu_button())]


BLOCKED = "account_blocked"
"""The topic ``flows.last_answer`` records after the blocked-account answer."""
_NOT_ME = (
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|belum|blm|never|didn'?t|did not|"
    r"haven'?t)\s+(?:pernah\s+|ada\s+)?(?:ngapa\w*|berbuat|bikin|salah|melanggar|ngelanggar|"
    r"langgar\w*|curang|apa2|apa-apa|apa apa|do anything|did anything|break\w*|broke)"
    r"|\bdid nothing\b|\bnothing wrong\b"
)
"""Nothing done against the rules: "aku ga ngapa2in kok", "ga pernah melanggar", "I didn't do
anything"."""
_OPEN = (
    r"\b(?:buka\w*|dibuka\w*|kebuka\w*|membuka|unblock\w*|unlock\w*|aktifin\w*|aktifkan\w*|"
    r"diaktifkan|pulih\w*|reactivat\w*|get it back)\b"
    r"|\b(?:terus|trus|trs|lalu|jadi|jd)\s+(?:gimana|gmn|gmna|bagaimana)\b"
    r"|^(?:tolong|tlg|bantu\w*|help|please|pls|plis)\b"
    r"|\b(?:now what|what now|what should i do|then what)\b"
)
"""Opening it, or what now: "buka nya gmn", "biar kebuka lg gmn", "trs gmn", "tolong ya min"."""
_HOW = re.compile(r"\b(?:cara\w*|gimana|gmn|gmna|bagaimana|gimn|how|langkah\w*|step\w*|prosedur)\b")
FOLLOW_UPS: dict[str, FollowUp] = {
    # replaces ``flows.follow_ons``' own "change_phone" entry (merged after it), keeping its
    # "caranya gmn": the steps; the e-wallet on the old number; a new number to set here
    account_phone.TOPIC: either(
        (account_phone.PAYOUT, now(account_phone.relink)),
        (account_phone.NEW_NUMBER, now(account_phone.not_here)),
        (_HOW, now(change_phone_steps)),
    ),
    BLOCKED: either(
        (re.compile(_NOT_ME), now(_after_blocked("kb.account_blocked_innocent"))),
        (re.compile(_OPEN), now(_after_blocked("kb.account_blocked_next"))),
    ),
}
"""Entries of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = [
    "BLOCKED", "FOLLOW_UPS", "HIJACKED", "answer", "asks_phone_change", "blocked", "cant_log_in",
    "change_phone_steps", "changed_number", "forgot_login", "hijack_steps", "hijacked",
    "login_trouble", "otp_wait", "taken_over",
]  # fmt: skip
