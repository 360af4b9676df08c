"""Questions about the broadcasts themselves, read before the NLU's intent outside a flow
(``flows.route_text``):

- Is a message from us real ("ini beneran dari prakerja?", "td ada pesan gelombang 72 dibuka,
  itu asli?", "ini bot resmi prakerja atau penipuan?"): how to recognise official messages (only
  this chat, links only to prakerja.go.id, never a password, OTP, card number or money), and
  where the wave named stands now. Before: "Iya, aku asisten virtual (bot)", or the wave's dates.
- Where the number came from ("kok tau nomor aku", "kalian dapet nomor aku dari mana"): no
  number is looked for; only chats that wrote first are answered, and broadcasts only reach
  chats linked to an account that agreed to them. Before: "Maksud kamu yang mana?".
- A chat linked to no account says it got a broadcast ("nomor wa ini kok dapet broadcast
  prakerja, saya ga pernah daftar"): none is sent here, so one from elsewhere is likely a scam;
  "ini penipuan bukan" next gets the signs, not a complaint form filed for a question.
- What broadcasts carry and how often ("yg dikirim apa aja sih biasanya", "seminggu berapa
  kali"), right after a subscription answer or naming broadcasts.

Who receives a broadcast: ``storage.repositories.campaign_deliveries.consenting`` (README
"Broadcast campaigns")."""

from __future__ import annotations

import re

from flows.complaint_topics import category_for, file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.person_asked import wants_real_person
from flows.queries import ChatOptedOut
from flows.runtime.machine import FlowTurn
from flows.subscription_follow_ups import SUBSCRIBED, UNSUBSCRIBED
from flows.subscription_requests import STATE_TOLD, pending
from flows.turn import Ask
from flows.waves import waves_text

DOUBTED = "broadcast_doubted"
"""``flows.last_answer`` topic: whether a message is ours was answered."""
ABOUT = "broadcast_about"
"""``flows.last_answer`` topic: what broadcasts carry was told."""
_CONTEXT = (SUBSCRIBED, UNSUBSCRIBED, STATE_TOLD, DOUBTED, ABOUT)

_REAL = re.compile(
    r"\b(?:asli|beneran|bener|benar|resmi|hoax|hoaks|palsu|penipuan|penipu|nipu|real|legit|"
    r"official|genuine|fake|scam)\b"
)
_A_MESSAGE = re.compile(
    r"\b(?:pesan\w*|sms|wa|whatsapp|broadcast\w*|bc|siaran|notif\w*|messages?|texts?|bot)\b"
    r"|\b(?:dari|from)\s+(?:prakerja|kalian|kamu|you)\b"
)
"""A message or this chat said to come from the programme."""
_CLAIMED = re.compile(r"\b(?:lolos|terpilih|diterima|selected|menang|hadiah|cair|bonus|won)\b")
"""A result or money claimed: ``flows.authenticity`` sends to the dashboard."""
_HOST = re.compile(r"[a-z0-9-]+\.[a-z]{2,}")
"""A link named: ``flows.authenticity`` checks it."""
_NUMBER = re.compile(
    r"^(?=.*\b(?:tau|tahu|dapet|dapat|dpt|ambil|know|get|got|dari mana|darimana|drmn|"
    r"dr mana|where)\b)"
    r".*\b(?:nomor|nomer|no|nmr)(?:\s+(?:wa|hp|whatsapp|telepon|telp|ponsel))?"
    r"(?:ku\b|\s+(?:aku|saya|ku|gw|gue|ini)\b)(?!\s+(?:tiket|kartu|rekening|ktp|nik|kk|otp))"
    r"|\b(?:how|where|why)\b.{0,30}\b(?:get|got|have|know|knew|find|found)\w*\b.{0,20}"
    r"\bmy (?:phone |whatsapp |wa )?number\b"
)
"""Where this chat's number came from ("kok tau nomor aku", "dapet nomor aku dari mana")."""
_GOT_ONE = re.compile(
    r"^(?!.*\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|belum|blm|masih|still|never got)\s+"
    r"(?:pernah\s+)?(?:dapet|dapat|terima|nerima|masuk|dikirim|get|got|receive))"
    r".*\b(?:dapet|dapat|dpt|terima|nerima|menerima|masuk|dikirimi\w*|dikirim|kirimin|ngirim|"
    r"getting|got|received?)\b[^,.;!?]{0,30}\b(?:broadcast\w*|bc|siaran|pesan(?:nya|2)?|"
    r"sms|info(?:nya|rmasi)?|messages?|texts?)\b"
)
"""A broadcast said to have come ("nomor wa ini kok dapet broadcast prakerja"), within one
clause and by its own word: "baru masuk sd, pesangon udah abis" names none."""
_SCAM_ASKED = re.compile(
    r"\b(?:penipuan|penipu|nipu|scam|hoax|hoaks|palsu|fake|asli|beneran|bener|real|legit)\b"
)
_LINK = re.compile(r"\b(?:link\w*|tautan|situs|website|web|alamat|url|site)\b")
_CONTENTS = re.compile(
    r"\b(?:dikirim|kirim\w*|isi\w*|send|sent|berisi)\b.{0,25}\b(?:apa|what)\b"
    r"|\b(?:apa|what)\b.{0,25}\b(?:dikirim|kirim\w*|isi\w*|send|sent)\b"
    r"|\b(?:isi\w*|contents?)\b.{0,10}\b(?:broadcast\w*|siaran|pesan\w*|langganan\w*)\b"
)
"""What broadcasts carry ("yg dikirim apa aja sih biasanya", "what do you send?")."""
_HOW_OFTEN = re.compile(
    r"\b(?:se(?:minggu|hari|bulan|pekan)|berapa kali|brp kali|brapa kali|how often|"
    r"how many times|(?:se)?tiap (?:hari|minggu|bulan)|sering\w*|jadwal\w*|kapan aja|"
    r"kapan saja)\b"
)
"""How often they come ("seminggu berapa kali", "how often?")."""
_NAMES_BROADCASTS = re.compile(
    r"\b(?:broadcast\w*|bc|siaran|langganan\w*|notif\w*|subscri\w*|pesan siaran)\b"
)


def _text(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def _in_context(turn: FlowTurn, text: str) -> bool:
    """Right after a subscription answer, at its question, or naming broadcasts."""
    return (
        just_said(turn) in _CONTEXT
        or pending(turn) is not None
        or bool(_NAMES_BROADCASTS.search(text))
    )


def _receives(turn: FlowTurn) -> Ask[bool | None]:
    """Whether broadcasts reach this chat: None when it is linked to no account."""
    found = yield from participant(turn)
    if found is None:
        return None
    message = turn.message
    opted_out = yield ChatOptedOut(message.channel, message.user_id)
    return found.notify_opt_in and not opted_out


def _number(turn: FlowTurn) -> Ask[str]:
    """Where the number came from, and what this chat receives."""
    receives = yield from _receives(turn)
    state = "unlinked" if receives is None else "on" if receives else "off"
    return turn.say("broadcasts.number") + "\n" + turn.say(f"broadcasts.number_{state}")


def _official(turn: FlowTurn, text: str) -> Ask[list[Outbound]]:
    """How to recognise our messages; the wave named, where it stands; the number asked."""
    remember(turn, DOUBTED)
    lines = [turn.say("broadcasts.official", contact_centre=turn.ctx.programme.contact_centre)]
    if re.search(r"\b(?:gelombang|gel|wave)\b", text):
        lines.append(turn.say("broadcasts.wave_now", now=(yield from waves_text(turn.lang))))
    if _NUMBER.search(text):
        lines.append((yield from _number(turn)))
    report = file_complaint(turn, topic="fraud")
    return [Outbound("\n\n".join(lines), (report, turn.menu_button()))]


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The answer to a question about broadcasts, else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or not message.text:
        return None
    text = _text(turn)
    claimed = _CLAIMED.search(text) or _HOST.search(text)  # ``flows.authenticity``'s
    # "someone on whatsapp says he can cash out my balance for a fee, legit?": the fraud
    # answer's (a scam word alone, "resmi atau penipuan?", names no fraud)
    fraud = category_for(_REAL.sub(" ", text)) == "fraud"
    person = wants_real_person(message)  # "mau ngobrol sama orang beneran bukan bot": handoff
    if _REAL.search(text) and _A_MESSAGE.search(text) and not claimed and not fraud and not person:
        return (yield from _official(turn, text))
    got_one = _GOT_ONE.search(text) and not _CLAIMED.search(text)  # "dapet sms lolos": the
    if got_one and (yield from _receives(turn)) is None:  # dashboard (``flows.authenticity``)
        remember(turn, DOUBTED)  # "ini penipuan bukan" next: the signs, no complaint filed
        report = file_complaint(turn, topic="fraud")
        return [turn.reply("broadcasts.not_from_us", report, turn.menu_button())]
    if _NUMBER.search(text):
        remember(turn, DOUBTED)
        body = yield from _number(turn)
        return [Outbound(body, (turn.menu_button(),))]
    if just_said(turn) == DOUBTED and _SCAM_ASKED.search(text) and len(text.split()) <= 8:
        remember(turn, DOUBTED)
        if _LINK.search(text):  # "link prakerja yg asli apa"
            return [turn.reply("kb.official_site", turn.menu_button())]
        report = file_complaint(turn, topic="fraud")
        return [turn.reply("broadcasts.scam_signs", report, turn.menu_button())]
    if _CONTENTS.search(text) and _in_context(turn, text):
        remember(turn, ABOUT)  # "seminggu berapa kali" next
        return [turn.reply("broadcasts.contents", turn.menu_button())]
    if _HOW_OFTEN.search(text) and _in_context(turn, text):
        remember(turn, ABOUT)
        return [turn.reply("broadcasts.how_often", turn.menu_button())]
    return None


__all__ = ["ABOUT", "DOUBTED", "answer"]
