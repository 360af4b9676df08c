"""Which language a turn is answered in, and which one a request to change it asks for.

- A language chosen in this chat (the "English" button, "bahasa indonesia aja") is kept
  whatever the user writes.
- Otherwise the chat follows the language the user clearly writes in (``flows.language``);
  short or mixed messages ("ok", a NIK, "gmn cara register") keep the current one.
- A linked participant's saved language (their record, read when a new session begins) is
  where the chat starts, not a choice made in it. Either way round, a clearly written message
  of the other language is answered in that language, a linked participant's record saves it,
  and the first such switch of a session says so ("halo min" was answered in English, then
  "kok pake bahasa inggris sih" switched to English for good; "how do I check my incentive
  status?" from an Indonesian chat was switched to English silently and not saved). Inside a
  flow, a single message of the other language is answered in the chat's language; a second
  one before the chat's language is written again switches it (``HELD``).
- A request names the language wanted, or complains about the one in use: "kok pake bahasa
  inggris sih", "jangan pake inggris", "why are you speaking indonesian" ask for the other
  one (it was read as a request for the language named).
- Only Indonesian and English are spoken: "iso nganggo boso jowo ora?" is told so."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.language import language_of, mixed
from flows.link_account import LANGUAGE_CHOSEN
from flows.messages import Outbound
from flows.queries import SetLanguage
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Message

FOLLOWED = "language_followed"
"""``session.profile`` key: this session has said that it follows the language the user writes
(said once, whichever way the switch went)."""

HELD = "language_held"
"""``session.profile`` key: the other language a single message was written in at a flow's
question, the chat's language kept ("am I eligible?" in the middle of an Indonesian eligibility
check); a second such message before one in the chat's language switches it."""


MIXED = "language_mixed"
"""``session.profile`` key: the turn of the user's last code-mixed message ("bro my incentive
belom masuk nih, why?"): a single English message soon after ("can i reschedule?") is mixing
still, the chat's language kept; a second one in a row switches it."""
MIXED_TURNS = 3
"""For how many turns after a code-mixed message a single one of the other language is held."""


def _held(turn: FlowTurn, written: str) -> bool:
    """A single message of the other language typed inside a flow (asked, answered or aside),
    or soon after a code-mixed one, keeps the chat's language: the flow's questions have been
    going in it, or the user mixes both. Before, "am I eligible?" turned a whole Indonesian
    check into English, and "can i reschedule?" after "missed my webinar tadi pagi, gimana
    dong?" an Indonesian chat."""
    session, message = turn.session, turn.message
    if message.intent == "change_language":
        return False
    at = session.profile.get(MIXED)
    mixing = isinstance(at, int) and session.turns - at < MIXED_TURNS
    if session.flow is None and not mixing:
        return False
    return session.profile.get(HELD) != written


_NAMED = re.compile(r"\b(?:(inggris|english|engl?)|(indonesia|indonesian|indo))\b")
_COMPLAINS = re.compile(r"\b(?:kok|kenapa|knp|napa|ngapain|why)\b")
"""Asking why a language is used: it is not wanted ("kok pake inggris"), unless negated ("kok
ga pake bahasa indonesia?" asks for it)."""
_NEGATION = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|don'?t|do not|not|isn'?t|aren'?t)\b"
)
_REFUSES = re.compile(
    r"\b(?:jangan|jgn|usah|stop|no more|instead of|bukan)\b"
    rf"|{_NEGATION.pattern}\s+(?:\w+\s+)?(?:ngerti|ngarti|paham|bisa|mau|understand|speak|know|"
    r"like|want)\b"
)
"""Not wanted outright: "jangan pake inggris", "ga usah inggris", "aku ga ngerti inggris", "I
don't understand indonesian", "stop speaking indonesian"."""
_BEFORE = 40
"""How far before the language's name its refusal may be."""

OTHER_LANGUAGES = re.compile(
    r"\b(?:jawa|jowo|sunda|bali|minang|batak|madura|bugis|banjar|betawi|aceh|sasak|arab|"
    r"mandarin|cina|china|jepang|korea|javanese|sundanese|balinese|arabic|chinese|japanese|"
    r"korean)\b"
)
"""Languages the assistant does not speak: asked for, it says so and keeps the language."""
_ASKS_OTHER = re.compile(
    r"\b(?:bahasa|bhs|boso|basa|language|speak\w*|pake|pakai|nganggo|ngomong|in)\s+"
    rf"(?:{OTHER_LANGUAGES.pattern})"
)
"""Another language asked for in words ("iso nganggo boso jowo ora min", "can you speak
javanese"), whatever the NLU reads it as (not "pelatihan bahasa jepang": a course search)."""

_COURSE = re.compile(
    r"\b(?:pelatihan|plthn|pltihan|latihan|kelas|kls|kursus|krsus|training|trainings|course|"
    r"courses|class|classes|lesson|lessons|les|belajar|blajar|ajarin)\b"
)
"""Words that name a course or learning: the language named is what to learn."""


def follow(turn: FlowTurn) -> Ask[Outbound | None]:
    """The language this turn is answered in (see the module's docstring); the note saying so
    the first time in a session that the user's writing switches it."""
    session, message = turn.session, turn.message
    if not message.text or session.handoff == "agent" or session.profile.get(LANGUAGE_CHOSEN):
        return None
    written = language_of(message.text)
    if written is None:
        if mixed(message.text):  # "bro my incentive belom masuk nih, why?": no switch, and
            session.profile[MIXED] = session.turns  # "can i reschedule?" next is held
        return None
    if written == session.language:
        session.profile.pop(HELD, None)  # back to the chat's language: a later one is held again
        return None
    if _held(turn, written):
        session.profile[HELD] = written
        return None
    session.profile.pop(HELD, None)
    session.language = written
    if session.participant_id is not None:
        yield SetLanguage(message.channel, message.user_id, written)
    if message.intent == "change_language":
        return None  # its own answer says which language is used now
    if session.profile.get(FOLLOWED):
        return None
    session.profile[FOLLOWED] = True
    return Outbound(turn.say("language.followed"))


_OF_SOMETHING = re.compile(
    r"\b(?:ktp|e-?ktp|ektp|nik|kk|paspor|passport|orang|org|warga|wni|citizen\w*|nationality|"
    r"kewarganegaraan|nomor|nomer|nmr|number|hp|simcard|sim card|kartu|rekening|bank|tinggal|"
    r"domisili|live[sd]?|living|di|dari|from|asli|born|lahir)\b(?:\s+[\w']+){0,2}?\s+$"
)
"""What the language's name qualifies, just before it: "tp ktp indo", "but my ktp is
indonesian", "nomor hp indo", "aku di indo", "I'm from indonesia": a KTP, a number, a place; no
request for the chat's language."""
_ASKS_FOR_LANGUAGE = re.compile(
    r"\b(?:bahasa|bhs|basa|boso|language|speak\w*|ngomong|ngobrol|reply|respond|jawab\w*)\b"
)
"""Words that ask for a language in any case ("ktp indo, tapi jawab pake bahasa inggris ya")."""


def asks_language(text: str) -> bool:
    """Whether a message read as ``change_language`` asks for a language: one of its names not
    qualifying something else ("pake bahasa indo aja", "indo", "english please"), or a word
    asking for one; not "tp ktp indo", "but my ktp is indonesian", "pake nomor indo"."""
    lowered = " ".join(text.lower().split())
    if _ASKS_FOR_LANGUAGE.search(lowered):
        return True
    named = list(_NAMED.finditer(lowered))
    return not named or any(not _OF_SOMETHING.search(lowered[: n.start()]) for n in named)


_SWITCH = re.compile(
    r"(?:(?:eh|oh|ok|oke|yaudah|ya udah|udah|udh|min|kak|tolong|please|pls)\W+)*"
    r"(?:balik\w*|kembali\w*|ganti\w*|ubah|pindah\w*|switch\w*|change|go back|back|return)\s+"
    r"(?:(?:lagi|lg|aja|ke|k|to|into|in|jadi|pake|pakai)\s+){0,2}(?:(?:bahasa|bhs|language)\s+)?"
    r"(?:indo\w*|inggris|english|engl)"
    r"(?:\s+(?:aja|saja|dong|donk|ya|yah|lagi|lg|please|pls|deh|min|kak))*[\s.!?]*"
)
"""The whole message asks to switch to Indonesian or English in words ("eh balikin ke indo",
"kembali ke indo", "balik indo aja"), however unsure the NLU was (change_language 0.41: "Which
one do you mean?" was asked)."""


def reread(message: Message) -> Message:
    """A message read as ``change_language`` that asks for no language ("tp ktp indo" right
    after an answer on working abroad): its next reading, as if the NLU had not seen a request
    (before, "Ganti bahasa" was offered, or the language switched). A message that is nothing
    but a request to switch (``_SWITCH``): ``change_language``, sure."""
    if message.payload is None and _SWITCH.fullmatch(
        " ".join((message.text or "").lower().split())
    ):
        return replace(message, intent="change_language", confidence=1.0, ambiguous=False)
    if message.intent != "change_language" or not message.text or asks_language(message.text):
        return message
    ranking = tuple(item for item in message.ranking if item[0] != "change_language")
    intent, confidence = ranking[0] if ranking else (None, 0.0)
    return replace(message, intent=intent, confidence=confidence, ranking=ranking)


def requested(text: str, named: str | None, current: str) -> str:
    """The language a request to change it asks for: the one it names, the other one when it
    complains about the one named, the other one when it names none."""
    lowered = text.lower()
    found = _NAMED.search(lowered)
    if found is None:
        return named if named in ("id", "en") else _other(current)
    language = "en" if found.group(1) else "id"
    before = lowered[max(0, found.start() - _BEFORE) : found.start()]
    return _other(language) if _refused(before) else language


def names_language(text: str | None) -> bool:
    """The message names Indonesian or English ("balik ke bahasa indonesia", "back to
    english"): a request for that language, not a "kembali" / "back" to step back."""
    return bool(text and _NAMED.search(text.lower()))


def names_course(message: Message) -> bool:
    """A course is named ("kk ada plthn bhs inggris gk", "ada les bhs inggris gk kak"): a
    course search for language lessons, not a request to change the chat's language. A
    ``course_topic`` counts when the message writes it out and it is no language ("pake bahasa
    inggris aja" carries the topic "Bahasa Inggris", "why are you speaking indonesian" the
    topic "Public Speaking")."""
    text = (message.text or "").lower()
    words = str(message.entity("course_topic") or "").lower().split()
    written = bool(words) and all(re.search(rf"\b{re.escape(word)}\b", text) for word in words)
    if written and not _NAMED.search(" ".join(words)):
        return True
    return bool(_COURSE.search(text))


def asks_other_language(text: str | None) -> bool:
    return bool(text and _ASKS_OTHER.search(text.lower()))


def unsupported(turn: FlowTurn) -> Outbound:
    """Only Indonesian and English: which one, one tap away."""
    choices = (
        turn.button("language.indonesian", "lang:id"),
        turn.button("language.english", "lang:en"),
    )
    return turn.reply("language.unsupported", *choices)


def _refused(before: str) -> bool:
    asked = _COMPLAINS.search(before)
    if asked is not None:  # "kok pake inggris"; not "why don't you speak english?"
        return not _NEGATION.search(before[asked.end() :])
    return bool(_REFUSES.search(before))


def _other(language: str) -> str:
    return "en" if language == "id" else "id"


__all__ = [
    "OTHER_LANGUAGES",
    "asks_language",
    "asks_other_language",
    "follow",
    "names_course",
    "names_language",
    "requested",
    "reread",
    "unsupported",
]
