"""Questions about the complaint itself asked inside its form, answered and then the form's
question again, never kept as the story or a detail:

- a KTP or face photo offered to this chat ("boleh kirim foto ktp ke sini aja ga biar
  dibantu"): not by chat (UU PDP, ``flows.id_photos``); before, it was filed as the story;
- how to send the evidence ("buktinya gimana ngirimnya"): after sending, in this chat, with
  the channel's way (``flows.ticket_evidence``); before, added to the story;
- where the reply comes ("ini nanti dibalesnya lewat mana?", "kalo lewat wa bisa?"): in this
  chat (and "cek tiket"); before, "belum menangkap" or the eligibility requirements;
- in an OTP complaint, the resend limit ("kalo udh 5x gmn"): five resends, then two hours;
  before, filed as the story;
- in a KTP photo / face check complaint, "the photo" offered with no KTP named ("aku kirim
  fotonya sini aja ya biar dicek"): the same refusal; before, added to the story;
- a file said to come with the text ("ini sy lampirin ss dashboard nya"): none came, and
  none is kept before the ticket exists (``evidence_offered``); before, filed as the story;
- what happens after sending, at the summary ("what happens next", "abis ini gmn", "trs nanti
  gmn"): a ticket number, staff follow up in this chat, no promised time (DOMAIN.md
  "Complaints": no resolution SLA); before, added to the story (``after_send``)."""

from __future__ import annotations

import re

from flows.id_photos import offers_id_photo
from flows.ticket_evidence import asks_how, file_offered

_REPLY = (
    r"(?:dibal[ae]s\w*|bal[ae]s\w*|balasan\w*|jawaban\w*|dijawab\w*|dikabarin|dikabari|kabar\w*|"
    r"dihubungi|direspon\w*|respon\w*|reply|replies|answer\w*|hear back)"
)
_WHERE = r"(?:lewat|via|di ?mana|dimana|dmn|kemana|ke mana|where|how)"
_REPLY_WHERE = re.compile(rf"\b{_REPLY}\b.{{0,20}}\b{_WHERE}\b|\b{_WHERE}\b.{{0,20}}\b{_REPLY}\b")
"""Where the staff's reply will come: "ini nanti dibalesnya lewat mana?"."""
_CHANNEL = re.compile(
    r"\b(?:lewat|via|pake|pakai|ke|di|by|through|on)\s+(?:wa|whatsapp|email|e-mail|sms|"
    r"telp\w*|telepon|telegram|ig|instagram|dm)\b"
)
_ASKING = re.compile(r"\?|\b(?:bisa|boleh|gmn|gimana|ga|gak|nggak|kah|can|could)\W*$")
"""Another way asked for the reply: "kalo lewat wa bisa?"."""
_OTP_LIMIT = re.compile(
    r"\b\d+\s*(?:x|kali|times)\b|\b(?:limit|batas\w*|maks\w*|habis|kebanyakan|terlalu sering)\b"
)
"""The resend limit asked about: "kalo udh 5x gmn", "kalo udh limit"."""
_PHOTO = re.compile(r"\b(?:foto|fto|poto|photo|pic|picture|gambar)\w*")
"""A photo named alone: in a KTP photo / face check complaint, that KTP or face photo."""
_AFTER_SEND = re.compile(
    r"\bwhat(?:'s| is)? (?:happens|will happen|comes|next)\b|\bwhat(?:'ll| will) happen\b"
    r"|\b(?:and |so )?then what\b|\bafter (?:i send|sending|that|it'?s sent)\b"
    r"|\b(?:abis|habis|setelah|stlh|sesudah|sehabis)\s+(?:ini|itu|dikirim|kirim|terkirim)\b"
    r"|\b(?:trs|terus|trus|lalu|terusnya|trsnya)\s+nanti\b"
    r"|\bnanti(?:nya)?\s+(?:gmn|gimana|gmna|bagaimana|apa|diapain|diproses|prosesnya)\b"
    r"|\b(?:prosesnya|selanjutnya)\s+(?:gmn|gimana|gmna|bagaimana|apa)\b"
)
"""What follows sending asked: "what happens next", "abis ini gmn", "trs nanti gmn"."""
MAX_AFTER_SEND_WORDS = 8
_QUESTION = re.compile(
    r"\?|\b(?:gmn|gimana|gmna|gimna|bagaimana|apa|apaan|diapain|ngapain|what|how|next|then)\b"
)
"""A question, not a detail of the story ("setelah itu aku coba lagi, tetep gagal")."""
_ASKS = re.compile(r"\?|\b(?:gmn|gimana|gmna|bagaimana|trs|terus|gimna|how|what)\W*$")
MAX_WORDS = 12
_ELSEWHERE = re.compile(
    r"\b(?:ke|to)\s+(?!sini\b|chat\b|sini\b|kamu\b|you\b)\w+|\b(?:tapi|tp|tetep|tetap|"
    r"ga|gak|nggak|belum|blm|tidak|but|still)\b"
)
"""A file sent somewhere else, in a story ("aku kirim bukti ke lembaga tapi ga dibales")."""


def key_for(lowered: str, category: str, *, told: bool) -> str | None:
    """The ``complaints.aside`` answer to a question about the complaint itself, or None.
    Where the reply comes is read so only once the story is ``told`` (before it, "nanti aku
    dikabarin lewat apa?" may ask about news of the programme)."""
    if not lowered or len(lowered.split()) > MAX_WORDS:
        return None
    if offers_id_photo(lowered):
        return "complaints.aside.id_photo"
    if category == "ktp_face" and offers_id_photo(_PHOTO.sub("foto ktp", lowered)):
        return "complaints.aside.id_photo"  # "aku kirim fotonya sini aja ya": that photo
    if asks_how(lowered):
        return "complaints.aside.evidence_how"
    if file_offered(lowered) and not _ELSEWHERE.search(lowered):
        return "complaints.aside.evidence_offered"  # "ini sy lampirin ss nya": no file came
    if told and _REPLY_WHERE.search(lowered):
        return "complaints.aside.reply_where"
    if told and _CHANNEL.search(lowered) and _ASKING.search(lowered):
        return "complaints.aside.reply_channel"
    asked_limit = _OTP_LIMIT.search(lowered) and _ASKS.search(lowered)
    if category == "otp_login" and asked_limit:
        return "complaints.aside.otp_limit"
    return None


def after_send(lowered: str) -> bool:
    """ "what happens next", "abis ini gmn", "trs nanti gmn": what follows sending, asked in
    a few words (at the summary)."""
    if len(lowered.split()) > MAX_AFTER_SEND_WORDS or not _QUESTION.search(lowered):
        return False
    return bool(_AFTER_SEND.search(lowered))


__all__ = ["after_send", "key_for"]
