"""A fraud report: the warning (staff never ask for a password, an OTP or money), and what to
do right now when the story says a code, a password or money was already handed over.

``answer`` is a helper (``flows.helpers``): a fraud told in a message the NLU reads as another
topic ("someone offers to convert my training balance to cash" as benefits, "ada yg minta kode
otp aku, udh aku kasih" as a ticket question) gets the warning, the steps to take now when
something was handed over, and the report one tap away. A short message right after the
warning ("udh kukasih", "knp?", "laporin kemana") is read in ``flows.fraud_follow_ups``."""

from __future__ import annotations

import re

from flows.balance_trade import SOMEONE as SOMEONE_ELSE
from flows.balance_trade import TRADE
from flows.complaint_context import WARNED
from flows.complaint_story import masked
from flows.complaint_topics import (
    CASH_OUT,
    FICTITIOUS,
    STAFF_ASKS_SECRET,
    asks_for_code,
    category_for,
    file_complaint,
)
from flows.last_answer import just_said, remember
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext

INTENTS = ("redeem_code", "benefits_info", "training_balance", "complaint_status", "help",
           "account_access", "out_of_scope", "program_info", "course_search",
           "incentive_status", "payment_account", "inform", "registration_status", "register",
           "check_eligibility", "complaint", "human_agent")  # fmt: skip
"""The intents a fraud story is read as. Read as a complaint, only a question is answered here
("legal ga?"); a report ("mau lapor", "aku ketipu") starts the complaint flow. Read as a wish
for a person, only a secret asked for ("ada cs prakerja wa minta kode otp, kasih ga?")."""

SECRET_ASKED, CASHING_OUT, OFFERED = "fraud_secret_asked", "fraud_cash_out", "fraud_offer"
CODE_ASKED = "fraud_code_asked"
"""The warning just given (``flows.last_answer``): a secret asked for by someone said to be
staff (``CODE_ASKED``: a voucher or redeem code), a "cash out your balance" offer, another
offer (a paid "joki"): what "udh kukasih", "temen ku bisa katanya potong 30%", "udh terlanjur
bayar" right after it are about."""
_ASKS_SECRET = re.compile(
    STAFF_ASKS_SECRET + r"|\bminta\w* (?:\w+ )?(?:kode |code )?(?:otp|sandi|password|pin)\b"
)
_CASHING = re.compile(CASH_OUT + "|" + FICTITIOUS + "|" + TRADE)


def warning(turn: FlowTurn) -> Ask[list[Outbound]]:
    if turn.slots.get(WARNED):  # the fraud answer just warned
        return []
    return [
        Outbound(
            turn.say("complaints.fraud_warning", contact_centre=turn.ctx.programme.contact_centre)
        )
    ]
    yield


GAVE_AWAY = re.compile(
    r"\b(?:udah|sudah|udh|sdh|dah|terlanjur|telanjur|keburu|already|i gave|i sent)\b"
    r"(?:\W+\w+){0,4}?\W+(?:kasih|kasi|kasihkan|beri|berikan|kirim|kirimkan|kasihin|kirimin|"
    r"sebut|sebutin|transfer|tf|bayar|gave|given|sent|shared|paid|told|handed)\b"
    r"|\b(?:i|i've|i have)\s+(?:\w+\s+)?(?:gave|given|sent|shared|paid|told|handed)\b"
)
"""Said to be handed over already: "udh aku kasih", "terlanjur transfer", "i gave them"."""
_SECRET_OR_MONEY = re.compile(
    r"\b(?:otp|kode|code|sandi|password|pasword|pin|transfer|tf|bayar|uang|duit|money|paid)\b"
)


def gave_away(slots: Slots, _: FlowContext) -> bool:
    """A fraud story in which the user already handed over a code, a password, money or their
    data ("sy udh isi nik sama no hp disitu")."""
    story = str(slots.get("description", ""))
    return slots.get("category") == "fraud" and (handed_over(story) or data_given(story))


_DATA = r"(?:nik|ktp|kk|selfie|foto|data\w*|no\.? ?hp|nomor hp|nomer hp|phone number|id card)"
_DATA_ENTERED = re.compile(
    r"\b(?:udah|sudah|udh|sdh|dah|terlanjur|telanjur|tadi|td|already)\b(?:\W+\w+){0,3}?\W+"
    r"(?:isi|diisi|ngisi|isiin|kasih|kasi|dikasih|kirim|dikirim|upload|unggah|masukin|masukkan|"
    rf"input)\b(?:\W+\w+){{0,3}}?\W+{_DATA}\b"
    rf"|\b(?:i|i've|i have)\s+(?:\w+\s+)?(?:entered|filled in|gave|sent|uploaded)\b.*\b{_DATA}\b"
)
"""Data said to be entered already: "udh isi nik sama no hp", "i entered my ktp and phone"."""


def data_given(text: str) -> bool:
    """The text says personal data (NIK, KTP, phone number) was already entered or sent."""
    return bool(_DATA_ENTERED.search(text.lower()))


def handed_over(text: str) -> bool:
    """The text says a code, a password or money was already handed over."""
    story = text.lower()
    gave = GAVE_AWAY.search(story) or re.search(r"\b(?:ke|ter|ku)(?:kasih|kirim)\b", story)
    return bool(gave) and bool(_SECRET_OR_MONEY.search(story))


_SOMEONE = re.compile(
    r"\b(?:nawar\w*|menawar\w*|tawar\w*|ditawar\w*|ngajak|diajak|ajak\w*|offer\w*|ada (?:yg|yang|"
    r"orang)|aya (?:nu|anu|jalma)|temen\w*|teman\w*|orang|seseorang|oknum|someone|somebody|"
    r"a friend|they|jasa|calo|a (?:guy|man|woman|person|stranger)|(?:he|she) (?:says|said|can)|"
    r"joki|ngaku\w*|mengaku|minta\w*|asked|asking|penipu\w*|scammer\w*|fraudster\w*|ordal|"
    r"insider|" + SOMEONE_ELSE + r")\b"
)
"""Someone else offers or asks: "bisa cairin saldo ga?" alone asks a rule, reports no fraud."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """A fraud told in a message read as another topic: the warning, what to do now if something
    was handed over, and the report one tap away: the complaint takes the story told (its
    secrets masked) and goes on without repeating the warning and the steps."""
    text, intent = turn.message.text or "", turn.message.intent
    paid = sells_selection(text)  # "ada yg nawarin lolos bayar 200rb", "joki prakerja"
    if (category_for(text) != "fraud" and not paid) or not _SOMEONE.search(text.lower()):
        return None
    secret_given = handed_over(text) and not MONEY.search(text.lower())
    again = paid and just_said(turn) == OFFERED and not reported(text)  # "td ada yg
    # nawarin lolos bayar 200rb" right after a joki warning: answered, its own story kept
    if intent == "complaint" and not (asks_only(text) or secret_given or again):
        return None  # a report: the complaint flow takes it (warning, story, ticket); an OTP
        # given away ("udh terlanjur kasih kode otp ke penipu") gets the urgent steps first
    secret, code = _ASKS_SECRET.search(text.lower()), asks_for_code(text)
    if intent == "human_agent" and not (secret or code or asks_only(text)):
        return None  # "mau lapor joki, sambungin ke petugas": a person, as asked
    return warned(turn)


def warned(turn: FlowTurn) -> list[Outbound]:
    """The warning for the fraud told in this message (a paid selection: the joki warning), what
    to do now if something was handed over, and the report one tap away with this story."""
    text, intent = turn.message.text or "", turn.message.intent
    paid = sells_selection(text)
    secret, code = _ASKS_SECRET.search(text.lower()), asks_for_code(text)
    contact = turn.ctx.programme.contact_centre
    lead = "complaints.joki_seen" if paid else "complaints.fraud_seen"
    if paid and just_said(turn) == OFFERED:  # just warned of a joki: this offer is one too
        lead = "complaints.joki_again"
    replies = [Outbound(turn.say(lead, contact_centre=contact))]
    if handed_over(text):
        replies.append(Outbound(turn.say(steps_key(text), contact_centre=contact)))
    remember(turn, SECRET_ASKED if secret else CODE_ASKED if code else _offer(text))
    report = file_complaint(turn, topic="fraud", story=kept_story(text))
    buttons = [report, turn.menu_button()]
    if intent == "human_agent":  # a person was asked for: one tap away
        buttons.insert(1, turn.button("common.talk_to_person", controls.HUMAN))
    replies.append(turn.reply("complaints.fraud_report", *buttons, contact_centre=contact))
    return replies


REFUND = re.compile(
    r"\b(?:uang|duit|dana|money)\w*\b.*\b(?:balik|kembali|dikembalikan|dibalikin|balikin|"
    r"refund\w*|back)\b|\b(?:refund\w*|balikin|dibalikin)\b"
    r"|\b(?:uang|duit|money)\w*(?: \w+){0,2}? (?:gmn|gmna|gimana|bagaimana|ilang|hilang|nasib\w*)\b"
)
"""Money paid asked after: "uangnya bisa balik ga", "trs duit aku gmn", "duit ku ilang dong"."""


PAID_SERVICE = re.compile(
    r"\b(?:joki|calo|jasa (?:daftar|pendaftaran|bikin akun|lolos)|(?:dijamin|jamin|pasti|jaminan|"
    r"garansi) (?:\w+ )?(?:lolos|diterima|terpilih|keterima)|guarantee[ds]? (?:\w+ )?(?:selection|"
    r"to be selected|(?:i|you|we) (?:get|will be|are) selected|(?:i|you|we|me) (?:will |would )?"
    r"(?:pass|get in|be accepted|get accepted))|"
    r"(?:registration|selection) service)\b"
)
"""A paid registration or selection service (a "joki"): registration is free and selection is
random among eligible applicants, so nobody can guarantee it (DOMAIN.md, Eligibility;
reference/prakerja_faq_facts.yml ``umum-gratis-tanpa-calo``)."""


_PAID_SELECTION = re.compile(
    r"\b(?:lolos|keterima|diterima|terpilih|selected)\b.{0,30}\b(?:bayar\w*|mayar\w*|"
    r"transfer\w*|tf|biaya\w*|mahar|setor\w*|pay|fee)\b|\b(?:bayar\w*|mayar\w*|transfer\w*|tf|"
    r"biaya\w*|mahar|setor\w*|pay|fee)\b.{0,30}\b(?:lolos|keterima|diterima|terpilih|selected)\b"
)
"""Selection and a payment named together: "lolos bayar 200rb", "bayar 500rb biar keterima"."""
_OFFERED = re.compile(
    r"\b(?:nawar\w*|menawar\w*|tawar\w*|ditawar\w*|offer\w*|jual\w*|dijual|jasa|janji\w*|"
    r"menjanjikan|katanya|bilang|ngajak|diajak|ajak\w*|promis\w*|sells?|selling)\b"
)
"""Someone offering or promising ("nawarin", "katanya", "dijanjikan")."""


def sells_selection(text: str) -> bool:
    """A paid registration or selection service named ("joki"), or selection offered for a
    payment ("ada yg nawarin lolos bayar 200rb"): registration is free and nobody can sell
    selection."""
    lowered = text.lower()
    offered = _PAID_SELECTION.search(lowered) and _OFFERED.search(lowered)
    return bool(PAID_SERVICE.search(lowered) or offered)


def _offer(text: str) -> str:
    return CASHING_OUT if _CASHING.search(text.lower()) else OFFERED


_ASKS = re.compile(
    r"\b(?:legal|ilegal|aman|boleh|mending|mendingan|asli|resmi|percaya|dipercaya|terpercaya|"
    r"beneran|bener|benar|betul|real|true|safe|legit|allowed|should i|worth it)\b"
    r"|\b(?:di)?(?:kasih|kasi|kirim|berikan|kasihin|kasihkan|kirimin)\s+(?:\w+\s+)?(?:ga|gak|gk|"
    r"nggak|ngga|enggak|engga|tidak|jangan)\b"
    r"|\b(?:gimana|gmn|gmna|gimna|bagaimana|what do you think)\s*(?:tuh|tu|nih|dong|ya|kak|min)?"
    r"\s*\?+\s*$"
    r"|^\W*(?:kalo|kalau|klo|kl|misal\w*|seandainya|if)\b.*\b(?:gimana|gmn|gmna|gimna|bagaimana|"
    r"gmana|how)\s*(?:tuh|tu|nih|dong|ya|kak|min|sih)?\W*$"
)
"""A question whether an offer may be taken: "legal ga?", "aman ga beli?", "mending pake ga?",
"is it safe", "itu resmi ga?", "itu beneran?", "kasih ga?", an offer told and "gimana tuh?" at
the end, or an offer supposed and "gmn" ("kalo ada yg nawarin joki 150rb gmn": advice asked, no
report; before, the complaint form and "Laporanmu aku tandai prioritas tinggi") ("itu penipuan
kan?" names the fraud: a report; "aku ketipu, gimana?" reports too)."""
_REPORTS = re.compile(
    r"\b(?:(?:mau|ingin|pengen|pgn|mo) (?:lapor|melapor|ngelapor|laporin|melaporkan|ngadu|"
    r"mengadu|komplain|bikin pengaduan|buat pengaduan)|lapor|laporkan|laporin|"
    r"(?:ke|ter|di|kena )tipu|ketipu|tertipu|kena scam|dibohongi|scammed|i was scammed|"
    r"(?:i )?want to report|report (?:it|this|them|a)|udah (?:ke)?bayar|sudah (?:ke)?bayar|"
    r"udh bayar|terlanjur bayar|uang(?:ku| aku| saya)? (?:hilang|raib|dibawa kabur))\b"
)
"""Said outright: a report of a fraud that happened, or the wish to report one."""


def reported(text: str) -> bool:
    """A report asked for, or a fraud suffered: "mau lapor", "aku ketipu", "udh bayar"."""
    lowered = text.lower()
    return bool(_REPORTS.search(lowered)) or handed_over(lowered)


def asks_only(text: str) -> bool:
    """A question about a scam (is it legal, is it safe to buy), not a report of one: nothing
    handed over, no "mau lapor", no "aku ketipu"."""
    return bool(_ASKS.search(text.lower())) and not reported(text)


def kept_story(text: str) -> str:
    """The story as the complaint keeps it: whole, its secrets masked."""
    return masked(" ".join(text.split()))[:MAX_TEXT_LENGTH]


def urgent_steps(turn: FlowTurn) -> Ask[list[Outbound]]:
    if turn.slots.get(WARNED):  # the fraud answer gave them just now
        return []
    contact = turn.ctx.programme.contact_centre
    story = str(turn.slots.get("description", ""))
    steps = steps_key(story) if handed_over(story) else "scam_victim.identity"  # data only
    return [Outbound(turn.say(steps, contact_centre=contact))]
    yield


_CODE = re.compile(r"\b(?:voucher|vocer|voucer|redeem|redem)\w*")
ACCOUNT_SECRET = re.compile(r"\b(?:otp|sandi|password|pasword|pin)\b|\bkode (?:sms|verifikasi)\b")
"""A secret of the account named: an OTP, a password, a PIN, an SMS code."""


def steps_key(story: str) -> str:
    """What to do now that something was handed over: a voucher or redeem code alone, tell the
    platform and the training provider (where the code is used); else secure the account."""
    lowered = story.lower()
    codes = _CODE.search(lowered) and not ACCOUNT_SECRET.search(lowered)
    return "complaints.code_given" if codes else "complaints.urgent_steps"


MONEY = re.compile(
    r"\b(?:\w*bayar\w*|transfer\w*|tf|paid|pay|uang|duit|money|rp\S*|\d+\s?(?:rb|ribu|k|jt|juta))\b"
)
"""Money named: paid, transferred, an amount."""
