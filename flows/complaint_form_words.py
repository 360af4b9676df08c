"""What a few short messages mean inside the complaint form, whatever the NLU read in them:

- ``sends``: the summary's "send" in words ("kirim", "iya langsung kirim aja min", "send it",
  "yes submit it"); the NLU read "kirim" as unsubscribe and "send it" as subscribe, and
  "langsung kirim aja min" as a wish for a person, so the complaint was never filed;
- ``changed_mind``: the complaint given up ("gajadi deh", "ga jadi lapor", "batal aja") at
  "did this help?", where its "ga" had read as "no, it did not help" and the form went on;
- ``already_done``: a bare "udah" ("sudah kak", "udah kok") to "did this help?": what was
  suggested was done already (the complaint goes on), not "yes, it helped" (it was dropped);
- ``changed_account``: "udah aku ganti ke rekening bni" is the payout account changed (the
  fix's advice followed), not the complaint's category changed to "linking an account"."""

from __future__ import annotations

import re

from flows.turn import Message

_LEAD = (
    r"(?:(?:ya+|iya+|iy|y|ok+|oke+|okay|okey|sip|yes|yep|yup|udah|udh|yaudah|ya udah|langsung|"
    r"tolong|please|pls|just|go ahead and|then|and|min|kak|gan)[\s,.!]+)*"
)
_TAIL = (
    r"(?:[\s,.!]+(?:aja|ajah|saja|dong|deh|sekarang|skrg|langsung|min|kak|gan|ya|yah|yg tadi|"
    r"pengaduannya|laporannya|aduannya|tiketnya|it|now|please|pls|the complaint|my complaint))*"
)
_SENDS = re.compile(
    rf"^{_LEAD}(?:kirim|kirimin|kirimkan|dikirim|send|submit|ajukan|ajuin)(?:nya)?{_TAIL}[\s!.]*$"
)


def sends(text: str) -> bool:
    """ "kirim", "iya langsung kirim aja min", "send it", "yes submit it": the summary sent."""
    return bool(_SENDS.match(" ".join(text.lower().split())))


_NOT = r"(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|ndak) ?"
_CHANGED_MIND = re.compile(
    rf"^(?:(?:eh+|oh+|hmm+|ya+|yah|yaudah|ya udah|udah|udh|ok|oke|wah|gitu|gtu|begitu)[\s,.!]+)*"
    rf"(?:{_NOT}(?:jadi|jd)|never ?mind|nvm|batal(?:in|kan)?|cancel)"
    r"(?:[\s,.!]+(?:deh|dah|aja|ah|kak|min|ya|sih|dulu|lapor\w*|ngadu\w*|komplain\w*|"
    r"pengaduan\w*|aduan\w*))*[\s,.!]*$"
)


def changed_mind(text: str) -> bool:
    """ "gajadi deh", "ga jadi lapor", "batal aja": the complaint given up, nothing else said."""
    return bool(_CHANGED_MIND.match(" ".join(text.lower().split())))


_ALREADY = re.compile(
    r"^(?:udah|udh|sudah|sdh|dah|uda|udah2|sudah2)"
    r"(?:[\s,.!]+(?:kak|min|kok|dong|sih|ya|aku|saya|gw|gue|juga|jg|kali|tadi|semua))*[\s,.!]*$"
)


def already_done(text: str) -> bool:
    """A bare "udah" ("sudah kak", "udah kok") to "did this help?": done already, not solved.
    (Judgement call: in chat "udah" there answers "have you tried it?", not "did it help?")"""
    return bool(_ALREADY.match(" ".join(text.lower().split())))


_ACCOUNT_CHANGED = re.compile(
    r"\b(?:(?:di)?ganti|(?:di)?ubah|gnti|tuker|(?:di)?tukar|pindah)\w*\s+(?:ke\s+|jadi\s+|pake\s+)?"
    r"(?:rekening|rek|e-?wallet|bank|akun (?:bank|dana|ovo|gopay)|bni|bca|bri|mandiri|ovo|"
    r"gopay|dana|linkaja)\b"
)


def changed_account(text: str) -> bool:
    """ "udah aku ganti ke rekening bni atas nama sendiri": the payout account changed."""
    return bool(_ACCOUNT_CHANGED.search(" ".join(text.lower().split())))


_NIK_ONLY = re.compile(
    r"^(?:(?:nik|nomor nik|no nik|nik saya|nik aku|nik ku|nikku|nik nya|ini)\W*)*"
    r"\d{16}[\s.!]*$"
)


def nik_only(message: Message) -> bool:
    """A NIK typed alone ("3201234567890001", "nik saya 3201..."): a detail for the story."""
    text = " ".join((message.text or "").lower().split())
    return message.entity("nik") is not None and bool(_NIK_ONLY.match(text))


__all__ = ["already_done", "changed_account", "changed_mind", "nik_only", "sends"]
