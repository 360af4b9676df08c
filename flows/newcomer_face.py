"""The face check (liveness) failing, and whether a hijab matters. DOMAIN.md lists "KTP photo /
face check fails" among the complaints; the complaint form's known fix for it (``ktp_face``)
gives the tips, then a ticket. No official rule on head coverings is known: the answer is a
tip (the whole face visible, nothing over it), not a rule. Before (p23 probe):

- "verifikasi wajah gagal terus dari kemarin, udah ganti hp jg" got the phone-change steps
  (the NLU read an account problem): now the face check's fix, then the complaint;
- "muka saya kan pake jilbab, ngaruh ga?" right after got unrelated buttons, and "the face
  verification keeps failing, do I need to take off my hijab?" the fix without the answer."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.complaints import COMPLAINTS
from flows.contact_centre_aside import pending, then_resume
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.route_hooks import hooks
from flows.runtime import runner
from flows.runtime.machine import Flow, FlowTurn
from flows.turn import Ask

TOPIC = "face_check"
MAX_WORDS = 40

FACE = re.compile(
    r"\b(?:verifikasi (?:wajah|muka|selfie|biometrik)|verif (?:wajah|muka)|pengenalan wajah|"
    r"face ?(?:verification|check|recognition|scan|verif\w*)|liveness|foto (?:wajah|selfie|muka)|"
    r"selfie|swafoto|scan (?:wajah|muka))\b"
)
_FAILS = re.compile(
    r"\b(?:gagal\w*|ditolak|tolak|error|fail\w*|rejected|ga lolos|gak lolos|tidak lolos|"
    r"(?:ga|gak|gk|tidak|tdk|nggak|ngga) (?:bisa|berhasil|cocok|sesuai|terdeteksi|kebaca)|"
    r"keeps? failing|won'?t (?:work|pass)|doesn'?t (?:work|pass)|not working|mulu)\b"
)
_HIJAB = re.compile(
    r"\b(?:jilbab\w*|berjilbab|hijab\w*|berhijab|kerudung\w*|krudung\w*|cadar|niqab|veil\w*|"
    r"headscarf|head ?scarf|ciput|khimar|pashmina)\b"
)
_OTHER_WAY = re.compile(
    r"\b(?:cara lain\w*|jalan lain|opsi lain|pilihan lain|alternatif\w*|metode lain|"
    r"(?:bisa|boleh|daftar|lanjut)\s+(?:\w+\s+)?tanpa\s+(?:verifikasi|verif|foto|selfie|wajah|muka|"
    r"face)|(?:bisa|boleh)\s+(?:di\s*)?(?:skip|lewati|lewatin|dilewati)|another way|other ways?|"
    r"alternatives?|other options?|(?:skip|bypass|without)\s+(?:the\s+|this\s+)?"
    r"(?:face|selfie|liveness|verification|step|it))\b"
)
"""Another way asked at the face check's fix: "ada cara lain ga?", "is there another way?"."""
_FACE_WORD = re.compile(
    r"\b(?:wajah|muka|foto|selfie|verifikasi|verif|face|photo|liveness|kamera|camera|ngaruh|"
    r"pengaruh|berpengaruh|matter|lepas|buka|take off|remove)\b"
)


def _hijab(turn: FlowTurn) -> Outbound:
    return Outbound(turn.say("newcomers.face_hijab"))


def _text(turn: FlowTurn) -> str | None:
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    return text


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Outside a flow: a hijab asked about for the face check (the tip; with a failure told,
    then the fix and the complaint), or the face check failing read as another problem (the
    fix and the complaint); else None."""
    text = _text(turn)
    if text is None or turn.session.flow is not None:
        return None
    face, fails = FACE.search(text) is not None, _FAILS.search(text) is not None
    hijab = _HIJAB.search(text) is not None
    if hijab and (face or _FACE_WORD.search(text) or just_said(turn) == TOPIC):
        remember(turn, TOPIC)
        if not (face and fails):
            complain = file_complaint(turn, topic="ktp_face")  # its fix, then a ticket
            return [Outbound(turn.say("newcomers.face_hijab"), (complain, turn.menu_button()))]
        started = yield from runner.start(COMPLAINTS, turn, hooks())
        return [_hijab(turn), *started]
    if face and fails and turn.message.intent != "complaint":
        remember(turn, TOPIC)
        return (yield from runner.start(COMPLAINTS, turn, hooks()))
    return None


def in_flow(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """In the complaint form on the face check ("muka saya kan pake jilbab, ngaruh ga?", "ada
    cara lain ga?"): the tip or that there is no other way, then the form's question again;
    else None."""
    state = pending(flow, turn) if flow is COMPLAINTS else None
    text = _text(turn)
    if state is None or text is None or turn.slots.get("category") != "ktp_face":
        return None
    if _HIJAB.search(text):
        remember(turn, TOPIC)
        return then_resume(flow, state, turn, _hijab(turn))
    if _OTHER_WAY.search(text):  # no alternative DOMAIN.md knows: the complaint
        return then_resume(flow, state, turn, Outbound(turn.say("newcomers.face_other_way")))
    return None


__all__ = ["FACE", "answer", "in_flow"]
