"""The details a complaint asks for by category, each checked before it is kept: the waves
("gel 70, 71, 72" keeps all three; "ga inget, banyak" skips), the payout, the training
provider's name (no bare number or command word such as "lapor" or "2") and the order number
(an order or invoice id, not a sentence). Not knowing ("ga tau", "lupa", "ga ada") files the
ticket without it."""

from __future__ import annotations

import re

from flows import complaint_story as story
from flows.complaint_additions import adds_to_story, is_request
from flows.complaint_asked_again import asked_again
from flows.complaint_not_a_name import about_complaining, asks, not_a_name
from flows.complaint_questions import short_and_not_told
from flows.complaint_story import PAYOUTS
from flows.known_requests import asks_known_request
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import FlowTurn, Go, Slots, Validator
from flows.turn import Ask, FlowContext, Message
from flows.validators import no_answer
from flows.yes_no import unsure

UNKNOWN = "-"
"""A detail the user does not know: the ticket is filed without it."""
DETAIL = {
    "not_selected": "wave",
    "revoked": "wave",
    "incentive": "payout",
    "payout_link": "payout",
    "provider": "provider",
    "certificate": "provider",
    "purchase_redeem": "order",
}
"""The one detail each category asks for."""

_NONE_TO_GIVE = re.compile(
    r"(?:(?:aku|saya|sy) )?(?:ga|gak|gk|nggak|tidak|tdk) (?:ada|punya|tau|tahu|inget|ingat)"
    r"(?: (?:nomornya|namanya|lagi|juga|(?:nomor|no|nama) \w+))?(?: (?:kak|min|deh|sih|ya))*"
    r"(?:,? (?:(?:aku|saya|sy) )?(?:udah |sudah )?lupa(?: \w+){0,2})?|"
    r"(?:i )?don'?t (?:have|know|remember)(?: (?:one|it|the \w+))?|"
    r"(?:udah |sudah )?lupa(?: \w+){0,3}"
)
_DONT_REMEMBER = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|tidak|tdk|kurang|lupa) ?(?:inget|ingat|tau|tahu|hafal|apal)|lupa|"
    r"don'?t (?:remember|know)|can'?t remember|not sure)\b"
)


_BARE_NO = re.compile(
    r"(?:tidak|tdk|ga|gak|gk|nggak|ngga|enggak|engga|ndak|no|nope)(?: (?:kak|min|deh|sih))*"
)
"""A bare "Tidak" where a name or number is asked: none to give (the ticket goes on)."""


def _skipped(text: str) -> bool:
    lowered = " ".join(text.lower().split()).strip(" .,!")
    return unsure(lowered) or bool(_NONE_TO_GIVE.fullmatch(lowered))


def _declined(text: str) -> bool:
    return bool(_BARE_NO.fullmatch(" ".join(text.lower().split()).strip(" .,!")))


_WAVES_NAMED = re.compile(
    r"\b(?:gel(?:ombang)?|gel\.|wave)s?\.?\s*"
    r"(\d{1,3}(?:\s*(?:,|dan|&|and|-|–|sampai|sampe|s/?d|to)\s*(?:gel(?:ombang)?\s*)?\d{1,3})*)"
)
_COUNTED = re.compile(
    r"\b\d{1,3}\s*(?:x|kali|kali ikut|times)?\s*(?:gel(?:ombang)?|wave)s?\b(?!\s*\d)"
)
"""Waves counted, not named ("udah 4 gelombang ga lolos", "3x gelombang"): no wave number."""
_MONTH = (
    r"(?:jan\w*|feb\w*|mar\w*|apr\w*|mei|may|jun\w*|jul\w*|agu\w*|agt|aug\w*|sep\w*|okt\w*|"
    r"oct\w*|nov\w*|des\w*|dec\w*)"
)
_NOT_WAVE = re.compile(
    rf"\b(?:tgl|tanggal|tangal|date)\.?\s*\d{{1,2}}\b|\b\d{{1,2}}\s*{_MONTH}\b"
    rf"|\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b|\b\d{{1,2}}-\d{{1,2}}-\d{{2,4}}\b"
    r"|\brp\.?\s*\d[\d.,]*|\b\d[\d.,]*\s*(?:rb|ribu|rebu|jt|juta|k|rupiah|%|persen)\b"
    r"|\b\d{1,3}\s*(?:x|kali|hari|hr|minggu|mgg|bulan|bln|tahun|thn|jam|menit|mnt|times|days?|"
    r"weeks?|months?|years?|hours?)\b"
)
"""A date, an amount, a count or a time span ("tgl 20 september", "500rb", "3 bulan"): no
wave number (before, "aku beli tgl 20 september 2023" gave wave 20)."""
_RANGE = re.compile(r"(\d{1,3})\s*(?:-|–|sampai|sampe|s/?d|to)\s*(\d{1,3})")
_NUMBER = re.compile(r"(?<![\d.,])(\d{1,3})(?![\d.,]?\d)")
MAX_RANGE = 20


def wave(message: Message, _: Slots, __: FlowContext) -> Result:
    """Every wave named ("gel 70, 71, 72", "gelombang 68-70"), or none known ("ga inget,
    banyak": the ticket goes on without it)."""
    said = (message.text or "").lower()
    text = _COUNTED.sub(" ", said)  # "udah 4 gelombang ga lolos": a count, no wave
    text = _NOT_WAVE.sub(" ", text)  # "tgl 20 september": a date, no wave
    named = [m.group(1) for m in _WAVES_NAMED.finditer(text)] or [text]
    numbers: list[int] = []
    for part in named:
        for low, high in _RANGE.findall(part):
            if 0 < int(high) - int(low) <= MAX_RANGE:
                numbers += range(int(low), int(high) + 1)
        numbers += [int(n) for n in _NUMBER.findall(_RANGE.sub(" ", part))]
    found = message.entity("wave")
    if not numbers and isinstance(found, int) and text == said:
        numbers = [found]
    waves = sorted({n for n in numbers if 0 < n < 1000})
    if waves:
        return Valid(", ".join(str(n) for n in waves))
    if _DONT_REMEMBER.search(text) or _skipped(text):
        return Valid(UNKNOWN)
    return None


TOLD = "_told"
"""What a detail question's validator gives for more of the story typed there ("oh iya
tambahan, lembaganya udah aku email", "udah 4 gelombang ga lolos"): added to the story, and
the question asked again."""
MIN_TOLD_WORDS = 4


def or_told(validate: Validator, *, name: bool = False) -> Validator:
    """``validate``, but a message that tells more of the story without giving the detail is
    that story ("udah 4 gelombang ga lolos, di riwayat ga ada alasannya"); where a ``name`` is
    asked (any short text passes for one), so is a message that says it adds or tells what
    happened ("oh iya tambahan, lembaganya udah aku email tp ga bales")."""

    def validator(message: Message, slots: Slots, ctx: FlowContext) -> Result:
        text = " ".join((message.text or "").split())
        told = bool(text) and not message.payload and _tells(text)
        if name and told:
            return Valid(TOLD)
        result = validate(message, slots, ctx)
        return Valid(TOLD) if told and not isinstance(result, Valid) else result

    return validator


ASKED_AGAIN = "_detail_again"
"""The detail question to ask again after more of the story was typed at it."""
ASKED = ("wave", "provider", "order", "payout")


def told_at_detail(turn: FlowTurn) -> Ask[list[Outbound]]:
    """After a detail question: more of the story typed there (``TOLD``) is added to the
    story and the question asked again; a story that gave the detail too ("aku ga lolos
    gelombang 71 padahal udah memenuhi syarat semua") is added as well."""
    turn.slots.pop(ASKED_AGAIN, None)
    again = next((kind for kind in ASKED if turn.slots.get(kind) == TOLD), None)
    message = turn.message
    if again is not None:
        turn.slots.pop(again)
        turn.slots[ASKED_AGAIN] = again
    elif message.payload or not story.story_like(message.text or ""):
        return []
    told = story.description(message, {}, turn.ctx)
    before = str(turn.slots.get("description", ""))
    if not isinstance(told, Valid) or str(told.value) in before:
        return []
    turn.slots["description"] = f"{before}\n{told.value}".strip()[:MAX_TEXT_LENGTH]
    added = Outbound(turn.say("complaints.story_added"))  # an order number's look, for "ga tau":
    return [added, Outbound(turn.say("invalid.order_number"))] if again == "order" else [added]
    yield


def _asked_again(kind: str) -> Go:
    def guard(slots: Slots, _: FlowContext) -> bool:
        return slots.get(ASKED_AGAIN) == kind

    return Go(f"detail_{kind}", guard, "more of the story told there")


AFTER_TOLD = tuple(_asked_again(kind) for kind in ASKED)
"""From ``told_at_detail``: the detail question again, if the story was told there."""


def _tells(text: str) -> bool:
    if _skipped(text) or is_request(text) or asked_again(text):  # "mau komplain insentif ..."
        return False
    lowered = text.lower()
    story = len(text.split()) >= MIN_TOLD_WORDS and not short_and_not_told(lowered)
    return story or (adds_to_story(text) and len(text.split()) >= MIN_TOLD_WORDS)


def payout(message: Message, _: Slots, __: FlowContext) -> Result:
    lowered = (message.text or "").lower().replace(" ", "").replace("-", "")
    named = [(lowered.rfind(name.lower()), name) for name in PAYOUTS]
    last = max(named)  # "bukan ovo tapi gopay": the one named last
    return Valid(last[1]) if last[0] >= 0 else None


def payout_or_told(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The payout, or more of the story (``TOLD``: "insentif gagal terus dari bulan lalu"); a
    payout corrected later ("eh salah, pakai gopay" at the summary) is read by ``payout``."""
    return (payout if "payout" in slots else _payout_told)(message, slots, ctx)


_payout_told = or_told(payout)
PAYOUT_TOLD = Go("detail_told", lambda slots, _: slots.get("payout") == TOLD, "story at payout")


_COMMAND = re.compile(
    r"(?:(?:ya|iya|iyaa|yaudah|ya udah|ok|oke|langsung) )?"  # "ya lapor aja": go on, no name
    r"(?:lapor\w*|kirim\w*|batal\w*|cancel|menu|lanjut\w*|next|skip|ok|oke|okay|sip|siap|"
    r"selesai|submit|send|done|komplain|complain|pengaduan|aduan|adukan|tolong|help|halo|hai|"
    r"hi|hello|tes|test|udah|sudah|belum|blm|kembali|back)(?: (?:aja|kak|min|dong|ya|deh|sih))*"
)
"""Words that steer the chat, typed where a name is asked: no provider's name."""
MAX_NAME_WORDS = 10


def provider(message: Message, _: Slots, __: FlowContext) -> Result:
    """A training provider's name; not a bare number ("2", a button of an earlier question), a
    command word ("lapor"), a question or a whole sentence. A request the bot knows ("status
    tiket aku") is none either: answered aside, then the question again."""
    text = " ".join((message.text or "").split())
    if not text or asks_known_request(message):
        return None
    if _skipped(text) or _declined(text):  # "Tidak" (the button of "did this help?" again)
        return Valid(UNKNOWN)
    if no_answer(text):
        return None  # "ya", "ga": no provider name
    lowered = text.lower().strip(" .!")
    if is_request(lowered):
        return Valid(UNKNOWN)  # "oke bikin pengaduan": go on without it, no name
    if not_a_name(lowered):  # "uang saldo saya kepotong, bisa balik ga": aside, asked again
        return Invalid("complaint_same") if about_complaining(lowered) else None
    bare = not re.search(r"[^\W\d_]", text)
    if bare or _COMMAND.fullmatch(lowered) or "?" in text or len(text.split()) > MAX_NAME_WORDS:
        return Invalid("provider_name")
    return Valid(text[:200])


_ORDER_ID = re.compile(r"(?<![\w/#\-])(?=[\w/#\-.]*\d)[A-Za-z0-9][\w/#\-.]*[A-Za-z0-9]")
MIN_ORDER_CHARS = 5
MAX_ORDER_WORDS = 8
"""An order number comes alone or with a few words ("nomor pesanan INV/2024/03/0001 kak")."""


def order(message: Message, _: Slots, __: FlowContext) -> Result:
    """An order or invoice id (letters and digits, "INV/2026/03/0001", "TKP-88123"), not a
    sentence ("pelatihannya udh dibayar tp ga muncul"): otherwise asked again with a hint."""
    text = " ".join((message.text or "").split())
    if not text:
        return None
    if _skipped(text) or _declined(text) or is_request(text):  # "Tidak", "lapor deh": go on
        return Valid(UNKNOWN)
    if no_answer(text):
        return None
    if asks(text) and not _ORDER_ID.search(text):
        return None  # "nanti deadline aku gimana": answered aside, asked again
    ids = [
        found
        for found in _ORDER_ID.findall(text)
        if len(re.sub(r"\W", "", found)) >= MIN_ORDER_CHARS
    ]
    if ids and len(text.split()) <= MAX_ORDER_WORDS:
        return Valid(max(ids, key=len)[:60])
    return Invalid("order_number")


_BARE_NUMBER = re.compile(r"\s*(\d{1,3})\s*[.!]?\s*")
FIRST_WAVE_TYPED = 3
"""A bare "1" or "2" at the summary may pick its button (Kirim, Tulis ulang): no wave."""


def _bare_wave(text: str) -> bool:
    """ "70" typed alone at the summary: the wave corrected."""
    found = _BARE_NUMBER.fullmatch(text)
    return found is not None and FIRST_WAVE_TYPED <= int(found.group(1)) < 1000


_ORGANISATION = re.compile(
    r"\b(?:lpk|lkp|blk|pt|cv|yayasan|lembaga|akademi|academy|institut\w*|kursus|training|"
    r"edukasi|school|sekolah|course|studio|class|kelas)\b",
    re.IGNORECASE,
)


def typed_at_summary(message: Message, slots: Slots, ctx: FlowContext) -> tuple[str, str] | None:
    """The category's detail typed at the summary ("LPK Maju Jaya" after "ya lapor aja" at the
    provider question, "INV/2024/11/12345", "gel 71"): (slot, value) to put in the summary."""
    kind = DETAIL.get(str(slots.get("category")))
    text = message.text or ""
    if kind in (None, "payout") or message.payload or not text:
        return None  # a payout named at the summary is a correction (its slot is correctable)
    if kind == "provider" and not _ORGANISATION.search(text):
        return None  # any short text passes as a name; at the summary, only one that says so
    if kind == "wave" and not (_WAVES_NAMED.search(text.lower()) or _bare_wave(text)):
        return None  # a number in a sentence at the summary is no wave
    check = {"wave": wave, "provider": provider, "order": order}[str(kind)]
    result = check(message, slots, ctx)
    if isinstance(result, Valid) and result.value != UNKNOWN:
        return kind, str(result.value)
    return None
