"""Someone under the minimum age, the user or a relative (DOMAIN.md "Eligibility": 18–64):

- a birth date given: the day they turn 18, from which they may register ("aku lahir 5
  januari 2009, bisa daftar kapan?": from 5 Januari 2027);
- "kapan bisanya" right after "17 is too young": after the 18th birthday, then join an open
  wave (before: the training balance and a link prompt, and "ok" started linking);
- "bulan depan dia 18": not yet, after that birthday (before: out of scope);
- "aku putus sekolah kak, butuh kerja", "aku masih sma kelas 12", "ada pelatihan gratis lain
  ga" right after: a kind answer with what they can do meanwhile (before: "belum paham", or
  the Prakerja package for a 16-year-old);

The verdicts record the minor (``record``); the follow-ups read it for a few turns."""

from __future__ import annotations

import re
from datetime import date

from flows import eligibility_birth_date
from flows.date_answers import age_from, birth_date
from flows.eligibility_nik import born_on
from flows.formatting import long_date
from flows.messages import Outbound
from flows.result import Valid
from flows.runtime.machine import FlowTurn
from flows.turn import within_context_of

MINOR = "eligibility_minor"
"""``session.profile`` key: [kin or "self", age, ISO date of turning 18 or "", turns, epoch]."""
SELF = "self"
TURNS = 4
"""A follow-up reads the record this many turns after it."""

_WHEN = re.compile(
    r"\b(?:kapan|kpn|kapankah|mulai kapan|when|tanggal berapa|tgl berapa|tgl brp|umur berapa|"
    r"usia berapa)\b"
)
_SCHOOL = re.compile(r"\b(?:masih\s+)?(?:sma|smk|sekolah|ma|smp|kelas\s*(?:1[0-2]|x|xi|xii))\b")
_STILL = re.compile(r"\b(?:masih|lagi|sedang|msh|still)\b|\bkelas\s*(?:1[0-2]|x|xi|xii)\b")
_WORK = re.compile(
    r"\b(?:putus sekolah|gak sekolah|ga sekolah|tidak sekolah|ngga sekolah|nggak sekolah|"
    r"berhenti sekolah|drop ?out|butuh kerja\w*|cari kerja\w*|nyari kerja\w*|perlu kerja\w*|"
    r"pengen kerja|pgn kerja|mau kerja|butuh duit|butuh uang|need (?:a )?job)\b"
)
_OTHER_FREE = re.compile(
    r"\b(?:pelatihan|kursus|program|training|course)\s+(?:\w+\s+)?(?:gratis|lain\w*|free|other)\b"
    r"|\bselain prakerja\b"
)
_WAVE_MONTH = re.compile(
    r"\b(?:gelombang|gel|wave)\w*\b.*\b(?:januari|februari|maret|april|mei|juni|juli|agustus|"
    r"september|oktober|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des|"
    r"tahun depan|bulan depan)\b"
)
_FUTURE = re.compile(
    r"\b(?:bulan|bln|minggu|mgg|pekan|tahun|thn) (?:depan|dpn)\b|\b(?:besok|lusa|sebentar lagi|"
    r"bentar lagi|tinggal \w+ lagi|\d{1,2} (?:hari|minggu|bulan|bln) lagi)\b"
    r"|\bnext (?:week|month)\b"
)
_THEY = re.compile(r"\b(?:dia|beliau|doi|he|she|anaknya|adiknya|adeknya)\b")


def record(turn: FlowTurn, who: str, years: int, adult_on: date | None = None) -> None:
    """A verdict said ``who`` (a relative's ``eligibility.kin`` key, or ``SELF``) is too young."""
    on = adult_on.isoformat() if adult_on is not None else ""
    at = turn.message.at.timestamp()
    turn.session.profile[MINOR] = [who, years, on, turn.session.turns, at]


def _recorded(turn: FlowTurn) -> tuple[str, int, date | None] | None:
    said = turn.session.profile.get(MINOR)
    if not isinstance(said, list) or len(said) != 5:
        return None
    who, years, on, turns, at = said
    recent = turn.session.turns - int(turns) <= TURNS
    if not recent or not within_context_of(float(at), turn.message.at):
        return None
    return str(who), int(years), date.fromisoformat(on) if on else None


def adult_on(text: str, least: int, today: date) -> date | None:
    """The day a birth date in ``text`` turns ``least`` years, when that is still to come."""
    born = birth_date(text)
    if not isinstance(born, Valid) or not isinstance(born.value, date):
        return None
    day: date = born.value
    return _birthday(day, least) if age_from(day, today) < least else None


def _birthday(day: date, years: int) -> date:
    """The day someone born on ``day`` turns ``years`` old."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # born on 29 February
        return date(day.year + years, 3, 1)


def adult_line(turn: FlowTurn, years: int) -> str | None:
    """The verdict's line on the day the user turns the minimum age (a birth date typed, or
    the one in the user's own NIK), recorded for the follow-ups; without a birth date only
    the record."""
    least = turn.ctx.programme.min_age
    typed = turn.message.text if turn.message.payload is None else None
    today = turn.message.at.date()
    on = adult_on(typed, least, today) if typed else None
    if on is None and (born := born_on(turn.message)) is not None:
        on = _birthday(born, least) if age_from(born, today) < least else None
    record(turn, SELF, years, on)
    if on is None:
        return None
    return turn.say("eligibility.minor.adult_on", date=long_date(on, turn.lang), min_age=least)


def follow_up(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """Right after a "too young" verdict: when, turning 18 soon, or what to do meanwhile."""
    found = _recorded(turn)
    if found is None or turn.message.payload is not None:
        return None
    who, years, on = found
    least = turn.ctx.programme.min_age
    name = turn.say(f"eligibility.kin.{who}") if who != SELF else ""
    key: str | None = None
    own = who == SELF and eligibility_birth_date.given(turn.message)  # not "adikku lahir ..."
    born_on_day = adult_on(lowered, least, turn.message.at.date()) if own else None
    if born_on_day is not None:  # "lahir 20 desember 2008" after "too young": from that day
        on, key = born_on_day, "adult_on"
    elif turning(lowered, least):
        if who == SELF and not _THEY.search(lowered):
            return None  # "kalo bulan depan aku 18?": the verdict's own what-if (then "yah")
        key = "turning_other"
    elif _WHEN.search(lowered) and len(lowered.split()) <= 8 and not _WAVE_MONTH.search(lowered):
        if who == SELF and on is None:
            return None  # "kapan bisa daftar" with no birth date: the verdict's own answer
        key = "when_self" if who == SELF else "when_other"
        key = f"{key}_dated" if on is not None else key
    elif on is not None and _WAVE_MONTH.search(lowered):
        key = "wave_dated"  # "kalo gelombang nya buka januari?"
    elif who == SELF and _OTHER_FREE.search(lowered):
        key = "meanwhile_other"
    elif who == SELF and _WORK.search(lowered):
        key = "meanwhile_work"
    elif who == SELF and _SCHOOL.search(lowered) and _STILL.search(lowered):
        key = "meanwhile_school"
    elif who == SELF and (young := _young_now(lowered, least)) is not None:
        key, years = "still_young", young  # "sekarang masih 17"
    elif who == SELF and _FUTURE.search(lowered) and _CAN.search(lowered):
        key = "soon_confirmed"  # "kalo gitu bulan depan baru bisa ya?"
    if key is None:
        return None
    record(turn, who, years, on)  # "kalo udah lulus?" next: still the minor
    dated = long_date(on, turn.lang) if on is not None else ""
    body = turn.say(f"eligibility.minor.{key}", min_age=least, kin=name, date=dated, age=years)
    waves = turn.button("menu.waves", "topic:waves")
    return [Outbound(body, (waves, turn.menu_button()))]


_CAN = re.compile(r"\b(?:bisa|bs|boleh|blh|daftar|ikut)\b")
_BARE_AGE = re.compile(r"^\D*?(?<!\d)(\d{1,2})(?!\d)\s*(?:tahun|thn|th|taun)?\D*$")


def _young_now(lowered: str, least: int) -> int | None:
    """An age under ``least`` said alone in a short message ("sekarang masih 17"); else None."""
    found = _BARE_AGE.match(lowered) if len(lowered.split()) <= 6 else None
    if found is None or _FUTURE.search(lowered):
        return None
    years = int(found.group(1))
    return years if 10 <= years < least else None


def recent(turn: FlowTurn) -> bool:
    """A "too young" verdict for the user was given a few turns ago."""
    found = _recorded(turn)
    return found is not None and found[0] == SELF


def turning(lowered: str, least: int) -> bool:
    """ "bulan depan dia 18", "2 minggu lagi aku 18": the minimum age reached soon."""
    if not _FUTURE.search(lowered) or len(lowered.split()) > 10:
        return False
    ages = [
        int(n) for n in re.findall(r"(?<![\d.,:])\d{1,2}(?![\d.,:]?\d)", _FUTURE.sub(" ", lowered))
    ]
    return ages == [least]


__all__ = ["MINOR", "SELF", "adult_line", "adult_on", "follow_up", "recent", "record", "turning"]
