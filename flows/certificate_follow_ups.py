"""A short question right after a certificate answer that asks about a part of it, whatever the
NLU reads it as: "ganti nama bisa?" after the wrong-name answer (read as the payout account:
the name on the certificate, not on the bank account), "bisa buat daftar cpns?" after whether
employers recognise it (read as out of scope), "kalo ga bisa didownload?". The certificate's
answer for that part (``flows.my_data.certificates``), with the participant's trainings; right
after "issued on record", downloading it is the issued certificate's own steps
(``flows.certificate_issued.download``)."""

from __future__ import annotations

import re

from flows import certificate_issued, my_data
from flows.fallback import previous_intent
from flows.last_answer import just_said
from flows.my_data import DETAIL, Answer
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

TOPIC = "certificate"
"""The intent of the question answered just before."""
MAX_WORDS = 10
"""A follow-up is short; a longer message says what it is about itself."""
_ELSEWHERE = re.compile(
    r"\b(?:rekening\w*|rek|e-?wallet\w*|insentif\w*|saldo\w*|hp\w*|handphone|nomor|akun\w*|"
    r"e-?mail\w*|password|sandi|otp|kode|voucher|redeem|gelombang|bank|account)\b"
)
"""Another topic named ("kalo hp ku hilang?"): not the certificate's part."""


def answer(turn: FlowTurn) -> Answer:
    """The certificate's answer for the part this short message asks about, else None."""
    message = turn.message
    text = message.text or ""
    if message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    if certificate_issued.download_asked(turn):  # "gmn cara downloadnya?" after "issued on
        return certificate_issued.download(turn)  # record": the steps, no "1 working day"
    if message.intent in (TOPIC, "complaint"):  # answered as one anyway; "ga bisa didownload
        return None  # error terus" after the steps: they did not help, a complaint
    if previous_intent(turn) != TOPIC and just_said(turn) != DETAIL:  # "cara downloadnya gmn"
        return None  # (read as out of scope) answered just before: still the certificate
    if not within_context_of(turn.session.last_activity, message.at):
        return None
    if _ELSEWHERE.search(text.lower()) or not my_data.asks_certificate_detail(text):
        return None
    return (yield from my_data.certificates(turn))


__all__ = ["MAX_WORDS", "TOPIC", "answer"]
