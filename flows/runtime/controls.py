"""Words and payloads that steer any flow: cancel, back, yes/no, a person, corrections."""

from __future__ import annotations

import re

from flows import hold_on_words
from flows.runtime.cancel_requests import asks_after_back, said_alone
from flows.runtime.cancel_requests import named as _named
from flows.turn import Message
from flows.yes_no import asks_back, later, unsure, yes_no

CANCEL = "ctl:cancel"
BACK = "ctl:back"
YES = "ctl:yes"
NO = "ctl:no"
HUMAN = "ctl:human"
RETRY = "ctl:retry"
OPTION = "opt:"
LIKELY = 0.5
"""An NLU reading at least this confident is taken for a cancel, a yes or a no."""
CLEAR_REQUEST = 0.8
"""An NLU reading this confident (and not ambiguous) is a clear request: a person asked for
interrupts a question before the answer is tried; a cancel word opening it is no cancel."""

_CANCEL_WORDS = re.compile(
    r"^(?:batal(?:kan|in)?|cancel|stop|berhenti|udahan|(?:gak|ga|nggak|enggak|tidak) jadi"
    r"|keluar|quit)\b",
)
_MENU_WORDS = re.compile(r"^(?:menu|menu utama|main menu|ke menu|kembali ke menu|back to menu)$")
_READS_AS_CANCEL = frozenset({None, "cancel", "affirm", "deny", "inform"})
"""NLU readings under which a leading cancel word ("gak jadi", "stop") still cancels."""
_BACK_WORDS = re.compile(r"^(?:kembali|back|balik|mundur|sebelumnya|previous)\b")
_CORRECTION = re.compile(
    r"\b(?:salah|ralat|koreksi|eh|maksudnya|maksud ?aku|sebenarnya|bukan|typo|wrong|sorry|"
    r"sori|ganti|diganti|harusnya|seharusnya)\b"
)


def _words(message: Message) -> str:
    return " ".join((message.text or "").lower().split())


def is_menu(message: Message) -> bool:
    """A typed "menu": the same as the menu button (the running flow is parked, resumable)."""
    return bool(message.text and _MENU_WORDS.match(_words(message).strip(" .!")))


def is_cancel(message: Message) -> bool:
    if message.payload == CANCEL:
        return True
    if message.intent == "cancel" and message.confidence >= LIKELY:
        return True  # "eh NIK-ku salah" (cancel at 0.33) is a correction, not a cancel
    if message.intent not in _READS_AS_CANCEL and message.confidence >= CLEAR_REQUEST:
        return False  # a leading "stop" of a clear other request: "stop kirim2 info" unsubscribes
    return bool(message.text) and bool(_CANCEL_WORDS.match(_words(message)))


def says_cancel(message: Message) -> bool:
    """A cancel said in words or tapped ("batal", "eh gak jadi deh"), not only read by the NLU."""
    said = _words(message)
    return message.payload == CANCEL or bool(_CANCEL_WORDS.match(said) or said_alone(said))


_CANCEL_THEN = re.compile(
    r"^(?:(?:eh+|oh+|hmm+|ya+|yaudah|udah|udh|ok|oke|wah)[\s,.!]+)*(?:(?:gak|ga|gk|nggak|ngga|"
    r"enggak|tidak|tdk|ndak) ?(?:jadi|jd)|never ?mind|nvm|batal(?:kan|in)?|cancel)"
    r"(?:[\s,.!]+(?:deh|dah|aja|sih|ya))*(?P<rest>[\s,.!]+\w+(?:\W+\w+)+)"
)
_NOT_A_REQUEST = frozenset(
    {"cancel", "deny", "affirm", "inform", "out_of_scope", "greet", "goodbye", "thanks",
     "human_agent", "bot_challenge"}
)  # fmt: skip
AFTER_CANCEL = 0.01
"""The least confidence of the reading behind a cancel ("... mau bikin pengaduan aja": 0.41);
below it the words after "ga jadi" are filler ("ga jadi deh, makasih ya")."""


def after_cancel(message: Message) -> str | None:
    """What a cancel with more words after it asks for ("eh ga jadi, mau bikin pengaduan aja":
    complaint): a request named in words, else the NLU's best other reading; None when only a
    cancel is said."""
    opened = _CANCEL_THEN.match(_words(message))
    if message.intent != "cancel" or not opened:
        return None
    rest = opened.group("rest")
    if (found := _named(rest)) is not None:
        return found
    others = [
        name
        for name, confidence in message.ranking
        if name not in _NOT_A_REQUEST and confidence >= AFTER_CANCEL
    ]
    return others[0] if others else None


def named_after_cancel(message: Message) -> str | None:
    """What a cancel followed by a request names in words ("ga jadi, mau daftar aja" during
    the eligibility check: register); None otherwise (the NLU's other readings are not enough
    to leave a flow on)."""
    opened = _CANCEL_THEN.match(_words(message))
    found = _named(opened.group("rest")) if opened else None  # read as the request too ("..,
    return found if message.intent in ("cancel", found) else None  # mau tanya gelombang aja")


_KEEP_GOING = re.compile(
    r"\b(?:(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|nda|ndak) ?jadi(?! (?:daftar|lanjut|ikut))"
    r"|(?:gak|ga|gk|g|nggak|tidak|tdk) ?jd"
    r"|jangan(?: (?:di)?batal\w*)?|never ?mind|don'?t cancel"
    r"|lanjut\w*|lnjt|lnjut|terusin|teruskan|continue|keep going)\b"
)
_STOP_GOING = re.compile(
    r"\b(?:gak|ga|gk|nggak|tidak|tdk|ndak|jangan|gausah|ga usah|gak usah|nggak usah|not|don'?t)"
    r" (?:\w+ )?(?:lanjut\w*|terus\w*|continue)\b"
)


def keeps_going(message: Message) -> bool:
    """Asked "sure you want to cancel?": "ga jadi", "lanjut aja", "eh ga jadi, lanjut" keep
    the flow (the NLU reads "lanjut aja" as a yes and "ga jadi" as a cancel); "ga usah lanjut"
    does not."""
    lowered = _words(message)
    return bool(_KEEP_GOING.search(lowered)) and not _STOP_GOING.search(lowered)


_WHAT_DO_YOU_MEAN = re.compile(
    r"^(?:(?:terus |trs |jadi |lho |loh )?(?:maksud(?:nya|ny)?|mksd(?:nya)?|gimana maksudnya|"
    r"gmn maksudnya|apa maksudnya|maksudnya gimana|maksudnya apa|hah|huh|"
    r"(?:ga|gak|gk|nggak|ngga|kurang|belum|blm) (?:ngerti|paham|jelas|mudeng)|bingung|"
    r"kok gitu|what do you mean|i don'?t (?:understand|get it)|pardon)"
    r"(?: (?:min|kak|gan|ya|sih|dong|aku|saya|sy))*)[\s?!.]*$"
)


_HOLD_ON = re.compile(
    r"^(?:(?:eh |oke |ok |ya |iya )?(?:bentar|sebentar|bntr|btr|bntar|tunggu|tunggu bentar|"
    r"wait|hold on|one sec|sec)|nanti (?:aku|saya|sy) (?:cari|cek|lihat|liat|ambil))\b"
)


_ASKS_TOO = re.compile(
    r"\b(?:apa|apakah|gimana|gmn|bagaimana|berapa|brp|kapan|kpn|kenapa|knp|mana|bisa|bs|"
    r"boleh|aman)\b"
)


_MISSING = re.compile(
    r"\b(?:belum|blm|ga|gak|gk|tidak|tdk|nggak) (?:masuk|dapat|dapet|nyampe|sampai|sampe|datang|"
    r"dateng)\b"
)
"""Something did not arrive ("tunggu, kodenya belum masuk"): a report, not a wait."""
_ADDS_NOW = re.compile(
    r"\b(?:tambahin|nambahin|tambahkan|nambahkan|tambahan|lupa bilang|salah|keliru|ralat)\b"
)
"""Something added or corrected right away ("eh tunggu aku tambahin, ...", "eh tunggu salah,
baru seminggu"): told now, not a wait."""
_CALLS_OFF = re.compile(
    r"\b(?:(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|ndak) ?(?:jadi|jd)|batal\w*|cancel\w*|"
    r"never ?mind|nvm)\b"
)
"""A wait that calls the form off ("eh bentar, gajadi"): a cancel, not a wait."""


def holds_on(message: Message) -> bool:
    """ "bentar ya aku cari ktp dulu", "tunggu": the user will answer in a moment; nothing is
    cancelled (the NLU read "bentar" as a cancel or a goodbye). Not when a question follows
    ("bentar, data saya aman ga?")."""
    words = _words(message)
    if not message.text or asks_back(words) or _ASKS_TOO.search(words) or _MISSING.search(words):
        return False
    held = bool(_HOLD_ON.match(words)) or hold_on_words.said_last(words)
    if hold_on_words.wants_else(words):  # "bentar, aku mau lapor dulu ...": that request
        return False
    return held and not _ADDS_NOW.search(words) and not _CALLS_OFF.search(words)


def asks_meaning(message: Message) -> bool:
    """ "maksudnya?", "hah?", "ga ngerti": what was just said was not clear (the NLU read
    "maksudnya?" as an eligibility question and started the check)."""
    return bool(message.text) and bool(_WHAT_DO_YOU_MEAN.match(_words(message)))


_NO_PERSON = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|jangan|gausah|ga usah|gak usah|nggak usah|"
    r"ndak|no need|don'?t)\s+(?:\w+\s+){0,2}?(?:petugas|admin|cs|customer service|orang|manusia|"
    r"agent|human|person)\b"
)


def refuses_person(message: Message) -> bool:
    """ "ga mau hubungi petugas", "gak usah ke cs": no handoff, whatever the NLU read."""
    return bool(message.text) and bool(_NO_PERSON.search(_words(message)))


_BACK_TO_LANGUAGE = re.compile(
    r"^(?:kembali|back|balik)\s+(?:(?:ke|to)\s+)?(?:(?:bahasa|bhs)\b|english\b|inggris\b|indo)"
)
"""A language gone back to ("balik ke bahasa indonesia", "back to english"): a switch, no step."""


_LEAD_IN = re.compile(
    r"^(?:(?:e+h+|ups|oops|aduh|duh|sorry|maaf|bentar|sebentar|tunggu|wait|hold on)\W+)+"
)
"""Words before a "back" ("eh tunggu, balik, salah pilih"): still a back."""


_WRONG_PICK = re.compile(
    r"\bsalah (?:pilih\w*|klik|pencet|tekan|kategori)\b|\bwrong (?:choice|option|button|category)\b"
)


def wrong_pick(message: Message) -> bool:
    """ "eh tunggu, balik, salah pilih": back past yes/no questions to the choice made."""
    return bool(_WRONG_PICK.search(_words(message)))


def is_back(message: Message) -> bool:
    words = _LEAD_IN.sub("", _words(message))
    back = bool(message.text and _BACK_WORDS.match(words) and not _BACK_TO_LANGUAGE.match(words))
    return message.payload == BACK or (back and not asks_after_back(words))


def wants_human(message: Message, *, clearly: bool = False) -> bool:
    """A person is asked for: the button, or the NLU's human_agent. With ``clearly`` only a
    confident, unambiguous one counts, so "nobody" to "how many?" is tried as an answer first."""
    if message.payload == HUMAN:
        return True
    if message.intent != "human_agent" or refuses_person(message):
        return False
    return not clearly or (message.confidence >= CLEAR_REQUEST and not message.ambiguous)


def is_correction(message: Message) -> bool:
    """ "eh namaku salah", "maksudnya Budi": not a question ("maksudnya syaratnya apa aja?",
    "eh data saya aman ga", "ganti hp nanti bisa ga" had replaced the name)."""
    words = _words(message)
    if not message.text or asks_back(words) or _ASKS_TOO.search(words):
        return False
    return bool(_CORRECTION.search(words))


_CORRECTION_WORDS = re.compile(
    r"(?<![\w'])(?:"
    + _CORRECTION.pattern.replace(r"\b", "")
    + r"|saya|aku|ku|gw|gue|yang|yg|benar|betul|bener|itu|tadi|kak|min|ya|dong|deh|my|the|"
    r"is|it|should|be|correct|right|actually|mestinya|jadi|nya)(?![\w'])",
    re.IGNORECASE,
)
"""Correcting and filler words, not inside a name ("Ya'qub")."""


def without_correction(text: str) -> str:
    """What a correction says besides correcting ("eh salah, harusnya Siti" -> "Siti"), case
    kept; empty when it only says that something was wrong ("eh salah")."""
    kept = _CORRECTION_WORDS.sub(" ", text)
    return " ".join(kept.strip(" ,.;:!?-").split()).strip(" ,.;:!?-")


def is_unsure(message: Message) -> bool:
    """ "ga tau", "lupa", "not sure": no answer, and no "no" either (the "ga" is not a denial)."""
    return unsure(message.text or "")


SMALL_TALK = frozenset(
    {"bot_challenge", "greet", "thanks", "goodbye", "change_language", "subscribe",
     "unsubscribe"}
)  # fmt: skip
"""Intents that are never the story a free-text question asks for."""
SMALL_TALK_MAX_WORDS = 8


def is_small_talk(message: Message) -> bool:
    """A short, confident small-talk message ("kamu bot ya?") written where a free-text answer
    is expected: answered as a digression instead of being taken as the answer."""
    words = len((message.text or "").split())
    confident = message.confidence >= CLEAR_REQUEST and not message.ambiguous
    return message.intent in SMALL_TALK and confident and 0 < words <= SMALL_TALK_MAX_WORDS


def option(message: Message) -> str | None:
    if message.payload and message.payload.startswith(OPTION):
        return message.payload[len(OPTION) :]
    return None


def answer_yes_no(message: Message) -> bool | None:
    """A yes/no answer from a button, the NLU's affirm/deny, or typed words."""
    if message.payload in (YES, "opt:yes"):
        return True
    if message.payload in (NO, "opt:no"):
        return False
    if asks_back(message.text or ""):
        return None  # "ya?" asks back; it answers nothing
    if message.text and later(message.text):
        return False  # "ya udah nanti aja": not now, whatever the NLU's "affirm"
    if message.intent == "affirm" and message.confidence >= LIKELY:
        return True
    if message.intent == "deny" and message.confidence >= LIKELY:
        return False
    return yes_no(message.text or "") if message.text else None
