"""A typed yes or no: "iya", "udah kak", "blm", "udah kak tetep ga bisa" (a negation anywhere in
a short answer), and what is neither ("ga papa" alone, a question such as "aman ga?", not
knowing: "ga tau", "lupa"); a yes put off ("ya udah nanti aja") is a no."""

from __future__ import annotations

import re
import unicodedata
from itertools import pairwise

_SETTLED = frozenset(
    {"yaudah", "yaudh", "yaudahlah", "yasudah", "yasudahlah", "ydh", "yodah", "yawdah", "yowes"}
)
""""yaudah hapus aja", "yasudah lanjut": "ya udah" written as one word is a yes too (and, like
"ok", heard but no answer to a question of fact)."""
_YES = {
    "ya",
    "iya",
    "y",
    "yes",
    "yup",
    "ok",
    "oke",
    "okay",
    "boleh",
    "betul",
    "benar",
    "setuju",
    "lanjut",
    "sip",
    "siap",
    "bener",
    "yoi",
    "iy",
    "iye",
    "yap",
    "udah",
    "sudah",
    "pernah",
    "masih",
    "yaa",
    "gas",
    "gass",
    "yuk",
    "ayo",
    *_SETTLED,
}
_NO = {
    "tidak",
    "tdk",
    "gak",
    "ga",
    "nggak",
    "enggak",
    "engga",
    "ngga",
    "no",
    "nope",
    "belum",
    "blm",
    "bukan",
    "bkn",
    "mboten",
    "henteu",
    "ngak",
    "jangan",
    "tida",
    "g",
    "n",
    "gk",
    "nda",
    "ndak",
    "gausah",
    "gajadi",
}


_NEGATIONS = _NO - {"no", "jangan", "g", "n"}
"""Negations that make a short answer a "no" wherever they stand ("udah, tetep ga bisa"); "no"
(also "nomor") and "jangan" ("ya, jangan lupa") only count first."""


def _asks(text: str, words: list[str]) -> bool:
    """A question is no answer: "data saya aman ga?", "bisa ikut gak" (a question tag)."""
    tagged = len(words) >= 3 and words[-1] in _NEGATIONS and words[0] not in _NO
    return asks_back(text) or tagged


_NO_PROBLEM = re.compile(
    r"\b(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|nda|ndak)\s*(?:apa[\s-]*apa|papa|masalah)\b"
)
""""ga papa", "nggak masalah" (it is fine) are no negation, and no answer on their own."""


_LATER = re.compile(r"\b(?:nanti|ntar|entar|besok|lain kali|kapan[ -]kapan|later|not now)\b")
"""Not now: "ya udah nanti aja", "iya nanti dulu" put it off; no yes."""
_FILLER = frozenset(
    {"kak", "min", "dong", "deh", "aja", "sih", "please", "pls", "gan", "sis", "bang", "mas",
     "mbak", "mba", "bu", "pak", "ya", "kok", "jadi"}
)  # fmt: skip
"""Polite words around a yes or no ("iya kak", "ga jadi")."""
_UNSURE = re.compile(
    r"\b(?:(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|kurang|belum|blm) ?"
    r"(?:tau|tahu|tw|yakin|ingat|inget|ngerti|paham)|gtw|entah|embuh|mboh|lupa|idk|dunno"
    r"|not sure|don ?t know|no idea)\b"
)
UNSURE_MAX_WORDS = 5
"""Longer messages that start "ga tau ..." usually go on to ask something ("ga tau kenapa...")."""


_PAUSE = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|cukup|segitu|segini)\s+dulu\W+(?:ya|yaa|yah|deh|makasih|nanti|ntar)\b"
    r"|\b(?:nanti|ntar|entar|nnti)\s+(?:(?:aja|saja|deh|ya|dulu|kita|aku|saya)\s+)*"
    r"(?:lanjut|dilanjut|sambung|disambung)\w*"
    r"|\b(?:lanjut|dilanjut)\w*\s+(?:nanti|besok|lain kali)\b"
)
_PAUSE_WORDS = frozenset(
    {"udah", "udh", "sudah", "sdh", "dah", "cukup", "segitu", "segini", "dulu", "nanti", "ntar",
     "entar", "nnti", "besok", "lain", "kali", "lagi", "lg", "makasih", "terima", "kasih", "ok",
     "oke", "yaudah", "yaa", "yah", "aku", "saya", "kita", "lanjut", "lanjutnya", "lanjutin",
     "lanjutkan", "dilanjut", "dilanjutkan", "sambung"}
)  # fmt: skip


def pauses(text: str) -> bool:
    """ "udah dulu ya", "nanti lanjut", "nanti aja deh lanjutnya": the user stops for now and
    comes back; no answer at all (not the "no" a yes put off is), the form waits."""
    lowered = " ".join(text.lower().split())
    if asks_back(text) or not _PAUSE.search(lowered):
        return False
    words = re.findall(r"[^\W\d_]+", lowered)
    return len(words) <= 8 and all(w in _PAUSE_WORDS or w in _FILLER for w in words)


def later(text: str) -> bool:
    return bool(_LATER.search(text.lower())) and not pauses(text)


def asks_back(text: str) -> bool:
    """A question mark, also a full-width one ("ya？"): a question, no answer."""
    return "?" in unicodedata.normalize("NFKC", text)


_QUESTION_WORDS = re.compile(
    r"\b(?:kenapa|knp|napa|ngapa|mengapa|gimana|gmn|gmna|bagaimana|apa|apakah|emang|emg|"
    r"kok|why|how|what)\b"
)


def asks_something(text: str) -> bool:
    """A question, with or without its mark ("knp harus konfirmasi", "hmm gimana ya"): no
    answer to a question that cannot be undone."""
    return asks_back(text) or bool(_QUESTION_WORDS.search(text.lower()))


def unsure(text: str) -> bool:
    """ "ga tau", "lupa", "not sure": no answer, and no "no" either (the "ga" is not a denial)."""
    lowered = " ".join(text.lower().replace("'", "").split())
    return 0 < len(lowered.split()) <= UNSURE_MAX_WORDS and bool(_UNSURE.search(lowered))


def plain(text: str, also: frozenset[str] = frozenset()) -> bool:
    """Only yes or no words, polite filler and the words ``also`` allows ("iya beli" for the
    button "Ya, beli"): "udah dicoba, masih gagal" says more."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return bool(words) and all(w in _YES or w in _NO or w in _FILLER or w in also for w in words)


def only_yes_no(text: str) -> bool:
    """Nothing but yes or no words and polite filler ("iya kak", "ga"): not "Ya'qub", "No.
    INV/2024/...", "N. Hasanah"."""
    if re.search(r"[^\w\s,.!]", text) or re.search(r"\w\.\s*\w", text):
        return False
    return plain(text)


_PROCEED = frozenset({"lanjut", "lanjutkan", "lanjutin", "next", "terus", "continue", "gas"})
_ACKNOWLEDGED = _SETTLED | {"ok", "oke", "okay", "okey", "siap", "sip", "boleh", "yoi", "noted"}
_AROUND = _FILLER | {"saya", "aku", "sy", "gue", "gw", "lah", "loh", "kan", "juga", "sama",
                     "sekali", "kok", "i", "im", "am", "have", "do", "not", "never"}  # fmt: skip


def off_topic(text: str, topic: frozenset[str]) -> bool:
    """A yes or no that is no answer to a question about a fact: "lanjut" (go on, but did you
    ever ...?), or a negation of something else ("ga kuliah" to "are you a citizen?"); words of
    the question's ``topic`` may follow a negation ("ga pernah dapet")."""
    words = re.findall(r"[^\W\d_]+", _NO_PROBLEM.sub(" ", text.lower()))
    said = [w for w in words if w not in _AROUND]
    if said and all(w in _PROCEED or w in _ACKNOWLEDGED for w in said):
        return True  # "lanjut", "ok", "siap": heard, but no answer to a question of fact
    if said and said[0] in _ACKNOWLEDGED and _QUESTION_WORDS.search(" ".join(words)):
        return True  # "oke kalo gitu gmn daftarnya": heard, and another question asked
    if said and said[0] in _ACKNOWLEDGED and acknowledges_aside(said[1:], topic):
        return True  # "ok thanks", "ok brarti nunggu ya": the aside's answer heard
    known = topic | _AROUND | _YES | _NO
    return any(w in _NEGATIONS and after not in known for w, after in pairwise(words))


_REACTION = frozenset(
    {"makasih", "makasi", "mksh", "thanks", "thank", "thx", "tq", "terima", "kasih", "trims",
     "berarti", "brarti", "brati", "berati", "jadi", "jd", "so", "nunggu", "tunggu", "ditunggu",
     "menunggu", "wait", "gitu", "gtu", "begitu", "paham", "ngerti", "mengerti", "noted", "see",
     "understood", "got", "it", "infonya", "info", "you", "oh", "oalah"}
)  # fmt: skip
"""What follows an "ok" that takes in the answer to an aside ("ok thanks", "ok brarti nunggu
ya"): no answer to the question asked again after it."""


def acknowledges_aside(rest: list[str], topic: frozenset[str]) -> bool:
    """After an "ok": only words taking in what was said, at least one of them a reaction
    (thanks, "berarti ..."), none a yes, no or word of the question's ``topic``."""
    if any(w in _YES or w in _NO or w in topic for w in rest):
        return False
    return any(w in _REACTION for w in rest)


_CALL_OFF = frozenset({"batal", "batalin", "batalkan", "cancel", "udahan"})
"""A yes that calls it off ("ya udah batal aja", "iya batal aja"): no yes to go ahead; what it
means depends on the question (cancelling is the caller's to read)."""


def yes_no(text: str) -> bool | None:
    words = re.findall(r"[a-z]+", _NO_PROBLEM.sub(" ", text.lower()))
    if not words or len(words) > 6 or _asks(text, words) or pauses(text):
        return None  # "udah dulu ya": no answer
    if later(text):
        return False  # "ya udah nanti aja": not now
    if words[0] in _NO or any(w in _NEGATIONS for w in words):
        return False
    if any(w in _CALL_OFF for w in words):
        return None
    if words[0] in _YES:
        return True
    return None


_DONE = frozenset({"udah", "sudah", "udh", "dah", "sdh", "pernah"})
_WORKS = re.compile(
    r"\b(?:bisa|berhasil|beres|lancar|aman|jalan|sukses|masuk|muncul|keluar|jelas|paham|ngerti|"
    r"mengerti|membantu|bantu|makasih|terima kasih|thanks?|thx|tq|mantap|works?|worked|solved|"
    r"ok|oke|sip)\b"
)
_FAULT = re.compile(
    r"\b(?:jelek|rusak|buram|blur|burik|gelap|retak|pecah|lemot|lambat|ngelag|lag|hang|ngehang|"
    r"crash|kentang|butut|jadul|low ?end|ditolak|invalid)\b"
)


def tried_already(text: str) -> bool:
    """ "udah di tempat terang": the tip was done already (so it did not help), not a yes; "udah
    bisa", "udah kak" (no more said) are."""
    lowered = text.lower()
    words = re.findall(r"[^\W\d_]+", lowered)
    return bool(words) and words[0] in _DONE and not plain(text) and not _WORKS.search(lowered)


def describes_fault(text: str) -> bool:
    """ "hp ku kamera jelek": more about what is wrong, no yes or no."""
    return not asks_back(text) and bool(_FAULT.search(text.lower()))
