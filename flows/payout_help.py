"""Specific questions about the payout account, answered yes or no instead of the general
block on where incentives go: changing it ("mau ganti e-wallet dari ovo ke dana bisa ga?"), a
bank or e-wallet named ("kalo ke rekening bca bisa?", "bisa pake bri?"), the e-wallet upgrade
("gopay aku blm premium, wajib ya?", "kalo ga mau upgrade gmn") and what to do once it is
upgraded after a failed payment ("udh aku upgrade gopay nya, trs gmn?")."""

from __future__ import annotations

import re

from flows import money_help, payout_by_chat, payout_names, payout_owner, payout_which
from flows.complaint_topics import FILES_COMPLAINT, file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.payout_follow_ups import (
    CHANGE,
    LINK_FAILED,
    NOT_OWN,
    diagnosis,
    note,
    noted,
    upgrade_steps,
)
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of
from flows.variation import VARIATION

INTENTS = ("payment_account", "incentive_status", "benefits_info", "help", "complaint_status",
           "register", "out_of_scope", "inform", "account_access")  # fmt: skip
"""The intents such a question is read as."""

ACCEPTED = {"bni": "BNI", "bca": "BCA", "ovo": "OVO", "gopay": "GoPay", "go-pay": "GoPay",
            "dana": "DANA", "linkaja": "LinkAja", "link aja": "LinkAja"}  # fmt: skip
"""Payout channels (DOMAIN.md: banks BNI and BCA, e-wallets OVO, GoPay, DANA, LinkAja)."""
OTHERS = {"bri": "BRI", "mandiri": "Mandiri", "btn": "BTN", "bsi": "BSI", "cimb": "CIMB Niaga",
          "permata": "Permata", "danamon": "Danamon", "jago": "Bank Jago", "seabank": "SeaBank",
          "jenius": "Jenius", "blu": "blu", "shopeepay": "ShopeePay", "shopee pay": "ShopeePay",
          "sakuku": "Sakuku", "doku": "DOKU", "isaku": "i.saku"}  # fmt: skip
"""Banks and e-wallets that are no payout channel."""

_WALLET = r"(?:e-?wallet|ewallet|dompet digital|ovo|gopay|go-pay|dana|linkaja|link aja)"
_PAYOUT = rf"(?:rekening|rek|akun bank|bank|{_WALLET}|payout account|bank account|account)"
_CHANGE = re.compile(
    rf"\b(?:ganti|gnti|ubah|ngubah|pindah|tukar|change|switch|update)\w*\b.{{0,40}}\b{_PAYOUT}\b"
    rf"|\b{_PAYOUT}\b.{{0,30}}\b(?:diganti|diubah|dipindah|ganti|changed?|switch\w*)\b"
    r"|\bputus\w*\b.{0,20}\b(?:rekening|rek|e-?wallet)\b"
)
"""Changing the payout account (not "ganti no hp": a phone number is no payout account)."""
_PAYOUT_ONLY = rf"(?:rekening|rek|akun bank|bank account|payout account|akun pencairan|{_WALLET})"
_UNLINK = re.compile(
    r"\b(?:hapus|ngapus|menghapus|dihapus|hapusin|lepas|lepasin|melepas|dilepas|copot|nyopot|"
    rf"dicopot|remove|delete|unlink)\w*\b.{{0,30}}\b{_PAYOUT_ONLY}\b|\b{_PAYOUT_ONLY}\b.{{0,30}}"
    r"\b(?:dihapus|hapus|dilepas|lepas|dicopot|removed|deleted|unlinked)\b"
)
"""Removing the payout account ("mau hapus rekening dari prakerja"): Putuskan Rekening, with a
new one to link before an incentive is due (changing it is ``_CHANGE``)."""
_PHONE_CHANGE = re.compile(
    r"\b(?:ganti|ubah|change|update)\w*\s+(?:(?:my|the|aku|ku)\s+)?(?:no|nomor|nomer|hp|phone)\b"
    r"(?!\.?\s*(?:rek|rekening|akun))"
)  # "ganti no rekening" is the payout account
_UPGRADE = r"(?:upgrade\w*|upgrd|premium|kyc|verified|verifikasi)"
_UPGRADED = re.compile(
    rf"\b(?:udah|udh|sudah|sdh|dah|telah|already|i've)\b.{{0,15}}\b(?:di)?{_UPGRADE}"
    rf"|\b{_WALLET}\b.{{0,20}}\b(?:udah|udh|sudah|sdh|dah)\s+(?:di)?{_UPGRADE}|\bupgraded\b"
)
"""The e-wallet was upgraded since ("udh aku upgrade gopay nya, trs gmn?")."""
_NOT_UPGRADED = re.compile(  # "my OVO is not upgraded to premium yet": no fix told
    rf"\b(?:not|isn'?t|wasn'?t|never|belum|blm|blom)\s+(?:\w+\s+)?(?:yet\s+)?(?:di)?{_UPGRADE}"
)
_UPGRADE_ASKED = re.compile(
    rf"\b{_UPGRADE}\b|\b(?:belum|blm|bukan|not)\s+(?:\w+\s+)?(?:premium|upgrade\w*|kyc)"
)
_NO_UPGRADE = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|gamau|ogah|males|malas|enggan|don'?t|do not|without)"
    r"\b(?:\s+(?:mau|want to|ingin|pengen|pgn|usah|perlu))?\s+(?:di)?upgrad\w*"
)
"""Not wanting to upgrade the e-wallet: a bank account instead."""
_NAMED = re.compile(
    r"\b(?:ke|pake|pakai|pakek|lewat|via|dengan|dgn|pk|use|using|to|into|my|a|rekening|rek|bank|"
    r"e-?wallet|akun)\s+(?:rekening\s+|rek\s+|bank\s+|e-?wallet\s+|akun\s+)?"
    r"(bni|bca|bri|mandiri|btn|bsi|cimb|permata|danamon|jago|seabank|jenius|blu|ovo|gopay|"
    r"go-pay|dana|linkaja|link aja|shopee ?pay|sakuku|doku|isaku)\b"
)
_ASKS = re.compile(r"\?|\b(?:bisa|bs|bisakah|boleh|blh|bole|can|could|may|allowed|accepted|ok)\b")
_PROBLEM = re.compile(
    r"\b(?:gagal|error|eror|(?:ga|gak|gk|nggak|tidak|tdk)\s*bisa|gabisa|belum masuk|blm masuk|"
    r"ditolak|failed|can't|cannot|doesn't)\b"
)
"""A linking or payment problem ("ovo aku ga bisa disambungin"): a complaint, not a question."""


_LINK_FAILED = re.compile(
    r"\b(?:not|tidak|tdk|ga|gak|gk|nggak|ngga|belum|blm|can'?t|cannot|won'?t|doesn'?t|gabisa|"
    r"teu|henteu)\s+(?:(?:bisa|bs|mau|be|get|tiasa|acan)\s+)?(?:ke|ter|di)?(?:connect\w*|hubung\w*|sambung\w*|"
    r"nyambung|konek\w*|taut\w*|link\w*)|\bgagal\s+(?:di|ter)?(?:hubung|sambung|taut|konek|"
    r"link|connect)\w*|\b(?:connect|link)\w*\s+(?:fail\w*|error|gagal)"
)
"""The payout account would not link ("my gopay not connected ke prakerja, why ya?")."""
_PAYOUT_NAMED = re.compile(rf"\b{_PAYOUT}\b")
_PHONE_MISMATCH = re.compile(
    r"\b(?:nomor|nomer|no|nmr|number)\b.{0,30}\b(?:beda|berbeda|lain|different|(?:ga|gak|gk|"
    r"nggak|ngga|tidak|tdk|not|isn'?t)\s+(?:sama|match\w*|the same))\b"
    r"|\b(?:beda|berbeda|different)\b.{0,20}\b(?:nomor|nomer|no hp|number)\b"
)
"""The e-wallet's phone number is not the Prakerja account's ("nomor hp gopay aku beda sama yg
di prakerja"): the cause, and its three ways out."""
_WHY = re.compile(
    r"\b(?:why|kenapa|knp|napa|ngapa|kok|apa sebab\w*|penyebab\w*|alasan\w*|kunaon|naha)\b"
)
"""Asking why it fails: the causes and their fix (a problem only told goes to the general
answer on linking, which the complaint follows); Sundanese "kunaon", "naha" too ("abdi teu
tiasa nyambungkeun linkaja, kunaon nya?" had been told the DANA account on record)."""
_WALLET_NAMED = re.compile(rf"\b{_WALLET}\b")
_WANTS_CHANGE = re.compile(
    r"\b(?:mau|mo|pengen|pgn|ingin|pingin|want to|wanna|would like to)\s+(?:\w+\s+)?(?:ganti|"
    r"gnti|ubah|pindah|switch|change)\w*\b"
)
"""A change wished for, even with a failure told ("aku mau ganti ke rekening bni aja krn ovo
gagal"): how to change it, a complaint for the failed payment one tap away."""


_VERIFY_ONLY = re.compile(r"(?:di)?(?:verifikasi|verified)")
"""A verification word is the e-wallet's upgrade only with a payout account named: "otp sms ga
masuk pas verifikasi no hp" and "udh verifikasi email" are about the Prakerja account."""


def _upgrade_in(pattern: re.Pattern[str], lowered: str) -> bool:
    """``pattern`` matches on an upgrade word, or on a verification word beside a payout account."""
    for match in pattern.finditer(lowered):
        word = match.group(0).split()[-1]
        if not _VERIFY_ONLY.fullmatch(word) or _PAYOUT_NAMED.search(lowered):
            return True
    return False


def _upgrade_asked(lowered: str) -> bool:
    return _upgrade_in(_UPGRADE_ASKED, lowered)


_CHANNEL = re.compile(
    r"\b(" + "|".join(sorted({*ACCEPTED, *OTHERS}, key=len, reverse=True)) + r")\b"
)
_DIFFERS = (
    r"beda|berbeda|different|differs?|mismatch\w*|(?:ga|gak|gk|nggak|ngga|tidak|tdk|not|"
    r"isn'?t|doesn'?t|don'?t|does not|do not)\s+(?:sama|sesuai|cocok|match\w*|the same)"
)
_NAME_DIFFERS = re.compile(
    rf"\b(?:nama|name)\w*\b.{{0,40}}?\b(?:{_DIFFERS})\b|\b(?:beda|berbeda|different)\s+"
    r"(?:nama|names?)\b|\bnick ?names?\b|\bnama (?:panggilan|samaran|alias|julukan)\b"
)
"""The payout account's name is not the participant's own ("nama di akun dana aku beda sama
nama di KTP", "the name on my gopay is my nickname"): the transfer fails on it (DOMAIN.md,
Incentives: "name/NIK mismatch with the account")."""
_ACCOUNT = re.compile(rf"{_CHANNEL.pattern}|\b(?:rekening|rek|bank|e-?wallet|ewallet)\b")
NAME_INTENTS = ("complaint",)
"""Readings of such a question not in ``INTENTS`` ("..., is that a problem?" as a complaint)."""


def name_mismatch(turn: FlowTurn) -> list[Outbound] | None:
    """The name on the bank account or e-wallet named differs from the KTP's: no payout to it as
    it is, and how to fix it; None when the message says no such thing."""
    lowered = " ".join((turn.message.text or "").lower().split())
    differs = bool(_NAME_DIFFERS.search(lowered) and _ACCOUNT.search(lowered))
    if not (differs or payout_names.is_shortened(lowered)):  # "M. Rizky" for "Muhammad Rizky"
        return None
    if turn.message.intent == "complaint" and FILES_COMPLAINT.search(lowered):
        return None  # "mau komplain, nama di dana aku beda": the complaint asked for
    note(turn, NOT_OWN)  # "trus gmn dong" next: one's own account, then a complaint
    report = file_complaint(turn, fix_shown="payout_link")
    if not differs:
        return payout_names.answer(turn, report)
    return [turn.reply("kb.payout_name_mismatch", report, turn.menu_button())]


_BARE_CHANNEL = re.compile(
    rf"(?:ok\w*\W*\s+|oh\W*\s+|trus\W*\s+|terus\W*\s+|trs\W*\s+)?(?:(?:kalo|kalau|klo|kl|"
    rf"gimana kalo|what about|how about|is|and)\s+)?{_CHANNEL.pattern}"
    r"(?:\s+(?:aja|juga|jg|gimana|gmn|bisa|bs|boleh|ga|gak|gk|nggak|ya|kak|min|dong|sih|ok|okay|"
    r"fine|allowed|accepted|too|then))*[\s?!.]*"
)
"""Only a bank or e-wallet named ("mandiri?", "seabank gmn?", "oh bca bisa?"): the same
question for it."""


PAYOUT_INTENTS = frozenset({"payment_account"})
"""What the question before a variation was read as."""


def follow_up(turn: FlowTurn) -> list[Outbound] | None:
    """A short "kalo X?" right after a payout answer is about payout accounts, whatever the NLU
    reads it as ("kalo gopay punya istri?" as an eligibility check): someone else's account, a
    bank or e-wallet named; else None."""
    lowered = " ".join((turn.message.text or "").lower().split())
    varies = len(lowered.split()) <= 8 and VARIATION.search(lowered)
    which = payout_which.asked(lowered)  # "yg bs apa aja emg"
    bare = _BARE_CHANNEL.fullmatch(lowered)
    if turn.message.payload is not None or not (varies or which or bare):
        return None
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    after_payout = recent and before and before[-1] in PAYOUT_INTENTS
    if not (after_payout or just_said(turn) == VARIED or noted(turn) is not None):
        return None
    replies = payout_which.reply(turn) if which else money_help.answer(turn)
    if replies is None and (others := payout_owner.answer(turn, after_payout=True)) is not None:
        note(turn, NOT_OWN)  # someone else's account ("kalo ovo adek aku?"): one's own only
        replies = others
    replies = replies or answer(turn)
    named = _CHANNEL.search(lowered)
    if replies is None and named is not None:
        replies = _channel(turn, named.group(1))  # "kalo dana?"
    if replies is not None:
        remember(turn, VARIED)  # "kalo dana?" next: still about payout accounts
    return replies


VARIED = "payout_varied"
"""``flows.last_answer`` topic: a variation of a payout question was answered."""


def _channel(turn: FlowTurn, name: str) -> list[Outbound]:
    """Whether the bank or e-wallet named is a payout channel ("caranya gimana?" next: the
    steps)."""
    note(turn, CHANGE)
    if name in ACCEPTED:
        key = "kb.payout_bank_yes" if name in ("bni", "bca") else "kb.payout_wallet_yes"
        return [turn.reply(key, turn.menu_button(), name=ACCEPTED[name])]
    other = OTHERS.get(name, OTHERS.get(name.replace(" ", ""), name.upper()))
    return [turn.reply("kb.payout_not_accepted", turn.menu_button(), name=other)]


def answer(turn: FlowTurn) -> list[Outbound] | None:
    if (chat := payout_by_chat.by_chat(turn)) is not None:  # "ganti lewat sini aja", a number
        return chat  # typed: only in the dashboard, no account numbers here
    if noted(turn) == LINK_FAILED and (checked := diagnosis(turn)) is not None:
        return checked  # "udah premium kok" while linking still fails: the next cause
    if (others := payout_owner.answer(turn)) is not None:  # "bisa pake ovo adek aku?": no
        note(turn, NOT_OWN)  # "trus gmn dong" next: one's own account, then a complaint
        return others
    if (differs := name_mismatch(turn)) is not None:  # "nama di akun dana beda sama di KTP"
        return differs
    lowered = " ".join((turn.message.text or "").lower().split())
    if _PHONE_MISMATCH.search(lowered) and _WALLET_NAMED.search(lowered):
        note(turn, LINK_FAILED, fresh=True)  # "udah sama kok" next: the next cause
        report = file_complaint(turn, fix_shown="payout_link")
        return [turn.reply("kb.payout_phone_mismatch", report, turn.menu_button())]
    if _UNLINK.search(lowered) and not _CHANGE.search(lowered):  # no new account named
        return [turn.reply("kb.payout_unlink", turn.menu_button())]
    if _CHANGE.search(lowered) and _WANTS_CHANGE.search(lowered) and _PROBLEM.search(lowered):
        note(turn, CHANGE)
        report = file_complaint(turn, fix_shown="incentive")  # the failed payment, rescheduled
        return [turn.reply("kb.payout_change", report, turn.menu_button())]
    failed = _LINK_FAILED.search(lowered) and _PAYOUT_NAMED.search(lowered)
    if failed and _WHY.search(lowered):  # why it fails, and its fix
        return link_failed(turn)
    return _asked(turn, lowered)


def link_failed(turn: FlowTurn) -> list[Outbound]:
    """Why linking usually fails, and the fix; "udah premium kok" next rules a cause out."""
    note(turn, LINK_FAILED, fresh=True)
    report = file_complaint(turn, fix_shown="payout_link")
    return [turn.reply("kb.payout_link_failed", report, turn.menu_button())]


_HOW = re.compile(
    r"\b(?:cara\w*|gimana|gmn|gmna|gimn|bagaimana|how|langkah\w*|steps?|dimana|di mana|where)\b"
)
"""How (or where) to do it: "upgrade dana tuh gmn caranya", "kalo ovo aku belum premium gmn"
(before, "Iya, wajib: ..." answered a yes or no nobody asked, with no steps)."""


def _asked(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """Changing, upgrading or linking the account, or a bank or e-wallet named, asked about."""
    fixed = _upgrade_in(_UPGRADED, lowered) and not _NOT_UPGRADED.search(lowered)
    if fixed:  # fixed now: a failed payment needs a complaint to go again
        report = file_complaint(turn, fix_shown="incentive")
        return [turn.reply("kb.payout_fixed", report, turn.menu_button())]
    if _CHANGE.search(lowered) and not (_PROBLEM.search(lowered) or _PHONE_CHANGE.search(lowered)):
        note(turn, CHANGE)  # "caranya gimana?" next: the steps
        return [turn.reply("kb.payout_change", turn.menu_button())]
    if _NO_UPGRADE.search(lowered):
        note(turn, CHANGE)
        return [turn.reply("kb.payout_no_upgrade", turn.menu_button())]
    if _upgrade_asked(lowered):
        if _HOW.search(lowered):
            return upgrade_steps(turn, lowered)
        return [turn.reply("kb.payout_upgrade", turn.menu_button())]
    bare = _BARE_CHANNEL.fullmatch(lowered) if turn.message.intent in PAYOUT_INTENTS else None
    if bare is not None:  # "kalo mandiri?" read as the payout question: that bank's answer
        return _channel(turn, bare.group(1))
    named = _NAMED.search(lowered)
    if named is None or not _ASKS.search(lowered) or _PROBLEM.search(lowered):
        return None
    return _channel(turn, named.group(1))


__all__ = ["INTENTS", "NAME_INTENTS", "PAYOUT_INTENTS", "VARIED", "answer", "follow_up",
           "name_mismatch"]  # fmt: skip
