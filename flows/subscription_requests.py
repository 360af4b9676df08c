"""Typed requests to stop or restart broadcasts, read before the NLU's intent outside a flow
(``flows.route_text``), and the answer typed at the question "Mau berhenti menerima pesan
siaran?" (``flows.questions`` asks it when a request is unclear).

- An explicit stop ("STOP", "berhenti", "jangan kirim lagi", "stop sending me messages") is
  done at once, as messaging platforms expect of "STOP", with "Langganan lagi" one tap away
  (before: a lone "STOP" or "jangan kirim lagi" asked first while "berhenti kirim pesan" acted
  at once).
- Restarting ("mau langganan lagi", "mulai langganan lagi dong", "subscribe again") is done at
  once (before: "Maksud kamu yang mana?" with "Berhenti langganan" first, or a question).
- At the pending question, a yes in any wording ("iya berhenti", "ya stop aja", "yes please")
  does it, a no keeps things as they are, and "yg penting2 masih dikirim ga?" is answered with
  the question kept (before: "iya berhenti" was "belum paham" and nothing was recorded).
- "mulai", "ya" right after the state was told with "Langganan info" / "Berhenti langganan":
  that change. "iya" right after "link your account first": linking starts.
- In a form, "maksudnya stop kirim broadcast, bukan daftarnya" (at "Yakin mau membatalkan?" or
  any question) stops broadcasts and the form goes on (``in_flow``).

The opt-out itself is ``SetSubscription`` (the chat's ``opt_outs`` row and the participant's
``notify_opt_in``), as every other path records it."""

from __future__ import annotations

import re

from flows import (
    sms_not_mine,
    subscription_in_form,
    subscription_own_news,
    subscription_reminders,
    subscription_resume,
    subscription_safety,
)
from flows import subscription_channels as channels
from flows.contact_centre_aside import then_resume
from flows.last_answer import just_said, remember
from flows.link_account import link_payload
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import SetSubscription
from flows.runtime import runner
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.runner import CONFIRM
from flows.runtime.transitions import finish
from flows.subscription_follow_ups import SUBSCRIBED, UNSUBSCRIBED
from flows.subscription_offer import TOPIC as OFFERED
from flows.turn import Ask
from flows.yes_no import yes_no

STATE_TOLD = "subscription_state"
"""``flows.subscription_status.STATE``: the state was just told (kept here: no import cycle)."""

_STOP_ALONE = re.compile(
    r"[\W_]*(?:(?:ya|iya|yes|y|tolong|pls|please|udah|udh|sudah|ok|oke)\W+)?(?:stop+|setop|berhenti|"
    r"unsubscribe|unsub|opt ?out)(?:\s+(?:dong|aja|saja|ya|deh|kak|min|please|pls|"
    r"sekarang|now|it|pesannya|pesan\w*|ini|semua))*[\W_]*"
)
"""WhatsApp's opt-out keyword or its Indonesian word, alone or with a particle ("STOP",
"berhenti aja", "stop dong min")."""
_REFUSAL = (
    r"(?:stop\w*|setop|berhenti\w*|jangan|jgn|ja?ngn|ga ?usah|gak ?usah|gausah|nggak ?usah|"
    r"ga ?perlu|tidak ?perlu|ga ?mau|gak ?mau|nggak ?mau|ogah|cukup|matikan|matiin|hentikan|"
    r"no more|quit|don'?t send|do not send)"
)
_AFTER_SENDING = (
    r"(?=\s+(?:lagi|lg|pesan|info|broadcast|siaran|notif|kabar|promo|apa|apapun|ke (?:sini|aku|"
    r"saya|nomor|chat|wa)|me|messages?|texts?|updates?|news|any)\b|\W*$)"
)
_SENT = (
    rf"(?:(?:(?:ng|di|me|ter)?kirim\w*|kirim2|send\w*){_AFTER_SENDING}|pesan\w*|sms|"
    r"broadcast\w*|siaran|notif\w*|info\w*|promo\w*|kabar\w*|spam\w*|langganan\w*|"
    r"berlangganan|messages|texts|updates|news|notifications|broadcasts)"
)
_EXPLICIT_STOP = re.compile(
    r"^(?!.*\?)(?!.*\b(?:kalo|kalau|klo|if|gimana|gmn|bagaimana|caranya|how|lupa|forget)\b)"
    rf".*\b{_REFUSAL}\b(?:\s+\w+){{0,2}}?\s+{_SENT}"
)
"""A stop that names what to stop ("jangan kirim lagi", "stop kirim pesan", "stop sending me
messages"); not a question about it ("kalo berhenti langganan masih dikirim?")."""
_RESTART = re.compile(
    r"^(?!.*\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|jangan|jgn|don'?t|not|never|kok|"
    r"kenapa|knp|why)\b)"
    r"(?!.*\?)(?:.*\b(?:mau|ingin|pengen|pgn|pingin|tolong|mulai|aktifkan|aktifin|nyalakan|"
    r"nyalain|want|please|pls|start)\b)?"
    r".*\b(?:(?:ber)?langganan\w*|subscribe\w*|dikabarin|kabarin|dapet info|terima info)"
    r"\s+(?:\w+\s+)?(?:lagi|lg|kembali|ulang|again|back)\b"
    r"|^\W*(?:re-?subscribe|subscribe again|langganan lagi|langganan lg)\W*$"
)
"""Restarting broadcasts ("eh mau langganan lagi deh", "mulai langganan lagi dong",
"subscribe again"); not "ga mau langganan lagi"."""
_START_WORDS = re.compile(
    r"[\W_]*(?:mulai|start|aktifkan|aktifin|nyalakan|nyalain|langganan|subscribe|mau|boleh|"
    r"ya|iya|yes|y|oke|ok|lanjut|gas)(?:\s+(?:dong|aja|saja|ya|deh|kak|min|lagi|please|pls|"
    r"langganan|mau))*[\W_]*"
)
"""A short yes to "Mau menerimanya? Pilih 'Langganan info'" ("mulai", "mau dong")."""
_YES_WORDS = re.compile(
    r"\b(?:ya+|iya+|iy|yes|yep|yup|yoi|ok|oke|okay|boleh|betul|bener|benar|setuju|sip|siap|"
    r"gas|please|pls|tolong|sure|lanjut|lanjutkan)\b"
)


_STILL = re.compile(r"\b(?:masih|tetap|tetep|still)\b")
_PLAIN_YES = frozenset({
    "ya", "yaa", "iya", "iyaa", "iy", "yes", "yep", "yup", "yoi", "ok", "oke", "okay", "okey",
    "boleh", "betul", "bener", "benar", "setuju", "sip", "siap", "gas", "please", "pls",
    "tolong", "sure", "lanjut", "lanjutkan", "mau", "dong", "aja", "saja", "deh", "kak", "min",
    "sih", "lah", "do", "it", "silakan", "silahkan", "aku", "saya", "gw", "ku", "ke", "sini",
    "chat", "ini", "yg", "yang", "dari", "kalian", "kamu", "prakerja", "langganan",
    "berlangganan", "subscribe", "info", "infonya", "kabar", "kabarin", "kabari", "dikabarin",
    "pesan", "siaran", "broadcast", "notif", "notifikasi", "update", "updates", "news", "kirim",
    "kirimin", "dikirim", "terima", "nerima", "dapet", "dapat", "juga", "thanks", "makasih",
    "stop", "setop", "berhenti", "berhentiin", "unsubscribe", "unsub", "matikan", "matiin",
    "hentikan", "aktifkan", "aktifin", "nyalakan", "nyalain", "mulai", "start", "lagi", "lg",
    "sekarang", "now", "semua", "pesannya", "messages", "udah", "udh", "sudah", "yap",
})  # fmt: skip
"""The words a yes at "Mau menerima / berhenti menerima pesan siaran?" is made of ("iya mau
dong", "oke kabarin aku"): any other word makes it another request ("oke bikinin
pengaduannya"), which is that request, never a yes."""


def _plain_yes(text: str) -> bool:
    """``text`` says yes and nothing else the question did not ask."""
    words = re.findall(r"[a-z]+", text)
    return bool(words) and all(word in _PLAIN_YES for word in words)


def _offered(turn: FlowTurn, payload: str, means: str | None = None) -> bool:
    """Whether the last replies offered a button with ``payload`` (and ``means``)."""
    for choice in turn.session.offered:
        if len(choice) > 2 and choice[1] == payload and (means is None or choice[2] == means):
            return True
    return False


def pending(turn: FlowTurn) -> bool | None:
    """The change the last replies asked about with Ya/Tidak: True to subscribe, False to
    unsubscribe; None when neither is asked."""
    if _offered(turn, "unsubscribe", "yes"):
        return False
    if _offered(turn, "subscribe", "yes"):
        return True
    return None


def _text(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def explicit_stop(text: str) -> bool:
    """``text`` (lowercase) asks broadcasts to stop in so many words."""
    return bool(_STOP_ALONE.fullmatch(text) or _EXPLICIT_STOP.search(text))


def restarts(text: str) -> bool:
    """``text`` (lowercase) asks broadcasts to start again."""
    return bool(_RESTART.search(text))


def change(turn: FlowTurn, subscribed: bool) -> Ask[list[Outbound]]:
    """Broadcasts switched on or off now; switching off offers them back one tap away."""
    message = turn.message
    yield SetSubscription(message.channel, message.user_id, subscribed)
    remember(turn, SUBSCRIBED if subscribed else UNSUBSCRIBED)  # "ga jadi" next: undo
    if not subscribed:
        again = turn.button("subscription.again", "subscribe")
        said = turn.say("kb.unsubscribed") + " " + turn.say("subscription.undo")
        return [Outbound(said, (again, turn.menu_button()))]
    if (yield from participant(turn)) is None:  # broadcasts reach linked participants only
        link = turn.button("link_account.start", link_payload(None), means="yes")
        return [turn.reply("kb.subscribed_unlinked", link, turn.menu_button())]
    return [turn.reply("kb.subscribed", turn.menu_button())]


def _at_question(turn: FlowTurn, subscribe: bool, text: str) -> Ask[list[Outbound] | str | None]:
    """A typed answer to "Mau berhenti / menerima pesan siaran?" ("masih dikirim ga?" there is
    ``flows.subscription_status``'s)."""
    if _STILL.search(text):
        return None
    if explicit_stop(text):  # "berhenti", "iya berhenti", "jangan kirim lagi"
        return (yield from change(turn, False))
    if restarts(text):
        return (yield from change(turn, True))
    answer = yes_no(text)
    if answer is True and not _plain_yes(text):  # "oke bikinin pengaduannya": that request
        return None
    asks = re.search(r"\?|\b(?:ga|gak)\b", text)
    if answer is None and _plain_yes(text) and _YES_WORDS.search(text) and not asks:
        answer = True  # "yes please do", "iya tolong"
    if answer is True:
        return (yield from change(turn, subscribe))
    if answer is False:
        return [turn.reply("subscription.kept", turn.menu_button())]
    return None


def answer(turn: FlowTurn) -> Ask[list[Outbound] | str | None]:
    """The stop or restart asked for, or the pending question's typed answer; a payload to
    tap for "iya" right after "link your account first"; else None."""
    message, session = turn.message, turn.session
    if message.payload is not None or session.flow is not None or not message.text:
        return None
    text = _text(turn)
    if (not_mine := sms_not_mine.answer(turn)) is not None:  # "stop sms, nomor ini baru saya
        return not_mine  # beli": the account's SMS, which the chat's setting does not stop
    told = just_said(turn)
    asked = pending(turn) if told != OFFERED else None  # "ga usah" at the offer: its own
    if asked is not None:
        answered = yield from _at_question(turn, asked, text)
        if answered is not None:
            return answered
    own = yield from subscription_own_news.answer(turn)  # "kabarin aku kalo udh diumumin"
    if own is not None:
        return own
    if explicit_stop(text) and told == UNSUBSCRIBED:  # "berhenti" again right after it
        yield SetSubscription(message.channel, message.user_id, False)
        remember(turn, UNSUBSCRIBED)
        again = turn.button("subscription.again", "subscribe")
        return [turn.reply("subscription.already_stopped", again, turn.menu_button())]
    if explicit_stop(text):
        return (yield from change(turn, False))
    back = subscription_resume.wanted(text) if told == UNSUBSCRIBED else None
    if back is not None:  # "actually resume them"; "gmn cara nyalain lagi": how, one tap away
        return subscription_resume.how(turn) if back == "how" else (yield from change(turn, True))
    wished = told != SUBSCRIBED and subscription_safety.wants_subscription(text)
    if restarts(text) or wished:  # "yaudah langganan aja"; "iya kabarin aku" after: link first
        already = yield from subscription_safety.already_on(turn)
        return already if already is not None else (yield from change(turn, True))
    starts = bool(_START_WORDS.fullmatch(text))
    if told == STATE_TOLD and starts and _offered(turn, "subscribe"):  # "mulai" at "Pilih
        return (yield from change(turn, True))  # Langganan info"
    link = link_payload(None)
    unlinked = session.participant_id is None and _offered(turn, link)
    if told == SUBSCRIBED and unlinked and starts:  # a bare "iya" at "link
        return link  # your account first": linking
    return (yield from subscription_reminders.answer(turn))  # "bisa diatur jam notifnya ga"


_NAMES_BROADCASTS = re.compile(
    r"\b(?:broadcast\w*|siaran|langganan\w*|notif\w*|promo\w*|info\w*|kabar\w*|spam\w*|"
    r"pesan\w*|updates?|news|messages?)\b"
)


def in_flow(flow: Flow, turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """In a form: a stop that names broadcasts ("maksudnya stop kirim broadcast, bukan
    daftarnya", "berhenti langganan info") stops them, a cancel being confirmed is dropped, and
    the form's question is asked again; else None."""
    message, session = turn.message, turn.session
    if message.payload is not None or not message.text or not session.step:
        return None
    text = _text(turn)
    if not (_EXPLICIT_STOP.search(text) and _NAMES_BROADCASTS.search(text)):
        if restarts(text):  # "eh langganan lagi deh": on again, the form's question again
            return (yield from subscription_in_form.resumed(flow, turn))
        return channels.channel_asked(flow, turn)  # "lewat wa bisa?" in the linking for them
    state = flow.state(session.step)
    if state.slot is None:
        return None
    turn.slots.pop(CONFIRM, None)  # "Yakin mau membatalkan?" answered: the form goes on
    yield SetSubscription(message.channel, message.user_id, False)
    if channels.cancels_linking(flow, text, turn):  # "gajadi, stop notif": the linking too
        runner.cancelled(turn)
        finish(turn)
        left = turn.say("kb.unsubscribed") + " " + turn.say("subscription.link_cancelled")
        return [Outbound(left, (turn.menu_button(),))]
    said = Outbound(turn.say("kb.unsubscribed") + " " + turn.say("subscription.form_kept"))
    return then_resume(flow, state, turn, said)


__all__ = ["answer", "change", "explicit_stop", "in_flow", "pending", "restarts"]
