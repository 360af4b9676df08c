"""What a message says about the user against the eligibility rules: age, school, job, an
earlier Prakerja, recipients on the family card, social assistance. Read from the opening
message ("umur 17 bisa daftar?") and from any later one ("saya belum kerja").

Only the user's own facts count: "bapak saya kepala desa" or "suami kerja di bumn" is about
someone else, and "bukan direksi" or "non pns" denies the job it names.
"""

from __future__ import annotations

import re
from datetime import date

from flows.date_answers import age, age_from
from flows.result import Result, Valid
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message

EXCLUDED_JOBS = {
    "asn": r"\b(?:asn|pns|pegawai negeri|p3k|pppk|civil servant)\b",
    "tni": r"\b(?:tni|tentara|prajurit)\b",
    "polri": r"\b(?:polri|polisi|police)\b",
    "official": r"\b(?:pejabat|menteri|official)\b",
    "dprd": r"\b(?:dpr|dprd|anggota dewan)\b",
    "village": r"\b(?:kades|kepala desa|perangkat desa|aparat desa|village)\b",
    "bumn": r"\b(?:direksi|komisaris|dewan pengawas)\b|\bdirektur (?:\w+ )?(?:bumn|bumd)\b",
}
"""Jobs that exclude ("bumn" alone does not: only its directors and commissioners)."""
NO_EXCLUDED_JOB = re.compile(
    r"\b(?:tidak ada|bukan|nggak|gak|ga|tidak|none|wiraswasta|swasta|karyawan|buruh|"
    r"pengangguran|nganggur|freelance|belum kerja|usaha)\b"
)
"""Answers to the job question that name none of the excluded jobs."""
_NOT_WORKING = re.compile(
    r"\b(?:(?:belum|tidak|gak|ga|nggak|blm|gk) (?:be)?kerja|nganggur|menganggur|pengangguran|"
    r"wiraswasta|karyawan|buruh|freelance\w*|pedagang|jualan|ojol|unemployed|jobless|"
    r"ibu rumah tangga|irt|housewife|homemaker|honorer|staf|staff|pegawai kontrak|"
    r"outsourcing)\b"
)
"""Facts about work that answer the job question even when it was not asked yet."""
_DENIED = re.compile(
    r"\b(?:bukan|bkn|not|non|tidak|tdk|gak|ga|gk|g|nggak|ngga|enggak|engga|ndak|nda|belum|blm|"
    r"no longer|never)[\s/]+(?:(?:pernah|prnh|jadi|jd|sebagai|sbg|seorang|anggota|a|an)[\s/]+)*"
    r"(?:\w+[\s/]+)?$"
)
"""Words just before a fact that deny it ("bukan direksi", "non pns", "belum pernah dapat", "bkn
tni/polri", "ga pernah jd anggota dprd")."""

SCHOOL_WORDS = re.compile(
    r"\b(?:kuliah|mahasiswa|sekolah|pelajar|siswa|kampus|student|smk|sma|university|college|"
    r"school)\b"
)
_NOT_IN_SCHOOL = re.compile(
    r"\b(?:tidak|gak|ga|nggak|enggak|gk|putus|berhenti|drop ?out)\s+(?:\w+\s+)?(?:kuliah|sekolah)\b"
    r"|\b(?:not|no longer|never|dropped out of|left|finished) (?:\w+ )?(?:in |at )?"
    r"(?:school|university|college|studying)\b"
)
_WORKS_AT_SCHOOL = re.compile(
    r"\b(?:kerja|bekerja|ngajar|mengajar|guru|dosen|honorer|staf|staff|satpam|pegawai|"
    r"karyawan|work|teach\w*)\b(?:\s+\w+){0,2}?\s+(?:di\s+|at\s+(?:a\s+)?)?(?:sekolah|kampus|"
    r"smk|sma|universitas|school|university|college)\b"
)
"""A school named as a workplace ("honorer di sekolah"): no student."""
GRADUATE_WORDS = re.compile(r"\b(?:lulus\w*|alumn\w*|graduate\w*|tamat\w*|wisuda|fresh ?grad\w*)\b")
LISTED = re.compile(r"pddikti|dapodik|terdaftar|tercatat")
"""A graduate still listed as a student where the programme checks it."""

_RECEIVED = (
    r"(?:sudah|udah|udh|dah|sdh|pernah)\s+(?:pernah\s+)?(?:dapat|dapet|dpt|terima|nerima|"
    r"menerima|jadi penerima)"
)
_PREVIOUS = re.compile(
    rf"\b{_RECEIVED}\s+(?:kartu\s+)?prakerja\b|\bpenerima (?:kartu )?prakerja\b"
    r"|\bi (?:have |already |previously )*(?:got|received|had) (?:the )?(?:kartu )?prakerja\b"
    rf"|\b{_RECEIVED}\b(?=.{{0,40}}\b(?:ikut|daftar|gabung|join|apply)\w*\s+(?:lagi|lg|again)\b)"
)  # the last: "kalo udh pernah dapet tahun 2021 boleh ikut lg?" (received: joining again)
_KK_RECEIVED = re.compile(
    rf"\b(\d)\s*(?:org|orang|people)\b.{{0,30}}?(?:{_RECEIVED}|yang dapat|yg dapat|yg dpt|yang dpt|"
    r"yg dapet|penerima|received|got)\b"
)
_FAMILY_SIZE = re.compile(r"\b\d{1,2}\s*(?:org|orang|jiwa|anggota|people|members)\b")
"""People on the family card, which is not how many received Prakerja."""

_RELATIVE = re.compile(
    r"\b(?:(?:suami|istri|bini|mertua|ortu|orang ?tua)(?:ku|nya)?(?:\s+(?:saya|aku|sy|gw|gue))?\b"
    r"|(?:bapak|ayah|ibu|mama|papa|emak|kakak|adik|adek|anak|abang|saudara|paman|om|tante|bibi|"
    r"keluarga|teman|temen)(?:ku\b|\s+(?:saya|aku|sy|gw|gue|gua|ku)\b)"
    r"|my (?:husband|wife|father|dad|mother|mom|mum|parents?|brother|sister|son|daughter|"
    r"family|friend)\b)"
    r"[^,.;!?]*?(?=[,.;!?]|\s(?:saya|aku|sy|gw|gue|i)\s|$)"
)
"""A clause about a relative ("bapak saya kepala desa", "suami kerja di bumn ..."), up to the
end of the clause or the next "saya"."""


def about_self(lowered: str) -> str:
    """The message without its clauses about relatives."""
    return _RELATIVE.sub(" ", lowered)


def _affirmed(pattern: str | re.Pattern[str], lowered: str) -> re.Match[str] | None:
    """The first match of ``pattern`` that the words before it do not deny."""
    for found in re.finditer(pattern, lowered):
        if not _DENIED.search(lowered[: found.start()]):
            return found
    return None


def relative_job(lowered: str) -> bool:
    """A relative's excluded job is named ("bapak saya kepala desa")."""
    return any(job(clause.group(0)) not in (None, "none") for clause in _RELATIVE.finditer(lowered))


_FORMER = re.compile(
    r"\b(?:dulu|dulunya|mantan|bekas|eks|ex|former|formerly|pernah jadi)\b"
    r"|\b(?:udah|sudah|udh|dah|sdh|telah)\s+(?:berhenti|keluar|resign|pensiun|diberhentikan|"
    r"tidak lagi|ga lagi|gak lagi)|\b(?:no longer|quit|retired|left)\b"
    r"|\b(?:udah|sudah|udh|dah|sdh|telah)\s+(?:gak|ga|gk|tidak|tdk|nggak|ngga|bukan|bkn)\s+"
    r"(?:kerja|bekerja|jadi|jd|menjabat)\b|\b(?:resign\w*|pensiunan|kena phk|di-?phk)\b"
)
"""A job held before ("dulu aku perangkat desa tapi udah berhenti"): none of the excluded now."""
LEAVING = re.compile(
    r"\b(?:mau|mo|akan(?! tetapi)|bakal|baru mau|segera|rencana|rencananya|berencana|pengen|"
    r"pingin|ingin|hampir|sebentar lagi|bentar lagi|tinggal|going to|about to|will|planning to)"
    r"\s+(?:(?!udah|sudah|udh|sdh|telah|dah\b)\w+\s+){0,2}?(?:pensiun|purna\w*|resign\w*|"
    r"berhenti|keluar|mengundurkan diri|retire|quit|leave|lulus|wisuda|graduate)\b"
    r"|\b(?:pensiun|resign|berhenti|keluar|lulus|wisuda)\s+(?:\w+\s+)?(?:bulan|tahun|minggu|thn|bln)"
    r"\s+(?:depan|ini)\b"
)
"""Leaving to come ("mau pensiun bulan depan", "resign tahun depan"): still in the job (or at
school) now, so no job held before."""


def _left(lowered: str) -> bool:
    """Says the job was left (not that it will be: "mau resign" is still the job)."""
    return bool(_FORMER.search(LEAVING.sub(" ", lowered)))


def former_job(lowered: str) -> bool:
    """An excluded job named as one held before ("dulu aku pns tapi udah pensiun")."""
    named = any(_affirmed(pattern, lowered) for pattern in EXCLUDED_JOBS.values())
    return named and _left(lowered)


def job(lowered: str) -> str | None:
    """An excluded job the user has (not one they deny or left), or plainly none."""
    for value, pattern in EXCLUDED_JOBS.items():
        if _affirmed(pattern, lowered):
            return "none" if _left(lowered) else value
    return "none" if _NOT_WORKING.search(lowered) else None


def graduated(lowered: str) -> bool:
    """Says they graduated ("udah lulus", "lulusan smk"; not "belum lulus")."""
    return _affirmed(GRADUATE_WORDS, lowered) is not None


def studying(lowered: str) -> bool:
    """At school or university now ("masih kuliah"; not "lulusan smk", "honorer di sekolah")."""
    if graduated(lowered) or _NOT_IN_SCHOOL.search(lowered):
        return False
    return bool(SCHOOL_WORDS.search(lowered)) and not _WORKS_AT_SCHOOL.search(lowered)


def read_age(message: Message) -> Result:
    years = message.entity("age")
    if isinstance(years, int | float) and 0 < years < 130:
        return Valid(int(years))
    if message.entity("wave") is not None:
        return None  # "gelombang 72 kapan?" at the age question: a wave, not an age
    born = message.entity("date")
    if isinstance(born, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", born):
        return Valid(age_from(date.fromisoformat(born), date.today()))
    return age(message.text or "")


def family_size_only(text: str) -> bool:
    """ "ada 5 org di kk aku": the family's size, not how many received Prakerja."""
    lowered = text.lower()
    return bool(_FAMILY_SIZE.search(lowered)) and not _KK_RECEIVED.search(lowered)


def stated_age(message: Message) -> Result:
    """The user's own age in a message that names one (not a relative's: "anak saya umur 17");
    an impossible one ("umur aku 200 thn") as ``Invalid``."""
    text = (message.text or "").lower()
    own = about_self(text)
    if own == text:  # nothing about relatives: the parser's entities are the user's
        if message.entity("age") is not None or re.search(r"\b(?:umur|usia|age)\b", own):
            return read_age(message)
    elif re.search(r"\b(?:umur|usia|age)\b", own):
        return age(own)
    return None


def facts(message: Message, ctx: FlowContext) -> Slots:
    """The user's own answers to the questions, asked or not, that the message gives."""
    slots: Slots = {}
    text = (message.text or "").lower()
    own = about_self(text)
    found = stated_age(message)
    if isinstance(found, Valid):
        slots["age"] = found.value
    if GRADUATE_WORDS.search(own) and LISTED.search(own):
        slots["school"] = "graduate_listed"  # "udah lulus tapi masih tercatat di PDDikti"
    elif studying(own):
        slots["school"] = "yes"
    work = job(own)
    if work is not None:
        slots["occupation"] = work
    slots.update(_history(own, ctx))
    return slots


def _history(own: str, ctx: FlowContext) -> Slots:
    """An earlier Prakerja, recipients on the family card, social assistance."""
    slots: Slots = {}
    if _affirmed(_PREVIOUS, own):
        slots["previous"] = "yes"
    counted = _KK_RECEIVED.search(own)
    if counted and re.search(r"\b(?:kk|kartu keluarga|family card)\b", own):
        slots["kk_count"] = str(min(int(counted.group(1)), ctx.programme.max_beneficiaries_per_kk))
    if _affirmed(
        r"\b(?:penerima|dapat|dapet|dpt|terima|nerima|receiv\w*|get|got) (?:bantuan )?"
        r"(?:pkh|bpnt|blt|bsu|bpum|bansos|sembako)\b|\b(?:pkh|bpnt|bansos)\b",
        own,
    ):
        slots["bansos"] = "yes"
    return slots


__all__ = [
    "EXCLUDED_JOBS",
    "GRADUATE_WORDS",
    "LEAVING",
    "LISTED",
    "NO_EXCLUDED_JOB",
    "SCHOOL_WORDS",
    "about_self",
    "facts",
    "family_size_only",
    "former_job",
    "graduated",
    "job",
    "read_age",
    "relative_job",
    "stated_age",
    "studying",
]
