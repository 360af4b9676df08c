"""A relative's chances asked about (DOMAIN.md "Eligibility": the rules are each person's
own): who the relative is (``KIN``), the age a message gives them (``kin_age``) against the rule
(``age_lines``), their excluded job or being a homemaker (``relative_answer``), and the rules as
they apply to them. The short follow-ups that lead here ("kalo kakak aku?", "kalo 64?") are read
in ``flows.eligibility_follow_ups``."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import eligibility_minor
from flows.eligibility_facts import studying
from flows.eligibility_jobs import EXCLUDED_JOBS, affirmed
from flows.eligibility_self_too import age_band, own_lines
from flows.eligibility_situations import ASKS_JOIN
from flows.eligibility_words import number
from flows.last_answer import just_said, remember
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn

RELATIVE_AGE = "relative_age"
"""``flows.last_answer`` topic: a relative's age was answered ("kalo 64?" next)."""
KIN_SAID = "eligibility_kin"
"""``session.profile`` key: the relative whose age was answered."""
AGE = "eligibility_relative_age"
"""``session.profile`` key: that relative's age, when it meets the rule."""
PAYLOAD = "eligibility_relative"
"""A button's payload: the check for that relative (``flows.eligibility_for_relative``)."""
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
    "orang tua": "ortu", "orangtua": "ortu", "parents": "ortu", "laki gw": "suami",
    "laki gue": "suami", "laki gua": "suami", "laki saya": "suami", "laki aku": "suami",
    "lakiku": "suami", "adi abdi": "adik", "sepupu": "sepupu", "cousin": "sepupu",
}  # fmt: skip
KIN_ALT = "|".join(_KIN_WORDS)
"""The relatives' words, as alternatives in a pattern."""
_SELF_PUPIL = (
    r"(?:(?<=\baku )|(?<=\bsaya )|(?<=\bsy )|(?<=\bgw )|(?<=\bgue )|(?<=\bane )|(?<=\bmasih ))"
    r"anak\s+(?:sma|smk|smp|stm|sd|ma|mts|sekolah\w*|kuliah\w*|kampus)\b"
)
KIN = re.compile(rf"\b(?!{_SELF_PUPIL})({KIN_ALT})(?:ku|nya|mu)?\b(?!\s+(?:rumah\s*tangga|rt)\b)")
"""A relative named; not "ibu rumah tangga" / "ibu RT" (a housewife: the user's own job), nor
"aku anak sma" (a high-school student: the user)."""
_HOMEMAKER = re.compile(r"\b(?:ibu rumah tangga|irt|ibu rt|housewife|homemaker)\b")
_AGE = re.compile(
    r"\b(?:umur\w*|usia\w*|berumur|berusia|age[ds]?)\s*(?:nya\s+)?(\d{1,2})\b"
    r"|\b(\d{1,2})\s*(?:tahun|thn|th|taun|years? old|yo)\b"
)
_NEXT_TO_KIN = re.compile(
    r"(?:\s*,)?\s*(?:(?:he|she|they|dia|beliau)\b\s*)?"
    r"(?:(?:is|'s|s|are|'re|was|turned|turns|turning|just|already|now|almost|nearly|over|"
    r"sudah|udah|udh|dah|sdh|skrg|sekarang|baru|(?:yg|yang)(?=\s*\d\d\b))\s*)*(\d{1,2})\b"
    r"(?!\s*(?:kg|cm|juta|jt|ribu|rb|k\b|%|x\b|kali|times|people|orang|org|kk|"
    r"(?:years?|tahun|thn|th)\s+(?:older|younger|lebih|di ?atas|di ?bawah)))"
)
"""An age right after the relative ("my father is 66", "my dad's 66", "ibuku 65", "bapakku
udah 66", "adikku yg 19"): no "umur" or "years old" needed."""
_HAVING = re.compile(r"\b(?:punya|pny|py|ada|have|has|got)\s+$")
"""A relative had, not described: "punya anak 2" counts children, it gives no age (an age
needs its word then: "punya anak umur 2 tahun")."""
_OWNER = re.compile(r"^\s*(?:saya|aku|sy|gw|gue|gua|ku|ane)\b")
"""Whose relative ("bapak sy"): no clause about the user."""

_JOIN = re.compile(
    r"\b(?:ikut\w*|(?:men)?daftar\w*|dftr|gabung|join|apply|prakerja|eligible|qualif(?:y|ies)|"
    r"register|sign\s*up|enrol+|participate)\b"
)
_CAN = re.compile(r"\?|\b(?:bisa|bs|boleh|blh|bole|dapat|dpt|can|may|eligible|memenuhi)\b")


def _asks_join(lowered: str) -> bool:
    """Whether someone may join, in any word order ("mau ikut prakerja bisa ga")."""
    return bool(ASKS_JOIN.search(lowered) or (_JOIN.search(lowered) and _CAN.search(lowered)))


def kin_of(lowered: str) -> str | None:
    """The relative the message names (their ``eligibility.kin`` key), if any."""
    found = KIN.search(lowered)
    return _KIN_WORDS[found.group(1)] if found else None


_OF_OFFICIAL = (
    r"\b(?:istri|istrinya|suami|suaminya|anak|anaknya|adik|kakak|ibu|bapak|ayah|keluarga|wife|"
    r"husband|son|daughter|child|family)\s+(?:of\s+(?:a\s+|an\s+|the\s+|my\s+)?)?"
)
"""A relative of someone in office, named before the office with no pronoun between ("istri
kepala desa", "anak pns", "the wife of a village head"); "istri saya kepala desa" is not."""
_THEIR_KIN = re.compile(rf"\b(?:{KIN_ALT})nya\b|\b(?:his|her|their)\s+(?:{KIN_ALT})\b")
"""The official's relative asked of next ("kalo anaknya?", "what about his son?")."""
OF_OFFICIAL = "eligibility_of_official"
"""``flows.last_answer`` key: an official's relative was just answered (not the user's)."""


def _kin_name(turn: FlowTurn, kin: str | None) -> str:
    return turn.say(f"eligibility.kin.{kin or 'other'}")


def relative_answer(turn: FlowTurn, lowered: str) -> str:
    """A relative's own chances, the relative the message names ("and my husband is a
    farmer"): their excluded job or a homemaker, then the rules for them; that relative kept
    ("dia masih kuliah" next is about them)."""
    kin = kin_of(lowered)
    if kin is not None:
        turn.session.profile[KIN_SAID] = kin
    return _relative(turn, lowered, kin or "other")


def relative_answer_for(turn: FlowTurn, lowered: str, kin: str) -> str:
    """A relative's own chances, the relative named before ("dia ibu rumah tangga")."""
    return _relative(turn, lowered, kin)


def _relative(turn: FlowTurn, text: str, kin: str) -> str:
    """A relative's own chances: their excluded job, or a homemaker; then the rules for them."""
    name = _kin_name(turn, kin)
    named = any(re.search(_OF_OFFICIAL + f"(?:{job})", text) for job in EXCLUDED_JOBS.values())
    if named or (just_said(turn, OF_OFFICIAL) and _THEIR_KIN.search(text)):
        # "istri kepala desa boleh ikut?": the official's relative, not the user's relative in
        # office (probe p23c: "Kalau istrimu sendiri memegang jabatan itu ..."); "kalo
        # anaknya?" next: the official's child, not "anakmu"
        remember(turn, OF_OFFICIAL, OF_OFFICIAL)
        person = turn.say("eligibility.relative.that_person")
        said = turn.say("eligibility.relative.of_official")
        return f"{said}\n\n{_rules_for(turn, person)}"
    lines = []
    for value, pattern in EXCLUDED_JOBS.items():
        if affirmed(pattern, text):
            said = turn.say("eligibility.relative.excluded", kin=name)
            lines.append(f"{said}\n{turn.say(f'eligibility.fail.occupation_{value}')}")
            break
    else:
        if _HOMEMAKER.search(text):
            lines.append(turn.say("eligibility.note.homemaker"))
    if studying(text):  # "dia masih kuliah semester 5": not while studying
        lines.append(turn.say("eligibility.relative.studying", kin=name))
    lines.append(_rules_for(turn, name))
    return "\n\n".join(lines)


def relative_age(turn: FlowTurn) -> list[Outbound] | None:
    """A relative's age in a question whether they may join ("bapak sy umur 65 mau ikut
    prakerja bisa ga"): that age against the rule, not the user's own asked."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not _asks_join(text):
        return None
    found = kin_age(text)
    if found is None:
        return None
    replies = age_verdict(turn, found[1], found[0])
    rules = turn.ctx.programme
    if studying(text) and rules.min_age <= found[1] <= rules.max_age:  # "umur 20 dan masih
        said = turn.say("eligibility.relative.studying", kin=_kin_name(turn, found[0]))  # kuliah"
        first = replies[0]
        age, _, rest = first.text.partition("\n\n")  # the age, this, then their rules
        replies[0] = Outbound(f"{age}\n\n{said}\n\n{rest}".strip(), first.buttons, first.style)
    own = own_lines(turn, text)  # "aku 35 th satpam, istri 33 th. dua2nya bisa?": both answered
    if own is not None:
        them = turn.say("eligibility_self_too.them", kin=_kin_name(turn, found[0]))
        replies[0] = replace(replies[0], text=f"{own}\n\n{them}\n{replies[0].text}")
    return replies


def kin_age(lowered: str) -> tuple[str, int] | None:
    """The relative (their ``eligibility.kin`` key) and the age the message gives them ("bapak
    sy umur 65", "my father is 66", "ibuku 65"); None when no relative is named, or the age
    after them is the user's own ("bapak aku pns, aku umur 20")."""
    kin = KIN.search(lowered)
    if kin is None:
        return None
    counted = _HAVING.search(lowered[: kin.start()])  # "punya anak 2": two children
    aged = (None if counted else _NEXT_TO_KIN.match(lowered, kin.end())) or _AGE.search(
        lowered, kin.end()
    )
    gap = _OWNER.sub("", lowered[kin.end() : aged.start()]) if aged else ""
    if aged is None or re.search(r"\b(?:aku|saya|sy|gw|gue|i)\b", gap):
        return None
    years = next(int(group) for group in aged.groups() if group)
    return _KIN_WORDS[kin.group(1)], years


def age_verdict(turn: FlowTurn, years: int, kin: str | None) -> list[Outbound]:
    """A relative's age answered, remembered: "kalo 64?" next asks about that age (one too
    young: "kapan bisanya" next, ``flows.eligibility_minor``)."""
    remember(turn, RELATIVE_AGE)  # "kalo 64?" next: that age
    turn.session.profile[KIN_SAID] = kin
    if years < turn.ctx.programme.min_age:
        eligibility_minor.record(turn, kin or "other", years)
    check = turn.button("eligibility.start", "flow:eligibility")
    buttons: tuple[Button, ...] = (check, turn.menu_button())
    if kin and turn.ctx.programme.min_age <= years <= turn.ctx.programme.max_age:
        turn.session.profile[AGE] = years  # the check for them (``eligibility_for_relative``)
        name = _kin_name(turn, kin)
        buttons = (turn.button("eligibility_step_asks.check_for", PAYLOAD, kin=name), *buttons)
    return [Outbound(age_lines(turn, years, kin), buttons)]


_AGE_CUE = re.compile(r"\b(?:umur\w*|usia\w*|berumur|berusia)\b")


def age_in_words(turn: FlowTurn) -> list[Outbound] | None:
    """A relative and their age in words in a message about joining that the NLU reads as
    another question ("adek saya katanya mau daftar tapi umurnya baru tujuh belas tahun",
    read as "what is Prakerja"): that age against the rule."""
    text = " ".join((turn.message.text or "").lower().split())
    kin = KIN.search(text)
    if turn.message.payload is not None or kin is None or not _JOIN.search(text):
        return None
    cue = _AGE_CUE.search(text, kin.end())
    years = number(text[cue.start() :]) if cue is not None else None
    if years is None or not 5 <= years <= 99:
        return None
    return age_verdict(turn, years, _KIN_WORDS[kin.group(1)])


def age_lines(turn: FlowTurn, years: int, kin: str | None) -> str:
    """A relative's age against the rule; when it meets it, the rules that apply to them."""
    rules = turn.ctx.programme
    key = f"eligibility.relative.{age_band(turn, years)}"
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
    "AGE",
    "KIN",
    "KIN_ALT",
    "KIN_SAID",
    "PAYLOAD",
    "RELATIVE_AGE",
    "age_in_words",
    "age_lines",
    "age_verdict",
    "kin_age",
    "kin_of",
    "relative_age",
    "relative_answer",
    "relative_answer_for",
]
