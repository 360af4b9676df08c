"""Eligibility questions that are no check of the user's own facts, answered before the check
would start (DOMAIN.md "Eligibility", "Registration steps"):

- the family card's quota ("satu KK maksimal berapa penerima?"): at most
  ``max_beneficiaries_per_kk`` per card;
- a NIK flagged at another institution, or not found at Dukcapil: what it means and who fixes it;
- registering someone else ("bisa daftarin temen aku? aku punya ktp nya"): each person registers
  themselves; a family member may help them do it on their own phone and account;
- graduating or turning 18 soon ("lulus bulan juni, abis itu bisa?", "bulan depan ultah ke 18"):
  yes, once that happened, and what to do then; "kapan aku bisa daftar?" right after a verdict:
  once its failed rules are met;
- an RT/RW head ("kalo ketua RT?"): no village official, so not excluded;
- a relative who is a housewife ("kalo istri saya ibu rumah tangga?"): she may join, by the rules
  that apply to her.
"""

from __future__ import annotations

import re

from flows import eligibility_minor, eligibility_village, nik_dukcapil
from flows.complaint_topics import file_complaint
from flows.eligibility_relatives import KIN
from flows.eligibility_verdict import FAILED_REASONS
from flows.last_answer import remember
from flows.messages import Button, Outbound
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.turn import within_context_of

_CARD = r"(?:kk|kartu keluarga|family card)"
_KK_RULE = re.compile(
    rf"\b{_CARD}\b.{{0,40}}\b(?:berapa|brp|brapa|maksimal|maks|max|maximum|batas\w*|kuota|"
    r"how many)\b|\b(?:berapa|brp|brapa|maksimal|maks|batas\w*|kuota|how many)\b.{0,40}"
    rf"\b{_CARD}\b"
)
"""The quota per family card asked about ("satu KK maksimal berapa penerima?")."""
_TOLD = re.compile(r"\b(?:udah|sudah|udh|sdh|dah|already)\b")
"""A fact told ("di KK kami udah 2 orang yang dapet"): the check's, not the rule asked."""
_NIK = r"\b(?:nik|ktp|nomor induk)\b"
_ELSEWHERE = re.compile(
    rf"{_NIK}.{{0,60}}\b(?:instansi|lembaga|kementerian)\s+lain\b"
    r"|\b(?:terdaftar|tercatat|ditandai)\s+(?:di\s+)?(?:instansi|lembaga)\s+lain\b"
)
_NOT_FOUND = re.compile(
    rf"{_NIK}.{{0,40}}\b(?:tidak|tdk|gak|ga|gk|nggak|ngga|belum|blm|not)\s+(?:ter)?(?:daftar|"
    r"ditemukan|ketemu|terdata|found|registered)\b"
    rf"|{_NIK}.{{0,40}}\b(?:dukcapil|capil)\b.{{0,30}}\b(?:tidak|gak|ga|belum)\s+(?:ada|ketemu)\b"
)
_OTHERS = (
    r"(?:teman|temen|tmn|kawan|orang lain|org lain|orang|tetangga|saudara|sodara|pacar|ibu|ibuk|"
    r"bapak|ayah|mama|mamah|papa|emak|ortu|orang ?tua|kakak|kakek|nenek|adik|adek|istri|suami|"
    r"anak|om|tante|paman|bibi|keluarga|dia|beliau|someone|my (?:mom|mother|dad|father|friend))"
)
_FOR_SOMEONE = re.compile(
    rf"\b(?:daftarin|daftarkan|mendaftarkan|didaftarin|ndaftarin|register)\s+(?:\w+\s+)?{_OTHERS}"
    rf"|\bdaftar\w*\s+(?:buat|untuk|utk|atas nama)\s+{_OTHERS}"
    rf"|\b(?:pake|pakai|pakek|gunakan|pinjam|punya)\s+(?:ktp|nik|data)\s*-?\s*(?:nya\b|{_OTHERS})"
)
"""Registering someone else, or with someone else's KTP ("daftarin ibu saya")."""
_GRADUATING_LATER = re.compile(
    r"\b(?:lulus|tamat|wisuda)\s+(?:\w+\s+)?(?:bulan|bln|tahun|thn|minggu|semester|nanti)\b"
    r"|\b(?:abis|habis|setelah|sesudah|stlh)\s+(?:\w+\s+)?(?:lulus|tamat|wisuda)\b"
)
_GRADUATED_EN = re.compile(
    r"\b(?:just|recently|newly)\s+graduated\b|\bgraduat\w*\s+(?:\w+\s+){0,3}?(?:last|this|"
    r"next)\s+(?:month|year|week|semester)\b|\b(?:after|once)\s+(?:i\s+)?graduat\w*"
)
"""The same in English ("I just graduated from university last month. Can I apply?"); with an
age told the check starts instead, its school question handling PDDikti."""
_ASKS = re.compile(r"\?|\b(?:bisa|bs|boleh|blh|can|may|what if|kalo|kalau|klo)\b")
_FUTURE = re.compile(
    r"\b(?:bulan|bln|minggu|tahun|thn) (?:depan|dpn)\b|\b(?:besok|lusa|nanti|next)\b"
    r"|\b(?:sebentar|bentar|tinggal) lagi\b"
)
_WHEN = re.compile(
    r"\b(?:kapan|kpn|when)\b.{0,30}\b(?:bisa|boleh|daftar|ikut|gabung|register|join|apply)\b"
)
HOMEMAKER = re.compile(r"\b(?:ibu rumah tangga|irt|ibu rt|housewife|homemaker)\b")
"""A housewife named: "ibu" in "ibu rumah tangga" is no mother."""
_KIN_KEYS = {"istri": "istri", "bini": "istri", "wife": "istri", "ibu": "ibu", "ibuk": "ibu",
             "mama": "ibu", "emak": "ibu", "mother": "ibu", "mom": "ibu", "kakak": "kakak",
             "adik": "adik", "adek": "adik", "anak": "anak"}  # fmt: skip
MAX_WORDS = 12


_SELF_HOMEMAKER = re.compile(
    r"(?:^|[,.;!?]\s*|\b(?:dan|tapi|tp|sedangkan|kalo|kalau|klo|and|but)\s+)"
    r"(?:saya|sy|aku|ak|gue|gw|gua|i'?m|i am)\s+(?:(?:cuma|hanya|seorang|sbg|sebagai|a|an|"
    r"just)\s+)?(?:ibu rumah tangga|irt|ibu rt|housewife|homemaker)\b"
)
"""The user says she is the housewife ("suami sy pns, sy ibu rumah tangga"), whoever else
is named; not a possessive ("istri saya ibu rumah tangga": the wife is)."""


def relative_homemaker(lowered: str) -> str | None:
    """The relative a short question names as a housewife ("kalo istri saya ibu rumah
    tangga?"): her key in ``eligibility.kin``; None when the housewife is the user ("suami sy
    pns, sy ibu rumah tangga blh daftar?")."""
    kin = KIN.search(HOMEMAKER.sub(" ", lowered))
    if kin is None or not HOMEMAKER.search(lowered) or len(lowered.split()) > MAX_WORDS:
        return None
    if _SELF_HOMEMAKER.search(lowered):
        return None
    return _KIN_KEYS.get(kin.group(1), "other")


def asks_kk_rule(lowered: str) -> bool:
    """The quota per family card asked ("satu KK maksimal berapa penerima?"), not a count told
    ("di KK kami udah 2 orang yang dapet")."""
    return bool(_KK_RULE.search(lowered)) and not _TOLD.search(lowered)


def _after_verdict(turn: FlowTurn) -> bool:
    """The message comes right after the check's "not eligible" verdict."""
    finished = turn.session.profile.get(FINISHED) or []
    if len(finished) != 4 or finished[:2] != ["eligibility", "not_eligible"]:
        return False
    just = finished[2] == turn.session.turns - 1
    return just and within_context_of(float(finished[3]), turn.message.at)


def _rules(turn: FlowTurn) -> dict[str, object]:
    rules = turn.ctx.programme
    return {
        "min_age": rules.min_age,
        "max_age": rules.max_age,
        "max_per_kk": rules.max_beneficiaries_per_kk,
    }


def _turning_adult(turn: FlowTurn, lowered: str) -> bool:
    """ "aku 17 tahun tp bulan depan ultah ke 18": the minimum age reached soon."""
    least = turn.ctx.programme.min_age
    soon = re.search(
        rf"\b(?:ultah|ulang tahun|ulangtahun|genap|umur|usia|jadi|turn\w*)\s*(?:ke\s*-?\s*)?"
        rf"{least}\b",
        lowered,
    )
    return bool(soon and _FUTURE.search(lowered))


def _key(turn: FlowTurn, lowered: str) -> str | None:
    """The ``eligibility.note.*`` answering the message, if it is one of these questions."""
    if _ELSEWHERE.search(lowered):
        return "nik_elsewhere"
    if _NOT_FOUND.search(lowered):
        return "nik_not_found"
    if _FOR_SOMEONE.search(lowered):
        return "for_someone"
    if asks_kk_rule(lowered):
        return "kk_rule"
    if _turning_adult(turn, lowered):
        return "turning_adult"
    if _GRADUATING_LATER.search(lowered) and _ASKS.search(lowered):
        return "after_graduating"
    if _GRADUATED_EN.search(lowered) and _ASKS.search(lowered) and not turn.message.entity("age"):
        return "after_graduating"
    if _WHEN.search(lowered) and _after_verdict(turn):
        return "when_after_verdict"
    return eligibility_village.key(lowered)  # "kalo ketua RT?", "perangkat desa itu siapa aja"


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer to one of these questions, else None."""
    if turn.message.payload is not None or not turn.message.text:
        return None
    lowered = " ".join(turn.message.text.lower().split())
    check = turn.button("eligibility.start", "flow:eligibility", means="yes")
    kin = relative_homemaker(lowered)
    if kin is not None:
        name = turn.say(f"eligibility.kin.{kin}")
        lines = [turn.say("eligibility.note.homemaker")]
        lines.append(turn.say("eligibility.relative.rules", kin=name, **_rules(turn)))
        return [Outbound("\n\n".join(lines), (check, turn.menu_button()))]
    key = _key(turn, lowered)
    if key is None:
        return None
    if key == nik_dukcapil.TOPIC:  # "udh bener kok nik nya", "trs hrs kmn" next
        remember(turn, key)
    if key == "turning_adult":  # "sekarang masih 17", "bulan depan baru bisa ya?" next
        eligibility_minor.record(turn, eligibility_minor.SELF, turn.ctx.programme.min_age - 1)
    reasons = str(turn.session.profile.get(FAILED_REASONS) or "")
    said = turn.say(f"eligibility.note.{key}", reasons=reasons, **_rules(turn))
    return [Outbound(said, (_first_button(turn, key), turn.menu_button()))]


def _first_button(turn: FlowTurn, key: str) -> Button:
    """What to do next: a complaint about a NIK, the steps to register, the waves, or the check."""
    if key.startswith("nik_"):
        return file_complaint(turn, topic="nik")
    if key == "for_someone":
        return turn.button("menu.register", "topic:register")
    if key == "when_after_verdict":
        return turn.button("menu.waves", "topic:waves")
    return turn.button("eligibility.start", "flow:eligibility", means="yes")


__all__ = ["HOMEMAKER", "answer", "asks_kk_rule", "relative_homemaker"]
