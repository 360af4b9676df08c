"""What a request about erasing data asks for, before the full erasure is confirmed: all of it
("hapus data saya"), or only a part the assistant cannot erase alone, said instead of the
account-erasure warning.

- ``chat``: only the chat history ("hapus riwayat chat aja, akun jangan"). A chat linked to no
  account has only that to erase; a linked chat's erasure takes the whole account with it.
- ``field``: one detail (the phone number, the email): changed on the dashboard or through a
  complaint, never erased alone (the phone on record receives the codes).
- ``consent``: consent withdrawn ("aku tarik persetujuan data pribadi"): stop the broadcasts
  (``unsubscribe``), or erase everything.
- ``correct``: a detail to correct ("tanggal lahir di data ku salah, mau benerin"), nothing to
  erase.
"""

from __future__ import annotations

import re
from typing import Literal

from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.result import Result, Valid
from flows.runtime import controls
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import FlowContext, Message

Scope = Literal["chat", "field", "consent", "correct"]

_ERASE_WORDS = re.compile(
    r"\b(?:hapus\w*|dihapus|ngapus\w*|delet\w*|remov\w*|eras\w*|hilangkan|musnahkan|cabut|"
    r"lupakan|tarik persetujuan|forget)\b",
    re.IGNORECASE,
)


def wants_erasure(message: Message) -> bool:
    """Whether a data message asks for erasure ("hapus data saya") or withdraws consent ("I
    withdraw my consent") rather than asks about the data ("data saya aman ga?"): only the
    first start the deletion flow."""
    said = message.text or ""
    return bool(_ERASE_WORDS.search(said) or _CONSENT.search(said.lower()))


_TAKE_BACK = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|nda)\s?(?:jadi|jd)\b"
    r"|\b(?:jangan|jgn|ga usah|gausah|gak usah|nggak usah|tidak usah|gk usah)\s+(?:\w+\s+)?"
    r"(?:di)?hapus\w*|\bbatal\w*|\bcancel\w*|\bnever ?mind\b|\bdon'?t (?:delete|erase)\b"
    r"|\bkeep my (?:data|account)\b|\bchanged my mind\b|\burung\b"
)
"""The erasure taken back in words ("eh gajadi hapus", "jangan dihapus deh", "never mind")."""


def takes_back(message: Message) -> bool:
    """Whether a typed message takes the erasure back, at its confirmation or its code."""
    said = " ".join((message.text or "").lower().split())
    return message.payload is None and bool(_TAKE_BACK.search(said))


_ONLY = re.compile(r"\b(?:aja|ajah|saja|doang|doank|only|just|cuma|cuman|hanya)\b")
_KEEP_ACCOUNT = re.compile(
    r"\bakun\w*\s+(?:\w+\s+)?(?:jangan|jgn|ga|gak|gk|nggak|ngga|tidak|tdk|tetap|tetep)\b"
    r"|\b(?:jangan|jgn|tanpa|tidak|tdk|ga|gak|gk|nggak|ngga|bukan)\s+(?:\w+\s+){0,2}akun"
    r"|\b(?:keep|not)\s+(?:\w+\s+){0,2}account"
)
_CHAT = re.compile(
    r"\b(?:riwayat|histor\w*|chat\w*|percakapan|obrolan|pesan\w*|conversations?|messages?)\b"
)
_FIELD = re.compile(
    r"\b(?:(?:nomor|nomer|nmr|no)\.?\s*(?:hp|handphone|telepon|telp|tlp|wa|whatsapp|ponsel)|"
    r"hp|handphone|phone(?: number)?|e-?mail|email\w*)\b"
)
_EVERYTHING = re.compile(r"\b(?:data\w*|semua\w*|seluruh\w*|all|everything|akun\w*|account)\b")
_CONSENT = re.compile(
    r"\b(?:tarik|menarik|cabut|mencabut|batal\w*|withdraw\w*|revok\w*)\s+(?:\w+\s+){0,2}"
    r"(?:persetujuan|consent|izin|ijin)\b"
    r"|\b(?:persetujuan|consent)\s+(?:\w+\s+){0,3}(?:ditarik|dicabut|dibatalkan|withdrawn|revoked)\b"
    r"|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|no longer)\s+(?:\w+\s+)?(?:setuju|consent)\s+lagi\b"
)
_DETAIL = re.compile(
    r"\b(?:data\w*|tanggal lahir|tgl lahir|ttl|lahir\w*|nama\w*|nik\w*|kk|kartu keluarga|"
    r"alamat\w*|domisili|jenis kelamin|date of birth|birth ?date|dob|name|address|details?)\b"
)
_WRONG = re.compile(
    r"\b(?:salah|keliru|typo|beda|berbeda|(?:tidak|tdk|ga|gak|nggak) (?:sesuai|cocok)|wrong|"
    r"incorrect|mistakes?)\b"
)
_FIX = re.compile(
    r"\b(?:\w*benerin|betulin|betulkan|perbaik\w*|memperbaiki|koreksi|ralat|ubah|mengubah|edit|"
    r"revisi|correct\w*|fix|update)\b"
)


def keeps_account(said: str) -> bool:
    """Whether lowered text keeps the account or takes the erasure back ("tapi akun jangan
    dihapus", "jangan dihapus"): its erase words ask for no erasure."""
    return bool(_KEEP_ACCOUNT.search(said) or _TAKE_BACK.search(said))


def scope(message: Message) -> Scope | None:
    """The part of the data a typed request is about, or None (all of it, or no such
    request: a button, "hapus data saya")."""
    said = " ".join((message.text or "").lower().split())
    if not said or message.payload is not None:
        return None
    erase = wants_erasure(message)
    if _CONSENT.search(said):
        return "consent"
    if not erase and _DETAIL.search(said) and (_WRONG.search(said) or _FIX.search(said)):
        return "correct"
    if not erase:
        return None
    if _FIELD.search(said) and (_ONLY.search(said) or not _EVERYTHING.search(said)):
        return "field"
    if _CHAT.search(said) and (
        _ONLY.search(said) or _KEEP_ACCOUNT.search(said) or not _EVERYTHING.search(said)
    ):
        return "chat"
    return None


def answer(turn: FlowTurn, asked: Scope) -> list[Outbound]:
    """What a request for a detail alone gets (``field``, ``correct``): the way to change it,
    and what "hapus data saya" would erase instead."""
    complaint = turn.button("handoff.file_complaint", "flow:complaints")
    erase = turn.button("intents.delete_my_data", "flow:data_deletion")
    remember(turn, f"{PART}.{asked}")  # "cuma nomor hp nya" next: still that detail
    if asked == "correct":
        return [turn.reply("data_deletion.scope.correct", complaint, turn.menu_button())]
    return [turn.reply("data_deletion.scope.field", complaint, erase, turn.menu_button())]


_CHANGE = re.compile(r"\b(?:ganti\w*|diganti|change\w*|pindah\w*)\b")
PART = "deletion_scope"
"""``last_answer`` topic prefix of the answer on a detail (``field``, ``correct``)."""


def part_again(turn: FlowTurn) -> list[Outbound] | None:
    """Right after the answer on one detail, that detail named again ("cuma nomor hp nya",
    "email aja"): the same answer (before: "belum paham" and the menu); else None."""
    if just_said(turn) != f"{PART}.field" or turn.message.payload is not None:
        return None
    said = " ".join((turn.message.text or "").lower().split())
    if (
        not _FIELD.search(said)
        or len(said.split()) > 6
        or _FIX.search(said)
        or _CHANGE.search(said)
    ):
        return None  # "ganti nomor hp bisa?": the way to change it has its own answer
    return answer(turn, "field")


def chat_answer(turn: FlowTurn) -> Outbound:
    """Only the chat history of a chat linked to an account: no such erasure here."""
    erase = turn.button("intents.delete_my_data", "flow:data_deletion")
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return turn.reply("data_deletion.scope.chat_linked", erase, person, turn.menu_button())


def asks_part(turn: FlowTurn) -> list[Outbound] | None:
    """A detail to change or correct, read as erasure (or unsure between erasure and another
    reading): the way to change it, before any erasure is offered."""
    message = turn.message
    readings = {message.intent, *(name for name, _ in message.ranking[:3])}
    asked = scope(message) if "delete_my_data" in readings else None
    return answer(turn, asked) if asked in ("field", "correct") else None


_ADS = re.compile(
    r"\b(?:iklan\w*|promo\w*|pemasaran|marketing|ads?|advert\w*|siaran|broadcast\w*|"
    r"langgan\w*|subscri\w*|unsub\w*|spam|newsletter)\b"
)
_ALL = re.compile(r"\b(?:semua\w*|seluruh\w*|all|everything)\b")
_PICKED = re.compile(
    r"(?:(?:yg|yang|the|pilih|nomor|no)\s+)?(?:(?P<first>pertama|1|satu|first)|kedua|2|dua|second)"
    r"(?:\s+(?:aja|saja|deh|ya|one))?[\s.!]*"
)
"""The option picked by its place ("yg pertama", "2")."""
_NEWS = re.compile(r"\b(?:info|kabar\w*|notif\w*|news|updates?)\b")


def consent_choice(message: Message, _: Slots, __: FlowContext) -> Result:
    """Withdrawn consent, typed: for the broadcasts and ads ("maksudnya jangan dipake buat
    iklan"), or everything erased ("hapus semua aja")."""
    said = " ".join((message.text or "").lower().split())
    picked = _PICKED.fullmatch(said)
    if picked:
        return Valid("unsubscribe" if picked["first"] else "erase")
    if _ADS.search(said):
        return Valid("unsubscribe")
    if keeps_account(said):
        return None  # "tapi akun jangan dihapus": never read as the erasure chosen
    if wants_erasure(message) or _ALL.search(said):
        return Valid("erase")
    return Valid("unsubscribe") if _NEWS.search(said) else None


__all__ = ["PART", "Scope", "answer", "asks_part", "chat_answer", "consent_choice",
           "keeps_account", "part_again", "scope", "takes_back", "wants_erasure"]  # fmt: skip
