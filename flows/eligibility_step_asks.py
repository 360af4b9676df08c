"""Questions about a rule typed at a question of the eligibility check, answered, then the
question asked again (``flows.eligibility_asides``). Before, each was read as an answer or a
miss (p19 probe; DOMAIN.md "Eligibility", "Eras", "Registration steps"):

- "kuliah itu termasuk yg lg skripsi ga?" at "are you studying?": yes, one writing a thesis is
  still an enrolled student (listed in PDDikti); it was recorded as "still studying";
- "honorer itu termasuk asn ga sih?": no, honorary (non-ASN) staff are not ASN; only the
  excluded jobs are (PPPK is ASN); it got the whole list of requirements;
- "Apakah pendaftaran dapat dibantu oleh anak saya?": yes, family may help fill it in, but the
  data, phone, email and face are the participant's own; it was a miss;
- "apabila saya sudah pernah menerima bantuan PKH, apakah berpengaruh?": other social
  assistance is allowed since 2023 (excluded in the 2020–2022 era); it was "noted".
"""

from __future__ import annotations

import re

from flows import eligibility_village
from flows.eligibility_follow_ups import AID
from flows.eligibility_graduation import asked_key
from flows.last_answer import remember
from flows.newcomer_aid import TOPIC as AID_TOPIC
from flows.runtime.machine import FlowTurn, State
from flows.variation import VARIATION

KEY = "eligibility_step_asks"
MAX_WORDS = 25

_ASKS = re.compile(
    r"\?|\b(?:apakah|apa|termasuk|terhitung|dihitung|diitung|diitungnya|kah|gimana|gmn|"
    r"bagaimana|kalo|kalau|klo|berpengaruh|pengaruh|ngaruh|masalah|count)\b"
    r"|^\W*(?:does|do|is|are|can|would|will)\b"
    r"|\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|bukan|no|not)\W*(?:sih|ya|kak|min)?\W*$"
)
"""A question, not an answer told ("aku lg skripsi" answers "are you studying?")."""
_THESIS = re.compile(
    r"\b(?:skripsi\w*|tesis|thesis|tugas akhir|semester akhir|smt akhir|tingkat akhir|"
    r"mahasiswa akhir|final year|kkn|magang kampus)\b"
)
_HONORARY = re.compile(
    r"\b(?:honorer|honor|non[- ]?asn|non[- ]?pns|tenaga kontrak|pegawai kontrak|kontrak|thl|"
    r"tenaga harian lepas|ptt|pegawai tidak tetap|outsourcing|honorary|contract staff)\b"
)
_PPPK = re.compile(r"\b(?:pppk|p3k)\b")
_CIVIL = re.compile(r"\b(?:asn|pns|pegawai negeri|civil servant|abdi negara)\b")
_HELPED = re.compile(
    r"\b(?:dibantu\w*|bantu(?!an)\w*|dibantuin|didampingi|dampingi|diisikan|diisiin|isiin|"
    r"diwakili|diurus|diurusin|uruskan|help\w*|assist\w*)\b"
)
_HELPER = re.compile(
    r"\b(?:anak|keluarga|kakak|adik|adek|istri|suami|cucu|ponakan|keponakan|saudara|menantu|"
    r"family|son|daughter|grandchild|relative)\w*\b"
)
_SIGN_UP = re.compile(
    r"\b(?:daftar\w*|pendaftaran|registrasi|mendaftar|isi|mengisi|isian|formulir|akun|email|"
    r"register\w*|sign ?up|apply|application)\b"
)


_OWN = re.compile(r"\b(?:i|i'?m|me|my|aku|saya|sy|gw|gue|ane)\b")


def _bare_variation(lowered: str) -> bool:
    """A bare "kalo BLT?" (another programme than one named before); not "what about if I'm
    already receiving BLT bansos?" (the user's own aid, told fresh: p24d)."""
    return bool(VARIATION.search(lowered)) and not _OWN.search(lowered)


def said(turn: FlowTurn, state: State, lowered: str) -> str | None:
    """The answer to such a question at the pending ``state``, else None."""
    if turn.message.payload is not None or len(lowered.split()) > MAX_WORDS:
        return None
    village = eligibility_village.key(lowered)  # "perangkat desa itu siapa aja", "kalo RT/RW?"
    if village is not None:
        return turn.say(f"eligibility.note.{village}")
    if not _ASKS.search(lowered):
        return None
    if _THESIS.search(lowered) and asked_key(lowered) is None:  # "udh sidang": graduating's
        return turn.say(f"{KEY}.thesis")
    if _PPPK.search(lowered) and _CIVIL.search(lowered):  # "pppk kan kontrak, asn juga?"
        return turn.say("eligibility.note.pppk")
    if _HONORARY.search(lowered) and _CIVIL.search(lowered):
        return turn.say(f"{KEY}.honorary")
    if _HELPED.search(lowered) and _HELPER.search(lowered) and _SIGN_UP.search(lowered):
        return turn.say(f"{KEY}.family_helps")
    if AID.search(lowered) and state.name != "bansos" and not _bare_variation(lowered):  # "kalo
        # BLT?" after another programme: "Sama saja" (``eligibility_follow_ups.asked``)
        era = "allowed" if turn.ctx.programme.era.social_assistance_allowed else "excluded"
        remember(turn, AID_TOPIC)  # "kenapa?" next: the rule's reason (``flows.newcomer_aid``)
        return turn.say(f"{KEY}.aid_{era}")
    return None


__all__ = ["said"]
