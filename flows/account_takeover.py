"""The incentive paid to an account that is not the participant's ("insentif aku masuk ke
rekening orang lain!! ... DANA itu bukan punya aku"): payouts go only to an account linked in
the participant's own name (DOMAIN.md, Incentives), so a payout to a stranger's account means the
linked payout account was changed, perhaps by someone who took the account over. The answer:
change the password now, check the linked payout account in the dashboard, and a high-priority
complaint (a fraud: someone else took the money; with this story) or the contact centre.
Before, it was read as "may the incentive go to someone else's account?" ("Tidak bisa 🙏
Rekening ... milik orang lain tidak bisa dipakai")."""

from __future__ import annotations

import re

from flows import account_help
from flows.complaint_topics import file_complaint, topic_answered
from flows.fraud import kept_story, reported
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn

INTENTS = ("incentive_status", "payment_account", "complaint", "inform", "account_access")
"""What such a story is read as (the answer comes before the payout rules)."""

_SENT = (
    r"(?<!bisa )(?<!boleh )(?<!bs )\b(?:masuk|msk|terkirim|kekirim|dikirim|ditransfer|berhasil|"
    r"cair|dicairkan|sent|paid|went|transferred|deposited)\b"
)
_PAYOUT = (
    r"(?:rekening|rek|akun|e-?wallet|dana|ovo|gopay|go-pay|linkaja|link aja|bni|bca|bank|"
    r"account|wallet)"
)
_NOT_MINE = (
    r"(?:orang|org|orng) lain|someone else'?s|somebody else'?s|a stranger'?s|"
    r"bukan (?:punya |milik |atas nama |rekening |akun )?(?:aku|saya|gue|gw|sy|ku|ak)\b|"
    r"bukan (?:punya|milik)(?:ku|mu)?\b|bukan punyaku|bukan milikku|"
    r"(?:ga|gak|gk|nggak|tidak|tdk) (?:aku |saya )?(?:kenal|tau|tahu)\b|tidak dikenal|"
    r"not mine|isn'?t mine|don'?t (?:own|know|recogni[sz]e)"
)
_DIVERTED = re.compile(
    rf"{_SENT}.{{0,60}}\b{_PAYOUT}\b.{{0,60}}(?:{_NOT_MINE})"
    rf"|\b{_PAYOUT}\b.{{0,25}}(?:{_NOT_MINE}).{{0,40}}{_SENT}"
    rf"|{_SENT}.{{0,40}}(?:{_NOT_MINE}).{{0,25}}\b{_PAYOUT}\b"
)
"""Paid, and the account it went to is not one's own: "masuk ke rekening orang lain",
"berhasil ke DANA tapi DANA itu bukan punya aku", "paid to someone else's account"."""
_MONEY = re.compile(r"\b(?:insentif|incentive|pembayaran|payment|pencairan|payout|uang|duit)\w*")
_ASKS = re.compile(r"\b(?:bisa|boleh|bs|can|could|may)\b[^.!]{0,40}\?|\bboleh\b")
"""Asked, not told: "insentif bisa masuk ke rekening orang lain?" (the payout rules answer)."""
_BROKEN_IN = re.compile(
    r"\b(?:dibobol|kebobol|bobol|jebol|dijebol|dibajak|kebajak|dihack|diretas|hacked|hijacked|"
    r"taken over|diambil alih)\b"
)
"""The account said broken into: "kayaknya akun aku dibobol"."""

DIVERTED = "payout_diverted"
"""``flows.last_answer`` topic after this answer."""


def diverted(text: str) -> bool:
    """The incentive said to be paid to an account that is not the participant's own."""
    lowered = " ".join(text.lower().split())
    told = _DIVERTED.search(lowered) and _MONEY.search(lowered)
    return bool(told) and not _ASKS.search(lowered)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """A payout diverted to someone else's account: a possible take-over, the steps now and a
    high-priority complaint with the story; None for any other message."""
    text = turn.message.text or ""
    if not diverted(text) or (turn.message.intent == "complaint" and reported(text)):
        return None  # "... bukan punya aku, mau lapor": the complaint form, as asked
    remember(turn, DIVERTED)  # "kayaknya akun aku dibobol" next: ``broken_in_after``
    contact = turn.ctx.programme.contact_centre
    lead = turn.say("takeover.diverted", contact_centre=contact)
    return account_help.taken_over(turn, topic="fraud", story=kept_story(text), lead=lead)


def broken_in_after(turn: FlowTurn) -> list[Outbound] | None:
    """ "kayaknya akun aku dibobol" right after this answer: yes, that may be it; the steps
    given stand, and the report keeps the story told (a fraud, high priority), not a login
    complaint that loses it."""
    if just_said(turn) != DIVERTED or not _BROKEN_IN.search((turn.message.text or "").lower()):
        return None
    remember(turn, DIVERTED)
    shown = topic_answered(turn) or {}
    story = kept_story(f"{shown.get('story') or ''}\n{turn.message.text or ''}".strip())
    report = file_complaint(turn, topic="fraud", story=story)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    contact = turn.ctx.programme.contact_centre
    return [turn.reply("takeover.broken_in", report, person, contact_centre=contact)]


_MONEY_ASKED = re.compile(
    r"\b(?:saldo|balance|insentif|incentive|uang|duit|dana|pelatihan|course|rekening)\w*\b"
)
"""The money on the account asked about: "gimana ini saldo aku", "what about my balance"."""


def money_after(turn: FlowTurn) -> list[Outbound] | None:
    """ "gimana ini saldo aku" right after the take-over steps: what was used or sent without
    the participant cannot be seen or undone from this chat; securing the account comes
    first, then the report (the story kept: what was bought or paid that they did not do);
    the plain balance before hid the take-over."""
    said = just_said(turn)
    text = " ".join((turn.message.text or "").lower().split())
    if said not in (account_help.HIJACKED, DIVERTED) or len(text.split()) > 10:
        return None
    if not _MONEY_ASKED.search(text):
        return None
    remember(turn, said)
    shown = topic_answered(turn) or {}
    story = kept_story(f"{shown.get('story') or ''}\n{turn.message.text or ''}".strip())
    report = file_complaint(turn, topic=str(shown.get("category") or "fraud"), story=story)
    person = turn.button("common.talk_to_person", controls.HUMAN)
    contact = turn.ctx.programme.contact_centre
    return [turn.reply("takeover.money", report, person, contact_centre=contact)]
