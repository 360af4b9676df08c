"""More of what is typed at a registration question besides its answer (``registration_asides``
reads these first), each answered, then the question asked again:

- a request to delete one's data ("hapus data saya"), at any question or at "sure you want to
  cancel?": the registration is cancelled (nothing of it was kept) and said so, then the
  deletion's own confirmation follows (the request recorded, UU PDP). Before, at the name
  question it became the name "Hapus Data Saya", elsewhere it parked the form with its answers;
- a reply of one or two letters at the name question ("A"): asked again for the full name.
  Before, "A" (read as a weak wish for a person) handed the chat to staff;
- not sharing the code at the OTP question ("kode otp nya ga aku bagikan ah, kan katanya ga
  boleh kasih ke siapa2"): this code is typed only here, to verify one's own number; staff never
  ask for one by phone (DOMAIN.md "Never ask for"). Before, it started the eligibility check;
- a code of another length at the OTP question ("kok otp nya 6 angka, aku dapet 4"): ours
  always has ``otp.length`` digits, so that one is not from this registration, never to be
  shared; the resend is offered (``flows.otp_code_length``). Before, "I didn't get that";
- how long the code takes or lasts at the OTP question ("berapa lama otp nya?"): a few minutes
  by SMS, valid for the configured minutes, else the resend. Before, the email OTP's resend
  limits (an account problem);
- a worry about giving one's NIK or data ("ga mau kasih NIK ah, takut disalahgunakan"), or
  one's name ("aku gamau kasih nama"): stored encrypted, shown masked, used only for this
  registration, deletable; or register oneself on the official site. Before, "I didn't get
  that", and at the name question "Aku Gamau Kasih Nama" became the name;
- a wish to register typed during the registration ("mau daftar prakerja"): already
  registering, at step N of the form. Before, "I didn't get that", then staff offered.
"""

from __future__ import annotations

import re

from flows import nik_why
from flows.account import DATA_DELETION, wants_erasure
from flows.formatting import mask_phone
from flows.messages import Outbound
from flows.otp_code_length import other_length
from flows.registration_help import asks_how, wants_to_register
from flows.registration_names import name as read_name
from flows.result import Invalid
from flows.runtime import controls, runner
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt
from flows.runtime.transitions import finish
from flows.turn import Ask, Message

FLOW = "registration"
STEPS = ("name", "nik", "kk", "dob", "phone", "otp", "email", "region", "summary")
"""The form's questions in order, as "step N of 9" counts them."""
SAME_STEP = {"region_fix": "region", "edit": "summary"}

_ERASE = re.compile(
    r"\b(?:hapus\w*|dihapus|ngapus\w*|delete|erase|remove|musnahkan|hilangkan)\s+(?:\w+\s+){0,2}?"
    r"data\w*\b|\bdata\w*\s+(?:\w+\s+){0,2}?(?:dihapus|hapus\w*|delete\w*|erased?)\b"
    r"|\b(?:tarik|cabut|batalkan)\s+persetujuan\w*\b|\bwithdraw (?:my )?consent\b"
)
_ASKING = re.compile(
    r"\?|\b(?:bisa|bisakah|boleh|nanti|gimana|gmn|bagaimana|cara\w*|kapan|apakah|apa|kalau|kalo"
    r"|klo|can i|how|when|will|would)\b"
)
"""A question about deleting ("nanti data aku bisa dihapus?"), not the request."""

_CODE = re.compile(r"\b(?:otp|kode\w*|code)\b")
_SHARE = re.compile(
    r"\b(?:bagi\w*|kasih\w*|kasi|ngasih\w*|kirim\w*|share|sebut\w*|kasitau|kasih tau|kasih tahu"
    r"|minta|nanya|tanya\w*|give|send|tell)\b"
)
_WARY = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|jangan|jgn|gamau|ogah|enggan|boleh|aman|takut|yakin"
    r"|bahaya|penipuan|nipu|tipu\w*|scam|won'?t|don'?t|not|safe|should)\b|siapa"
)
"""Not sharing the code, or whether to ("kan katanya ga boleh kasih ke siapa2")."""

_HOW_LONG = re.compile(
    r"\b(?:berapa|brp|brapa)\s+(?:lama|menit|jam)\b|\bhow long\b|\bkapan\s+(?:\w+\s+)?(?:masuk"
    r"|sampai|sampe|nyampe|datang|dateng|expired?|kadaluarsa|habis)\b"
)
"""How long the code takes to arrive or stays valid."""

_DATA = re.compile(
    r"\b(?:nik|ktp|e-?ktp|kk|kartu keluarga|data\w*|identitas|tanggal lahir|nomor hp|no hp"
    r"|email|privasi|privacy|nama\w*|name)\b"
)
_GIVE = r"(?:kasih\w*|kasi|ngasih\w*|kirim\w*|bagi\w*|sebut\w*|share|kasitau|give)"
_WORRY = re.compile(
    r"\b(?:disalahgunakan|disalahgunain|salah guna|dipake orang|dipakai orang|bocor|dijual"
    r"|disebar\w*|penipuan|nipu|tipu\w*|scam|misuse\w*|aman(?:kah)?\s+(?:ga|gak|nggak|ngga"
    r"|tidak|gk|kan|nih|sih)|safe)\b"
    rf"|\b(?:aman\w*|safe)\s+(?:to\s+)?(?:\w+\s+)?{_GIVE}\b"  # "emang aman ngasih nik disini?"
    rf"|\b(?:takut|khawatir|kuatir|was-?was|ragu|afraid|worried)\s+(?:\w+\s+){{0,2}}?{_GIVE}\b"
    rf"|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|gamau|ogah|enggan)\s+(?:mau\s+|mao\s+|mw\s+)?{_GIVE}\b"
    r"|\b(?:don'?t|do not|won'?t) (?:want to )?(?:give|share)\b"
)
"""A worry about giving one's data ("takut disalahgunakan", "ga mau kasih NIK"); not a worry
about a typo ("takut kk nya salah")."""

_CHECKED = ("nik", "kk", "dob")
"""The questions whose answers are checked against Dukcapil: no registration without them."""

_NOT_WISH = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|ndak|nda|gamau|gajadi|batal\w*|cancel|stop|don'?t)\b"
)
_DIGITS = re.compile(r"\d")


def erasure(flow: Flow, turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A request to delete one's data during the registration: it cancelled (nothing was
    kept) and said so, then the deletion's confirmation; else None."""
    if flow.name != FLOW or not asks_erasure(turn.message):
        return None
    said = Outbound(turn.say("registration.erase_cancelled"))
    finish(turn)
    from flows.route_hooks import hooks  # here: the router's hooks import the flows

    return [said, *(yield from runner.start(DATA_DELETION, turn, hooks()))]


def asks_erasure(message: Message) -> bool:
    """ "hapus data saya", "tolong hapus semua data aku", "delete my data": the request, not
    a question about it ("nanti datanya bisa dihapus?")."""
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text or _ASKING.search(text):
        return False
    if _ERASE.search(text):
        return True
    clear = message.confidence >= controls.CLEAR_REQUEST and not message.ambiguous
    return message.intent == "delete_my_data" and clear and wants_erasure(message)


def answer(flow: Flow, state: State, turn: FlowTurn) -> list[Outbound] | None:
    """A remark at the registration's pending question answered, then it asked again."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if state.name == "name":
        said = read_name(message, turn.slots, turn.ctx)
        if isinstance(said, Invalid) and said.reason == "name_short":  # "A": not a person
            return [Outbound(turn.say("invalid.name_short")), prompt(flow, state, turn)]
    got = other_length(text, turn.ctx.programme.otp.length) if state.name == "otp" else None
    if got is not None:  # "kok otp nya 6 angka, aku dapet 4": not our code
        phone, length = mask_phone(str(turn.slots.get("phone", ""))), turn.ctx.programme.otp.length
        key = "registration.aside.otp_length"
        return _then_ask(flow, state, turn, key, length=length, got=got, phone=phone)
    if state.name == "otp" and _CODE.search(text) and _SHARE.search(text) and _WARY.search(text):
        return _then_ask(flow, state, turn, "registration.aside.otp_here")
    if state.name == "otp" and _HOW_LONG.search(text):  # "berapa lama otp nya?"
        minutes = int(turn.ctx.programme.otp.ttl_minutes)
        return _then_ask(flow, state, turn, "registration.aside.otp_time", minutes=minutes)
    if state.name != "consent" and nik_why.asks_why(text):  # "kenapa perlu nik aku?"
        return _then_ask(flow, state, turn, "kb.nik_why")
    if state.name != "consent" and _DATA.search(text) and _WORRY.search(text):
        return _then_ask(flow, state, turn, "registration.aside.data_worry")
    if state.name in _CHECKED and nik_why.refuses(text):  # "kalo aku ga mau kasih?"
        return _then_ask(flow, state, turn, "registration.aside.data_refuse")
    if state.name != "consent" and _registers_again(message, text):
        step = SAME_STEP.get(state.name, state.name)
        if step in STEPS:
            what = turn.say(f"registration.aside.steps.{step}")
            number, total = STEPS.index(step) + 1, len(STEPS)
            key = "registration.aside.already"
            return _then_ask(flow, state, turn, key, number=number, total=total, what=what)
    return None


def _registers_again(message: Message, text: str) -> bool:
    """ "mau daftar prakerja", "daftar" typed during the registration (no answer with it)."""
    if _DIGITS.search(text) or _NOT_WISH.search(text) or "@" in text or asks_how(message):
        return False
    confident = message.confidence >= controls.CLEAR_REQUEST and not message.ambiguous
    short = len(text.split()) <= 4 and "?" not in text
    return wants_to_register(message) or (message.intent == "register" and confident and short)


def _then_ask(
    flow: Flow, state: State, turn: FlowTurn, key: str, **params: object
) -> list[Outbound]:
    """The remark's answer, "let's go on", and the pending question again (not counted as a
    side question: these are about this form)."""
    said = turn.say(key, **params)
    resumed = Outbound(turn.say("common.resume_question"))
    return [Outbound(said), resumed, prompt(flow, state, turn)]


__all__ = ["STEPS", "answer", "asks_erasure", "erasure"]
