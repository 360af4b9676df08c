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
- a relative alone ("adikku bisa juga?", "kalo kakak aku?"): the rules are each person's own;
- a what-if about the user's own situation ("kalo karyawan bumn?", "what if I'm 65", "kalo
  bulan depan aku 18?"): ``flows.eligibility_what_ifs``;
- a disappointed "yah" after a "not eligible" verdict: ``flows.eligibility_letdown``.

Inside the check the first two are answered at any question (``asked``), the question again."""

from __future__ import annotations

import re

from flows import eligibility_letdown, eligibility_what_ifs
from flows.eligibility_jobs import EXCLUDED_JOBS, affirmed
from flows.eligibility_situations import ASKS_JOIN
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.result import Invalid
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.turn import FlowContext, within_context_of
from flows.variation import VARIATION

VARIED = "eligibility_varied"
"""``flows.last_answer`` topic: a variation of an eligibility question was answered."""
RELATIVE_AGE = "relative_age"
"""``flows.last_answer`` topic: a relative's age was answered ("kalo 64?" next)."""
KIN_SAID = "eligibility_kin"
"""``session.profile`` key: the relative whose age was answered."""
MAX_WORDS = 10

AID = re.compile(
    r"\b(?:pkh|bpnt|blt|blt ?dd|bsu|bpum|bst|bansos|bantuan sosial|sembako|kks|pbi|bantuan "
    r"(?:pangan|tunai|langsung tunai)|social assistance|cash transfer)\b"
)
"""An aid programme named (PKH, BPNT, BLT, BSU, BPUM ...)."""
BPD = re.compile(r"\b(?:bpd|badan permusyawaratan desa|anggota bpd|village council)\b")
_KIN_WORDS = {
    "bapak": "bapak", "bapa": "bapak", "ayah": "ayah", "bokap": "ayah", "papa": "ayah",
    "ibu": "ibu", "ibuk": "ibu", "mama": "ibu", "emak": "ibu", "nyokap": "ibu", "istri": "istri",
    "bini": "istri", "suami": "suami", "kakak": "kakak", "abang": "kakak", "adik": "adik",
    "adek": "adik", "anak": "anak", "father": "ayah", "dad": "ayah", "mother": "ibu",
    "mom": "ibu", "wife": "istri", "husband": "suami", "brother": "kakak", "sister": "kakak",
    "son": "anak", "daughter": "anak", "mum": "ibu", "mamah": "ibu", "papah": "ayah",
    "paman": "paman", "uncle": "paman", "tante": "tante", "bibi": "tante", "aunt": "tante",
    "auntie": "tante", "kakek": "kakek", "grandfather": "kakek", "grandpa": "kakek",
    "nenek": "nenek", "grandmother": "nenek", "grandma": "nenek", "ortu": "ortu",
    "orang tua": "ortu", "orangtua": "ortu", "parents": "ortu",
}  # fmt: skip
_KIN_ALT = "|".join(_KIN_WORDS)
KIN = re.compile(rf"\b({_KIN_ALT})(?:ku|nya|mu)?\b")
_OTHER_NIK = re.compile(
    r"\b(?:nik|ktp|kk|data|identitas|akun)\b(?:\s+\w+)?\s+(?:orang lain|org lain|"
    rf"(?:{_KIN_ALT})(?:ku|nya|mu)?)\b"
    rf"|\b(?:atas nama|a\.?n\.?)\s+(?:orang lain|org lain|{_KIN_ALT})"
)
"""Someone else's NIK or name used ("pake nik istri", "atas nama suami")."""
_HOMEMAKER = re.compile(r"\b(?:ibu rumah tangga|irt|ibu rt|housewife|homemaker)\b")
_AGE = re.compile(
    r"\b(?:umur\w*|usia\w*|berumur|berusia|age[ds]?)\s*(?:nya\s+)?(\d{1,2})\b"
    r"|\b(\d{1,2})\s*(?:tahun|thn|th|taun|years? old|yo)\b"
)
_NEXT_TO_KIN = re.compile(
    r"(?:\s*,)?\s*(?:(?:he|she|they|dia|beliau)\b\s*)?"
    r"(?:(?:is|'s|s|are|'re|was|turned|turns|turning|just|already|now|almost|nearly|over|"
    r"sudah|udah|udh|dah|sdh|skrg|sekarang|baru)\s*)*(\d{1,2})\b"
    r"(?!\s*(?:kg|cm|juta|jt|ribu|rb|k\b|%|x\b|kali|times|people|orang|org|kk|"
    r"(?:years?|tahun|thn|th)\s+(?:older|younger|lebih|di ?atas|di ?bawah)))"
)
"""An age right after the relative ("my father is 66", "my dad's 66", "ibuku 65", "bapakku
udah 66"): no "umur" or "years old" needed."""
_OWNER = re.compile(r"^\s*(?:saya|aku|sy|gw|gue|gua|ku|ane)\b")
"""Whose relative ("bapak sy"): no clause about the user."""
_BARE_AGE = re.compile(r"^\D*?\b(\d{1,2})\b\s*(?:tahun|thn|th|taun|years?)?\W*$")


_JOIN = re.compile(
    r"\b(?:ikut\w*|daftar\w*|dftr|gabung|join|apply|prakerja|eligible|qualif(?:y|ies))\b"
)
_CAN = re.compile(r"\?|\b(?:bisa|bs|boleh|blh|bole|dapat|dpt|can|may|eligible|memenuhi)\b")


def _asks_join(lowered: str) -> bool:
    """Whether someone may join, in any word order ("mau ikut prakerja bisa ga")."""
    return bool(ASKS_JOIN.search(lowered) or (_JOIN.search(lowered) and _CAN.search(lowered)))


def _kin(lowered: str) -> str | None:
    found = KIN.search(lowered)
    return _KIN_WORDS[found.group(1)] if found else None


def _kin_name(turn: FlowTurn, kin: str | None) -> str:
    return turn.say(f"eligibility.kin.{kin or 'other'}")


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
    if just_said(turn) in (VARIED, RELATIVE_AGE):
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


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The variation's answer right after an eligibility answer, else None."""
    sad = eligibility_letdown.answer(turn)  # "yah gak bisa dong" after "not eligible"
    if sad is not None:
        return sad
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
    if just_said(turn) == RELATIVE_AGE and (aged := _BARE_AGE.search(text)):
        kin = turn.session.profile.get(KIN_SAID)
        return _age_verdict(turn, int(aged.group(1)), kin if isinstance(kin, str) else None)
    if not (_after_eligibility(turn) or _kin_in_excluded_job(text)):
        return None
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    if BPD.search(text):
        return [turn.reply("invalid.eligibility_bpd", check, turn.menu_button())]
    if AID.search(text):
        return [Outbound(aid_line(turn), (check, turn.menu_button()))]
    kin = _kin(text)
    if _OTHER_NIK.search(text):
        per_kk = turn.ctx.programme.max_beneficiaries_per_kk
        line = turn.say("eligibility.note.other_nik", max_per_kk=per_kk)
        return [Outbound(line, (check, turn.menu_button()))]
    if kin is not None:
        return [Outbound(_relative(turn, text, kin), (check, turn.menu_button()))]
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
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    kin, words = _kin(text), re.findall(r"[^\W_]+", text)
    alone = all(KIN.fullmatch(word) or word in _ABOUT_KIN for word in words)
    if kin is not None and len(words) <= 6 and alone:
        return [Outbound(_relative(turn, text, kin), (check, turn.menu_button()))]
    if kin is not None or _OTHER_NIK.search(text):
        return None
    what_if = eligibility_what_ifs.said(turn, text)  # only "bulan depan aku 18" needs no "kalo"
    return None if what_if is None else [Outbound(what_if, (check, turn.menu_button()))]


def _kin_in_excluded_job(text: str) -> bool:
    """A relative in an excluded job ("what about my brother, he is a police officer"): an
    eligibility fact whatever came before (DOMAIN.md, Eligibility: not TNI, Polri, ...)."""
    return _kin(text) is not None and any(affirmed(p, text) for p in EXCLUDED_JOBS.values())


def relative_answer(turn: FlowTurn, lowered: str) -> str:
    """A relative's own chances, the relative the message names ("and my husband is a
    farmer"): their excluded job or a homemaker, then the rules for them."""
    return _relative(turn, lowered, _kin(lowered) or "other")


def _relative(turn: FlowTurn, text: str, kin: str) -> str:
    """A relative's own chances: their excluded job, or a homemaker; then the rules for them."""
    name = _kin_name(turn, kin)
    lines = []
    for value, pattern in EXCLUDED_JOBS.items():
        if affirmed(pattern, text):
            said = turn.say("eligibility.relative.excluded", kin=name)
            lines.append(f"{said}\n{turn.say(f'eligibility.fail.occupation_{value}')}")
            break
    else:
        if _HOMEMAKER.search(text):
            lines.append(turn.say("eligibility.note.homemaker"))
    lines.append(_rules_for(turn, name))
    return "\n\n".join(lines)


def relative_age(turn: FlowTurn) -> list[Outbound] | None:
    """A relative's age in a question whether they may join ("bapak sy umur 65 mau ikut
    prakerja bisa ga"): that age against the rule, not the user's own asked."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not _asks_join(text):
        return None
    found = kin_age(text)
    return None if found is None else _age_verdict(turn, found[1], found[0])


def kin_age(lowered: str) -> tuple[str, int] | None:
    """The relative (their ``eligibility.kin`` key) and the age the message gives them ("bapak
    sy umur 65", "my father is 66", "ibuku 65"); None when no relative is named, or the age
    after them is the user's own ("bapak aku pns, aku umur 20")."""
    kin = KIN.search(lowered)
    if kin is None:
        return None
    aged = _NEXT_TO_KIN.match(lowered, kin.end()) or _AGE.search(lowered, kin.end())
    gap = _OWNER.sub("", lowered[kin.end() : aged.start()]) if aged else ""
    if aged is None or re.search(r"\b(?:aku|saya|sy|gw|gue|i)\b", gap):
        return None
    years = next(int(group) for group in aged.groups() if group)
    return _KIN_WORDS[kin.group(1)], years


def _age_verdict(turn: FlowTurn, years: int, kin: str | None) -> list[Outbound]:
    remember(turn, RELATIVE_AGE)  # "kalo 64?" next: that age
    turn.session.profile[KIN_SAID] = kin
    check = turn.button("eligibility.start", "flow:eligibility")
    return [Outbound(age_lines(turn, years, kin), (check, turn.menu_button()))]


def age_lines(turn: FlowTurn, years: int, kin: str | None) -> str:
    """A relative's age against the rule; when it meets it, the rules that apply to them."""
    rules = turn.ctx.programme
    if years > rules.max_age:
        key = "eligibility.relative.too_old"
    elif years < rules.min_age:
        key = "eligibility.relative.too_young"
    else:
        key = "eligibility.relative.age_ok"
    name = _kin_name(turn, kin)
    lines = [turn.say(key, kin=name, age=years, min_age=rules.min_age, max_age=rules.max_age)]
    if key.endswith("age_ok"):
        lines.append(_rules_for(turn, name))
    return "\n\n".join(lines)


def _rules_for(turn: FlowTurn, kin: str) -> str:
    """The programme's rules as they apply to the relative named."""
    rules = turn.ctx.programme
    return turn.say(
        "eligibility.relative.rules",
        kin=kin,
        min_age=rules.min_age,
        max_age=rules.max_age,
        max_per_kk=rules.max_beneficiaries_per_kk,
    )


__all__ = [
    "AID",
    "BPD",
    "KIN",
    "RELATIVE_AGE",
    "VARIED",
    "age_lines",
    "aid_line",
    "answer",
    "asked",
    "kin_age",
    "relative_age",
    "relative_answer",
]
