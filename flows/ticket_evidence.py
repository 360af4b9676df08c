"""Evidence for a complaint ticket, asked about in words: "kirim screenshot nya gmn" (after a
status answer), "cara lampirin bukti ke tiket", "can I send a photo?". A file sent in the chat
goes onto the chat's latest open ticket (``bot.channels.attachments``: Telegram and WhatsApp
photos and files, the web chat's 📎 button), so the answer names that ticket and the way this
channel sends a file; with no open ticket, that a complaint comes first. When the web chat
takes no files (``attachments.webchat`` off: ``FlowContext.webchat_attachments``), no 📎 is
promised there: the evidence is described in words ("Kirim data tambahan") instead.

"udh aku kirim" right after that answer ("udah dikirim fotonya", naming the file, with an open
ticket at any time) is answered from the ticket's files on record (``TicketFiles``): how many
and of what type (no names, nothing personal), or plainly that none arrived and how to send one.

Read only when the message says so (a cheap pattern first); a KTP or face photo asked about
with no ticket in sight is registration's (the e-KTP photo step), left to the router."""

from __future__ import annotations

import re

from flows.complaint_ticket import FILED_AT
from flows.complaint_topics import file_complaint
from flows.fallback import previous_intent
from flows.messages import Button, Outbound
from flows.queries import MyTickets, TicketFiles
from flows.runtime.machine import FlowTurn
from flows.ticket_reply_typed import payload as reply_payload
from flows.turn import Ask, within_context_of
from flows.views import TicketFileView

OPEN = ("open", "in_progress", "waiting_user")
"""Statuses of a ticket that takes evidence (``storage.repositories.attachments.OPEN``)."""
TOLD = "ticket_evidence_told"
"""``session.profile`` key: how to send evidence was just told, {"reference", "at"}."""
RECENT_FILED_SECONDS = 30 * 60
MAX_SENT_WORDS = 8
WAYS = {"webchat": "webchat", "telegram": "photo", "whatsapp": "photo"}
"""How a channel sends a file (``ticket_evidence.way.<way>``); others get every way."""
KINDS = {"image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp", "application/pdf": "pdf"}
"""A kept file's type as said to the participant (``ticket_evidence.kind.<kind>``)."""

_EVIDENCE = re.compile(
    r"\b(?:screenshot\w*|screen ?shot\w*|ss|ssan|ssnya|skrinsut\w*|tangkapan layar|bukti\w*|"
    r"lampiran\w*|attachment\w*|file\w*|berkas\w*|dokumen\w*|pdf|foto\w*|gambar\w*|photos?|"
    r"pictures?|images?|evidence|proof)\b"
)
_SEND = re.compile(
    r"\b(?:kirim\w*|ngirim\w*|dikirim\w*|kukirim|upload\w*|unggah\w*|diunggah|lampir\w*|"
    r"melampirkan|attach\w*|send\w*|share|tempel\w*|nempel\w*)\b"
)
_HOW = re.compile(
    r"\?|\b(?:gmn|gimana|gmna|bagaimana|cara\w*|how|dimana|di mana|dmn|kemana|ke mana|kmn|"
    r"where|lewat apa|lewat mana|bisa\w*|boleh\w*|can|could|mau|pengen|pgn|ingin|want)\b"
)
_TICKET = re.compile(
    r"\b(?:tiket\w*|ticket\w*|pengaduan\w*|aduan\w*|laporan\w*|komplain\w*|complaint\w*|"
    r"petugas\w*|staff?|prk[\s-]?\d{6,8})\b"
)
_OFFERS = re.compile(
    r"\b(?:aku|saya|sy|aq|gw|gue|ku|i)\s*(?:'ll\s+|will\s+|mau\s+|mo\s+|akan\s+|tak\s+)?"
    r"(?:kirim\w*|kirimin\w*|send|upload\w*|lampir\w*|attach\w*|share)\b"
)
"""A file offered as a statement: "sy kirim foto ya", "aku kirimin ss nya", "I'll send a
screenshot" (no "how" in it; before: read as a subscription or a person)."""
_HERE = re.compile(
    r"(?:(?:ini|nih|itu|tuh|here(?:'s| is| are)?)\s+(?:dia\s+|ya\s+|kak\s+|min\s+)*)"
    r"(?:screenshot\w*|ss\w*|foto\w*|fotony\w*|bukti\w*|gambar\w*|file\w*|the \w+)"
    r"(?:\s+(?:nya|ya|kak|min|dong|sih|pas|tadi|td|the|photo|screenshot))*[\s.!👇🙏]*"
)
"""A file said to be attached in the text itself ("ini screenshotnya", "nih fotonya kak",
"here's the screenshot"): nothing came with it, so whether one arrived is told."""
_ARRIVED = re.compile(
    r"(?:(?:terus|trus|trs|jadi|jd)\s+)?(?:udah|udh|sudah|sdh|dah|uda)\s+(?:masuk|nyampe|nyampai|"
    r"sampai|sampe|diterima|kekirim|terkirim|ketrima|keterima)\w*"
    r"(?:\s+(?:blm|belum|belom|ga|gak|nggak|kan|ya|kak|min|sih|dong|nya|belum\s+ya))*[\s?!.]*"
    r"|(?:did|has) (?:it|the file|the screenshot) (?:arrive|come through|get there)\??"
)
"""Whether the file arrived, right after the way to send it was told ("udah masuk blm kak?")."""
_REGISTRATION = re.compile(
    r"\b(?:e-?ktp|ktp|wajah|selfie|swafoto|liveness|face|id\s+card|identity\s+card|"
    r"kartu\s+(?:identitas|tanda\s+penduduk))\b"
)
"""The e-KTP photo and face check of registration (``registration_steps.face_check``)."""
_SENT = re.compile(
    r"^(?:(?:aku|saya|sy|aq|gw|gue|i)\s+)?(?:udh|udah|sudah|sdh|dah|uda|already|have|'ve)\s+"
    r"(?:(?:aku|ku|saya|sy|aq|gw|gue|i)\s*)?"
    r"(?:kirim\w*|kekirim|terkirim|dikirim\w*|ngirim\w*|upload\w*|diupload|unggah\w*|diunggah|"
    r"lampir\w*|dilampirkan|send|sent)\b"
    r"|^(?:i\s+)?(?:sent|uploaded|attached)\s+(?:it|them|the\s+\w+)\b"
)
"""The file said to be sent: "udh aku kirim", "sudah terkirim", "udah kukirim kok", "I sent
it"."""
_SENT_TAIL = frozenset(
    {"kok", "ya", "yah", "kak", "min", "tadi", "td", "barusan", "nya", "sih", "dong", "lho",
     "loh", "kan", "semua", "semuanya", "juga", "jg", "ke", "sini", "disini", "di", "chat",
     "ini", "tiket", "tiketnya", "lewat", "sana", "it", "already", "them", "here", "just", "now",
     "dari", "beberapa", "menit", "lalu", "the", "to", "in"}
)  # fmt: skip
"""Words that may follow "udh aku kirim" (the evidence's own name too: "fotonya"); another
thing named ("udah kirim ulang otp 5x") is not the file."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """How to send evidence for the open ticket (or that one is filed first), or whether a
    file said to be sent arrived; None when the message asks neither."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    told = _told(turn)
    sent = said_sent(text) or bool(_HERE.fullmatch(text))  # "ini screenshotnya" as text
    if sent and (told is not None or _EVIDENCE.search(text)):
        return (yield from _arrived(turn, told))
    if told is not None and _ARRIVED.fullmatch(text):  # "udah masuk blm kak?" after the way
        return (yield from _arrived(turn, told))
    if told is not None and _just_told(turn) and _AGAIN.match(text):  # "gmn caranya" next
        return _steps(turn, told)
    offered = bool(_OFFERS.search(text) and _EVIDENCE.search(text))  # "sy kirim foto ya"
    if not asks_how(text) and not offered:
        return None
    about_ticket = _about_ticket(turn, text)
    if _REGISTRATION.search(text) and not about_ticket:
        return None  # "cara kirim foto ktp": the registration's e-KTP photo
    tickets = yield MyTickets(message.channel, message.user_id)
    ticket = next((t for t in tickets if t.status in OPEN), None)  # newest first, as attached
    if ticket is None:
        if not about_ticket and not offered:
            return None
        key = "no_ticket" if takes_files(turn) else "no_ticket_in_words"
        return [turn.reply(f"ticket_evidence.{key}", file_complaint(turn), turn.menu_button())]
    reference = ticket.reference
    turn.session.profile[TOLD] = {
        "reference": reference,
        "at": message.at.timestamp(),
        "turn": turn.session.turns,
    }
    if not takes_files(turn):  # no 📎 here: the evidence in words, one tap away
        return [turn.reply("ticket_evidence.how_in_words", _in_words(turn, reference),
                           turn.menu_button(), reference=reference,
                           contact_centre=turn.ctx.programme.contact_centre)]  # fmt: skip
    return [turn.reply("ticket_evidence.how", turn.menu_button(), reference=reference,
                       way=_way(turn))]  # fmt: skip


def _arrived(turn: FlowTurn, told: str | None) -> Ask[list[Outbound] | None]:
    """Whether the file said to be sent is on the ticket (``told``, else the chat's open one):
    the files on record, counted by type, or that none arrived and how to send one."""
    message = turn.message
    reference = told
    if reference is None:
        tickets = yield MyTickets(message.channel, message.user_id)
        ticket = next((t for t in tickets if t.status in OPEN), None)
        if ticket is None:
            return None  # "udah dikirim fotonya" with no ticket open: not about evidence here
        reference = ticket.reference
    files: list[TicketFileView] = yield TicketFiles(message.channel, message.user_id, reference)
    status = turn.button("intents.complaint_status", "intent:complaint_status")
    if files:
        kinds = _kinds(turn, files)
        return [turn.reply("ticket_evidence.sent_kept", status, turn.menu_button(),
                           reference=reference, count=len(files), kinds=kinds)]  # fmt: skip
    if not takes_files(turn):
        return [turn.reply("ticket_evidence.sent_in_words", _in_words(turn, reference),
                           turn.menu_button(), reference=reference)]  # fmt: skip
    return [turn.reply("ticket_evidence.sent", status, turn.menu_button(), reference=reference,
                       way=_way(turn))]  # fmt: skip


_AGAIN = re.compile(
    r"^\W*(?:(?:terus|trus|trs|lalu|jadi|jd|tapi|tp)\s+)?(?:(?:gmn|gimana|gmna|gimna|bagaimana|"
    r"cara\w*|how|ngirimnya|kirimnya|ga ngerti|gak ngerti|ga paham|gak paham|bingung|"
    r"maksudnya|how do i do (?:that|it)|i don'?t get it)\s*)+(?:(?:kak|min|ya|sih|dong|itu|"
    r"ini|tuh)\s*)*\W*$"
)
"""The way asked again right after it was told: "gmn caranya", "caranya gimana?", "bingung"."""


def _just_told(turn: FlowTurn) -> bool:
    told = turn.session.profile.get(TOLD)
    return isinstance(told, dict) and told.get("turn") == turn.session.turns - 1


def _steps(turn: FlowTurn, reference: str) -> list[Outbound]:
    """The way to send the file again, step by step (in words where no file can be sent)."""
    turn.session.profile[TOLD] = {
        "reference": reference,
        "at": turn.message.at.timestamp(),
        "turn": turn.session.turns,
    }
    if not takes_files(turn):
        return [turn.reply("ticket_evidence.how_in_words", _in_words(turn, reference),
                           turn.menu_button(), reference=reference,
                           contact_centre=turn.ctx.programme.contact_centre)]  # fmt: skip
    way = WAYS.get(turn.message.channel, "any")
    way = "any_but_webchat" if way == "any" and not turn.ctx.webchat_attachments else way
    step = turn.say(f"ticket_evidence.step.{way}")
    return [turn.reply("ticket_evidence.steps", turn.menu_button(), reference=reference,
                       step=step)]  # fmt: skip


def takes_files(turn: FlowTurn) -> bool:
    """This chat can send a file: the web chat only when ``attachments.webchat`` is on."""
    return turn.message.channel != "webchat" or turn.ctx.webchat_attachments


def _in_words(turn: FlowTurn, reference: str) -> Button:
    """Evidence described in words, added to ``reference`` (``flows.ticket_reply``)."""
    adding = reply_payload(reference, said=False, adding=True)
    return turn.button("ticket_reply.button", adding)


def _kinds(turn: FlowTurn, files: list[TicketFileView]) -> str:
    """ "1 foto JPG, 2 PDF": the files counted by type, in the order they came."""
    counted: dict[str, int] = {}
    for found in files:
        kind = KINDS.get(found.content_type, "other")
        counted[kind] = counted.get(kind, 0) + 1
    return ", ".join(
        f"{n} {turn.say(f'ticket_evidence.kind.{kind}')}" for kind, n in counted.items()
    )


def asks_how(lowered: str) -> bool:
    """How (or whether) to send a screenshot, photo or file: "kirim screenshot nya gmn"."""
    return bool(_EVIDENCE.search(lowered) and _SEND.search(lowered) and _HOW.search(lowered))


def file_offered(lowered: str) -> bool:
    """A file said to come with the text ("ini sy lampirin ss nya", "nih screenshotnya",
    "udah kirim fotonya barusan"): nothing came with it."""
    offered = bool(_OFFERS.search(lowered) and _EVIDENCE.search(lowered))
    return offered or bool(_HERE.fullmatch(lowered)) or said_sent(lowered)


def said_sent(lowered: str) -> bool:
    """ "udh aku kirim", "sudah terkirim fotonya": the file said to be sent, nothing else."""
    found = _SENT.search(lowered)
    if found is None or len(lowered.split()) > MAX_SENT_WORDS:
        return False
    rest = re.findall(r"[^\W\d_]+", lowered[found.end() :])
    return all(word in _SENT_TAIL or _EVIDENCE.fullmatch(word) for word in rest)


def _told(turn: FlowTurn) -> str | None:
    """The ticket how to send evidence was told for, if recently."""
    told = turn.session.profile.get(TOLD)
    at = told.get("at") if isinstance(told, dict) else None
    if not isinstance(told, dict) or not isinstance(at, float):
        return None
    return str(told.get("reference")) if within_context_of(at, turn.message.at) else None


def _about_ticket(turn: FlowTurn, lowered: str) -> bool:
    """The message names a ticket, or comes right after a status answer or a filing."""
    if _TICKET.search(lowered) or previous_intent(turn) == "complaint_status":
        return True
    filed_at = turn.session.profile.get(FILED_AT)
    now = turn.message.at.timestamp()
    return isinstance(filed_at, (int, float)) and 0 <= now - filed_at <= RECENT_FILED_SECONDS


def way_to_send(turn: FlowTurn) -> str:
    """How a file is sent in this chat's channel, said in its language."""
    return _way(turn)


def _way(turn: FlowTurn) -> str:
    way = WAYS.get(turn.message.channel, "any")
    if way in ("any", "webchat") and not turn.ctx.webchat_attachments:
        way = "any_but_webchat"  # no 📎 promised in the web chat
    return turn.say(f"ticket_evidence.way.{way}")


__all__ = [
    "OPEN",
    "TOLD",
    "answer",
    "asks_how",
    "file_offered",
    "said_sent",
    "takes_files",
    "way_to_send",
]
