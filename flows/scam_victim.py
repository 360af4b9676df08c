"""Someone already scammed, and what they ask right after. A story of a code given and money
gone ("ibu aku ketipu, ada yg ngaku petugas minta kode otp, trs saldonya ilang"): the safety
steps first (secure the account, call the e-wallet or bank, keep the evidence), then the report
(the owner of the account reports it, from their own account); right after it "lapor kemana",
"akunnya bisa diamankan ga", "udah dikasih kodenya" are answered, not appended to a complaint.
Right after a fraud warning: "bisa balik ga uangnya" (no refund from us: the bank or e-wallet
and the police), "kalo cuma sebagian?" after the cash-out warning (not even part). Right after
a fake site was named: "aku udah isi nik sama foto ktp disana", "bahaya ga" (the identity may
be misused: what to do now). Right after a pasted notice was flagged as a hoax
(``flows.pasted_notice``): "aku udh terlanjur isi nik" (those steps), an OTP given (the
account's urgent steps), money sent (no refund from us)."""

from __future__ import annotations

import re

from flows import account_help, pasted_notice
from flows.complaint_story import masked
from flows.complaint_topics import file_complaint, topic_answered
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

VICTIM, IDENTITY = "scam_victim", "scam_identity"
"""The answers given here (``flows.last_answer``)."""
FRAUD_WARNED = "fraud_"
CASHING_OUT = "fraud_cash_out"
MAX_WORDS = 12
"""A follow-up is short; a longer message tells something new."""
_TRICKED = re.compile(
    r"\b(?:ketipu|ditipu|tertipu|kena tipu|kena scam|kena penipuan|dibobol|kebobolan|dihack|"
    r"di hack|diretas|scammed|got scammed|hacked)\b"
)
_SECRET = re.compile(r"\b(?:otp|kode|code|sandi|password|pin)\b")
_GONE = r"(?:ilang|hilang|habis|raib|kekuras|terkuras|dikuras|ludes|lenyap|kosong|gone|missing)"
_LOST = re.compile(
    rf"\b(?:saldo|uang|duit|dana|insentif|money|balance)\w*\b(?:\W+\w+){{0,3}}?\W+{_GONE}\b"
    rf"|\b{_GONE}\w*\s+(?:saldo|uang|duit|dana)"
)
_OTHER = re.compile(
    r"\b(?:ibu|ibuk|bapak|ayah|mama|mamah|papa|emak|nenek|kakek|kakak|adik|adek|istri|suami|"
    r"ortu|orang tua|mom|dad|mother|father|wife|husband)(?:ku|nya)?\b"
)
"""Someone else's account: the owner secures and reports it."""
_WHERE = re.compile(
    r"\b(?:lapor\w*|ngadu|mengadu|report\w*)\s*(?:ke ?mana|kmn|kemana|dimana|di mana|where)\b"
    r"|\b(?:ke ?mana|kmn|where)\s+(?:lapor\w*|ngadu|report\w*)"
)
_SECURE = re.compile(r"\b(?:di|ter|meng|ng)?amank?an\w*\b|\bsecure\w*\b|\bselamat\w*\b")
_GIVEN = re.compile(
    r"\b(?:udah|sudah|udh|sdh|dah|terlanjur|already)\b.*\b(?:kasih|dikasih|kasi|dikasi|kirim|"
    r"dikirim|kasihkan|given|gave|sent)\b"
)
_REFUND = re.compile(
    r"\b(?:balik|kembali|dikembalikan|dibalikin|balikin|refund\w*|back)\b.*"
    r"\b(?:uang|duit|dana|money)\w*\b|\b(?:uang|duit|dana|money)\w*\b.*\b(?:balik|kembali|"
    r"dikembalikan|dibalikin|balikin|refund\w*|back)\b"
)
_PART = re.compile(r"\b(?:sebagian|separuh|setengah|dikit|sedikit|part|partly|some of it|half)\b")
_DATA_GIVEN = re.compile(
    r"\b(?:nik|ktp|kk|selfie|foto|data\w*|id card)\b.*\b(?:isi|diisi|ngisi|kasih|kirim|upload|"
    r"unggah|masukin|masukkan|entered|filled|gave|uploaded)\b|\b(?:isi|diisi|ngisi|kasih|kirim|"
    r"upload|unggah|masukin|entered|filled|gave|uploaded)\w*\b.*\b(?:nik|ktp|kk|selfie|data)\b"
)
_DANGER = re.compile(
    r"\b(?:bahaya|berbahaya|aman|risiko|resiko|gimana|gmn|gmna|dangerous|safe|risk\w*)\b"
)
_HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b")
OFFICIAL = "prakerja.go.id"


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """A scam already suffered, or a short question right after one of these answers or a
    fraud warning; None otherwise (outside a form only)."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if _LOST.search(text) and (_TRICKED.search(text) or _SECRET.search(text)):
        return _steps(turn, text)
    if len(text.split()) > MAX_WORDS:
        return None
    said = just_said(turn) or ""
    if said == VICTIM:
        return _after_steps(turn, text)
    if said.startswith(FRAUD_WARNED):
        if _REFUND.search(text):
            return _refund(turn)
        if said == CASHING_OUT and _PART.search(text):
            return _reply(turn, "scam_victim.no_part", CASHING_OUT)
    if said == IDENTITY and _DANGER.search(text):
        return _reply(turn, "scam_victim.identity_risk", IDENTITY)
    if _fake_site_before(turn) and (_DATA_GIVEN.search(text) or _DANGER.search(text)):
        return _reply(turn, "scam_victim.identity", IDENTITY)
    if said == pasted_notice.TOPIC and _hoax_flagged(turn):
        return _after_hoax(turn, text)
    if _entered_on_site(turn, text, said):
        return _site_victim(turn, text)
    return None


_SITE = re.compile(
    r"\b(?:link|tautan|web|website|situs|site|laman|halaman|form|formulir)\w*\b"
)
_THAT_SITE = re.compile(rf"{_SITE.pattern}\s+(?:itu|tadi|tsb|tersebut|palsu|penipu\w*)\b")
"""A fake site pointed at: "di link itu", "web tadi", "situs palsu"."""
_ENTERED = re.compile(
    r"\b(?:klik|diklik|ngeklik|isi|diisi|ngisi|masukin|masukkan|dimasukin|input|ketik|"
    r"clicked|entered|typed|filled)\b"
)
_DONE_TOO = re.compile(r"\b(?:tadi|td|kemarin|kmrn|clicked|entered|typed|filled)\b")
"""Done already, said otherwise: "tadi aku masukin otp", "i clicked it and entered my otp"."""
_SCAM_SAID = ("balance_cash", pasted_notice.TOPIC, IDENTITY)
"""Answers after which a link or a site talked of is a fake one: a "cash out your balance"
offer (``flows.money_help``), a pasted notice checked, a fake site's data given."""


def _entered_on_site(turn: FlowTurn, text: str, said: str) -> bool:
    """A code, a password or data entered on a fake site, said after a scam was talked of
    ("udh aku klik, trs masukin otp" after a "cash out your balance" link; "aku udh masukin
    password di web itu"). Before, the OTP-delivery tips."""
    done = _GIVEN_OR_DONE.search(text) or _DONE_TOO.search(text)
    if not (done and _ENTERED.search(text)):
        return False
    if not (_SECRET.search(text) or _DATA_GIVEN.search(text)):
        return False
    before = turn.session.profile.get("recent") or []
    linked = len(before) >= 2 and _SITE.search(str(before[-2]).lower())
    scam = said.startswith(FRAUD_WARNED) or said in _SCAM_SAID
    return bool(_THAT_SITE.search(text) or (_SITE.search(text) and scam) or (scam and linked))


def _site_victim(turn: FlowTurn, text: str) -> list[Outbound]:
    """A code or a password entered on a fake site: the account's urgent steps now, the report
    one tap away with the story; data alone: the identity's steps."""
    if not _SECRET.search(text):
        return _reply(turn, "scam_victim.identity", IDENTITY)
    remember(turn, VICTIM)
    contact = turn.ctx.programme.contact_centre
    recent = [str(said) for said in (turn.session.profile.get("recent") or [])[-2:]]
    report = file_complaint(turn, topic="fraud", story=masked(" ".join(recent)))
    return [
        Outbound(turn.say("scam_victim.site_secret")),
        Outbound(turn.say("complaints.urgent_steps", contact_centre=contact)),
        turn.reply("complaints.fraud_report", report, turn.menu_button(), contact_centre=contact),
    ]


_FILLED = re.compile(
    r"\b(?:isi|diisi|ngisi|masukin|masukkan|dimasukin|input|klik|diklik|ngeklik|terlanjur|"
    r"keburu|filled|entered|clicked)\b"
)
_PAID = re.compile(r"\b(?:bayar|dibayar|transfer|tf|ditransfer|kirim uang|paid|sent money)\b")


def _after_hoax(turn: FlowTurn, text: str) -> list[Outbound] | None:
    """Right after a pasted notice was flagged as a hoax: "aku udh terlanjur isi nik" (the
    identity steps), "udh aku kasih otp nya" (the account's urgent steps), "udh terlanjur
    transfer" (no refund from us: bank, e-wallet, police). Before: "belum paham"."""
    if _SECRET.search(text) and (_GIVEN.search(text) or _FILLED.search(text)):
        remember(turn, VICTIM)
        lead = turn.say("complaints.secret_given")
        return account_help.taken_over(turn, topic="fraud", lead=lead)
    if _PAID.search(text) and _GIVEN_OR_DONE.search(text):
        return _reply(turn, "scam_victim.refund", VICTIM)
    if _DATA_GIVEN.search(text) or (_FILLED.search(text) and _GIVEN_OR_DONE.search(text)):
        return _reply(turn, "scam_victim.identity", IDENTITY)
    return None


_GIVEN_OR_DONE = re.compile(r"\b(?:udah|sudah|udh|sdh|dah|terlanjur|keburu|already|did)\b")


def _hoax_flagged(turn: FlowTurn) -> bool:
    """The pasted notice just checked had something that did not fit (a hoax warned of)."""
    checked = turn.session.profile.get(pasted_notice.CHECKED)
    return isinstance(checked, dict) and bool(checked.get("issues"))


def _steps(turn: FlowTurn, text: str) -> list[Outbound]:
    """The safety steps first; the report by the account's owner."""
    remember(turn, VICTIM)
    contact = turn.ctx.programme.contact_centre
    if _OTHER.search(text):
        owner = turn.say("scam_victim.owner_reports")
        buttons = (turn.button("common.talk_to_person", controls.HUMAN), turn.menu_button())
    else:
        owner = ""
        report = file_complaint(turn, topic="fraud", story=masked(turn.message.text or ""))
        buttons = (report, turn.menu_button())
    steps = turn.say("scam_victim.steps", contact_centre=contact, owner=owner)
    return [Outbound(steps, buttons)]


def _after_steps(turn: FlowTurn, text: str) -> list[Outbound] | None:
    """ "udah dikasih kodenya", "lapor kemana", "akunnya bisa diamankan ga", "uangnya bisa
    balik?" right after the steps."""
    if _REFUND.search(text):
        return _refund(turn)
    if _WHERE.search(text) or text in ("lapor", "lapor dmn", "lapornya"):
        return _reply(turn, "scam_victim.where", VICTIM, with_person=True)
    if _SECURE.search(text) or _GIVEN.search(text):
        remember(turn, VICTIM)
        lead = turn.say("complaints.secret_given") if _GIVEN.search(text) else ""
        return account_help.taken_over(turn, topic="fraud", lead=lead)
    if _WHAT_NOW.fullmatch(text):  # "gmn dong": the first steps again, the report kept
        told = topic_answered(turn) or {}
        story = told.get("story") if told.get("category") == "fraud" else None
        return _reply(turn, "scam_victim.what_now", VICTIM, story=story)
    return None


_WHAT_NOW = re.compile(
    r"(?:(?:trs|trus|terus|lalu|jadi|jd|terus aku|trs aku|aku|kak|min)\s+)*"
    r"(?:gmn|gmna|gimana|bagaimana|gimna|ngapain|hrs ngapain|harus ngapain|harus gimana|"
    r"hrs gmn|what now|now what|what do i do)(?:\s+(?:dong|donk|nih|ya|kak|min|ini|skrg|"
    r"sekarang))*\W*"
)
"""A bare "what now" ("gmn dong", "trs aku hrs ngapain") right after the steps."""


def _refund(turn: FlowTurn) -> list[Outbound]:
    return _reply(turn, "scam_victim.refund", just_said(turn) or VICTIM)


def _reply(
    turn: FlowTurn, key: str, topic: str, *, with_person: bool = False, story: object = None
) -> list[Outbound]:
    """The answer, the report one tap away (with the ``story`` told, if any); the topic kept
    for the next short question."""
    remember(turn, topic)
    report = file_complaint(turn, topic="fraud", story=story if isinstance(story, str) else None)
    buttons = [report, turn.menu_button()]
    if with_person:
        buttons.insert(1, turn.button("common.talk_to_person", controls.HUMAN))
    contact = turn.ctx.programme.contact_centre
    return [turn.reply(key, *buttons, contact_centre=contact)]


def _fake_site_before(turn: FlowTurn) -> bool:
    """The message before this one named an unofficial "prakerja" site."""
    recent = turn.session.profile.get("recent") or []
    hosts = _HOST.findall(str(recent[-2]).lower()) if len(recent) >= 2 else []
    return any("prakerja" in host and not _official(host) for host in hosts)


def _official(host: str) -> bool:
    return host == OFFICIAL or host.endswith("." + OFFICIAL)


__all__ = ["IDENTITY", "VICTIM", "answer"]
