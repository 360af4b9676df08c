"""What personal data is held about a linked participant ("data saya apa aja yg disimpan", "liat
data diri sy dong"): each field, masked, and how to have it erased; or one field asked for
("no hp yg terdaftar apa", "email ku apa", "siapa nama aku", "nik ku?"): that field, masked as
the whole list masks it (the KK number and date of birth are held but never shown; the payout
account: ``my_payout``; the Prakerja card number: ``my_card``). A chat not linked gets the
general answer on how data is kept, or, for one field, the offer to link the account."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import account, account_phone, my_card, my_payout
from flows.last_answer import just_said, remember
from flows.link_account import link_payload
from flows.messages import Outbound
from flows.my_data import Answer, not_linked, own_records
from flows.queries import PersonalDataQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Message
from flows.validators import region_name
from flows.views import PersonalDataView

CARD_INTENTS = ("benefits_info", "program_info")
"""Readings of one's own card number alone ("kartu prakerja aku nomornya brp": benefits 0.38)."""
INTENTS = ("delete_my_data", "account_access", "help", "out_of_scope", "registration_status",
           "bot_challenge", "inform", "check_eligibility", "register",
           "payment_account", *CARD_INTENTS)  # fmt: skip
"""The intents such a question is read as ("siapa nama aku" as bot_challenge, "nik aku brp" as
check_eligibility, "nik ku?" as inform)."""

_OWN = r"(?:saya|sy|aku|ak|ku|gue|gw|gua|my)"
_DATA = rf"(?:data|info\w*|details?)(?:\s+(?:diri|pribadi|personal))?(?:\s*{_OWN})?"
_PERSONAL = re.compile(rf"\bdata\b|\b(?:info\w*|details?)\s+(?:diri|pribadi|personal|{_OWN})\b")
"""Data, or information about oneself ("info apa aja" asks what the assistant can tell)."""
_HELD = re.compile(
    rf"\b{_DATA}\b.{{0,12}}\b(?:apa aja|apa saja|apa|(?:yang|yg) (?:disimpan|tersimpan|"
    r"dicatat|tercatat|ada|disimpen|tersimpen|kesimpen))\b"
    rf"|\b(?:lihat|liat|cek|tampilkan|tunjukkan|tunjukin|show|see|view)\b.{{0,15}}\b{_DATA}\b"
    r"|\bwhat (?:data|information|details)\b.{0,30}\b(?:keep|store|hold|have)\b"
)

_NUMBER = r"(?:no\.?|nomor|nomer|nmr)"
_FIELDS = (
    ("payout", r"rekening|rek|e-?wallet|akun bank|bank account|payout account"),
    ("phone", rf"{_NUMBER}\s*(?:hp|handphone|telp|telepon|wa|whatsapp)|hp|handphone|phone"),
    ("email", r"e-?mail|surel"),
    ("kk", rf"{_NUMBER}\s*kk|kk|nomor kartu keluarga"),
    ("dob", r"(?:tanggal|tgl) lahir|ttl|date of birth|birth ?date|birthday"),
    ("nik", rf"nik|{_NUMBER}\s*ktp"),
    ("name", r"nama|name"),
)
"""One field of one's own data, by the words for it (the longer names first)."""
_ASKED = (
    r"apa|apaan|berapa|brp|brapa|siapa|sapa|mana|what|what'?s|which|cek|check|liat|lihat|"
    r"tunjukin|tunjukkan|tampilkan|sebutin|sebutkan|show|tell me|(?:mau|pengen|pgn|ingin) "
    r"(?:tau|tahu|liat|lihat|cek)|kasih tau"
)
_KEPT = (
    r"(?:yg|yang)\s+(?:ter|di|ke)?(?:daftar\w*|catat\w*|simpan\w*|pakai|pake|kepake|ada)\b"
    r"|registered|on (?:my )?(?:account|file|record)|di akun\w*"
)
"""Held on the account ("no hp yg terdaftar", "email yang dipakai di akun")."""
_PROBLEM = re.compile(
    r"\b(?:ganti|gnti|ubah|rubah|ngubah|edit|update|change|salah|keliru|typo|beda|lupa|forgot|"
    r"hilang|ilang|hapus|delete|blokir|diblokir|aman|bocor|kenapa|knp|gimana|gmn|bagaimana|"
    r"cara\w*|bisa|bs|boleh|mati|hangus|aktif|belum|blm|dimana|di mana|wajib|harus|perlu|"
    r"contoh|format|syarat|how|why|can|ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|"
    r"not|never|masuk)\b|\b(?:udah|udh|sudah|sdh|dah) (?:ter)?daftar"
)
"""A problem or a rule, not the value asked for ("email ku ga bisa dibuka", "nik ku salah",
"nama rekening harus sama?")."""


def _field_pattern(words: str) -> re.Pattern[str]:
    own_after = rf"\b(?:{words})(?:ku|\s+(?:{_OWN}))\b"  # "nik ku", "emailku", "nama aku"
    own_before = rf"\b(?:my|registered)\s+(?:registered\s+)?(?:{words})\b"  # "my email"
    kept = rf"\b(?:{words})(?:ku|\s+{_OWN})?\s+(?:{_KEPT})"  # "no hp yg terdaftar"
    return re.compile(f"{own_after}|{own_before}|{kept}")


_FIELD_PATTERNS = tuple((field, _field_pattern(words)) for field, words in _FIELDS)
_QUESTION = re.compile(rf"\b(?:{_ASKED})\b")
_BARE = re.compile(r"^[\w\s.]{2,30}\?+$")
"""Only the field and "?" ("nik ku?", "email aku??")."""
_OWN_NUMBER = re.compile(
    rf"\b{_NUMBER}(?:ku|\s+{_OWN})(?:\s+(?:{_KEPT}))?(?:\s+(?:{_ASKED}))?\s*\??$"
)
"""One's own number with no field named ("nomor aku yg tercatat apa", "no ku apa?"): the
phone, the only number the chat calls one's own alone."""
SHOWN = ("name", "nik", "phone", "email")
"""Fields the view holds masked; the KK number and date of birth are held and never shown."""


def asked_field(message: Message) -> str | None:
    """The one field of one's own data the message asks for ("nik aku brp": "nik"), else None."""
    said = " ".join((message.text or "").lower().split())
    if _PROBLEM.search(said) or not (_QUESTION.search(said) or _BARE.match(said)):
        return None
    found = [field for field, pattern in _FIELD_PATTERNS if pattern.search(said)]
    if not found and _OWN_NUMBER.search(said):
        return "phone"  # "nomor aku yg tercatat apa": no other number is one's own alone
    return found[0] if len(found) == 1 else None


_UNMASKED = re.compile(
    r"\b(?:tampil\w*|lihat\w*|liat\w*|kasih\w*|sebut\w*|tunjuk\w*|kirim\w*|show|tell|give|"
    r"buka)\b.{0,25}\b(?:lengkap\w*|full|utuh|semua ?angka\w*|complete|whole|unmasked|"
    r"tanpa (?:sensor|bintang|disamarkan|disensor))\b"
    r"|\b(?:jangan|jgn|ga usah|gausah|gak usah|don'?t)\s+(?:di)?(?:samar\w*|sensor\w*|mask\w*)\b"
)
"""One's data asked for whole, unmasked ("tampilin lengkap dong", "show me my full NIK")."""


_MINE = re.compile(
    r"\b(?:nik|ktp|hp|nomor|nomer|no|e-?mail|data\w*|pemilik\w*|owner|punya ?(?:ku|aku|saya)|"
    r"milik ?(?:ku|aku|saya)|it'?s mine)\b"
)
"""A field, or the data said to be one's own: not "tampilkan daftar pelatihan lengkap"."""


def asks_unmasked(message: Message) -> bool:
    """Whether the message asks for one's data in full, not masked."""
    said = " ".join((message.text or "").lower().split())
    return bool(_UNMASKED.search(said) and _MINE.search(said))


def asks_held_data(message: Message) -> bool:
    """Which personal data is held (not whether it is safe, nor to erase it)."""
    said = (message.text or "").lower()
    asked = _HELD.search(said) and _PERSONAL.search(said)
    return bool(asked) and not account.wants_erasure(message)


def held(turn: FlowTurn) -> Answer:
    """The fields held about the linked participant, masked, when the message asks for them (or
    the one field it asks for), or where their card number is (``my_card``); else None."""
    if my_card.asks(turn.message):  # "nomor kartu prakerja ku apa": the dashboard, never here
        return (yield from my_card.answer(turn))
    if asks_unmasked(turn.message):  # "tampilin lengkap dong, aku pemiliknya": never whole
        return [turn.reply("kb.my_field.never_whole", turn.menu_button())]
    if turn.message.intent in CARD_INTENTS:
        return None
    if asks_held_data(turn.message):
        return (yield from _held(turn))
    field = asked_field(turn.message)
    if field == "payout":  # the linked account on record, masked
        return (yield from my_payout.on_record(turn))
    return None if field is None else (yield from _one_field(turn))


@own_records
def _held(turn: FlowTurn) -> Answer:
    found: PersonalDataView | None = yield PersonalDataQuery(
        turn.message.channel, turn.message.user_id
    )
    if found is None:  # not linked: only this chat is kept here
        kept = turn.say("kb.my_data_unlinked", chat_days=turn.ctx.chat_days)
        notice = account.privacy(turn)  # the account's data one tap away: link it first
        link = turn.button("link_account.start", link_payload(None))
        return [Outbound(kept), replace(notice, buttons=(link, *notice.buttons))]
    erase = turn.button("intents.delete_my_data", f"flow:{account.FLOW}")
    return [Outbound(_listing(turn, found), (erase, turn.menu_button()))]


@own_records
def _one_field(turn: FlowTurn) -> Answer:
    field = asked_field(turn.message) or ""
    found: PersonalDataView | None = yield PersonalDataQuery(
        turn.message.channel, turn.message.user_id
    )
    if found is None:  # whose data it is needs the account; where a NIK is written does not
        where = [Outbound(turn.say("invalid.where_nik"))] if field == "nik" else []
        return [*where, *not_linked(turn, repeat=False)]
    if field not in SHOWN:
        return [turn.reply(f"kb.my_field.{field}", turn.menu_button())]
    value = str(getattr(found, field))
    if field == "phone" and just_said(turn) == account_phone.TOPIC:
        remember(turn, account_phone.TOPIC)  # "ganti jadi 0812..." next: still the change
    if not value:
        what = turn.say(f"kb.my_field.names.{field}")
        return [turn.reply("kb.my_field.none", turn.menu_button(), what=what)]
    return [turn.reply(f"kb.my_field.{field}", turn.menu_button(), value=value)]


def _listing(turn: FlowTurn, found: PersonalDataView) -> str:
    region = region_name(found.region_code or "") or "-"
    return turn.say(
        "kb.my_data",
        name=found.name or "-",
        nik=found.nik or "-",
        phone=found.phone or "-",
        email=found.email or "-",
        region=region,
    )


__all__ = ["CARD_INTENTS", "INTENTS", "SHOWN", "asked_field", "asks_held_data", "asks_unmasked",
           "held"]  # fmt: skip
