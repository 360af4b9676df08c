"""Side questions inside the complaint form, answered before the form reads the message (the
router's hook, as ``flows.nik_taken_aside``), then the form's question asked again:

- the contact centre's number ("btw nomor call center prakerja brp?"): the number, not a
  person (the NLU reads "call center" as a wish for one: the chat went to the staff queue);
  told as in any form (``flows.contact_centre_aside``), in the complaint's words;
- a damaged e-KTP ("kalo ktp aku rusak gmn") and, in a KTP photo / face check complaint,
  another person's phone ("bisa pake hp org lain ga?"): before, filed as the story;
- questions about the complaint itself (a KTP photo offered, how to send evidence, where the
  reply comes, the OTP resend limit): ``complaint_form_asks``;
- a failed payment on record asked about ("knp gagal", "kapan dikirim ulang"): the record's
  cause, the fix, how it is scheduled again (``complaint_failed_asks``);
- the complaint held off ("ga usah lapor dulu deh"): the form left (``complaint_held_off``);
- in a fraud complaint, more of the fraud, the money asked back (``complaint_fraud_asides``);
- a second, different problem ("satu lagi, kode redeem aku gak bisa dipake"): noted for its
  own complaint after this one (``complaint_second``);
- a revoked participation asked back ("bisa diaktifin lg ga") in its complaint: the assistant
  cannot, staff review the complaint (before: "belum menangkap" at the wave question);
- what happens after sending, at the summary ("what happens next", ``complaint_form_asks``);
- "trs gmn kak" at the summary: what the choice there is (send, rewrite, cancel), and the
  summary again (before: what the assistant can do in general).

Other questions go to the runner: a short question is no story (``complaint_questions``), so
it is answered as any digression ("insentif itu brp sih?")."""

from __future__ import annotations

import re

from flows import complaint_failed_asks as failed_asks
from flows import complaint_form_asks as form_asks
from flows import complaint_fraud_asides as fraud_asides
from flows import complaint_held_off as held_off
from flows import complaint_second, contact_follow_ups
from flows.complaint_order import kept_fact
from flows.complaint_questions import asks_instead
from flows.complaints import COMPLAINTS
from flows.contact_centre_aside import asks_contact_number, pending, then_resume
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.prompts import prompt
from flows.ticket_evidence import way_to_send

_DAMAGED_KTP = re.compile(
    r"\b(?:e-?ktp|ktp)\w*\b.{0,25}\b(?:rusak|patah|retak|pecah|luntur|pudar|sobek|robek|"
    r"hilang|kebakar|terbakar|damaged|broken|lost)\b"
)
_OTHER_PHONE = re.compile(
    r"\b(?:hp|handphone|ponsel|henpon|phone|kamera|camera)\b.{0,20}"
    r"\b(?:orang|org|orng|temen|teman|keluarga|saudara|sodara|kakak|kaka|adik|adek|ibu|bapak|"
    r"ayah|mama|papa|suami|istri|someone|somebody|another|other|lain|pinjam\w*|minjem)\b"
)
_REACTIVATE = re.compile(
    r"\b(?:di)?(?:aktif(?:in|kan|kin)|pulih\w*|balikin|kembalikan|reactivat\w*|restor\w*)\b"
    r"|\baktif\w*\s+(?:lagi|lg|kembali)\b|\b(?:get|have) it back\b"
)
"""Whether the revoked participation can come back: "bisa diaktifin lg ga", "can it be
reactivated"."""
_WHAT_NOW = frozenset(
    {"gimana", "gmn", "gmna", "bagaimana", "terus", "trus", "trs", "truss", "lalu", "terusnya",
     "trsnya", "selanjutnya", "ngapain", "next", "now", "then"}
)  # fmt: skip
_FILLER = frozenset(
    {"kak", "min", "dong", "nih", "sih", "ya", "ini", "itu", "oh", "ok", "oke", "jadi", "jd",
     "habis", "abis", "sekarang", "skrg", "aku", "saya", "harus", "apa", "what", "do", "i",
     "should", "so", "and", "nya", "ke", "mana", "deh", "nah"}
)  # fmt: skip
MAX_WHAT_NOW_WORDS = 6


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """The answer to a side question at the complaint form's pending question, then that
    question again; else None (the runner reads the message)."""
    state = pending(flow, turn) if flow is COMPLAINTS else None
    if state is None:
        return None
    held = held_off.answer(flow, turn)  # "kalo aku ganti no hp dana gmn? ga usah lapor dulu"
    if held is not None:
        return held
    lowered = " ".join((turn.message.text or "").lower().split())
    if state.name == "confirm" and form_asks.after_send(lowered):  # "what happens next"
        said = Outbound(turn.say("complaints.aside.after_send"))
        return [said, prompt(flow, state, turn)]
    if state.name == "confirm" and asks_what_now(lowered):
        return [Outbound(turn.say("complaints.aside.at_summary")), prompt(flow, state, turn)]
    fraud = fraud_asides.answer(flow, state, turn)  # "aku udh kasih nik sama otp ke dia juga"
    if fraud is not None:
        return fraud
    fact = kept_fact(turn)  # "rekening bni udh aktif lagi" for the incentive's complaint kept
    if fact is not None:
        return then_resume(flow, state, turn, fact)
    second = complaint_second.note(turn)  # "satu lagi, kode redeem aku gak bisa dipake"
    if second is not None:
        return then_resume(flow, state, turn, second)
    failed = failed_asks.key_for(turn)  # "knp gagal", the record showing the failed payment
    if failed is not None:
        said = failed_asks.answer(turn, failed)  # about this complaint: the form is not parked
        resumed = Outbound(turn.say("common.resume_question"))
        return [said, resumed, prompt(flow, state, turn, simple=state.name == "fix")]
    category = str(turn.slots.get("category"))
    key = _known(lowered, category) or form_asks.key_for(
        lowered, category, told="description" in turn.slots
    )
    if key is None:
        return None
    if key == "complaints.aside.contact_centre":
        contact_follow_ups.said(turn)  # "jam berapa buka?" next: the hours, the form again
    contact = turn.ctx.programme.contact_centre
    said = Outbound(turn.say(key, contact_centre=contact, way=way_to_send(turn)))
    return then_resume(flow, state, turn, said)


def asks_what_now(lowered: str) -> bool:
    """ "trs gmn kak", "terus?", "now what?": what to do now, nothing else named."""
    words = re.findall(r"[a-z]+", lowered)
    if not words or len(words) > MAX_WHAT_NOW_WORDS:
        return False
    return any(word in _WHAT_NOW for word in words) and all(
        word in _WHAT_NOW or word in _FILLER for word in words
    )


def _known(lowered: str, category: str) -> str | None:
    if asks_contact_number(lowered):
        return "complaints.aside.contact_centre"
    if not asks_instead(lowered):
        return None  # a story that names the KTP or a phone is the story
    if category == "revoked" and _REACTIVATE.search(lowered):
        return "complaints.aside.reactivate"
    if _DAMAGED_KTP.search(lowered):
        return "complaints.aside.ktp_damaged"
    if category == "ktp_face" and _OTHER_PHONE.search(lowered):
        return "complaints.aside.other_phone"
    return None


__all__ = ["answer", "asks_contact_number", "asks_what_now"]
