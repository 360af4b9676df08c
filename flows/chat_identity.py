"""The chat itself asked about, whatever the NLU read: a voice note offered or said to be sent
("kak aku kirim vn aja ya", "udah aku kirim voice note kok ga dibales": this assistant reads
text only), its name ("nama kamu siapa"), whether it is a person ("are you a human?": no,
never "Yes, I'm a bot"), its gender ("kamu cewek apa cowok": a bot, neither), whether it is
the official chatbot, and the official WhatsApp number or its green tick (not in our data:
said plainly, with the official channels that are)."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

SAID = "chat_identity_said"
"""``session.profile`` key: [the question's kind, ``Session.turns``] just answered."""
_AGAIN = frozenset({"voice"})
"""Kinds with their own reply when said again right after (``chat_identity.<kind>_again``)."""
MAX_WORDS = 14
"""Asked about the chat in a short message; a longer one asks something of its own."""

_VOICE = re.compile(
    r"\b(?:vn|vnnya|vn-?nya|voice ?notes?|voice ?note-?nya|voice ?messages?|voice ?chat|"
    r"pesan suara|rekaman suara|rekam suara|audio chat)\b"
)
"""A voice note named ("kirim vn aja", "udah aku kirim voice note tadi")."""
_YOU = r"(?:kamu|km|kmu|u|lu|lo|elu|anda|kakak|mimin|admin|bot\w*|you)"
_NAME = re.compile(
    rf"\bnama\s*{_YOU}\s*(?:itu\s+|tuh\s+|sih\s+)?(?:siapa|sp|sapa|apa)\b|\bnamamu\b"
    rf"|\bsiapa\s+nama\s*(?:mu|{_YOU})\b|\bwhat(?:'s| is)\s+your\s+name\b"
    rf"|\bwho\s+are\s+(?:you|u)\b|^(?:{_YOU}\s+siapa|siapa\s+{_YOU})(?:\s+(?:sih|sebenarnya|"
    r"sebenernya|ya|kak|min))*\W*$"
)
"""The assistant's name asked ("nama kamu siapa", "siapa namamu", "kamu siapa sih")."""
_GENDER = re.compile(
    rf"\b{_YOU}\s+(?:itu\s+)?(?:cewek|cewe|cowok|cowo|perempuan|laki\W?laki|lakik|wanita|pria)\b"
    r"|\bare\s+you\s+(?:a\s+)?(?:man|woman|boy|girl|male|female|guy)\b"
)
"""Its gender asked ("kamu cewek apa cowok", "mimin cowo ya?", "are you a girl")."""
_HUMAN = re.compile(
    r"\bare\s+(?:you|u)\s+(?:a\s+)?(?:human|real\s+person|person|real)\b"
    rf"|\b{_YOU}\s+(?:itu\s+)?(?:manusia|orang\s+(?:beneran|asli|sungguhan|betulan))\b"
    r"|\b(?:ini\s+)?(?:manusia|orang)\s+(?:atau|apa|ato|or)\s+(?:bot|robot|mesin)\b"
    r"|\b(?:bot|robot|mesin)\s+(?:atau|apa|ato|or)\s+(?:manusia|orang)\b"
)
"""Whether it is a person asked ("are you a human?", "kamu manusia?", "ini orang apa bot")."""
_OFFICIAL = re.compile(r"\b(?:resmi|official|asli|beneran|legit|genuine|real)\b")
_CHAT = re.compile(r"\b(?:chatbot\w*|bot\w*|chat\s+ini|ini\s+chat|akun\s+ini|this\s+chat)\b")
_DOUBTED = re.compile(
    r"\b(?:penipu\w*|nipu|scam\w*|hoax|hoaks|palsu|fake|nomor\w*|nomer\w*|pesan\w*|sms|link)\b"
)
"""A scam or a message doubted with it ("bot resmi atau penipuan? kok tau nomor aku"): the
broadcasts' and authenticity answers read it."""
_WA = re.compile(r"\b(?:wa|whatsapp|whatsap|watsap|wasap)\b")
_NUMBER = re.compile(r"\b(?:nomor\w*|nomer\w*|no|number|kontak|contact)\b")
_ASKED_NUMBER = re.compile(
    r"\b(?:resmi\w*|official|prakerja|cs|admin|apa|brp|berapa|ada|mana|dmn|yg\s+bener|yang\s+benar)\b"
)
_REPORTED = re.compile(
    r"\b(?:dapat|dapet|dpt|ditelpon|ditelepon|dichat|di-?wa|ngaku|mengaku|katanya|nerima|"
    r"menerima|terima|dikirimi|disuruh|minta|nawarin|menawarkan|got|received)\b"
)
"""A message or call from a number told of (a possible scam: authenticity and fraud read it)."""
_TICK = re.compile(
    r"\b(?:centang|contreng|ceklis|cek ?list|tick|check ?mark|badge)\s*(?:\w+\s+){0,2}?"
    r"(?:hijau|ijo|biru|green|blue)\b|\b(?:verified|terverifikasi)\b.{0,20}\b(?:wa|whatsapp)\b"
    r"|\b(?:wa|whatsapp)\b.{0,20}\b(?:verified|terverifikasi)\b"
)
"""The green (or blue) tick of a verified WhatsApp account asked about ("kok ga centang
hijau")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The reply to a question about the chat itself, else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if not text or message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    if turn.session.flow is not None:
        return None
    key = _kind(text)
    if key is None:
        return None
    said = turn.session.profile.get(SAID)
    if key in _AGAIN and said == [key, turn.session.turns - 1]:
        key += "_again"  # "udah aku kirim vn nya" right after "I can't listen": not pasted again
    turn.session.profile[SAID] = [key, turn.session.turns]  # a third time: the first reply
    turn.session.misses = 0
    contact = turn.ctx.programme.contact_centre
    if key == "unanswered":
        return [
            replace(main_menu(turn.lang, first=False), text=turn.say("chat_identity.unanswered"))
        ]
    if key in ("human", "name"):
        person = turn.button("common.talk_to_person", controls.HUMAN)
        return [turn.reply(f"chat_identity.{key}", person, turn.menu_button())]
    return [turn.reply(f"chat_identity.{key}", turn.menu_button(), contact_centre=contact)]


def _kind(text: str) -> str | None:
    """Which question about the chat ``text`` asks (a response key), else None."""
    if _VOICE.search(text):
        return "voice"
    if _TICK.search(text) or _asks_wa_number(text):
        return "whatsapp"
    if _wants_person(text):  # "mau ngobrol sama orang beneran bukan bot": the staff queue
        return None
    if _OFFICIAL.search(text) and _CHAT.search(text) and not _DOUBTED.search(text):
        return "official"
    if _HUMAN.search(text):
        return "human"
    if _GENDER.search(text):
        return "gender"
    if _NAME.search(text) and not _OWN.search(text):
        return "name"
    if _UNANSWERED.fullmatch(text):
        return "unanswered"
    return None


def _asks_wa_number(text: str) -> bool:
    """ "nomor wa resminya apa sih", "ada no wa prakerja ga": not "dapet wa dari nomor ..."."""
    named = _WA.search(text) and _NUMBER.search(text) and _ASKED_NUMBER.search(text)
    return bool(named) and not _REPORTED.search(text)


_UNANSWERED = re.compile(
    r"(?:(?:kak|min|halo|woi|woy|hei|hey|lho|loh)\W+)*(?:kok|kenapa|knp|napa|why)?\s*"
    r"(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|blm|belum|belom|not|no)\s+"
    r"(?:di\s*)?(?:jawab|dijawab|bales|dibales|balas|dibalas|respon\w*|direspon\w*|"
    r"ditanggapi|answer\w*|repl\w*)(?:\s+(?:sih|si|kak|min|ya|pertanyaan\s*(?:ku|aku|saya)|"
    r"aku|saya|sy|chat\s*(?:ku|aku)?|dari\s+tadi|dr\s+td|daritadi|drtd))*\W*"
)
"""Nothing answered, said short with no topic named ("kok ga dijawab", "kok ga dibales sih
kak"): a ticket's or a person's silence names them and is read elsewhere."""
_OWN = re.compile(r"\b(?:aku|saya|sy|ku|gue|gw|my|ibu|bapak|ayah|adik|kakak\s+aku)\b")
"""One's own name asked ("nama aku siapa", "siapa nama aku"): the record's, not ours."""
_PERSON = r"\b(?:manusia|orang|human|person|petugas|admin|cs)\b"
_ASKS_PERSON = re.compile(
    rf"\b(?:mau|mo|pengen|pgn|ingin|minta|butuh|want|need)\b.{{0,25}}{_PERSON}"
)
_TALK_PERSON = re.compile(rf"\b(?:ngobrol|ngomong|bicara|berbicara|talk|speak)\b.{{0,25}}{_PERSON}")
"""Talking to a person asked for ("bisa ngobrol sm orang beneran ga"), not "ngomong sama orang
atau bot?" (whether this is one)."""


def _wants_person(text: str) -> bool:
    """ "gue mau ngomong sama manusia", "bisa ngobrol sm orang beneran ga, bukan bot": a person
    asked for, not whether this is one."""
    talks = _TALK_PERSON.search(text) and not _HUMAN.search(text)
    return bool(_ASKS_PERSON.search(text) or talks)


__all__ = ["answer"]
