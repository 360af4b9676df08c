"""What a message says about the user against the eligibility rules: age, school, job, an
earlier Prakerja, recipients on the family card, social assistance. Read from the opening
message ("umur 17 bisa daftar?") and from any later one ("saya belum kerja").

Only the user's own facts count: "bapak saya kepala desa" or "suami kerja di bumn" is about
someone else, and "bukan direksi" or "non pns" denies the job it names.
"""

from __future__ import annotations

import re
from datetime import date

from flows import eligibility_kk_said as kk_said
from flows.date_answers import age, age_from
from flows.eligibility_jobs import (
    EXCLUDED_JOBS,
    LEAVING,
    NO_EXCLUDED_JOB,
    SAME_KK,
    about_self,
    affirmed,
    denied_job,
    former_job,
    job,
    relative_job,
    relatives_received,
    without_relatives_received,
)
from flows.eligibility_kk import other_card
from flows.eligibility_own_age import bare_age
from flows.eligibility_student_asks import asks_if_studying
from flows.eligibility_words import DROPPED, INCOME, MONEY, age_in_words
from flows.result import Invalid, Result, Valid
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message

STUDENT_SHORT = ("mhs", "mhsw", "mahasiswi", "maba", "siswi", "semester", "smt", "smstr")
"""Short and other words for a student ("aku mhs smt 5", "maba 2024"): the ones the parser's
lexicon may not spell out."""
SCHOOL_WORDS = re.compile(
    r"\b(?:kuliah|mahasiswa|sekolah|pelajar|siswa|kampus|student|smk|sma|university|college|"
    r"school|mhs|mhsw|mahasiswi|maba|siswi)\b|\b(?:semester|smt|smstr)\s*\d{1,2}\b"
    r"|\b(?:lagi|lg|sedang|sdg|masih|msh)\s+(?:\w+\s+)?(?:skripsi|tesis|thesis|tugas akhir|kkn)\b"
)
_NOT_IN_SCHOOL = re.compile(
    r"\b(?:tidak|gak|ga|nggak|enggak|gk|putus|berhenti|drop ?out)\s+(?:\w+\s+)?(?:kuliah|sekolah)\b"
    rf"|{DROPPED.pattern}"
    r"|\b(?:not|no longer|never|dropped out of|left|finished) (?:\w+ )?(?:in |at )?"
    r"(?:school|university|college|studying|student)\b"
)
_WORKS_AT_SCHOOL = re.compile(
    r"\b(?:kerja|bekerja|ngajar|mengajar|guru|dosen|honorer|staf|staff|satpam|pegawai|"
    r"karyawan|work|teach\w*)\b(?:\s+\w+){0,2}?\s+(?:di\s+|at\s+(?:a\s+)?)?(?:sekolah|kampus|"
    r"smk|sma|universitas|school|university|college)\b"
)
"""A school named as a workplace ("honorer di sekolah"): no student."""
GRADUATE_WORDS = re.compile(r"\b(?:lulus\w*|alumn\w*|graduate\w*|tamat\w*|wisuda|fresh ?grad\w*)\b")
LISTED = re.compile(
    r"pddikti|dapodik|terdaftar|tercatat|kedaftar|kecatat"
    r"|\b(?:berstatus|dinyatakan|terdeteksi|terbaca|tertulis|status(?:nya)?)\s+(?:masih\s+)?"
    r"(?:sebagai\s+)?(?:mahasiswa|mhs|pelajar|siswa|aktif)\b"
)
"""A graduate still listed as a student where the programme checks it."""

_RECEIVED = (
    r"(?:sudah|udah|udh|dah|sdh|pernah)\s+(?:pernah\s+)?(?:dapat|dapet|dpt|terima|nerima|"
    r"menerima|jadi penerima)"
)
_PREVIOUS = re.compile(
    rf"\b{_RECEIVED}\s+(?:kartu\s+)?prakerja\b|\bpenerima (?:kartu )?prakerja\b"
    r"|\bi (?:have |already |previously )*(?:got|received|had) (?:the )?(?:kartu )?prakerja\b"
    rf"|\b{_RECEIVED}\b(?=.{{0,40}}\b(?:ikut|daftar|gabung|join|apply)\w*\s+(?:lagi|lg|again)\b)"
    r"|\b(?:alumni|alumnus|mantan peserta|eks peserta)\s+(?:kartu\s+)?prakerja\b"
    r"|\b(?:sudah|udah|udh|dah|sdh|pernah|dulu)\s+(?:\w+\s+){0,2}?(?:lolos|keterima|diterima)\b"
    r"(?=.{0,80}\b(?:ikut|daftar|gabung|join|apply)\w*\s+(?:lagi|lg|ulang|again)\b)"
)  # the last: "kalo udh pernah dapet tahun 2021 boleh ikut lg?" (received: joining again)
_NOT_RECEIVED = re.compile(
    r"\b(?:belum|blm|tidak|tdk|gak|ga|gk|nggak|ngga|never)\s+(?:pernah|prnh|pern)\s+"
    r"(?:dapat|dapet|dpt|terima|nerima|menerima|jadi penerima|lolos|ikut prakerja)\b"
    r"(?!\s+(?:bantuan|bansos|pkh|bpnt|blt|bsu|bpum|sembako))"
    r"|\b(?:bukan|bkn) (?:alumni|penerima) (?:kartu )?prakerja\b"
)
"""Never received Prakerja ("belum pernah dapet", "blm prnh dapat prakerja"; not "belum pernah
dapat bansos")."""
NOT_CITIZEN = re.compile(
    r"\b(?:wna|warga negara asing|orang asing|foreigners?|foreign (?:nationals?|citizens?)|"
    r"expats?|non-?indonesians?|bukan (?:wni|warga negara indonesia|orang indonesia)|"
    r"(?:ga|gak|tidak|belum|nggak) punya (?:ktp|nik)|not (?:an? )?indonesian|"
    r"(?:don'?t|do not) have (?:a |an )?(?:ktp|nik)|"
    r"(?:i'?m|i am|saya|aku|sy|gw|gue)\s+(?:an?\s+|orang\s+|warga(?:\s+negara)?\s+)?"
    r"(?:american|amerika|british|australian|australia|malaysian|malaysia|"
    r"singaporean|singapura|filipino|filipina|indian|india|chinese|japanese|jepang|korean|"
    r"korea|dutch|belanda|german|jerman|french|perancis|canadian|thai|vietnamese|russian))\b"
)
"""Not a citizen: a foreigner, no NIK, a nationality of the user's own ("I'm American married
to an Indonesian": the spouse's "Indonesian" says nothing of the user)."""
CITIZEN_SAID = re.compile(
    r"\b(?:wni|warga negara indonesia|orang indonesia|indonesian|"
    r"punya (?:ktp|nik)|ada (?:ktp|nik))\b"
)
_RULE_WORDS = re.compile(
    r"\b(?:harus|hrs|wajib|syarat\w*|khusus|hanya|cuma|apakah|apa|kalau|kalo|klo|must|only)"
    r"\s+(?:\w+\s+)?$"
)
"""Words before "wni" that ask about the rule ("harus wni?"), not say the user is one."""


def graduated(lowered: str) -> bool:
    """Says they graduated ("udah lulus", "lulusan smk"; not "belum lulus")."""
    return affirmed(GRADUATE_WORDS, lowered) is not None


def dropped_out(lowered: str) -> bool:
    """Says they dropped out of or left school or university ("udah DO dari kampus")."""
    return bool(DROPPED.search(lowered))


def not_at_school(lowered: str) -> bool:
    """Says they are not at school or university ("ga kuliah", "udh ga sekolah")."""
    return bool(_NOT_IN_SCHOOL.search(lowered))


def studying(lowered: str) -> bool:
    """At school or university now ("masih kuliah"; not "lulusan smk", "honorer di sekolah")."""
    if graduated(lowered) or _NOT_IN_SCHOOL.search(lowered):
        return False
    return bool(SCHOOL_WORDS.search(lowered)) and not _WORKS_AT_SCHOOL.search(lowered)


def read_age(message: Message) -> Result:
    """An age in digits or words, or a date of birth; one in the thirties ("30an", "empat
    puluhan") is asked again."""
    text = MONEY.sub(" ", message.text or "")  # "gajiku 8 juta": no age of 8
    in_words = age_in_words(text)
    if isinstance(in_words, Invalid) and in_words.reason == "age_approx":
        return in_words
    years = message.entity("age")
    if isinstance(years, int | float) and 0 < years < 130:
        return Valid(int(years))
    if message.entity("wave") is not None:
        return None  # "gelombang 72 kapan?" at the age question: a wave, not an age
    born = message.entity("date")
    if isinstance(born, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", born):
        return Valid(age_from(date.fromisoformat(born), message.at.date()))
    found = age(text)
    return found if found is not None else in_words


_HYPOTHETICAL = re.compile(
    r"\b(?:kalo|kalau|klo|kl|seandainya|andai|andaikan|misal|misalnya|if|what if|suppose)\b"
)
_ASKS_HOW = re.compile(r"\b(?:gimana|gmn|bagaimana|gmna|cara|apa|apakah|kenapa|knp|how|what)\b")


def asks_listed(lowered: str) -> bool:
    """A question about graduates still listed as students ("trus kalo udh lulus tp di pddikti
    masih aktif?", "pddikti gimana updatenya?"), not the user's own fact ("udah lulus tapi
    masih tercatat di PDDikti, bisa?")."""
    named = re.search(r"\b(?:pddikti|dapodik|forlap)\b", lowered)
    listed = GRADUATE_WORDS.search(lowered) and re.search(
        r"\b(?:masih|msh)\s+(?:aktif|terdaftar|tercatat)\b", lowered
    )
    if not (named or listed):
        return False
    return bool(_HYPOTHETICAL.search(lowered) or (named and _ASKS_HOW.search(lowered)))


def family_size_only(text: str) -> bool:
    """ "ada 5 org di kk aku": the family's size, not how many received Prakerja (nor "di kk
    ada 4 orang tp blm ada yg dapet": nobody did)."""
    return kk_said.family_size(text.lower(), most=_ANY)


_ANY = 99
"""No quota: a bare count ("5 orang") is the family's size only with the card named."""


_AGE_WORD = re.compile(r"\b(?:umur|usia|age|yuswa|yuswanipun|umure)\b")
"""An age named: "umur", "age"; Javanese "yuswa" (krama), "umure"."""


def stated_age(message: Message) -> Result:
    """The user's own age in a message that names one (not a relative's: "anak saya umur 17");
    an impossible one ("umur aku 200 thn") as ``Invalid``."""
    text = (message.text or "").lower()
    own = about_self(text)
    if own == text:  # nothing about relatives: the parser's entities are the user's
        if message.entity("age") is not None or _AGE_WORD.search(own):
            return read_age(message)
    elif named := _AGE_WORD.search(own):
        after = age(MONEY.sub(" ", own[named.start() :]))  # "kerja udah 6 tahun ... umur 35"
        return after if after is not None else age(MONEY.sub(" ", own))
    return None if (years := bare_age(own)) is None else Valid(years)  # "kalo aku? 24 udh kerja"


def facts(message: Message, ctx: FlowContext) -> Slots:
    """The user's own answers to the questions, asked or not, that the message gives. Not
    being at school is taken beside other facts ("cek syarat, umur 30, wni, ga kuliah"); alone
    ("ga kuliah" to "WNI?") it may be what the user thought was asked: asked in its turn."""
    slots: Slots = {}
    text = (message.text or "").lower()
    own = about_self(without_relatives_received(text))  # "kakak udh dapet": not the user
    found = stated_age(message)
    if isinstance(found, Valid):
        slots["age"] = found.value
    if GRADUATE_WORDS.search(own) and LISTED.search(own):
        if not asks_listed(own):  # "kalo udh lulus tp di pddikti masih aktif?" asks
            slots["school"] = "graduate_listed"  # "udah lulus tapi masih tercatat di PDDikti"
    elif studying(own):
        slots["school"] = "yes"
    work = job(own)
    if work is not None:
        slots["occupation"] = work
    slots.update(_citizen(own))
    slots.update(_history(own, ctx))
    slots.update(_family_card(text, ctx))
    if "school" not in slots and DROPPED.search(own):
        slots["school"] = "no"  # "udah DO dari kampus": alone too, no longer a student
    if slots and "school" not in slots and _NOT_IN_SCHOOL.search(own):
        slots["school"] = "no"  # "umur 30, wni, ga kuliah"; not a lone "ga kuliah" (below)
    return slots


_DEGREES = re.compile(r"\b(?:smp|mts|ma|stm|slta|s1|s2|d3|d4|sarjana|diploma|univ\w*)\b")
GRADUATED = "_graduated"
"""The user said they graduated (no more asking "still at school?"): the verdict reminds them
that a graduate still listed in PDDikti/Dapodik is read as a student."""


def later_facts(message: Message, ctx: FlowContext) -> Slots:
    """The facts a message typed during the check gives: ``facts``, and a graduation said at
    another question ("gk kuliah, udh lulus smk" at the age question) is not being at school."""
    slots = facts(message, ctx)
    own = about_self((message.text or "").lower())
    if slots.get("school") == "yes" and asks_if_studying(" ".join(own.split())):
        del slots["school"]  # "kalo masih kuliah bisa ga" at the age question: asked, not told
    schooled = SCHOOL_WORDS.search(own) or _DEGREES.search(own)
    if "school" not in slots and graduated(own) and schooled and not asks_listed(own):
        slots.update({"school": "no", GRADUATED: True})
    return slots


def _family_card(text: str, ctx: FlowContext) -> Slots:
    """Relatives on the user's own family card who received Prakerja, as many as it may have
    ("bapak sama kakak sy udh penerima prakerja, 1 KK"): the card's quota is used. Fewer, or
    no card named ("kakak sama bapak udh dapet"), is asked in its turn."""
    most = ctx.programme.max_beneficiaries_per_kk
    counted = relatives_received(text)
    on_card = SAME_KK.search(text) or kk_said.OWN_CARD.search(text)  # "di kk aku ..., mama
    if counted is not None and counted >= most and on_card and not other_card(text):  # udh dpt"
        return {"kk_count": str(most)}
    return {}


def _citizen(own: str) -> Slots:
    """ "wni", "punya ktp" (yes); "wna", "ga punya ktp" (no); not "harus wni?"."""
    if NOT_CITIZEN.search(own):
        return {"citizen": "no"}
    said = affirmed(CITIZEN_SAID, own)
    if said is not None and not _RULE_WORDS.search(own[: said.start()]):
        return {"citizen": "yes"}
    return {}


_BESIDES = re.compile(r"\b(?:selain|kecuali|except|besides|other than|lain|lainnya)\b")
"""Nobody else ("blm ada yg dapet selain aku"): says nothing of the user's own receipt."""


def _history(own: str, ctx: FlowContext) -> Slots:
    """An earlier Prakerja, recipients on the family card, social assistance."""
    slots: Slots = {}
    on_card = re.search(r"\b(?:kk|kartu keluarga|family card|sekeluarga)\b", own)
    counted = kk_said.recipients(own) if on_card else None  # "4 orang tp blm ada yg dapet": 0
    if counted is None and kk_said.nobody(own) and re.search(r"\b(?:keluarga\w*|family)\b", own):
        counted = 0  # "keluarga aku blm ada yg pernah dapet": nobody on the card either
    own = kk_said.without_nobody(own)  # its "pernah dapet prakerja" is nobody's receipt
    if affirmed(_PREVIOUS, own):
        slots["previous"] = "yes"
    elif _NOT_RECEIVED.search(own) or (counted == 0 and not _BESIDES.search(own)):
        slots["previous"] = "no"  # nobody on the user's card received it: nor the user
    if counted is not None and not (counted == 0 and _BESIDES.search(own)):
        slots["kk_count"] = str(min(counted, ctx.programme.max_beneficiaries_per_kk))
    if affirmed(
        r"\b(?:penerima|dapat|dapet|dpt|terima|nerima|receiv\w*|get|got) (?:bantuan )?"
        r"(?:pkh|bpnt|blt|bsu|bpum|bansos|sembako)\b|\b(?:pkh|bpnt|bansos)\b",
        own,
    ):
        slots["bansos"] = "yes"
    return slots


__all__ = [
    "CITIZEN_SAID", "EXCLUDED_JOBS", "GRADUATED", "GRADUATE_WORDS", "INCOME", "LEAVING", "LISTED",
    "MONEY", "NOT_CITIZEN", "NO_EXCLUDED_JOB", "SCHOOL_WORDS", "STUDENT_SHORT", "about_self",
    "asks_listed", "denied_job", "dropped_out", "facts", "family_size_only", "former_job",
    "graduated", "job", "later_facts", "not_at_school", "read_age", "relative_job",
    "relatives_received", "stated_age", "studying",
]  # fmt: skip
