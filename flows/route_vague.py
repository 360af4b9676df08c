"""Messages outside a flow that ask nothing yet, which the NLU cannot place: frustration ("anjir
botnya ga guna": an apology, a person and the menu), a wish to ask ("mau nanya": "ask away" and
the menu), an acknowledgment ("ok" after an answer: a short "okay"), a bare "?" (the menu) and
markup or code alone ("<script>alert(1)</script>": not understood, the menu), small talk and
requests for other services ("udh makan blm", "sorry", "info loker dong": ``flows.small_talk``).
Before, they got "did you mean: Kamu bot? / Menyapa?" or "belum paham"."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import language_choice, single_offer, small_talk
from flows.code_only import code_only
from flows.fallback import miss
from flows.last_answer import just_said, remember
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Message

_FRUSTRATED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|kurang)\s+(?:ber)?guna\b"
    r"|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk)\s+(?:ada\s+)?(?:gunanya|membantu|ngebantu|nyambung)\b"
    r"|\b(?:bodoh|bego|goblok|goblog|tolol|dongo|payah|lemot|nyebelin|menyebalkan|kesel|kesal|"
    r"anjir|anjrit|anjay|anjing|bangsat|sialan|useless|stupid|dumb|unhelpful|not helpful|"
    r"waste of time|buang[- ]buang waktu|parah|ngaco|ngawur|kacau)\b"
    r"|\bjawab\w*\s+(?:\w+\s+)?(?:yg|yang)\s+(?:bener|benar|jelas|serius)\b"
    r"|\b(?:ngerti|paham)\s+bahasa\s+manusia\b|\bmuter[- ]?muter\b|\bmuter2\b"
    r"|\bniat\s+(?:kerja|ngurus|bantu|melayani|ngasih)\b|\b(?:kecewa|mengecewakan|kzl|sebel|sebal)\b"
    r"|\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk)\s+(?:becus|profesional|pro)\b"
    r"|\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|kurang)\s+jelas\b.{0,20}\bjawab\w*"
    r"|\bjawab\w*\b.{0,15}\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|kurang)\s+jelas\b"
)
"""Frustration with the assistant or the programme, in words."""
_VAGUE_READINGS = frozenset(
    {"out_of_scope", "bot_challenge", "help", "greet", "affirm", "deny", "inform", "cancel",
     "thanks", "goodbye"}
)  # fmt: skip
"""Readings of a frustrated message that ask for nothing of their own."""
FRUSTRATED_MAX_WORDS = 10
FRUSTRATED = "frustrated"
"""The apology just given (``flows.last_answer``): frustration again gets a person first."""

_FILLER = (
    r"(?:\s+(?:dong|donk|dunk|kak|kk|min|mimin|admin|gan|sis|ya|yah|nih|sih|deh|boleh|bisa|ga|"
    r"gak|kah|sesuatu|bentar|sebentar|please|pls))*"
)
_WANTS_TO_ASK = re.compile(
    r"(?:(?:halo|hai|hi|hello|permisi|misi|pagi|siang|sore|malam|min|kak|admin|gan)[\s,.!]+)*"
    r"(?:(?:aku|saya|sy|aq|gw|gue|gua)\s+)?(?:mau|ingin|pengen|pingin|pgn|boleh|bisa|bs|izin|ijin|"
    r"numpang)?\s*(?:nanya|nnya|tanya|bertanya|nanyain)" + _FILLER + r"[\s?!.]*"
    r"|(?:hi[\s,.!]+)?(?:can|may|could) i ask(?: you)?(?: a question| something)?[\s?!.]*"
    r"|(?:i )?(?:have|got) a question[\s?!.]*|i'?d like to ask(?: something)?[\s?!.]*"
    r"|(?:i )?want to ask(?: something| a question)?[\s?!.]*"
)
"""A wish to ask, with nothing asked yet ("mau nanya", "min boleh tanya?")."""
_ACKNOWLEDGES = re.compile(
    r"(?:ok+|oke+|okey|okay|okeh|sip+|siap|baik|baiklah|noted|mantap|mantab|paham|ngerti|"
    r"oh+|(?:oh+ )?(?:gitu|gtu|gt|begitu|bgitu)|oh+ (?:oke|ok)|oalah|owalah|ya+|iya+|yaudah|"
    r"ya udah|got it|alright|cool|(?:oh+ )?i see|understood|fine|y|yes|yep|yup|k|kk|hm+|ok+ay|"
    r"o+|ah+|hmm+ ok\w*"
    r")(?:\s+(?:deh|kak|min|ya+|yah|dong|sip|siap|oke|ok|gan|then|noted|paham|ngerti|"
    r"baik|yaudah|ya udah|toh|sih|ternyata|got it|i see|understood|cool|alright))*[\s.!👍]*"
)
"""An acknowledgment of what was just said ("ok", "oh gitu", "sip kak", "ok noted", "y",
"k", "hmm")."""
_DECLINES = re.compile(
    r"(?:g|ga|gak|gk|nggak|ngga|enggak|engga|tidak|tdk|ndak|nda|no|nope|nah|nop|"
    r"no thanks|ga usah|gausah|gak usah|ngga usah|tidak usah|ga deh|gak deh|nggak deh)"
    r"(?:\s+(?:deh|kak|min|ya|dulu|dlu|makasih|thanks|thank you|gan))*[\s.!]*"
)
"""Nothing more wanted, right after an answer that asked nothing ("nope", "g", "ga deh"): the
same short "okay" (before: "belum paham" and the whole menu)."""
_ACK_READINGS = frozenset({None, "nlu_fallback", "affirm", "inform", "deny", "out_of_scope"})
"""What an acknowledgment is read as ("oh gitu": deny 0.80, "oh begitu ya": deny 0.59); it
holds no negation word of its own (the pattern has none), so no "no" is meant. Thanks and
farewells keep their own answers."""
_ONLY_ASKS = re.compile(r"[\s?？!.]*[?？][\s?？!.]*")
"""A bare "?" (or "??", "?!")."""


def answer(turn: FlowTurn, unsure: bool) -> list[Outbound] | None:
    """The answer to such a message, else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if not text or message.payload is not None:
        return None
    back = controls.is_back(message) and not language_choice.names_language(text)
    back = back and not _names_topic(message, unsure)  # not "balik ke gelombang td, jam brp"
    if back and turn.session.flow is None:  # "kembali" after an answer (not "balik ke bhs indo")
        return [main_menu(turn.lang, first=False)]  # nothing to step back into: not "belum paham"
    if code_only(text):  # "<script>alert(1)</script>": no intent, so no "did you mean"
        return miss(turn, "unknown.free_text")
    if _ONLY_ASKS.fullmatch(text):  # "?": what can be asked
        return [main_menu(turn.lang, first=turn.session.turns == 0)]
    if _WANTS_TO_ASK.fullmatch(text):
        turn.session.misses = 0
        return [replace(main_menu(turn.lang), text=turn.say("fallback.ask_away"))]
    vague = message.intent is None or message.intent in _VAGUE_READINGS or unsure
    if vague and len(text.split()) <= FRUSTRATED_MAX_WORDS and _FRUSTRATED.search(text):
        person = turn.button("common.talk_to_person", controls.HUMAN)
        again = just_said(turn) == FRUSTRATED  # "jawab yg bener dong", "PARAH": not the same
        remember(turn, FRUSTRATED)  # apology twice, a person first
        key = "fallback.frustrated_again" if again else "fallback.frustrated"
        return [turn.reply(key, person, turn.menu_button())]
    declines = turn.session.turns > 0 and bool(_DECLINES.fullmatch(text))
    readings = message.intent in _ACK_READINGS or unsure  # "oh gt ya yaudah": goodbye 0.29
    if (_ACKNOWLEDGES.fullmatch(text) or declines) and readings:
        if turn.session.turns == 0:  # "ok" to open with: what can be asked
            return [main_menu(turn.lang, first=True)]
        kept = single_offer.still_offered(turn)  # "y" after "Masih gagal? Buat pengaduan."
        return [turn.reply("fallback.acknowledged", *kept, turn.menu_button())]
    if message.intent == "bot_challenge" and wants_person(message):  # "lu bot ya? gue mau
        return [person_offered(turn)]  # ngomong ama orang": a person one tap away
    return small_talk.answer(turn, vague)  # "udh makan blm", "sorry", "info loker dong"


_BARE_BACK_READINGS = frozenset({None, *_VAGUE_READINGS})


def _names_topic(message: Message, unsure: bool) -> bool:
    """ "balik ke gelombang td, tutupnya jam brp" (wave_schedule, sure): back to a topic with a
    question, answered as that topic's (before: "anything else?" and the menu); a bare
    "kembali" names none."""
    return not unsure and message.intent not in _BARE_BACK_READINGS


_PERSON = re.compile(
    r"\b(?:mau|mo|mw|pengen|pgn|ingin|pingin|minta|butuh|perlu|want|need|prefer|rather)\b"
    r"(?:\s+\S+){0,4}?\s+(?:orang|org|manusia|petugas|admin|cs|customer service|operator|"
    r"agent|human|person|someone real)\b"
)
"""A person asked for in words with the bot question ("gue mau ngomong ama orang", "aku mau
sama manusia aja", "I want a human")."""


def wants_person(message: Message) -> bool:
    """The message asks for a person (not "ga mau ke petugas")."""
    text = " ".join((message.text or "").lower().split())
    return bool(_PERSON.search(text)) and not controls.refuses_person(message)


_TALK = re.compile(
    r"\b(?:ngomong|ngobrol|bicara|berbicara|omong|chat|chatting|talk|speak|sambung\w*|hubung\w*)"
    r"\s+(?:\w+\s+)?(?:sm|sama|ama|dgn|dengan|ke|with|to)\s+(?:\w+\s+)?(?:orang|org|manusia|"
    r"petugas|admin|cs|operator|human|person|someone|staff|agent)\b"
)
"""Talking to a person named ("sy mau ngomong sm orang", "sambungin ke petugas aja")."""


def person_wanted(turn: FlowTurn, unsure: bool) -> bool:
    """ "gausah jadwal2an, sy mau ngomong sm orang" read as deny (human_agent second): a person
    asked for in words, outside a flow, whatever vague reading the NLU gave (probe p22b #5:
    "belum paham" and the menu)."""
    message = turn.message
    vague = message.intent in _VAGUE_READINGS or message.intent is None or unsure
    if message.payload is not None or turn.session.flow is not None or not vague:
        return False
    text = " ".join((message.text or "").lower().split())
    if _GET_PERSON.search(text) and not controls.refuses_person(message):
        return True  # "this bot is useless, get me a human NOW": connected, not offered
    if message.intent == "bot_challenge":  # "lu bot ya? gue mau ngomong ama orang": offered
        return False
    if _WHERE_PERSON.search(text) and not controls.refuses_person(message):
        return True  # "bot goblok, ga ngerti2. mana orangnya"
    return bool(_TALK.search(text)) and wants_person(message)


_GET_PERSON = re.compile(
    r"\b(?:get|give|bring|find|connect)\s+me\s+(?:to\s+|with\s+)?(?:a\s+|an\s+|the\s+)?(?:real\s+|"
    r"actual\s+)?(?:human|person|staff|agent|operator|cs)\b|\b(?:panggil\w*|sambung\w*)\s+(?:ke\s+)?"
    r"(?:orang|org|manusia|petugas|admin|cs|operator)\w*"
)
"""A person demanded ("get me a human NOW", "panggilin petugas skrg"): connected at once."""
_WHERE_PERSON = re.compile(
    r"\bmana\s+(?:orang|org|manusia|petugas|admin|cs|operator|staff)(?:nya|ny)?\b"
    r"|\b(?:orang|org|manusia|petugas|admin|cs|operator)(?:nya|ny)\s+(?:ke\s*)?mana\b"
    r"|\bwhere(?:'s| is| are)\s+(?:the\s+|a\s+|your\s+)?(?:human|person|staff|agent|people)\b"
)
"""A person asked for as "where is": "mana orangnya", "petugasnya mana", "where's the human"."""
_HURRY = re.compile(
    r"(?:cepet\w*|cepat|cpt|cptn|buruan|gercep|segera|sekarang|skrg|hurry(?: up)?|quick\w*|"
    r"asap|now)(?:\s+(?:dong|donk|deh|ya|kak|min|aja|lah|please|pls))*[\s!.]*"
)
"""Hurry alone ("cepet", "buruan dong"), right after a person was offered: that person."""


def hurried(turn: FlowTurn) -> str | None:
    """ "cepet", "buruan dong" right after a person was offered ("Hubungi petugas"): that
    button's payload (before: a did-you-mean); else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    offered = any(choice[1:2] == [controls.HUMAN] for choice in turn.session.offered)
    return controls.HUMAN if offered and _HURRY.fullmatch(text) else None


def person_offered(turn: FlowTurn) -> Outbound:
    """A bot, yes; a person one tap away (before: "ketik 'mau bicara dengan petugas'" with only
    the menu button)."""
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return turn.reply("bot_challenge.person", person, turn.menu_button())
