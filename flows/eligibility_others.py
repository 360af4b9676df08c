"""Someone else's eligibility asked, the relative being the one who would join ("suami aku bisa
daftar prakerja ga? dia kerja di pabrik", "kalo adik aku umur 17 bisa ga", "can my husband
apply? he works in a factory"): the answer is about them (DOMAIN.md "Eligibility": the rules
are each person's own, and each registers with their own NIK and account; working, e.g. in a
factory, is allowed unless the job is an excluded one; 18 is the minimum age). Before, the
user's own check started ("Berapa usiamu?", the "working is allowed" note as if it were the
user's), and in the check "what about my little brother, he's 17" was taken as the user's age.

Only when the relative is the one asked about: named before the question in the same clause
("suami aku bisa daftar?", "kalo adik aku umur 17 bisa ga") or right after "can/may/is"
("can my husband apply?"), and nothing is said of the user's own ("bapak aku pns, aku umur 20,
bisa?" is the user's check; "suami saya kerja di pabrik, bisa ikut?" may ask about the user)."""

from __future__ import annotations

import re

from flows.eligibility_family import FAMILY
from flows.eligibility_jobs import EXCLUDED_JOBS, affirmed
from flows.eligibility_relatives import (
    KIN,
    KIN_ALT,
    KIN_SAID,
    age_lines,
    age_verdict,
    kin_age,
    kin_of,
    relative_answer_for,
)
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_MODIFIERS = (
    r"(?:little|younger|older|big|baby|elder|kecil|besar|bungsu|sulung|tertua|termuda|cowo|"
    r"cowok|cewe|cewek|laki|perempuan|pertama|kedua|ketiga)"
)
_MY = re.compile(rf"\b(?:my|our)\s+(?:{_MODIFIERS}\s+)?(?=(?:{KIN_ALT})\b)")
_KIN_OWNER = re.compile(
    rf"\b((?:{KIN_ALT})(?:ku|nya|mu)?)\s+(?:{_MODIFIERS}\s+)?(?:saya|aku|sy|gw|gue|gua|ane|aq)\b"
)
"""Whose relative: "my (little)", "adik (bungsu) aku"; not a clause about the user."""

_SELF = re.compile(r"\b(?:saya|aku|sy|gw|gue|gua|ane|aq|i|me|i'm|im|myself|sendiri)\b")
_CAN = re.compile(
    r"\b(?:bisa|bs|boleh|blh|bole|dapat|dpt|bisakah|bolehkah|tiasa|can|could|may|eligible|"
    r"memenuhi|qualif(?:y|ies)|allowed)\b"
)
_ASKS = re.compile(
    r"\?|\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|kah|apa|gimana|gmn|kaga|kagak|ndak|nda|ora|teu|"
    r"henteu)\s*\W*$"
)
"""Asked, in Betawi ("kaga"), Javanese ("ora") and Sundanese ("teu") too."""
_OPENING = re.compile(
    r"^\W*(?:(?:baik|oke|ok|okay|sip|siap|makasih|terima kasih|thanks|thank you)\W+)?"
    r"(?:(?P<about>kalo|kalau|klo|kl|trus|terus|trs|how about|what about|and)\s+"
    rf"|(?:is|are|does|can|could|may)\s+(?:the\s+|a\s+|an\s+)?)?(?:{KIN_ALT})(?:ku|nya|mu)?\b"
)
"""The relative opens the question ("kalo adik aku ...", "can my husband ...", "can the wife
of ...", "suami aku ..."), after a thanks or an okay ("Baik, kalau suami saya umur 63?")."""
_PRONOUN = re.compile(r"^\W*(?:dia|beliau|he|she|they)\b(?!\s+(?:bilang|blg|said|says))")
"""The relative just asked about, told more of ("dia umur 17")."""
_JOIN = re.compile(
    r"\b(?:ikut\w*|daftar\w*|dftr|gabung|join|apply|prakerja|peserta|eligible|qualif(?:y|ies)|"
    r"syarat\w*)\b"
)
_OTHER_TOPIC = re.compile(
    r"\b(?:pelatihan|webinar|kelas|kursus|belajar|training|course|class|rekening|e-?wallet|"
    r"akun|account|email|hp|nomor|insentif|saldo|sertifikat|login|otp)\b"
)
"""Another topic beside the relative (their course, an account of the user's): not this."""
_BESIDE = frozenset(
    {"kalo", "kalau", "klo", "kl", "bisa", "bs", "boleh", "blh", "juga", "jg", "dong", "sih",
     "kak", "min", "ya", "gimana", "gmn", "ga", "gak", "gk", "nggak", "kah"}
)  # fmt: skip
"""Words beside a relative asked about alone ("kalo adikku bisa?")."""
_WANTS = re.compile(
    r"\b(?:wants? to|would like to|mau|mo|pengen|pingin|ingin|pgn)\s+(?:\w+\s+)?"
    r"(?:apply|join|register|daftar|ikut|gabung)\b"
)
"""Told they want to join ("kakakku mau daftar juga", "my brother wants to apply"): asked."""
_BORN = re.compile(r"\b(?:lahir|kelahiran|born)\b|\b(?:19|20)\d\d\b")
_YOUNGER = re.compile(r"\b(?:little|younger|baby|kid)\s+(?:brother|sister)\b")
"""A younger sibling in English: "adik" (the plain "brother" is read as "kakak")."""
_EMPLOYED = re.compile(
    r"\b(?:kerja|bekerja|kerjanya|karyawan|karyawati|buruh|pegawai|pabrik|kantor|swasta|ojol|"
    r"dagang|pedagang|petani|nelayan|guru|honorer|works?|working|employed|job|factory|employee|"
    r"teacher)\b"
)


def _owned(lowered: str) -> str:
    """The message without the owner of the relative ("adik aku" -> "adik")."""
    return _KIN_OWNER.sub(r"\1", _MY.sub("", lowered))


def subject(lowered: str) -> str | None:
    """The relative (their ``eligibility.kin`` key) the message asks about as the one who
    would join; None when none, or the user is in it too."""
    owned = _owned(lowered)
    kin = KIN.search(owned)
    if kin is None or _SELF.search(KIN.sub(" ", owned)):
        return None
    if _BORN.search(owned):
        return None  # "adik aku lahir 2009 bisa daftar?": the check's (its birth-year reading)
    opening = _OPENING.match(owned)
    if opening is None:  # "... suami saya": the relative only told of
        return None
    alone = all(KIN.fullmatch(word) or word in _BESIDE for word in re.findall(r"\w+", owned))
    if _OTHER_TOPIC.search(owned) or not (_JOIN.search(owned) or kin_age(owned) or alone):
        return None  # "anak saya bisa ikut kelas ini?": a course; "suami aku bisa?": unclear
    asks = (_CAN.search(owned) and (_ASKS.search(owned) or "?" in owned)) or _WANTS.search(owned)
    if not asks and not (opening.group("about") and kin_age(owned)):
        return None  # "kalo adik aku 17?", "what about my brother, he's 17": asked too
    asked = _CAN.search(owned, kin.end())
    if asked is not None and re.search(r"[,.;!]", owned[kin.end() : asked.start()]):
        return None  # "suami saya kerja di pabrik, bisa ikut?": who would join is unclear
    asker = _asker(owned, kin.end(), asked)
    if asker is not None:  # "kalo istri PNS suaminya boleh daftar?": the husband is asked of
        return kin_of(asker.group(0))
    return "adik" if _YOUNGER.search(lowered) else kin_of(kin.group(0))


def _asker(owned: str, start: int, asked: re.Match[str] | None) -> re.Match[str] | None:
    """Another relative named after the first, just before "bisa/boleh" ("kalo istri PNS
    suaminya boleh daftar?"): the one who would join; the first is only told of."""
    if asked is None:
        return None
    later = list(KIN.finditer(owned, start, asked.start()))
    first = KIN.search(owned)
    if not later or first is None or kin_of(later[-1].group(0)) == kin_of(first.group(0)):
        return None
    return later[-1]


def _told_of(lowered: str) -> str:
    """The message from the relative asked of on, when another relative is only told of before
    it ("kalo istri PNS suaminya boleh daftar?" -> "suaminya boleh daftar?"), else all of it."""
    owned = _owned(lowered)
    first = KIN.search(owned)
    asker = _asker(owned, first.end(), _CAN.search(owned, first.end())) if first else None
    return owned if asker is None else owned[asker.start() :]


def aged(lowered: str) -> tuple[str, int] | None:
    """The relative (a younger sibling in English: "adik") and the age the message gives
    them ("what about my little brother, he's 17")."""
    found = kin_age(_owned(lowered))
    if found is None:
        return None
    return ("adik" if _YOUNGER.search(lowered) else found[0]), found[1]


def said(turn: FlowTurn, lowered: str) -> str | None:
    """The relative's chances (an age given: against the rule), for a check's question; "dia
    umur 17" after one was asked about: that relative's age."""
    kin = subject(lowered)
    named = turn.session.profile.get(KIN_SAID)
    if kin is None and isinstance(named, str) and _PRONOUN.match(lowered):
        years = kin_age(f"{named} {lowered}")
        return None if years is None else age_lines(turn, years[1], named)
    if kin is None:
        return None
    turn.session.profile[KIN_SAID] = kin  # "dia umur 30" next: that relative
    years = aged(lowered)
    if years is not None:
        return age_lines(turn, years[1], kin)
    return _chances(turn, lowered, kin)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The relative's chances, outside the check, with the check one tap away."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    kin = subject(lowered) if message.payload is None else None
    if kin is None:
        return None
    years = aged(lowered)
    if years is not None:
        return age_verdict(turn, years[1], kin)
    turn.session.profile[KIN_SAID] = kin
    remember(turn, FAMILY)  # "dia masih kuliah semester 5" next: that relative's chances
    check = turn.button("eligibility.start", "flow:eligibility")
    return [Outbound(_chances(turn, lowered, kin), (check, turn.menu_button()))]


def employed(lowered: str) -> bool:
    """The relative is said to work at a job that is no excluded one ("udh kerja")."""
    excluded = any(affirmed(pattern, lowered) for pattern in EXCLUDED_JOBS.values())
    return not excluded and bool(_EMPLOYED.search(KIN.sub(" ", lowered)))


def _chances(turn: FlowTurn, lowered: str, kin: str) -> str:
    """Their own rules; a job of theirs that is no excluded one said to be fine first."""
    own = _told_of(lowered)
    if own != _owned(lowered):  # another relative's job told of: only one's own job counts
        told = turn.say("eligibility.note.relative_job")
        return f"{told}\n\n{relative_answer_for(turn, own, kin)}"
    rules = relative_answer_for(turn, lowered, kin)
    excluded = any(affirmed(pattern, lowered) for pattern in EXCLUDED_JOBS.values())
    if excluded or not _EMPLOYED.search(KIN.sub(" ", lowered)):
        return rules  # no job named, or an excluded one (its own lines come first)
    name = turn.say(f"eligibility.kin.{kin}")
    return f"{turn.say('eligibility.relative.employed', kin=name)}\n\n{rules}"


__all__ = ["aged", "answer", "employed", "said", "subject"]
