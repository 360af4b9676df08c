"""Right after a fraud warning or the signs of an official message (``flows.fraud``,
``flows.broadcast_questions``), data said to be handed over already, in a message too long for
the short follow-ups (``flows.fraud_follow_ups``) (probe p24a, p24d):

- the NIK or the KTP photo given ("Saya sudah terlanjur kasih NIK dan foto KTP ke dia"): what
  to do now (send nothing more, secure the account, report it: staff check the account that
  uses the NIK), with the fraud report one tap away; before, "Oke, sudah kamu lakukan 👍" and a
  complaint about the KTP photo;
- a link clicked and details entered ("i already clicked it and entered my details"): the
  account secured, as for an OTP given; before, a complaint summary with that story.

An OTP or a password named is the short follow-ups' (the code given: the take-over steps)."""

from __future__ import annotations

import re

from flows import account_help
from flows.broadcast_questions import DOUBTED
from flows.complaint_topics import file_complaint
from flows.fraud import (
    ACCOUNT_SECRET,
    CASHING_OUT,
    CODE_ASKED,
    GAVE_AWAY,
    OFFERED,
    SECRET_ASKED,
    kept_story,
)
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

WARNINGS = (SECRET_ASKED, CODE_ASKED, OFFERED, CASHING_OUT, DOUBTED)
"""The answers after which data handed over is read here."""
_GIVEN = re.compile(
    GAVE_AWAY.pattern + r"|\b(?:terlanjur|telanjur|keburu)\b"
    r"|\b(?:they|he|she|dia|mereka|doi|orang\w*)\s+(?:\w+\s+)?(?:have|has|got|punya|pegang|"
    r"megang|nyimpen|tau|tahu|know|knows)\b"
)
"""Handed over, or held already: "terlanjur kasih NIK", "what if they already have my NIK?"."""
_IDENTITY = re.compile(
    r"\b(?:nik|e-?ktp|ktp|kk|kartu keluarga|data (?:diri|pribadi)|selfie|foto (?:wajah|diri)|"
    r"(?:my|id) (?:id|ktp|nik|card)|identity card|personal (?:data|details))\b"
)
"""The identity named: "kasih NIK dan foto KTP", "sent my ktp"."""
_CLICKED = re.compile(r"\b(?:clicked|click|klik\w*|diklik|opened|pencet\w*|dipencet|buka)\b")
_ENTERED = re.compile(
    r"\b(?:entered|filled|typed|put in|submitted|isi|ngisi|diisi|mengisi|masukin|masukkan|"
    r"input\w*)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The steps for data handed over right after a fraud warning; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.session.flow is not None or turn.message.payload or just_said(turn) not in WARNINGS:
        return None
    if _CLICKED.search(text) and _ENTERED.search(text):
        lead = turn.say("fraud_more.phished")
        return account_help.taken_over(turn, topic="fraud", story=kept_story(text), lead=lead)
    if not (_GIVEN.search(text) and _IDENTITY.search(text)) or ACCOUNT_SECRET.search(text):
        return None
    contact = turn.ctx.programme.contact_centre
    report = file_complaint(turn, topic="fraud", story=kept_story(text))
    return [turn.reply("fraud_more.identity_given", report, turn.menu_button(),
                       contact_centre=contact)]  # fmt: skip


__all__ = ["WARNINGS", "answer"]
