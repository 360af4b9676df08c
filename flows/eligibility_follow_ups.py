"""Short eligibility questions that vary the one just answered ("kalo X?"), read against it
instead of starting the check again (DOMAIN.md "Eligibility"):

- another aid programme ("aku penerima PKH ..." then "kalo BLT?"): every social-assistance
  programme is treated alike (allowed in the current era, excluded in the semi-bansos one);
- a BPD member ("kalau BPD?" after the village-official rule): DOMAIN.md names village heads
  and village officials only, so the rule is said and checking at registration advised;
- a relative ("kalau istri saya yang ibu rumah tangga?" after "PNS can't join"): the rules are
  each person's own; a homemaker may join, an excluded job of theirs excludes them;
- someone else's NIK ("kalo pake nik istri?" after "once in a lifetime"): one NIK, one person;
- a relative's age ("bapak sy umur 65 mau ikut prakerja bisa ga", then "kalo 64?"): that age
  against 18–64, not the user's own asked;
- a relative alone ("adikku bisa juga?", "kalo kakak aku?"): the rules are each person's own
  (the relative's answers: ``flows.eligibility_relatives``);
- a what-if about the user's own situation ("kalo karyawan bumn?", "what if I'm 65", "kalo
  bulan depan aku 18?"): ``flows.eligibility_what_ifs``;
- a disappointed "yah" after a "not eligible" verdict: ``flows.eligibility_letdown``.

Inside the check the first two are answered at any question (``asked``), the question again."""

from __future__ import annotations

import re

from flows import (
    eligibility_family,
    eligibility_letdown,
    eligibility_minor,
    eligibility_others,
    eligibility_what_ifs,
)
from flows.eligibility_jobs import EXCLUDED_JOBS, affirmed
from flows.eligibility_relatives import (
    KIN,
    KIN_ALT,
    KIN_SAID,
    RELATIVE_AGE,
    age_verdict,
    kin_of,
    relative_answer,
)
from flows.eligibility_situations import LISTED
from flows.eligibility_verdict import listed_fix
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.result import Invalid
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.turn import FlowContext, within_context_of
from flows.variation import VARIATION

VARIED = "eligibility_varied"
"""``flows.last_answer`` topic: a variation of an eligibility question was answered."""
MAX_WORDS = 10

AID = re.compile(
    r"\b(?:pkh|bpnt|blt|blt ?dd|bsu|bpum|bst|bansos|bantuan sosial|sembako|kks|pbi|bantuan "
    r"(?:pangan|tunai|langsung tunai)|social assistance|cash transfer)\b"
)
"""An aid programme named (PKH, BPNT, BLT, BSU, BPUM ...)."""
BPD = re.compile(r"\b(?:bpd|badan permusyawaratan desa|anggota bpd|village council)\b")
_OTHER_NIK = re.compile(
    r"\b(?:nik|ktp|kk|data|identitas|akun)\b(?:\s+\w+)?\s+(?:orang lain|org lain|"
    rf"(?:{KIN_ALT})(?:ku|nya|mu)?)\b"
    rf"|\b(?:atas nama|a\.?n\.?)\s+(?:orang lain|org lain|{KIN_ALT})"
)
"""Someone else's NIK or name used ("pake nik istri", "atas nama suami")."""
_BARE_AGE = re.compile(r"^\D*?\b(\d{1,2})\b\s*(?:tahun|thn|th|taun|years?)?\W*$")
_SELF = re.compile(r"\b(?:aku|saya|sy|gw|gue|gua|ane|i|me|i'm|myself)\b")
"""The user's own case named: a bare age after a relative's is then theirs ("kalo aku? aku 25")."""


def _varies(turn: FlowTurn) -> str | None:
    """The message, lower-cased, when it is a short "kalo X?" variation; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    varies = len(text.split()) <= MAX_WORDS and VARIATION.search(text)
    if turn.message.payload is not None or not varies:
        return None
    return text


def _after_eligibility(turn: FlowTurn) -> bool:
    """The answer just before was about eligibility: the check's verdict, or an eligibility
    question answered outside it."""
    if just_said(turn) in (VARIED, RELATIVE_AGE, eligibility_family.FAMILY):
        return True
    finished = turn.session.profile.get(FINISHED) or []
    if (
        len(finished) == 4
        and finished[0] == "eligibility"
        and finished[2] == turn.session.turns - 1
    ):
        return within_context_of(float(finished[3]), turn.message.at)
    trail: list[str] = turn.session.profile.get("trail") or []
    before = trail[:-1] if turn.message.intent else trail
    recent = within_context_of(turn.session.last_activity, turn.message.at)
    return recent and bool(before) and before[-1] in ("check_eligibility", "register")


def aid_line(turn: FlowTurn) -> str:
    """Whether aid recipients may join, in the era configured."""
    allowed = turn.ctx.programme.era.social_assistance_allowed
    return turn.say("invalid.bansos_allowed" if allowed else "invalid.bansos_excluded")


def asked(text: str, ctx: FlowContext) -> Invalid | None:
    """At a question of the check: another aid programme or a BPD member asked about ("kalo
    BLT?"): answered, no miss, the question again."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or not VARIATION.search(lowered):
        return None
    if BPD.search(lowered):
        return Invalid("eligibility_bpd", miss=False)
    if AID.search(lowered):
        allowed = ctx.programme.era.social_assistance_allowed
        return Invalid("bansos_allowed" if allowed else "bansos_excluded", miss=False)
    return None


_UNLIST = re.compile(
    r"\b(?:biar|agar|supaya|spy|gmn|gimana|cara\w*)\b.{0,30}\b(?:ga|gak|gk|nggak|ngga|tidak|tdk|"
    r"non|g)\s*(?:aktif|tercatat|kecatat|terdaftar|kedaftar)\b|\bnon-?aktif\w*|\bnonaktif\w*"
)
"""Asked how to be no longer listed as a student ("trs gmn caranya biar ga aktif")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The variation's answer right after an eligibility answer, else None."""
    sad = eligibility_letdown.answer(turn)  # "yah gak bisa dong" after "not eligible"
    if sad is not None:
        return sad
    lowered = " ".join((turn.message.text or "").lower().split())
    if just_said(turn) == LISTED and _UNLIST.search(lowered):  # "trs gmn caranya biar ga aktif"
        return listed_fix(turn)  # after "still listed in PDDikti": how to put it right
    young = eligibility_minor.follow_up(turn, lowered)  # "kapan bisanya", "bulan depan dia 18"
    if young is not None:  # after "too young"; "aku putus sekolah, butuh kerja": meanwhile
        return young
    replies = _answer(turn)
    if replies is not None:
        eligibility_letdown.carry(turn)  # "yah" next: still about a "not eligible" verdict
    if replies is not None and just_said(turn) != RELATIVE_AGE:
        remember(turn, VARIED)  # "kalo istri saya PNS juga?" next: still about eligibility
    return replies


def _answer(turn: FlowTurn) -> list[Outbound] | None:
    text = _varies(turn)
    if text is None:
        return _unvaried(turn)
    other = kin_of(text) is not None or _SELF.search(text)  # "kalo ibu saya 60?", "kalo aku 25"
    if just_said(turn) == RELATIVE_AGE and not other and (aged := _BARE_AGE.search(text)):
        kin = turn.session.profile.get(KIN_SAID)
        return age_verdict(turn, int(aged.group(1)), kin if isinstance(kin, str) else None)
    if not (_after_eligibility(turn) or _kin_in_excluded_job(text)):
        return None
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    if BPD.search(text):
        return [turn.reply("invalid.eligibility_bpd", check, turn.menu_button())]
    if AID.search(text):
        return [Outbound(aid_line(turn), (check, turn.menu_button()))]
    family = eligibility_family.answer(turn, text)  # "kalo ayah udh dapet, ngaruh ke ibu?"
    if family is not None:
        return family
    if _OTHER_NIK.search(text):
        per_kk = turn.ctx.programme.max_beneficiaries_per_kk
        line = turn.say("eligibility.note.other_nik", max_per_kk=per_kk)
        return [Outbound(line, (check, turn.menu_button()))]
    if (years := eligibility_others.aged(text)) is not None:  # "what about my brother, he's 17"
        return age_verdict(turn, years[1], years[0])
    asker = eligibility_others.subject(text)  # "kalo istri PNS suaminya boleh daftar?": his
    if asker is not None and asker != kin_of(text):
        return eligibility_others.answer(turn)
    if kin_of(text) is not None:
        return [Outbound(relative_answer(turn, text), (check, turn.menu_button()))]
    what_if = eligibility_what_ifs.said(turn, text)  # "kalo direktur bumn?", "what about 64?"
    return None if what_if is None else [Outbound(what_if, (check, turn.menu_button()))]


_ABOUT_KIN = frozenset(
    {"bisa", "bs", "boleh", "blh", "ikut", "daftar", "juga", "jg", "gimana", "gmn", "ga", "gak",
     "gk", "nggak", "kah", "dong", "sih", "kak", "min", "too", "also", "can", "my", "aku",
     "saya", "sy", "gw", "prakerja", "apa", "apakah", "join", "apply", "eligible", "how",
     "about", "what", "is", "are", "the", "ya"}
)  # fmt: skip
"""Words beside a relative in a message that only asks whether they may join too."""


def _unvaried(turn: FlowTurn) -> list[Outbound] | None:
    """Right after an eligibility answer, without "kalo": a relative alone ("adikku bisa
    juga?"), or the minimum age reached soon ("bulan depan aku 18")."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or not _after_eligibility(turn):
        return None
    family = eligibility_family.answer(turn, text)  # "dia ibu rumah tangga", "bisa semua?"
    if family is not None:
        return family
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    kin, words = kin_of(text), re.findall(r"[^\W_]+", text)
    alone = all(KIN.fullmatch(word) or word in _ABOUT_KIN for word in words)
    if kin is not None and len(words) <= 6 and alone:
        return [Outbound(relative_answer(turn, text), (check, turn.menu_button()))]
    if kin is not None or _OTHER_NIK.search(text):
        return None
    what_if = eligibility_what_ifs.said(turn, text)  # only "bulan depan aku 18" needs no "kalo"
    what_if = what_if or eligibility_what_ifs.pppk(turn, text)  # "eh maksudnya aku sendiri PPPK"
    return None if what_if is None else [Outbound(what_if, (check, turn.menu_button()))]


def _kin_in_excluded_job(text: str) -> bool:
    """A relative in an excluded job ("what about my brother, he is a police officer"): an
    eligibility fact whatever came before (DOMAIN.md, Eligibility: not TNI, Polri, ...)."""
    return kin_of(text) is not None and any(affirmed(p, text) for p in EXCLUDED_JOBS.values())


__all__ = ["AID", "BPD", "VARIED", "aid_line", "answer", "asked"]
