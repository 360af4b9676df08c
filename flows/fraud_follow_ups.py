"""Right after a fraud warning (``flows.fraud``), a short message about it: a code or a
password already given (the urgent steps), money already paid, the cash-out offered again, an
insider said to fix the selection, why it is a scam, or where to report it
(``FOLLOW_UPS``, for ``flows.follow_ons``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import account_help
from flows.complaint_evidence import unmasked
from flows.complaint_topics import file_complaint
from flows.fraud import (
    ACCOUNT_SECRET,
    CASHING_OUT,
    CODE_ASKED,
    GAVE_AWAY,
    MONEY,
    OFFERED,
    REFUND,
    SECRET_ASKED,
    kept_story,
)
from flows.fraud_replies import (
    ACCOUNT_TRADED,
    ALLOWED_ASKED,
    DROPPED,
    GAIN,
    NEEDS_MONEY,
    SAFE_ASKED,
    safe_key,
)
from flows.last_answer import remember
from flows.messages import Outbound
from flows.money_help import CASH_OUT as BALANCE_CASH
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_GIVEN = re.compile(
    GAVE_AWAY.pattern + r"|\b(?:terlanjur|telanjur|keburu)\b"
    r"|\b(?:ku|ke|ter)(?:kasih|kasi|kirim|bayar|transfer|tf)\w*\b"
)
"""Already handed over, said after the warning: "udh kukasih kak", "udh terlanjur bayar"."""
_CUT = re.compile(
    r"\b(?:potong\w*|fee|persen|bagi ?hasil|dibagi|komisi|cut|percent)\b|\d\s?%"
    r"|\b(?:temen|teman|tmn|kenalan|saudara|sodara|tetangga|friend)\w*\b"
)
"""The cash-out offered again ("temen ku bisa katanya potong 30%")."""
WHY = re.compile(r"\b(?:kenapa|knp|napa|mengapa|why|alasan\w*|kok bisa|how come)\b")
"""Why it is a scam ("knp?", "kok bisa?")."""
INSIDER = re.compile(
    r"\b(?:orang|org|orng|pegawai|petugas|staf|staff|admin|kenalan)\s+(?:\w+\s+)?(?:dalam|dalem|"
    r"dlm|pusat|kementerian|kemenko|pmo)\b|\bjalur (?:dalam|dalem|belakang|khusus|vip|orang dalam)"
    r"\b|\b(?:insider|inside (?:man|contact|connection)|someone inside|works? (?:at|for) "
    r"prakerja)\b|\b(?:orang|org|pegawai|petugas) prakerja\b"
)
"""An insider said to fix the selection ("katanya orang dalem", "ada jalur belakang", "he works
at prakerja"): there is none, the selection is random."""
REPORT_HOW = re.compile(
    r"\b(?:how|where) (?:do|can|should|to) (?:i )?report\b|\bhow to report\b"
    r"|\b(?:lapor|ngelapor|melapor|ngadu|mengadu)\w*\s+(?:ke ?mana|kmn|di ?mana|dmn|gimana|"
    r"gmn|gmna|bagaimana)\b|\bcara\w*\s+(?:ng|me)?lapor\w*\b"
)
"""Where or how to report it: "how do i report him", "laporin kemana", "cara lapornya gmn"."""
AFTER_WARNING = re.compile(
    f"{_GIVEN.pattern}|{_CUT.pattern}|{WHY.pattern}|{REPORT_HOW.pattern}|{INSIDER.pattern}"
    f"|{REFUND.pattern}|{NEEDS_MONEY.pattern}|{DROPPED.pattern}|{SAFE_ASKED.pattern}"
    f"|{GAIN.pattern}|{ALLOWED_ASKED.pattern}"
)
"""What a short message right after a fraud warning may say (``flows.follow_ons``)."""


def after_warning(turn: FlowTurn, warned: str) -> list[Outbound] | None:
    """Right after the ``warned`` warning: a code or password already given (the account may
    be taken over: the urgent steps), money already paid (what to do; report it), the
    cash-out offered again by a friend (still the forbidden cash-out), an insider said to fix
    the selection (there is none), or why it is a scam; else None."""
    text = (turn.message.text or "").lower()
    profile = turn.session.profile
    story = unmasked(profile, kept_story(" ".join((profile.get("recent") or [])[-2:])))
    other = ACCOUNT_SECRET.search(text) or MONEY.search(text)
    if _GIVEN.search(text) and warned == CODE_ASKED and not other:
        return _code_given(turn, story)  # "udh aku kasih" a voucher code: the platform
    if _GIVEN.search(text) and (warned == SECRET_ASKED or not MONEY.search(text)):
        lead = turn.say("complaints.secret_given")
        return account_help.taken_over(turn, topic="fraud", story=story, lead=lead)
    key = "complaints.fraud_paid" if _GIVEN.search(text) else None
    if key is None and ALLOWED_ASKED.search(text):  # "boleh ga sih sebenernya": no
        key = "fraud_more.not_allowed"
    if key is None and REFUND.search(text):  # "trs duit aku gmn": not returned by us
        key = "scam_victim.refund"
    if key is None and warned == CASHING_OUT and _CUT.search(text):
        key = "complaints.cash_out_offered"
    if key is None and INSIDER.search(text):  # "katanya orang dalem": no insider route
        key = "complaints.fraud_insider"
    if key is None and WHY.search(text):  # "knp?": why it is a scam
        key = "complaints.fraud_why"
    if key is None and GAIN.search(text) and ACCOUNT_TRADED.search(story.lower()):
        key = "fraud_more.account_not_yours"  # "kan lumayan saldo 3.5jt" for a bought account
    if key is None and SAFE_ASKED.search(text):  # "akun aku aman ga": an OTP given, not yet
        key = safe_key(story)
    if key is None and warned == CASHING_OUT and NEEDS_MONEY.search(text):
        key = "fraud_more.needs_money"  # "lha aku butuh duit": what is cash, kindly
    if key is None and DROPPED.search(text):  # "yowes ora sido": the offer turned down
        key = "fraud_more.dropped"
    if key is None:
        return None
    remember(turn, warned)  # "laporin kemana" next: the report
    report = file_complaint(turn, topic="fraud", story=story)
    contact = turn.ctx.programme.contact_centre
    return [turn.reply(key, report, turn.menu_button(), contact_centre=contact)]


def _code_given(turn: FlowTurn, story: str) -> list[Outbound]:
    """A voucher or redeem code already given: tell the platform and the provider; report."""
    report = file_complaint(turn, topic="fraud", story=story)
    contact = turn.ctx.programme.contact_centre
    steps = Outbound(turn.say("complaints.code_given", contact_centre=contact))
    report_it = turn.reply("complaints.fraud_report", report, turn.menu_button(),
                           contact_centre=contact)  # fmt: skip
    return [steps, report_it]


def _follow_up(warned: str) -> Callable[[FlowTurn], Ask[list[Outbound] | None]]:
    def answered(turn: FlowTurn) -> Ask[list[Outbound] | None]:
        text = (turn.message.text or "").lower()
        if REPORT_HOW.search(text) and not _GIVEN.search(text):
            return (yield from report_now(turn))
        return after_warning(turn, warned)

    return answered


def report_now(turn: FlowTurn) -> Ask[list[Outbound]]:
    """ "how do i report him", "laporin kemana" right after a warning: the contact centre, and
    the fraud complaint started with the story told before (not asked again)."""
    from flows.flow_table import FLOWS  # here, not at the top: the router imports
    from flows.route_hooks import hooks  # this module (through flows.follow_ons)

    profile = turn.session.profile
    told = " ".join((profile.get("recent") or [])[-3:-1])  # the two messages before this one
    file_complaint(turn, topic="fraud", story=unmasked(profile, kept_story(told)))
    contact = turn.ctx.programme.contact_centre
    where = Outbound(turn.say("complaints.fraud_report_where", contact_centre=contact))
    return [where, *(yield from runner.start(FLOWS["complaints"], turn, hooks()))]


def _cash_out_offered(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "ada temen bilang bisa potong 30%" right after "the balance is no cash": the offer is
    the forbidden cash-out (a fraud), with the report one tap away."""
    return after_warning(turn, CASHING_OUT)
    yield


_OFFERED_CUT = re.compile(
    r"\b(?:potong\w*|fee|persen|bagi ?hasil|dibagi|komisi|cut|percent|bilang|katanya|nawar\w*|"
    r"offer\w*|says?|said)\b|\d\s?%"
)
"""A cut named, or someone's offer told: the balance "cashed out" by someone for a share."""
FOLLOW_UPS = {
    **{
        warned: (AFTER_WARNING, _follow_up(warned))
        for warned in (SECRET_ASKED, CODE_ASKED, CASHING_OUT, OFFERED)
    },
    BALANCE_CASH: (_OFFERED_CUT, _cash_out_offered),
}
"""For ``flows.follow_ons``: each warning (and the balance said to be no cash), what a short
message right after it may say, and the answer."""
