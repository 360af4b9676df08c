"""One's own work, or its loss, told outside the check ("sy baru kena PHK bulan kemarin ... apa
bisa dapat prakerja?", "aku cuma buruh tani", "I'm a freelancer, does that count?"): whether it
allows joining, then the check. Laid-off workers are one of the programme's target groups, and
working people may join unless their job is excluded (DOMAIN.md "Eligibility"; the programme's
own description in ``kb.program_info``). JKP (BPJS Ketenagakerjaan's job-loss benefit) is no
rule the assistant knows: said so, the official channel named. Before (p23 probe), the layoff
story was out of scope and the job alone a miss, so the answers that followed ("41 thn") were
misses too."""

from __future__ import annotations

import re

from flows.eligibility_notes import notes
from flows.eligibility_relatives import kin_of
from flows.flow_table import FLOWS
from flows.messages import Outbound
from flows.route_hooks import hooks
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 40
_READINGS = frozenset({None, "inform", "out_of_scope", "help", "check_eligibility", "program_info",
                       "benefits_info", "greet", "deny"})  # fmt: skip
"""What such a message is read as; another topic read surely is left to its own answer."""
SHORT = 8
"""A job told alone, without a question, in a few words ("aku cuma buruh tani")."""

_LAID_OFF = re.compile(
    r"\b(?:phk|di-?phk|kena phk|korban phk|dirumahkan|di ?rumahkan|dipecat|kehilangan "
    r"(?:pekerjaan|kerjaan|kerja)|laid off|lay-?off|lost my job|got fired|been fired|retrenched|"
    r"made redundant)\b"
)
_JOBLESS = re.compile(r"\b(?:nganggur|menganggur|pengangguran|unemployed|jobless|out of work)\b")
_JOB = re.compile(
    r"\b(?:buruh\w*|petani|tani|nelayan|peternak|pekebun|freelanc\w*|pekerja lepas|serabutan|"
    r"kuli|tukang \w+|ojol|ojek\w*|driver|sopir|supir|kurir|pedagang|dagang|jualan|berjualan|"
    r"umkm|wiraswasta|wirausaha|usaha kecil|karyawan\w*|pegawai swasta|satpam|pembantu|"
    r"asisten rumah tangga|self-?employed|farmer|farm worker|fisherm[ae]n|labou?rer|"
    r"gig worker|street vendor|small business|factory worker|employee|part[- ]?timer?)\b"
)
_EXCLUDED = re.compile(
    r"\b(?:asn|pns|pppk|p3k|tni|polri|polisi|tentara|dpr\w*|kades|kepala desa|perangkat desa|"
    r"bumn|bumd|pejabat|civil servant|police\w*|army|soldier|village head)\b"
)
"""An excluded job named: the check's own notes and verdict say it."""
_ABROAD = re.compile(
    r"\b(?:luar negeri|abroad|overseas|tki|tkw|pmi|migrant|malaysia|taiwan|hong ?kong|"
    r"singapura|singapore|saudi|arab|jepang|japan|korea)\b"
)
_OTHER_TOPIC = re.compile(
    r"\b(?:pelatihan|kursus|kelas|course|training|belajar|les|insentif\w*|saldo|sertifikat|"
    r"akun|otp|rekening|e-?wallet|pengaduan|refund|gelombang|wave|incentive\w*)\b"
)
"""A message about another topic that names a job ("pelatihan buat petani")."""
_ASKS = re.compile(
    r"\?|\b(?:bisa|bs|boleh|blh|apakah|masih|ikut|daftar|dapat prakerja|dapet prakerja|"
    r"count|eligible|join|apply|allowed|qualify)\b"
)
_SELF = re.compile(
    r"\b(?:aku|saya|sy|gw|gue|gua|ane|i|i'm|im|me|my|cuma|hanya|sebelumnya|dulu|skrg|sekarang)"
    r"\b|^\W*(?:karyawan|buruh|petani|freelancer|driver)"
)
_STUDENT = re.compile(r"\b(?:mahasiswa|mhs|pelajar|siswa|student|kuliah|sekolah)\b")
_MONEY_NOW = re.compile(
    r"\b(?:uang|duit|doi|dana|cash|money|tunai)\b.{0,40}\b(?:langsung|segera|sekarang|skrg|cepat|"
    r"right away|immediately|straight away|now|instantly|at once)\b"
    r"|\b(?:langsung|segera|right away|immediately)\b.{0,30}\b(?:uang|duit|dana|cash|money)\b"
)
"""Money asked for at once ("Is there money I get from Prakerja right away?", "ada uang langsung
ga?"): there is none; the balance is no cash, the incentive comes after the first course
(DOMAIN.md "Incentives"). Before: "Yes 👍 Laid-off workers are one of ... target groups"."""
_JKP = re.compile(
    r"\b(?:jkp|jaminan kehilangan pekerjaan|bpjs\w*|job loss (?:benefit|insurance))\b"
)


def _lines(turn: FlowTurn, text: str) -> list[str] | None:
    """The notes for one's own job or its loss, or None when the message tells neither."""
    lost = _LAID_OFF.search(text) is not None
    jobless = _JOBLESS.search(text) is not None
    job = turn.message.entity("occupation")
    if isinstance(job, str) and _STUDENT.search(job.lower()):
        job = None  # "dinyatakan masih berstatus mahasiswa": school, not work (the check's)
    if not (lost or jobless or _JOB.search(text) or job):
        return None
    if _EXCLUDED.search(text) or kin_of(text) is not None or _OTHER_TOPIC.search(text):
        return None
    if _ABROAD.search(text):  # a migrant worker's story: ``flows.registration_abroad``
        return None
    lines = []
    if lost and _MONEY_NOW.search(text):  # no money at once: the balance, then the incentive
        era = turn.ctx.programme.era
        times = f" × {era.incentive_times}" if era.incentive_times > 1 else ""
        lines.append(turn.say("newcomers.laid_off_money", times=times, **era.facts()))
    elif lost:
        lines.append(turn.say("newcomers.laid_off"))
    elif jobless:
        lines.append(turn.say("eligibility_opening_asks.no_work"))
    elif not {"eligibility.note.employed", "eligibility.note.homemaker"} & set(notes(text)):
        # the check's opening says it then; a housewife's note says who may join
        lines.append(turn.say("eligibility.note.employed"))
    if _JKP.search(text):
        lines.append(turn.say("newcomers.jkp", contact_centre=turn.ctx.programme.contact_centre))
    return lines


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Outside a flow, one's own job or its loss told or asked about: whether it allows
    joining, then the check; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    words = len(text.split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    unsure = message.ambiguous or message.confidence < turn.ctx.programme.dialogue.min_confidence
    if message.intent not in _READINGS and not unsure:  # "saya karyawan, cara daftarnya?"
        return None
    if words > MAX_WORDS or not _SELF.search(text):
        return None
    if not (_ASKS.search(text) or words <= SHORT):
        return None
    lines = _lines(turn, text)
    if lines is None:
        return None
    turn.session.misses = 0
    started = yield from runner.start(FLOWS["eligibility"], turn, hooks())
    return [Outbound("\n".join(lines)), *started] if lines else started


__all__ = ["answer"]
