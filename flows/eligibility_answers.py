"""Typed answers to the eligibility check's questions: the age (read in ``flows.eligibility_age``),
citizenship, school, job, an earlier Prakerja, recipients on the family card and social
assistance. A yes or no about something else ("ga kuliah" to "are you a citizen?") is asked
again, not read as the answer; a lone "ga kuliah" to "how old are you?" answers the school
question ahead of its turn: noted, and the age asked again."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows import (
    eligibility_age,
    eligibility_follow_ups,
    eligibility_kk,
    eligibility_kk_kin,
    eligibility_resume,
    eligibility_student_asks,
)
from flows import eligibility_kk_said as kk_said
from flows import eligibility_yes_no as english
from flows.eligibility_facts import (
    CITIZEN_SAID,
    INCOME,
    MONEY,
    NO_EXCLUDED_JOB,
    NOT_CITIZEN,
    about_self,
    denied_job,
    job,
    later_facts,
    not_at_school,
    relatives_received,
)
from flows.eligibility_graduation import asked_key
from flows.eligibility_school import school
from flows.result import Invalid, Result, Valid
from flows.runtime import controls
from flows.runtime.machine import Slots
from flows.turn import FlowContext, Message
from flows.yes_no import asks_back, off_topic

Reader = Callable[[Message, Slots, FlowContext], Result]


def asked_or_noted(read: Reader, step: str = "") -> Reader:
    """A question's reader, and at any question: a question about graduates still listed as
    students ("trus kalo udh lulus tp di pddikti masih aktif?") or about the time before
    graduating ("kalo udh sidang tapi blm wisuda?") answered (no miss), and one
    about a different family card ("kalo beda KK?": the quota counts per card); a message
    that is no answer but says again a fact already noted, or denies an excluded job ("bukan
    PNS kok", read as the job question reads it: none), said to be noted, no miss (facts not
    yet noted are noted by the runner)."""

    def reader(message: Message, slots: Slots, ctx: FlowContext) -> Result:
        typed = message.text if message.payload is None else None
        asked = asked_key(typed.lower()) if typed else None
        if asked is not None:  # "kalo udh sidang tapi blm wisuda?": PDDikti decides
            return Invalid(asked, miss=False)
        aside = (
            eligibility_follow_ups.asked(typed, ctx)
            or eligibility_student_asks.asked(typed, slots, step)
            if typed
            else None
        )
        if aside is not None:  # "kalo BLT?" after the note on PKH, "kalau BPD?"
            return aside
        back = eligibility_resume.resumed(typed) if typed else None
        if back is not None:  # "oke lanjut cek syarat td": no "Ya", the question again
            return back
        found = read(message, slots, ctx)
        if found is not None or not typed:
            return found
        corrected = eligibility_resume.school_corrected(typed, slots)
        if corrected is not None:  # "udh lulus" after a "ya" to "are you studying?"
            return corrected
        if eligibility_kk.other_card(typed):
            return eligibility_kk.asked(ctx)
        if INCOME.search(typed.lower()):  # "kalo gajiku 8 juta?": no rule, and no age
            return Invalid("income_not_rule", miss=False)
        said = later_facts(message, ctx)
        if denied_job(about_self(typed.lower())) and slots.get("occupation", "none") == "none":
            said.setdefault("occupation", "none")
            slots["occupation"] = "none"
        if said and all(slots.get(key) == value for key, value in said.items()):
            return Invalid("fact_noted", miss=False)
        return None

    return reader


def yes_no(*topic: str) -> Callable[[Message, Slots, FlowContext], Result]:
    """A yes or no about one fact; "lanjut" or a denial of something else ("ga kuliah" to "are
    you a citizen?") is asked again, not read as the answer (it gave wrong verdicts)."""
    words = frozenset(topic)

    def read(message: Message, _: Slots, __: FlowContext) -> Result:
        typed = (message.text or "").lower() if message.payload is None else ""
        if typed and (off_topic(typed, words) or english.off_topic(typed, words)):
            return None
        answer = controls.answer_yes_no(message)
        if answer is None and typed and not asks_back(typed):
            answer = english.answer(typed)  # "never received it", "nope, first time"
        return None if answer is None else Valid("yes" if answer else "no")

    return read


def age(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """The age; a lone "gk kuliah", "udh ga sekolah" (no age) is the school question's answer
    given early: noted, and the age asked again, no miss (it was one). Not when either is known
    already (a correction's value tried against the age: "eh salah, aku ga kuliah")."""
    found = eligibility_age.read(message, slots, ctx)
    if found is not None or message.payload is not None or {"age", "school"} & slots.keys():
        return found
    if not not_at_school(about_self((message.text or "").lower())):
        return None
    slots["school"] = "no"
    return Invalid("school_noted", miss=False)


_CITIZEN = ("wni", "wna", "warga", "negara", "indonesia", "asing", "citizen", "ktp", "orang",
            "indonesian", "foreigner", "foreign", "nik", "id", "national")  # fmt: skip


_DENIES = re.compile(r"\b(?:ga|gak|tidak|bukan|not|non)\b")


def citizen(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """ "wni", "saya orang indonesia", "punya ktp" (yes); "wna", "ga punya ktp" (no): the
    answer named, not only "ya"/"tidak"."""
    lowered = (message.text or "").lower()
    if message.payload is None and not asks_back(lowered):
        if NOT_CITIZEN.search(lowered):
            return Valid("no")
        if CITIZEN_SAID.search(lowered) and not _DENIES.search(lowered):
            return Valid("yes")
    return yes_no(*_CITIZEN)(message, slots, ctx)


_RECEIVED = ("dapat", "dapet", "dpt", "terima", "nerima", "menerima", "diterima", "penerima",
             "prakerja", "kartu", "ikut", "lolos", "received", "got", "joined", "receive",
             "gotten", "join", "participated", "participant", "recipient", "beneficiary",
             "card", "selected", "accepted", "had", "first", "time", "before", "ever",
             "yet")  # fmt: skip
_BANSOS = (*_RECEIVED, "bansos", "bantuan", "sosial", "pkh", "bpnt", "blt", "bst", "sembako",
           "assistance", "aid", "social", "welfare", "benefits", "cash")  # fmt: skip

_PREVIOUS = yes_no(*_RECEIVED)
_GOT = re.compile(
    r"\b(?:dapet|dapat|dpt|dapt|nerima|menerima|terima|diterima|keterima|lolos|ikut|got|received)"
    r"\b"
)
_DONE = re.compile(
    r"\b(?:udah|sudah|udh|sdh|dah|pernah|pernh|dulu|sekali|1x|1 ?kali|satu ?kali|once|already|"
    r"gelombang|gel|tahun|thn)\b"
)
_NOT = re.compile(r"\b(?:belum|blm|ga|gak|gk|nggak|ngga|enggak|tidak|tdk|never|not|no|bukan)\b")


def previous(message: Message, slots: Slots, ctx: FlowContext) -> Result:
    """Whether the user received Prakerja before; "dapet sekali", "udah pernah dapet", "dulu
    lolos gelombang 12" (received it, no "ya" said) is a yes (it was read as the benefits)."""
    found = _PREVIOUS(message, slots, ctx)
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is None and _OTHER_PROGRAMME.search(lowered) and not _CARD.search(lowered):
        return Invalid("other_programme", miss=False)  # "pernah ikut pelatihan blk": not the card
    if found is not None or message.payload is not None:
        return found
    if english.never(lowered) and not asks_back(lowered):
        return Valid("no")  # "blm prnh", "gk prnh sm skali"
    card = english.about_card(lowered) if _OTHER_PROGRAMME.search(lowered) else None
    if card is not None and not asks_back(lowered):  # "pernah ikut pelatihan di blk tapi
        return Valid("yes" if card else "no")  # prakerja belum": the card's own answer
    words = re.findall(r"[^\W_]+", lowered)
    only = all(word in _TOLD or word.isdigit() for word in words)
    told = only and _GOT.search(lowered) and _DONE.search(lowered) and not _NOT.search(lowered)
    return Valid("yes") if told and not asks_back(lowered) else None


_OTHER_PROGRAMME = re.compile(
    r"\b(?:pelatihan|training|kursus|course|blk|bbplk|bnsp|magang|bansos|pkh|bpnt|blt|bst|kip|"
    r"pip|bpum|bsu)\b"
)
"""Another programme or training named ("pernah ikut pelatihan di BLK", "pernah dapet BLT"):
its "pernah" says nothing about the card (before: read as a yes, "once in a lifetime")."""
_CARD = re.compile(r"\b(?:prakerja|kartu|card|dicabut|dinonaktif\w*)\b")  # a revocation: the card


_TOLD = frozenset(
    {"dapet", "dapat", "dpt", "dapt", "nerima", "menerima", "terima", "diterima", "keterima",
     "lolos", "ikut", "got", "received", "udah", "sudah", "udh", "sdh", "dah", "pernah", "pernh",
     "dulu", "sekali", "1x", "kali", "satu", "once", "already", "gelombang", "gel", "tahun",
     "thn", "lalu", "kemarin", "kmrn", "sebelumnya", "before", "it", "i", "aku", "saya", "sy",
     "gw", "gue", "kak", "min", "sih", "kok", "ya", "yg", "yang", "pas", "waktu", "itu",
     "prakerja", "kartu", "kartunya", "dapetnya", "nya", "juga", "jg", "kayaknya", "kyknya"}
)  # fmt: skip
"""Words of such an answer: any other ("dulu dapet pelatihan di BLK") leaves it unread."""

bansos = yes_no(*_BANSOS)
"""Whether the user receives other social assistance."""


def occupation(message: Message, _: Slots, __: FlowContext) -> Result:
    lowered = about_self((message.text or "").lower())
    work = job(lowered)
    if work is not None:
        return Valid(work)
    if NO_EXCLUDED_JOB.search(lowered):
        return Valid("none")
    return eligibility_resume.bare_yes_to_job(lowered) if message.payload is None else None


def kk_count(message: Message, _: Slots, ctx: FlowContext) -> Result:
    """Recipients on the card: "blm ada yg dapet" (0, whatever the family's size), "2 orang"
    (the button's count); the family's size alone ("ada 5 org di kk aku") is asked again."""
    most = ctx.programme.max_beneficiaries_per_kk
    lowered = (message.text or "").lower()
    said = kk_said.recipients(lowered) if message.payload is None else None
    if said is None and message.payload is None and _WHAT_IF.search(lowered):
        return Invalid("kk_what_if", {"max_per_kk": most}, miss=False)  # "kalo 2 orang?"
    if said is not None:  # "di kk ada 4 orang tp blm ada yg dapet": 0, not 4
        return Valid(str(min(said, most)))
    kin = eligibility_kk_kin.named(lowered) if message.payload is None else None
    if kin is not None:  # "di kk kami ber 4, istri udh dapet": 1, not 4
        return Valid(str(min(kin, most)))
    if kk_said.family_size(lowered, most):  # "ada 5 org di kk aku": not 5 recipients
        return Invalid("kk_members", miss=False)
    match = re.search(r"(?<!\d)(\d{1,2})(?!\d)", MONEY.sub(" ", message.text or ""))
    if match:
        return Valid(str(min(int(match.group(1)), most)))
    if _NOBODY.search(lowered) or controls.answer_yes_no(message) is False:
        return Valid("0")  # "ga", "belum", "blm pernah": nobody has
    if _ONLY_ME.search(lowered):
        return Valid("0")
    counted = relatives_received(lowered)  # "my brother already got it", "adikku udh dapet"
    if counted and counted > 0 and not eligibility_kk.other_card(lowered):
        return Valid(str(min(counted, most)))
    return None


_NOBODY = re.compile(
    r"\b(?:belum ada|tidak ada|gak ada|ga ada|nggak ada|none|no one|nobody|not anyone|zero|nol)\b"
)
_WHAT_IF = re.compile(r"^\W*(?:kalo|kalau|klo|kl|misal\w*|seandainya|andai\w*|if|what if)\b")
"""A what-if ("kalo 2 orang?"), no count of the user's own card."""
_ONLY_ME = re.compile(
    r"\b(?:cuma|cuman|hanya|cm|cuma ada)\s+(?:aku|saya|sy|gw|gue|aq)\b(?!\s+(?:yang|yg)\b)"
    r"|\b(?:aku|saya|sy|gw|gue)\s+(?:doang|sendirian)\b"
    r"|\b(?:only|just) (?:me|myself)\b|\bme (?:only|alone)\b"
)
"""Only the user on the card ("di KK cuma aku"): nobody has received it yet (the user's own
receipt is the question before); not "cuma aku yang dapet"."""


__all__ = [
    "Reader",
    "age",
    "asked_or_noted",
    "bansos",
    "citizen",
    "kk_count",
    "occupation",
    "previous",
    "school",
    "yes_no",
]
