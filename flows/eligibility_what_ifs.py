"""Short "what if" questions about a situation other than the one told, typed inside the
eligibility check or right after its verdict (DOMAIN.md "Eligibility"). Before, they were read
as the pending question's answer ("kalo bulan depan aku 18?" at the family-card question was
"2 or more recipients", "kalo karyawan bumn?" at the job question "none of them") or missed:

- a BUMN/BUMD employee ("kalo karyawan bumn?"): may join; only its directors and commissioners
  may not;
- an excluded job ("kalo direktur bumn?", "kalo pns?"): may not while in it;
- turning the minimum age soon ("kalo bulan depan aku 18?", "what if I turn 18 next month"):
  not yet; registering once that age;
- another age ("what about 64?", "what if I'm 65", "kalo umur 17?"): that age against the
  limits.

The callers leave out messages naming a relative ("kalo istri saya PNS?"): those are
``flows.eligibility_asides`` and ``flows.eligibility_follow_ups``."""

from __future__ import annotations

import re

from flows import eligibility_village
from flows.eligibility_jobs import EXCLUDED_JOBS, LEAVING, affirmed, former_job, job
from flows.eligibility_self_too import with_own_age
from flows.runtime.machine import FlowTurn
from flows.variation import VARIATION

MAX_WORDS = 10
"""A what-if is short; a longer message tells a situation of its own."""

_BUMN = re.compile(r"\b(?:bumn|bumd|state[- ]owned (?:company|enterprise|firm))\b")
"""A state-owned company named (its employees may join)."""
_PPPK = re.compile(r"\b(?:pppk|p3k)\b")
_FUTURE = re.compile(
    r"\b(?:bulan|bln|minggu|mgg|pekan|tahun|thn|taun) (?:depan|dpn)\b"
    r"|\b(?:besok|lusa|nanti|ntar|soon|tomorrow)\b|\bnext (?:week|month|year)\b"
    r"|\b(?:sebentar|bentar|tinggal) lagi\b|\b\d{1,2} (?:hari|minggu|bulan|bln) lagi\b"
    r"|\bin \d{1,2} (?:days?|weeks?|months?)\b"
)
"""A time to come ("bulan depan", "next month", "2 minggu lagi")."""
_NUMBER = re.compile(r"(?<![\d.,:])\d{1,2}(?![\d.,:]?\d)")
_ASKED = (
    r"(?:\s+(?:gimana|gmn|gmna|bagaimana|bisa|bs|boleh|blh|ga|gak|gk|nggak|ngga|kah|dong|sih|"
    r"kak|min|ya|then|still|masih|juga|jg|ikut|daftar|prakerja|can i(?: join| apply)?|"
    r"eligible|ok|okay))*"
)
_OWN_AGE = re.compile(
    r"(?:(?:aku|saya|sy|gw|gue|i'?m|i am|im|i|usia\w*|umur\w*|age[ds]?|berumur|berusia|baru|"
    r"jadi|only|just|turn(?:ed|ing)?)\s+)*"
    r"(\d{1,2})(?:\s*(?:tahun|thn|th|taun|years?(?: old)?|yo))?" + _ASKED
)
"""The rest of a what-if that is only an age ("i'm 65", "umur 17 gimana", "64"); not "udah 2
tahun" (a time passed)."""
_AGE_WORD = re.compile(r"\b(?:usia\w*|umur\w*|age[ds]?|berumur|berusia)\b")
_YOUNGEST_BARE = 10
"""A number below this is no age unless named one ("kalo 2?" at the family-card question is a
count, "kalo 3 tahun lagi?" a time)."""


def _rest(lowered: str) -> str | None:
    """The what-if's words after "kalo", "what about" ...; None when it is no what-if."""
    found = VARIATION.search(lowered)
    if found is None or len(lowered.split()) > MAX_WORDS:
        return None
    return re.sub(r"[\s?!.,]+$", "", lowered[found.end() :]).strip()


def said(turn: FlowTurn, lowered: str) -> str | None:
    """The answer to the what-if ``lowered`` (lower-cased, single spaces) asks, else None."""
    if len(lowered.split()) > MAX_WORDS:
        return None
    turning = _turning(turn, lowered) or _turning_old(turn, lowered)
    if turning is not None:
        return turning
    rest = _rest(lowered)
    if rest is None:
        return None
    return with_own_age(turn, rest, _job(turn, rest)) or _age(turn, rest)  # "aku? 24, kerja"


def pppk(turn: FlowTurn, lowered: str) -> str | None:
    """PPPK named in a short message right after an eligibility answer, without "kalo" ("eh
    maksudnya aku sendiri PPPK", "PPPK kan bukan PNS"): PPPK are ASN, so excluded while in it."""
    if len(lowered.split()) > MAX_WORDS or not _PPPK.search(lowered):
        return None
    if LEAVING.search(lowered) or former_job(lowered):
        return None
    return _job(turn, "pppk")


def _turning(turn: FlowTurn, lowered: str) -> str | None:
    """ "kalo bulan depan aku 18?", "bulan depan aku 18": the minimum age reached soon (the
    only age said, and no "kalo" needed: it is no age of 18 now)."""
    least = turn.ctx.programme.min_age
    if not _FUTURE.search(lowered):
        return None
    ages = [int(n) for n in _NUMBER.findall(_FUTURE.sub(" ", lowered))]
    if ages != [least]:
        return None
    return turn.say("eligibility.note.turning_adult", min_age=least)


_LATER_ON = re.compile(
    r"\b(?:pengumuman|diumumkan|diumumin|pengumumannya|seleksi|gabung gelombang|gelombangnya)\b"
    r"|\b(?:announcement|announced|selection)\b"
)
"""A step of the programme to come ("saat pengumuman", "pas seleksi")."""


def _turning_old(turn: FlowTurn, lowered: str) -> str | None:
    """ "kalo saat pengumuman saya sudah 65?", "kalo bulan depan aku 65?": over the maximum age
    later on. When the age is counted is not in DOMAIN.md, so it is not guessed."""
    most = turn.ctx.programme.max_age
    if not (_FUTURE.search(lowered) or _LATER_ON.search(lowered)):
        return None
    ages = [int(n) for n in _NUMBER.findall(_FUTURE.sub(" ", lowered))]
    if ages != [most + 1]:
        return None
    return turn.say("eligibility.note.turning_old", max_age=most)


def _job(turn: FlowTurn, rest: str) -> str | None:
    """An excluded job, or a BUMN/BUMD employee; not a job left or to be left (their own
    answers: ``flows.eligibility_notes``, ``flows.eligibility_situations``)."""
    if LEAVING.search(rest) or former_job(rest):
        return None
    work = job(rest)
    if work == "bumn":
        return turn.say("eligibility.what_if.bumn_board")
    if work not in (None, "none"):
        rule = turn.say(f"eligibility.fail.occupation_{work}").lstrip("• ")
        if _PPPK.search(rest):  # "kalo pegawai PPPK?": PPPK are civil servants too
            rule = f"{turn.say('eligibility.note.pppk')} {rule}"
        return turn.say("eligibility.what_if.excluded", rule=rule)
    if _BUMN.search(rest) and not affirmed(EXCLUDED_JOBS["bumn"], rest):
        return turn.say("eligibility.what_if.bumn_staff")
    named = work == "none" and _NAMED_JOB.search(rest) and eligibility_village.key(rest) is None
    if named:  # "kalo aku ojol?": no excluded job (not "kalo ketua RT?": its own answer)
        key = "homemaker" if _HOMEMAKER.search(rest) else "employed"
        return turn.say(f"eligibility.note.{key}")
    return None


_HOMEMAKER = re.compile(r"\b(?:ibu rumah tangga|irt|ibu rt|housewife|homemaker)\b")
_NAMED_JOB = re.compile(r"^(?!.*\b(?:bukan|not|non|ga|gak|tidak|nggak)\b)")
"""A job named, not denied ("kalo aku bukan PNS?" is no job of one's own to answer for)."""


def _age(turn: FlowTurn, rest: str) -> str | None:
    """An age only ("64", "i'm 65", "umur 17 gimana"), against the limits."""
    found = _OWN_AGE.fullmatch(" ".join(re.sub(r"[?!.,]", " ", rest).split()))  # "aku? aku 25"
    if found is None:
        return None
    years = int(found.group(1))
    if years < _YOUNGEST_BARE and not _AGE_WORD.search(rest):
        return None
    rules = turn.ctx.programme
    key = "age_ok"
    if years > rules.max_age:
        key = "too_old"
    elif years < rules.min_age:
        key = "too_young"
    limits = {"min_age": rules.min_age, "max_age": rules.max_age}
    return turn.say(f"eligibility.what_if.{key}", age=years, **limits)


__all__ = ["pppk", "said"]
