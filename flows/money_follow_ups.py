"""Short follow-ups right after an answer about money, read against that answer whatever the NLU
makes of them (they are read before "maksudnya?" and the other follow-ups of ``flows.route_text``):

- after "the balance is no cash" (or cannot be topped up, or the balance itself): "kalo
  ditransfer ke rekening?", "kalo dicairin ke rekening bisa?" is the same question, and the
  answer is still no (DOMAIN.md: the balance only buys courses; a cash-out offer is a fraud);
  before, the payout account's instructions, as if it could;
- after a linked participant's incentive schedule: "brp jumlahnya" is their own total received
  (not the programme's package table), "masuk ke rekening mana" their own payout account
  (masked, ``flows.my_payout``), "itu artinya apa?" what the status labels mean (DOMAIN.md:
  Menunggu Diproses, Sedang Diproses, Dalam Pengecekan, Gagal, Belum Diproses, Berhasil);
  also after an incentive answer that lists no schedule ("Belum ada jadwal insentif"): "masuk
  ke mana?" there had the general text on where incentives go, not their own account;
- after "every payment is paid": "kok di dana aku ga ada" is the money not arrived (check the
  e-wallet's transaction history, the working days it takes, a complaint after 7×24 hours:
  ``my_incentives.incentive_schedule``); before, the registration status.

Which answer came just before is ``flows.last_answer``."""

from __future__ import annotations

import re

from flows import (
    balance_buys,
    balance_named,
    balance_sums,
    balance_validity,
    fraud,
    fraud_follow_ups,
    incentive_all_paid,
    incentive_totals,
    money_help,
    my_incentives,
    my_payout,
    payout_owner,
    unused_rest_asked,
)
from flows.fallback import previous_intent
from flows.follow_up_answers import INCENTIVE_CHECKING, INCENTIVE_OVERDUE, INCENTIVE_TIMING
from flows.fraud_follow_ups import WHY
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, within_context_of

MAX_WORDS = 8
"""A follow-up is short; a longer message says what it is about itself."""
CASH_TOPICS = (money_help.CASH_OUT, money_help.TOP_UP, money_help.BALANCE)
"""Answers after which "kalo dicairin ke rekening?" asks to turn the balance into money."""
SCHEDULE_TOPICS = ("incentive_failed", INCENTIVE_OVERDUE, INCENTIVE_TIMING, INCENTIVE_CHECKING,
                   incentive_all_paid.TOPIC)  # fmt: skip
"""Topics a linked participant's incentive schedule records (``flows.my_incentives``)."""
INCENTIVE = "incentive_status"
"""The intent of a question on the incentive: its answer may record no topic ("no schedule
yet"), and the follow-ups on the schedule still apply."""

_CASH = re.compile(
    r"\b(?:dicairkan|dicairin|dicairin\w*|cairkan|cairin|diuangkan|uangkan|jadi (?:uang|duit|"
    r"cash)|ditarik|tarik\w*|cash ?out|withdraw\w*|(?:di)?transfer\w*|tf|ditf)\b"
    r"|\b(?:di)?tu(?:ke|ka)r\w* (?:\w+ )?(?:duit|uang|cash)\b"
)
"""Turning the balance into money, or sending it to an account."""
_TO_ACCOUNT = re.compile(
    r"\b(?:ke|k|to|into)\s+(?:rekening|rek|e-?wallet|ovo|gopay|dana|linkaja|bank|account)\b"
)
_INCENTIVE = re.compile(r"\b(?:insentif\w*|incentive\w*|survei\w*|survey\w*)\b")
_OTHER_TOPIC = re.compile(
    _INCENTIVE.pattern + r"|\b(?:sertifikat|certificate|otp|akun|account|gelombang|wave|kode|code|"
    r"tiket|ticket|rekening|e-?wallet)\w*"
)
"""Another topic named in a why-question: its own answer, not why the balance is no cash."""
_AMOUNT = re.compile(r"\b(?:jumlah\w*|total\w*|how much|berapa|brp|brapa|nominal\w*)\b")
_TIME = re.compile(
    r"\b(?:lama|lma|hari|minggu|bulan|jam|kapan|kpn|lg|lagi|kali|long|days?|weeks?|when)\b"
)
"""A wait asked, not an amount ("brp lama lg?": ``flows.follow_up_answers``)."""
_OFFERED = re.compile(
    r"\b(?:temen\w*|teman\w*|orang|ada (?:yg|yang)|katanya|bilang|nawar\w*|tawar\w*|jasa|"
    r"toko|konter|agen|someone|a friend)\b.{0,60}\b(?:cair\w*|dicair\w*|nyair\w*|potong|"
    r"tuker\w*|tukar\w*|cash\w*)\b|\bpotong\w*\s+\d+\s*(?:%|persen)"
)
"""Someone offers to cash the balance out, right after "it cannot be cashed out": fraud."""
_MEANING = re.compile(r"\b(?:arti\w*|maksud\w*|mean\w*|meaning)\b")
_WHERE = re.compile(
    r"\b(?:ke ?mana|kmn|rekening mana|rek mana|akun mana|e-?wallet mana|which account|"
    r"where)\b"
)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The follow-up's answer, or None: no money answer just before, or not such a question.
    First, a question on the balance with numbers or a "what if" (``flows.balance_sums``: "kalo
    aku beli pelatihan 1.500.000 sisanya jadi brp", "kok saldonya cuma 2jt bukannya 3,5jt")."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not lowered:
        return None
    bought = yield from balance_buys.answer(turn)  # "bisa buat beli apa" after the balance
    if bought is not None:
        return bought
    short = len(lowered.split()) <= MAX_WORDS
    topic = just_said(turn)
    if short and topic == money_help.BALANCE and money_help.asks_top_up(lowered, True):
        return (yield from balance_validity.top_up(turn))  # "bisa isi ulang ga" after the balance
    offered = topic == money_help.CASH_OUT and _OFFERED.search(lowered)  # "temen ku bilang bs
    # dicairin lewat toko x, potong 30%": the cash-out offer (too long for the short reading of
    # ``flows.follow_ons``)
    warned = fraud_follow_ups.after_warning(turn, fraud.CASHING_OUT) if offered else None
    if warned is not None:
        return warned
    bare_why = WHY.search(lowered) and not _OTHER_TOPIC.search(lowered)  # not "why did my
    if short and topic in (money_help.CASH_OUT, money_help.TOP_UP) and bare_why:  # incentive fail"
        search = turn.button("menu.courses", "flow:course_choice")  # "knp gt": what the
        return [turn.reply("kb.balance_why_no_cash", search, turn.menu_button())]  # balance is
    if short and topic in CASH_TOPICS and _asks_cash(topic, lowered):
        return [money_help.cash_out(turn)]
    unused = yield from unused_rest_asked.answer(turn)  # "kalo ga kepake gmn" after the balance
    if unused is not None:
        return unused
    sums = yield from balance_sums.answer(turn)
    if sums is not None:
        return sums
    if not short:
        return None
    if _WHERE.search(lowered) and (topic in SCHEDULE_TOPICS or _after_incentive(turn)):
        return (yield from my_payout.on_record(turn))  # "masuk ke rekening mana"
    if topic not in SCHEDULE_TOPICS:
        return None
    if topic == incentive_all_paid.TOPIC and incentive_all_paid.not_arrived(turn):
        # "kok di dana aku ga ada" right after "all paid": where to look, the days it takes,
        # when to complain (before: the registration status, read as such)
        return (yield from my_incentives.incentive_schedule(turn))
    if _MEANING.search(lowered):  # "itu artinya apa?"
        return (yield from my_incentives.status_labels(turn))
    if balance_named.balance_only(lowered):  # "saldo aku brp": the training balance
        return None
    if _AMOUNT.search(lowered) and not _TIME.search(lowered):  # "brp jumlahnya"
        return (yield from incentive_totals.total_of_mine(turn))
    return None


def _after_incentive(turn: FlowTurn) -> bool:
    """The question just before (recent) was read as the incentive's: whatever its answer
    ("no schedule yet", the amount to come), "masuk ke mana?" next is where it goes."""
    return previous_intent(turn) == INCENTIVE and within_context_of(
        turn.session.last_activity, turn.message.at
    )


def _asks_cash(topic: str, lowered: str) -> bool:
    """ "kalo dicairin ke rekening bisa?"; right after "no cash", "kalo ke rekening?" too. Not
    the incentive, nor someone else's account ("insentif bisa dicairkan ke rekening istri?")."""
    if _INCENTIVE.search(lowered) or payout_owner.of_someone_else(lowered):
        return False
    if _CASH.search(lowered):
        return True
    return topic == money_help.CASH_OUT and bool(_TO_ACCOUNT.search(lowered))


__all__ = ["CASH_TOPICS", "SCHEDULE_TOPICS", "answer"]
