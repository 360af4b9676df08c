"""While the chat waits in the queue for a person (``session.handoff == "queued"``), as a help
desk does: "halo??", "ada orang ga?", "lama bgt", "masih antre?" get the live place in the queue
(no greeting menu, no complaint story); "ya", "ok" keep waiting; "ga jadi, sama bot aja" and
"never mind, back to the bot" leave the queue (a bare cancel with a form open asks which is
meant: ``queue_form_cancel``); a clear programme question is still answered, with a line that
the user is still queued. Everything typed stays in the agent's transcript."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Literal

from flows import contact_asked, handoff, queue_form_cancel, queue_patience
from flows.last_answer import recall_recent
from flows.messages import Outbound
from flows.queries import CancelHandoff, HandoffPosition
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Message, Step

Kind = Literal["leave", "wait", "ack", "noted", "bye"]
Replies = list[Outbound]
Answer = Ask[Replies | None]

_FILLER = (
    r"(?:(?:eh+|oh+|hmm+|ya+|yah|yaudah|yaudh|yaudahh|yauda|yodah|ya udah|ya udh|udah|udh|dah|"
    r"ok|oke|okay|wah)[\s,.!]+)*"
)
_NOT = r"(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|ndak) ?"
"""A "not" before "jadi", also written as one word ("gajadi", "gkjd")."""
_OPENS_WITH_CANCEL = re.compile(
    rf"^{_FILLER}(?:{_NOT}(?:jadi|jd)|never ?mind|nvm|"
    r"batal(?:kan|in)?|cancel|stop|berhenti|udahan|keluar|quit)\b"
)
_CHANGED_MIND = re.compile(
    rf"^{_FILLER}(?:{_NOT}(?:jadi|jd)|never ?mind|nvm)"
    r"(?: (?:deh|dah|aja|ah|kak|min|ya))*\s*(?:[,.!]|$)"
)
_NO_NEED = re.compile(
    rf"^{_FILLER}(?:{_NOT}(?:usah|perlu)|gusah|gaperlu)"
    r"(?: (?:deh|dah|aja|ah|kak|min|ya|lagi|lg|jadi))*\s*(?:[,.!]|$)"
)
"""Outside a form's question, "udah ga usah kak, makasih", "gausah deh" as a clause of its own:
no longer needed, the queue left (at a form's question it may answer it)."""
_BYE_WORDS = 4
"""A short goodbye while queued ("bye", "dadah kak") leaves the queue, said so."""
"""A change of mind that opens the message as a clause of its own: leaving the queue whatever
the rest is read as ("eh ga jadi, mau bikin pengaduan aja" is read as a complaint); not "ga jadi
cair insentifnya" (a story)."""
_LEAVE = re.compile(
    r"\b(?:sama|ke|balik(?: ke)?|kembali(?: ke)?|pakai|pake|chat sama|ngobrol sama) (?:si )?bot\b"
    r"|\bback to (?:the )?(?:bot|assistant)\b"
    r"|\b(?:stop|berhenti|quit|leave|cancel|keluar(?: dari)?|batal(?:kan|in)?) (?:the )?"
    r"(?:waiting|menunggu|nunggu|antre\w*|antri\w*|queue)\b"
    r"|\b(?:gak|ga|gk|nggak|ngga|tidak|tdk|ndak) (?:usah|perlu|jadi|mau) (?:\w+ )?"
    r"(?:nunggu|menunggu|antre\w*|antri\w*)\b"
    r"|\bdon'?t (?:want to )?wait\b"
)
"""Leaving the queue said outright, wherever in the message."""
_QUEUE_TALK = re.compile(
    r"\b(?:antre\w*|antri\w*|ngantri|ngantre|queue\w*|(?:di)?bal[ae]s\w*|dibls|blsn|"
    r"direspon\w*|respon\w*|dijawab|reply|replies|answer|ada (?:orang|org|yang|yg|admin|petugas|"
    r"cs|manusia|siapa)|anyone|anybody|someone|somebody|(?:still|keep) waiting|lama\w*|lma|"
    r"lambat|lemot|buruan|cepetan|hurry|slow|how long|(?:nunggu|menunggu|ditunggu|tunggu)\w*|"
    r"wait|waiting|"
    r"update|kabar|mana (?:petugas|admin|cs)\w*|(?:petugas|admin|cs)\w* (?:mana|kapan)|"
    r"masih (?:ada|di ?sana|di ?situ|disana|disitu|hidup|aktif|online|on)|"
    r"(?:still|you|anyone|anybody) there)\b"
)
"""Talk about the wait itself: where is the person, how long, is anyone there."""
_TOPIC = re.compile(
    r"\b(?:insentif|pelatihan|kelas|kursus|sertifikat|saldo|daftar|pendaftaran|gelombang|"
    r"kode|redeem|voucher|nik|akun|otp|email|rekening|e-?wallet|ktp|kk|login|verifikasi|survei|"
    r"pengaduan|tiket|syarat|cair|pencairan|incentive|training|course|certificate|balance|"
    r"register|wave|account|ticket|complaint)\w*"
)
"""A programme subject: the message is a question for the bot, not about the queue."""
_ACK = re.compile(
    r"^(?:ya+|iya+|iy|y|yup|yes|yep|ok+|oke+|okay|okey|okeh|sip+|siap|baik(?:lah)?|noted|"
    r"alright|sure|fine|makasih|terima ?kasih|thanks?|thank you|thx|ty|tq|👍)"
    r"(?:[\s,]+(?:kak|min|gan|ya|deh|dong|aku|saya|sy|tunggu|ditunggu|kutunggu|i'?ll wait))*"
    r"[\s!.]*$"
)
_BARE = re.compile(r"^[\s?!.]+$|^(?:p+|ping|tes|test|halo+|hai+|hi+|hello+|woy+|woi+)[\s?!.]*$")
MAX_WORDS = 10
"""Longer messages are stories or questions, not impatience."""
NOTE_INTENTS = frozenset({None, "nlu_fallback", "out_of_scope", "inform"})
"""Outside a flow, what the bot cannot read is a message for the person (not "belum paham")."""


def classify(message: Message, *, in_flow: bool = False, after_hours: bool = False) -> Kind | None:
    """What a typed message means to a queued chat; None: the bot answers it (a question)."""
    words = " ".join((message.text or "").lower().split())
    if message.payload is not None or not words:
        return None
    if _LEAVE.search(words) or controls.refuses_person(message):
        return "leave"
    if _CHANGED_MIND.match(words) or (
        message.intent == "cancel" and _OPENS_WITH_CANCEL.match(words)
    ):
        return "leave"  # "ga jadi", "eh ga jadi, mau bikin pengaduan aja"; not a story with "stop"
    if not in_flow and _NO_NEED.match(words):
        return "leave"  # "udah ga usah kak, makasih"
    if _ACK.match(words):
        return None if in_flow else "ack"  # "ya" may answer the flow's question
    if contact_asked.asks_contact(words):
        return None  # "nomor telepon yang bisa ditelpon berapa?": the number, still queued
    about_programme = bool(_TOPIC.search(words))
    if not in_flow and _said_bye(message, words, about_programme):
        return "bye"
    short = len(words.split()) <= MAX_WORDS
    if _BARE.match(words) or (short and not about_programme and _QUEUE_TALK.search(words)):
        return "wait"
    if after_hours and short and not about_programme and queue_patience.LATER.search(words):
        return "wait"  # "jadi senin dilanjut?", "petugasnya pulang ya?" after 17.00
    if not about_programme and message.intent in ("greet", "human_agent", "deny") and short:
        return "wait"
    if not in_flow and message.intent in NOTE_INTENTS:
        return "noted"
    return None


def respond(turn: FlowTurn, answer: Callable[[], Step]) -> Step:
    """The turn of a queued chat; ``answer`` is what the bot would say otherwise."""
    session, message = turn.session, turn.message
    which = queue_form_cancel.typed(turn)  # "dua2nya" to "cancel the queue or the form?"
    if which is not None:
        return (yield from queue_form_cancel.chosen(turn, which))
    in_flow = session.flow is not None and not _after_queue_reply(turn)
    kind = classify(message, in_flow=in_flow, after_hours=queue_patience.after_hours(turn))
    if kind == "leave" and queue_form_cancel.names_form(turn):
        kind = None  # "ga jadi daftar deh": the form's own cancel, with its confirmation
    if kind == "leave" and queue_form_cancel.continues_form(turn):
        return (yield from queue_form_cancel.chosen(turn, "queue"))  # "ga jadi, lanjut isi"
    if kind == "leave" and _only_cancel(message) and queue_form_cancel.ambiguous(turn):
        return queue_form_cancel.ask(turn)  # "gajadi deh, batalin aja" with a form open
    if kind == "leave":
        return (yield from _leave(turn, answer))
    if kind == "bye" and not queue_form_cancel.form_open(turn):
        yield CancelHandoff(message.channel, message.user_id)
        session.handoff = None
        return [turn.reply("handoff.stopped_bye", turn.menu_button())]
    position = yield HandoffPosition(message.channel, message.user_id)
    if position is None:  # staff closed the request meanwhile: the bot answers as usual
        session.handoff = None
        return (yield from answer())
    if kind == "wait":  # "lama bgt", "halo?": varied, honest; after hours, when staff are back
        return queue_patience.wait_asked(turn, int(position))
    if kind == "ack":
        return [queue_patience.keep_waiting(turn, int(position))]
    if kind == "noted":
        stop = turn.button("handoff.stop", handoff.STOP, means="no")
        return [turn.reply("handoff.noted", stop, position=int(position))]
    replies = yield from answer()
    if session.handoff == "queued" and _switched_language(turn, replies):
        # "in english please": said in the new language, then the wait again (not the menu)
        return [replies[0], queue_patience.keep_waiting(turn, int(position))]  # new language
    if session.handoff == "queued" and not _mentions_queue(replies):
        replies.append(Outbound(queue_patience.reminder(turn, int(position))))
    return replies


def _said_bye(message: Message, words: str, about_programme: bool) -> bool:
    """ "bye", "dadah kak": a short goodbye, nothing else asked."""
    short = len(words.split()) <= _BYE_WORDS and "?" not in words
    return message.intent == "goodbye" and short and not about_programme


def _switched_language(turn: FlowTurn, replies: Replies) -> bool:
    """The answer switched the chat's language ("Okay, I'll use English from now on", then the
    main menu)."""
    return bool(replies) and replies[0].text == turn.say("language.switched")


def tapped(turn: FlowTurn, answer: Callable[[], Answer], unknown: Callable[[], Replies]) -> Step:
    """A button tapped while queued (an old menu button, a flow's): its answer, with the place in
    the queue; a button nothing answers now (a stale question's: ``answer`` gives None) gets
    the place alone. Buttons about the queue ("Berhenti menunggu") need no reminder."""
    session, message = turn.session, turn.message
    replies = yield from answer()
    if session.handoff != "queued" or (replies is not None and _mentions_queue(replies)):
        return replies if replies is not None else unknown()
    position = yield HandoffPosition(message.channel, message.user_id)
    if position is None:  # staff closed the request meanwhile
        session.handoff = None
        return replies if replies is not None else unknown()
    if replies is None:
        stop = turn.button("handoff.stop", handoff.STOP, means="no")
        return [turn.reply("handoff.still_queued", stop, position=int(position))]
    return [*replies, Outbound(queue_patience.reminder(turn, int(position)))]


def _leave(turn: FlowTurn, answer: Callable[[], Step]) -> Step:
    """Out of the queue, said so; what else the message asks ("ga jadi, mau bikin pengaduan
    aja") is then answered by the bot."""
    message = turn.message
    asks_more = controls.after_cancel(message) is not None or _asks_after_changing_mind(message)
    if not asks_more and queue_form_cancel.form_open(turn):  # "berhenti menunggu" in a form:
        return (yield from queue_form_cancel.chosen(turn, "queue"))  # its question again
    yield CancelHandoff(message.channel, message.user_id)
    turn.session.handoff = None
    if not asks_more:  # "eh gajadi deh, kamu aja bantu": "trs gmn" next is about the answer
        recall_recent(turn, handoff.QUEUED_TURNS)  # before the person was asked for
        return [turn.reply("handoff.stopped", turn.menu_button())]
    return [Outbound(turn.say("handoff.stopped")), *(yield from answer())]


_NO_REQUEST = frozenset(
    {None, "nlu_fallback", "cancel", "human_agent", "deny", "affirm", "goodbye", "thanks", "greet",
     "out_of_scope", "inform"}
)  # fmt: skip
"""Readings that ask the bot for nothing (and a person is what was just given up)."""


def _only_cancel(message: Message) -> bool:
    """A cancel asking for nothing after it ("gajadi deh, batalin aja"; not "ga jadi, mau bikin
    pengaduan aja"), and not leaving the queue in so many words ("ga jadi, sama bot aja")."""
    words = " ".join((message.text or "").lower().split())
    if _LEAVE.search(words) or controls.refuses_person(message):
        return False
    return controls.after_cancel(message) is None and not _asks_after_changing_mind(message)


def _asks_after_changing_mind(message: Message) -> bool:
    """ "eh ga jadi, mau bikin pengaduan aja" read as the request itself (a complaint): the
    words after the change of mind ask for something the bot answers."""
    words = " ".join((message.text or "").lower().split())
    changed = _CHANGED_MIND.match(words)
    return bool(changed and words[changed.end() :].strip()) and message.intent not in _NO_REQUEST


def _after_queue_reply(turn: FlowTurn) -> bool:
    """The bot's last message was about the queue (it offered "Berhenti menunggu")."""
    return any(choice[1:2] == [handoff.STOP] for choice in turn.session.offered)


def _mentions_queue(replies: list[Outbound]) -> bool:
    return any(button.payload == handoff.STOP for reply in replies for button in reply.buttons)
