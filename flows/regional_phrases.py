"""Short Sundanese, Javanese and Betawi follow-ups read as their Indonesian words, so that the
readers that understand the Indonesian phrasing understand them too: "tos dicobian tilu kali"
("udah dicoba tiga kali": the fix did not help), "muhun atuh" ("iya dong"), "abdi tos upgrade
dana na" ("aku udah upgrade dana na": done, not a question), "teu kuliah" ("ga kuliah": the
school answer), "yowes gawekne pengaduan wae" ("yaudah buatin pengaduan aja": a request to go
on, never the complaint's story). Before, such messages were out of scope, read as a question,
or saved as the story.

Only the regional words are replaced; the rest of the message, its case and punctuation are
kept, and so is the NLU's reading (the readers look at the words). A long message is left as
typed, and so is one typed in the registration form (names, addresses). In the complaint form
the reading is taken only when it asks for the complaint again: a story keeps its own words."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.complaint_additions import is_request
from flows.turn import Message

MAX_WORDS = 10
"""A longer message is a story or several things at once: left to the NLU as typed."""

PHRASES: dict[str, str] = {
    "teu acan": "belum", "tacan": "belum", "durung": "belum", "dereng": "belum",
    "tos": "udah", "atos": "udah", "parantos": "udah", "sampun": "udah", "wes": "udah",
    "uwis": "udah", "wis": "udah", "yowes": "yaudah", "yowis": "yaudah", "yawis": "yaudah",
    "muhun": "iya", "nggih": "iya", "enggih": "iya", "heeh": "iya", "leres": "bener",
    "teu": "ga", "henteu": "ga", "ora": "ga", "kagak": "ga", "ndak": "ga", "mboten": "ga",
    "dicobian": "dicoba", "dicobi": "dicoba", "dicobaan": "dicoba", "dijajal": "dicoba",
    "hiji": "satu", "siji": "satu", "tilu": "tiga", "telu": "tiga", "opat": "empat",
    "papat": "empat", "kaping": "kali",
    "gawekne": "buatin", "gaweke": "buatin", "damelkeun": "buatin", "jieunkeun": "buatin",
    "wae": "aja", "mawon": "aja", "bae": "aja",
    "kedah": "harus", "kudu": "harus", "teras": "terus", "lajeng": "terus", "njuk": "terus",
    "hoyong": "mau", "hayang": "mau", "pengin": "mau", "tiasa": "bisa", "saged": "bisa",
    "sakola": "sekolah", "sekolahe": "sekolahnya",
    "pangaos": "uang", "pangaosna": "uangnya", "artos": "uang", "artosna": "uangnya",
    "duitna": "duitnya", "duitnye": "duitnya", "lebet": "masuk", "mlebu": "masuk",
    "iraha": "kapan", "sabaraha": "berapa", "berape": "berapa", "naon": "apa", "ape": "apa",
    "naha": "kenapa", "kunaon": "kenapa", "kenape": "kenapa", "kumaha": "gimana",
    "piye": "gimana", "pripun": "gimana", "gimane": "gimana", "dianggo": "dipakai",
    "ieu": "ini", "eta": "itu", "iki": "ini", "atuh": "dong",
    "daptar": "daftar", "daptarna": "daftarnya", "daftarna": "daftarnya", "carana": "caranya",
    "nu kadua": "yang kedua", "nu kahiji": "yang pertama", "nu katilu": "yang ketiga",
    "kadua": "kedua", "kahiji": "pertama", "katilu": "ketiga",
    "yuswa": "umur", "yuswana": "umurnya", "taun": "tahun", "ngiring": "ikut",
    "damel": "kerja", "didamel": "kerja", "nyambut gawe": "kerja", "makarya": "kerja",
    "pelatihane": "pelatihannya", "kursuse": "kursusnya", "kelase": "kelasnya",
    "mbayar": "bayar", "dibayar": "dibayar", "gratise": "gratisnya",
}  # fmt: skip
"""Regional words (and pairs) and the Indonesian they stand for here. Pronouns ("abdi", "aye")
are kept: the readers of relatives ("adi abdi") know them as they are."""

_BETAWI_NYE = re.compile(r"\b([a-z]{3,})nye\b", re.I)
"""Betawi "-nye" is "-nya" ("dapetnye", "duitnye")."""
_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, PHRASES), key=len, reverse=True)) + r")\b", re.I
)
_FREE_TEXT_FLOWS = frozenset({"registration", "ticket_reply", "ticket_reopen"})
"""Forms whose answers are the user's own words (names, addresses, replies to staff): never
re-read."""


def standard(text: str) -> str | None:
    """The Indonesian reading of a short message holding regional words, else None."""
    if len(re.findall(r"\w+", text)) > MAX_WORDS:
        return None
    read = _WORDS.sub(lambda found: PHRASES[found.group(0).lower()], text)
    read = _BETAWI_NYE.sub(r"\1nya", read)
    return " ".join(read.split()) if read != text else None


def reread(message: Message, flow: str | None) -> Message:
    """The message with its regional words as Indonesian (see the module's text), else the
    message itself."""
    if message.payload is not None or not message.text or flow in _FREE_TEXT_FLOWS:
        return message
    read = standard(message.text)
    if read is None or (flow == "complaints" and not is_request(read)):
        return message
    return replace(message, text=read)


__all__ = ["PHRASES", "reread", "standard"]
