""" "Already did it" right after an answer that said "check X, else file a complaint" ("udah kok
aku cek berkali2", "muhun tos dicek", "udah aku ganti jd nama lengkap", "yes I checked, it's
not there", "udah kok, di menu rekening cuma ada tulisan tersambung"): the check is done and
the problem is still there, so the complaint the answer offered starts, its fix not shown
again. Probe p23b: these got the topic menu, "belum paham", or the same check again.

Not when the words say it worked ("udah masuk kok", "udah ada, makasih") or ask something."""

from __future__ import annotations

import re

from flows import certificate_issued, complaint_person_wish
from flows.complaint_relief import accepts_waiting
from flows.complaint_topics import FIX_SHOWN, file_complaint, topic_answered
from flows.fraud import GAVE_AWAY
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.payout_follow_ups import CHANGE, noted
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.turn import Step

MAX_WORDS = 16
TURNS_BACK = 2
"""The complaint offer may be this many answers back ("ratingnya dimana" asked in between)."""
_DONE = re.compile(
    r"\b(?:udah|udh|uda|sudah|sdh|dah|tos|atos|wis|uwis|wes|already|done)\b"
    r"|\b(?:i(?:'ve| have)?\s+(?:already\s+)?(?:checked|tried|done|changed|did))\b"
    r"|\b(?:dicek|checked)\b"
)
"""A thing done: "udah kok", "tos dicek", "I checked", "done"."""
_SOLVED = re.compile(
    r"\b(?:masuk|cair|muncul|ada|nemu|ketemu|beres|berhasil|bisa|found|works?|worked|solved|"
    r"arrived|there|makasih|terima kasih|thanks?)\b"
)
_NEGATED = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|teu|hanteu|belum|blm|cuma|cm|hanya|tetep|tetap|"
    r"masih|not|no|isn'?t|still|nothing|never|nope)\b"
)
_FIXED = re.compile(
    r"\b(?:ganti|diganti|ubah|diubah|ganti\w*|benerin|dibenerin|perbaiki|diperbaiki|upgrade\w*|"
    r"sambung\w*|disambung\w*|changed|fixed|updated|linked)\b"
)
"""The account fixed: "udah aku ganti jd nama lengkap", "udh upgrade", "I changed it"."""
_CHECKED = re.compile(r"\b(?:cek|dicek|ngecek|checked|looked|searched|dicari|nyari)\b")
"""Looked for it: "udah aku cek", "I checked", "tos dicek"."""
_ENTERED = re.compile(
    r"\b(?:clicked|klik\w*|diklik|opened|buka)\b.{0,30}\b(?:entered|filled|typed|isi|ngisi|"
    r"diisi|masukin|input\w*)\b"
)
"""A link clicked and data entered on it ("i clicked it and entered my details")."""
_ASKS = re.compile(r"\?|\b(?:apa|gimana|gmn|kenapa|knp|kapan|berapa|brp|how|what|why|when)\b")


def said(turn: FlowTurn) -> bool:
    """Done, and not said to have worked, shortly after an answer that offered a complaint."""
    message, session = turn.message, turn.session
    text = " ".join((message.text or "").lower().split())
    if session.flow is not None or message.payload or not text or len(text.split()) > MAX_WORDS:
        return False
    if not _DONE.search(text) or _ASKS.search(text) or accepts_waiting(text):
        return False  # "oh udah kesambung ya. yaudah nunggu aja": relief, no complaint
    if message.intent == "human_agent" and complaint_person_wish.wishes(text):
        return False  # "udh lah mau ngomong sama orang aja": a person asked for, not a check
    if GAVE_AWAY.search(text) or _ENTERED.search(text):
        return False  # "udah terlanjur kasih NIK ke dia": a fraud suffered, not a check done
    shown = topic_answered(turn)
    if shown is not None and shown.get("category") == "fraud":
        return False  # after a fraud warning: its own follow-ups (``flows.fraud_follow_ups``)
    if shown is None or session.turns - int(str(shown.get("turn", 0))) > TURNS_BACK:
        # the steps to change the account, said not to work ("udah, cuma ada tulisan
        # tersambung"): a complaint about linking
        if noted(turn) != CHANGE or not _NEGATED.search(text):
            return False
        file_complaint(turn, topic="payout_link")
        return True
    return not _SOLVED.search(text) or bool(_NEGATED.search(text))


def early(turn: FlowTurn) -> Step | None:
    """ "yes I checked, it's not there" right after "your certificate is issued: check the
    dashboard, else complain", read before that answer's own follow-ups (which repeat it for
    "udah selesai kemarin"): the complaint; None otherwise."""
    text = (turn.message.text or "").lower()
    if just_said(turn) != certificate_issued.TOPIC or not _CHECKED.search(text):
        return None
    return answer(turn)


def answer(turn: FlowTurn) -> Step | None:
    """The complaint the answer offered, its check done already; None otherwise."""
    if not said(turn):
        return None
    return _start(turn)


def _start(turn: FlowTurn) -> Step:
    from flows.flow_table import FLOWS  # here: the flow table imports the forms
    from flows.route_hooks import hooks  # (and the router's readers import this module)

    shown = turn.session.profile.get(FIX_SHOWN)
    if isinstance(shown, dict):
        shown["fix"] = True  # checked already: complaining means the check did not help
        shown["turn"] = turn.session.turns - 1  # the offer is what this message answers
    lowered = (turn.message.text or "").lower()
    paid = isinstance(shown, dict) and shown.get("category") in ("incentive", "payout_link")
    key = "fixed" if paid and _FIXED.search(lowered) else "heard"
    heard = Outbound(turn.say(f"fix_checked.{key}"))
    return [heard, *(yield from runner.start(FLOWS["complaints"], turn, hooks()))]


__all__ = ["answer", "early", "said"]
