"""Which language a message is written in, so a participant who writes English is answered in
English without having to find the "English" button. Only clear cases count: a message with
no Indonesian function word and at least three English ones ("can I join if I'm 17?"), or two
that are half its words ("what is prakerja?"), is English; one with Indonesian function words
and no English but the programme's borrowed words ("status aku gmn"), or with no English word
and Indonesian ones making half of its two or more words ("kenapa dicabut": a participant
whose record says English writing Indonesian), is Indonesian; "ok", "yes", one word alone
("subscribe", "goodbye", "hello"), English courtesies that Indonesian chat uses ("thank you",
"i see"), names, numbers and code-mixed chat ("gmn cara register", "good morning kak") decide
nothing, and so do chat particles after other words ("online aja", "webinar dong": an
English chat's answer keeps English); "kalo umur 65?" after English is Indonesian, as "kak
gelombang brp skrg" is; an English greeting of two words or more ("hello, good
morning") is English."""

from __future__ import annotations

import re

_ENGLISH = frozenset({
    "i", "im", "i'm", "me", "my", "you", "your", "we", "our", "is", "are", "am", "was", "were",
    "be", "been", "do", "does", "did", "can", "could", "would", "should", "will", "have",
    "has", "had", "the", "a", "an", "of", "to", "for", "from", "with", "about", "what", "when",
    "where", "why", "how", "which", "who", "if", "not", "dont", "don't", "didn't", "isn't",
    "haven't", "please", "want", "need", "this", "that", "it", "it's", "there", "and", "or",
    "but", "forgot", "forget", "lost", "still", "already", "yet", "got", "keeps", "never",
    "arrived", "received", "hasn't", "doesn't", "won't", "can't", "check", "eligibility",
    "eligible", "requirements", "complaint", "free", "pay", "join", "apply", "certificate",
    "incentive", "balance", "wave", "course", "training", "help", "account", "status",
    "wasn't", "weren't", "aren't", "i've", "i'll", "i'd", "you're", "that's", "what's", "let's",
    "again", "all", "any", "some", "thanks", "thank", "show", "tell", "talk", "delete", "remove",
    "give", "get", "know", "see", "find", "send", "selected", "applied", "registered", "times",
    "courses", "trainings", "personal", "someone", "person", "human", "money", "here", "now",
    "in", "on", "at", "by", "hi", "hello", "hey", "stop", "sending", "message", "messages",
    "update", "updates", "ticket", "link", "connect", "good", "morning", "afternoon", "evening",
    "night", "subscribe", "unsubscribe"
})  # fmt: skip
"""English function words, common verbs, greetings ("hello, good morning": an English speaker's
first message) and the programme's English nouns, which chat in Indonesian writes in Indonesian
(cek, syarat, komplain, gratis, insentif, saldo, gelombang)."""
_BORROWED = frozenset({
    "check", "eligibility", "eligible", "requirements", "complaint", "free", "join", "apply",
    "certificate", "incentive", "balance", "wave", "course", "courses", "training", "trainings",
    "help", "account", "status", "thanks", "thank", "delete", "selected", "registered", "stop",
    "update", "updates", "ticket", "hi", "hello", "hey", "money", "link", "connect", "subscribe",
    "unsubscribe"
})  # fmt: skip
"""Those of them that Indonesian chat borrows too ("status aku gmn", "oke thanks, wave nya
kapan?"): they do not keep a message with Indonesian function words from being Indonesian."""
_INDONESIAN = frozenset({
    "saya", "aku", "gue", "gw", "kamu", "anda", "kita", "kami", "apa", "apakah", "bagaimana",
    "gimana", "gmn", "kenapa", "knp", "kapan", "dimana", "mana", "berapa", "brp", "siapa",
    "yang", "yg", "di", "ke", "dari", "dan", "atau", "tapi", "tidak", "tdk", "ga", "gak",
    "nggak", "belum", "blm", "sudah", "udah", "udh", "bisa", "bs", "mau", "ingin", "pengen",
    "dong", "sih", "nya", "ya", "kak", "min", "ini", "itu", "ada", "untuk", "buat", "dengan",
    "sama", "juga", "lagi", "aja", "saja", "kok", "deh", "halo", "jangan", "jgn", "pake", "pakai",
    "tolong", "makasih", "mohon", "gan", "mbak", "ku", "kalo", "kalau", "klo", "umur", "usia",
    "sekarang", "skrg", "boleh", "blh"
})  # fmt: skip
_CHAT_ID = frozenset({
    "belom", "blom", "nih", "tuh", "tadi", "loh", "lho", "banget", "bgt", "masih", "msh"
})  # fmt: skip
"""Indonesian chat words that code-mixed English carries ("bro my incentive belom masuk nih,
why?"): such a message is not English; alone they do not make one Indonesian."""
_PROGRAMME_ID = frozenset({
    "pengaduan", "pengaduannya", "aduan", "ngadu", "lapor", "laporan", "kirim", "diblokir",
    "keblokir", "dicabut", "pendaftaran", "akun", "akunnya"
})  # fmt: skip
"""Indonesian words of the programme's chat that English does not borrow ("pengaduan", "akun
diblokir kenapa"): with no English word they make a short message Indonesian, so a participant
whose record says English and who writes them is answered in Indonesian (probe p22c)."""
_PARTICLES = frozenset({"aja", "saja", "dong", "sih", "deh", "ya", "kak", "min", "nya", "gan"})
"""Chat particles put after any word, an English one too ("online aja" from an English chat),
and "min", which English writes too ("wait 5 min"): with other words they make no message
Indonesian."""
_COURTESIES = frozenset({
    "thank you", "thank you so much", "thank you very much", "thanks a lot", "i see", "see you",
    "see you later", "see you again", "thank you for the help", "thanks for the help"
})  # fmt: skip
"""Whole messages that Indonesian chat writes in English too: they keep the current language."""
_FILLERS = frozenset({"ok", "oke", "okay", "oh", "ah", "yes", "yeah", "yup", "wow"})
_WORD = re.compile(r"[a-z']+")
MIN_ENGLISH_WORDS = 3


def _filler(word: str) -> bool:
    """A chat filler, however drawn out ("ohh", "okk", "yesss")."""
    return re.sub(r"(.)\1+", r"\1", word) in _FILLERS


_NO_INDONESIAN = re.compile(
    r"\bmy (?:indonesian|bahasa)(?: indonesia)?(?: is)? (?:not|isn'?t|bad|poor|weak|limited)\b"
    r"|\b(?:don'?t|do not|can'?t|cannot) (?:speak|understand|read|write) (?:indonesian|bahasa)\b"
)
"""Said to know little Indonesian ("sorry my Indonesian not good, ... tapi KTP Jakarta"):
English, whatever Indonesian words the rest carries."""


def language_of(text: str) -> str | None:
    """``"en"``, ``"id"`` or ``None`` when the message does not say."""
    if _NO_INDONESIAN.search(text.lower()):
        return "en"
    words = _WORD.findall(text.lower())
    if " ".join(word for word in words if not _filler(word)) in _COURTESIES:
        return None  # "thank you", "oh i see": chat, not a language
    english = sum(word in _ENGLISH for word in words)
    english_own = sum(word in _ENGLISH and word not in _BORROWED for word in words)
    indonesian = sum(word in _INDONESIAN for word in words)
    mostly_english = english >= 2 and english * 2 >= len(words)  # "what is prakerja?"
    chat_id = any(word in _CHAT_ID for word in words)  # "my incentive belom masuk nih"
    if indonesian == 0 and not chat_id and (english >= MIN_ENGLISH_WORDS or mostly_english):
        return "en"
    own = sum(word in _INDONESIAN and word not in _PARTICLES for word in words)
    if indonesian >= 2 and english_own == 0 and own:  # "status aku gmn"; not "online aja dong"
        return "id"
    said = [word for word in words if not _filler(word)]
    clear = sum(word in _INDONESIAN and word not in _PARTICLES for word in said)
    if english == 0 and len(said) >= 2 and clear * 2 >= len(said):  # "kenapa dicabut"
        return "id"
    named = any(word in _PROGRAMME_ID for word in said)
    own_words = sum(word in _PROGRAMME_ID or (word in _INDONESIAN and word not in _PARTICLES)
                    for word in said)  # fmt: skip
    if english == 0 and named and own_words * 2 >= len(said):
        return "id"  # "pengaduan", "akun diblokir kenapa"
    return None


def mixed(text: str) -> bool:
    """Code-mixed chat: English words of its own and Indonesian ones beside them ("bro my
    incentive belom masuk nih, why?", "missed my webinar session tadi pagi, gimana dong?")."""
    words = _WORD.findall(text.lower())
    english_own = sum(word in _ENGLISH and word not in _BORROWED for word in words)
    own = sum(
        word in _CHAT_ID or (word in _INDONESIAN and word not in _PARTICLES) for word in words
    )
    return english_own > 0 and own > 0
