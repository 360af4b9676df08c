"""Where each kind of secret sits in a message (``flows.safety`` warns and masks with it):
passwords, OTP codes of other services, card numbers, voucher and redeem codes.

Each kind is a topic (the word that says what the value is: "password", "otp", "kode redeem")
and a value that looks like that secret. Only the value is masked, so staff still read what the
message was about: "kode otp aku [disembunyikan], udh aku kasih". What is *not* a secret must
stay readable: NIK and KK (16 digits), phone numbers, money ("600rb", "Rp3.500.000"), dates,
years, wave numbers and ticket references ("PRK-12345678")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

Span = tuple[int, int]
"""Where a secret's value starts and ends in a message."""

# -- values that are no secret ----------------------------------------------------------------

_NO_SECRET = (
    r"(?!PRK-\d|PRK(?:\d{8}|\d{6})(?![\w\-])"  # a ticket reference, with or without its dash
    r"|\S*@|\S*://"  # an e-mail address, a link
    r"|rp\.?\s?\d"  # money: Rp3.500.000
    r"|\d[\d.,]*\s?(?:rb|ribu|k|jt|juta|rupiah|x|kali|hari|jam|menit|detik|minggu|bulan|bln"
    r"|tahun|thn|gb|mb)\b)"  # an amount or a count: 600rb, 1500rb, 2x, 10menit
)
"""Put before a value: fails on what only looks like one."""

_YEAR = r"(?:19|20)\d\d(?!\d)"

# -- passwords --------------------------------------------------------------------------------

_PASSWORD_WORD = (
    r"\b(?:pass(?:word|wd|wrd)?|pas(?:s)?w(?:or|ot|ord|ort)|paswd|pwd?|kata ?sandi|sandi|pin)"
    r"(?:ku|nya|ny|mu)?\b"
)
"""password, passwordnya, pw, pass, paswot, pasword, kata sandi, sandinya, pin (of a wallet)."""

_REPEATED = r"(?![^\W\d_]+2(?:an|in|nya|ny|kan|lah|pun)?(?:[^\w\s]*(?!\S)))"
"""Not a word doubled in chat shorthand ("berkali2", "gara2", "ngapa2in", "masing2nya")."""

_PASSWORD_LIKE = (
    rf"(?<!\S){_NO_SECRET}{_REPEATED}(?=\S*[^\W\d_])(?=\S*\d)\S{{6,40}}"  # letters, digits
)
"""Letters and digits together, 6+ characters: "Rahasia123", "Rina2003!!", "hunter22". Not
an e-mail address, an amount ("1500rb"), a ticket reference or a doubled word ("salah
password berkali2")."""

_ALONE = (
    r"(?<![\w+\-/.,])(?<!\d\s)(?<!rp\s)(?<!rp\.\s)"  # not after digits, a sign, "Rp "
    r"{digits}"
    r"(?![\w\-/]|[.,]\d|\s\d|\s?(?:rb|ribu|k|jt|juta|rupiah)\b)"  # nor before more or "rb"
)
"""Digits standing alone, not a part of a NIK, phone ("0812 3456 7890"), date ("12-05-2024"),
amount ("Rp 3.500.000", "600 rb") or ticket reference ("PRK-12345678")."""

_PIN_LIKE = _ALONE.format(digits=rf"(?!{_YEAR})\d{{4,8}}")
"""4 to 8 digits alone, not a year: "123456"."""

_PASSWORD_NEAR = re.compile(
    rf"{_PASSWORD_WORD}(?:\s+[^\W\d]+){{0,3}}?\s+(?P<value>{_PASSWORD_LIKE}|{_PIN_LIKE})"
    rf"|{_PASSWORD_WORD}(?:\s+[^\W\d]+){{0,2}}?\s*[:=]\s*(?P<given>\S{{4,40}})",
    re.IGNORECASE,
)
"""A password a few words after the word: "password aku Rahasia123", "passwordnya Rina2003!!",
"sandi akun aku Budi2024", "pin dana saya 123456", "pw: rahasiaku". Not "lupa password akun
prakerja", "ganti password 2 kali gagal" (no value after the word)."""

_PASSWORD_LATER = re.compile(
    rf"{_PASSWORD_WORD}[^.?!\n]{{0,60}}?(?P<value>{_PASSWORD_LIKE})"
    rf"|{_PASSWORD_WORD}[^.?!\n]{{0,60}}?[:=]\s*(?P<given>{_PIN_LIKE})",
    re.IGNORECASE,
)
"""A password further on in the same sentence: "aku kasih password aku aja ya biar cepet
dicek: Rahasia123", "my password is hunter22". Only a value with letters and digits (or digits
right after a colon): "gimana ganti password kalau nomor 081234567890 mati" gives none."""


def _password(text: str) -> Iterator[Span]:
    yield from _values(_PASSWORD_NEAR, text)
    yield from _values(_PASSWORD_LATER, text)


# -- OTP codes --------------------------------------------------------------------------------

_OTP_WORD = re.compile(
    r"\b(?:otp|kode ?sms|kode (?:dari sms|verifikasi|aktivasi|konfirmasi|keamanan)"
    r"|verification code|security code)",
    re.IGNORECASE,
)
"""The message talks about an OTP: "kode otp", "otpnya", "kode verifikasi", "verification
code". Not "kode redeem" or "kode pos"."""

_OTP_NEAR = re.compile(rf"{_OTP_WORD.pattern}\D{{0,20}}(?P<value>{_PIN_LIKE})", re.IGNORECASE)
"""A 4 to 8 digit code right after the word: "kode otp nya 1234", "otp: 48291300"."""

_OTP_ANYWHERE = re.compile(_ALONE.format(digits=r"\d{6}"), re.IGNORECASE)
"""A 6 digit code anywhere in a message about an OTP: "ini kode otp yg masuk ke nomor lama
482913 bisa dipake ga". Not a part of a NIK (16 digits), phone ("0812 3456 7890"), date
("12-05-2024"), amount ("Rp3.500.000", "600rb") or ticket reference ("PRK-12345678")."""


def _otp(text: str) -> Iterator[Span]:
    yield from _values(_OTP_NEAR, text)
    if _OTP_WORD.search(text):
        yield from (found.span() for found in _OTP_ANYWHERE.finditer(text))


# -- card numbers -----------------------------------------------------------------------------

_CARD_EN = (  # "card number", "card no.", "prakerja card"; not a family, ID or KTP card's
    r"(?<!family )(?<!id )(?<!identity )(?<!ktp )(?<!kk )(?<!e-ktp )"
    r"\b(?:prakerja\s+)?card\s*(?:number|num|no)\b\.?|\bprakerja\s+card\b"
)
_CARD = re.compile(
    r"(?:\b(?:nomor|no\.?|nmr)?\s*kartu(?!\s*(?:keluarga|kk|tanda)\b)(?: prakerja)?\b"
    rf"|{_CARD_EN})\D{{0,15}}"
    r"(?P<value>\d{4}[\s\-]?\d{4}[\s\-]?\d{4}[\s\-]?\d{4})",
    re.IGNORECASE,
)
"""A Prakerja card number (16 digits) said to be one: "no kartu prakerja 5xxx xxxx ...", "my
card number is 5xxx ...". A NIK or a KK number ("nomor kartu keluarga 3302...", "family card
number 3302..."), also 16 digits, is not: it is personal data, masked keeping its ends, and the
registration asks for it."""


def _card(text: str) -> Iterator[Span]:
    yield from _values(_CARD, text)


def card_numbers(text: str | None) -> frozenset[str]:
    """The digits of each card number ``text`` gives: no NIK, whatever a parser reads."""
    return frozenset(re.sub(r"\D", "", m.group("value")) for m in _CARD.finditer(text or ""))


# -- voucher and redeem codes ----------------------------------------------------------------

_CODE_WORD = re.compile(r"\b(?:redeem|voucher|vo[uc]?cer|vocher)", re.IGNORECASE)
"""The message talks about a voucher or redeem code: "kode redeem", "vouchernya", "vocer",
"redeem code". Not "kode redeem itu apa" alone (no value in it)."""

_CODE_LIKE = (
    rf"(?<![\w\-]){_NO_SECRET}(?=[\w\-]{{6,24}}(?![\w\-]))(?=[\w\-]*[^\W\d_])(?=(?:[\w\-]*?\d){{2}})"
    r"[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w\-])"
)
"""Letters and at least two digits, 6 to 24 characters, maybe in hyphenated groups: "AB12CD34",
"8XK2-99AB", "ABCD1234EF". Not "berkali2", "PRK-12345678", "1500rb", "Rp3500000"."""

_CODE_ANYWHERE = re.compile(_CODE_LIKE, re.IGNORECASE)

_CODE_NAMED = re.compile(
    r"\bkode(?:nya|ny|ku|\s+(?:nya|aku|saya|ku|gw|gue))?\s*:?\s+"
    rf"(?P<value>(?-i:(?![\w\-]*[a-z])){_CODE_LIKE})",
    re.IGNORECASE,
)
"""A code in capitals given as "the code" without saying which: "kodenya ABCD1234EF valid ga?",
"kode aku 8XK2-99AB". Not "kode pos 40115", "kodenya dapet2an", "kode otp 123456"."""


_CODE_ALONE = re.compile(
    rf"\s*(?P<value>(?-i:(?![\w\-]*[a-z])){_CODE_LIKE})\s*[.!?]*\s*", re.IGNORECASE
)
"""A code in capitals sent alone, as the whole message ("RDM8K2J4L9"): a voucher or redeem code
pasted in. Not "gelombang72", "PRK-123456", "738201" (an OTP is said so: ``_otp``)."""


def pasted_spans(text: str) -> Iterator[Span]:
    """Where a code in capitals sent alone sits (the whole message, ``_CODE_ALONE``)."""
    alone = _CODE_ALONE.fullmatch(text)
    if alone is not None:
        yield alone.span("value")


def _code(text: str) -> Iterator[Span]:
    yield from _values(_CODE_NAMED, text)
    if _CODE_WORD.search(text):
        yield from (found.span() for found in _CODE_ANYWHERE.finditer(text))


# -- what others call ------------------------------------------------------------------------

FINDERS: tuple[tuple[str, Callable[[str], Iterator[Span]]], ...] = (
    ("password", _password),
    ("otp", _otp),
    ("card", _card),
    ("code", _code),
)
"""Each kind of secret, in the order a warning names it."""


def _values(pattern: re.Pattern[str], text: str) -> Iterator[Span]:
    """Where ``pattern`` found a value (its ``value`` or ``given`` group)."""
    for found in pattern.finditer(text):
        group = "value" if found.group("value") is not None else "given"
        yield found.span(group)
