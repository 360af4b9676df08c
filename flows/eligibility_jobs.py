"""The user's job against the eligibility rules: the excluded jobs (ASN, TNI, Polri, state
officials, DPR/DPRD, village heads and officials, BUMN/BUMD directors), one denied ("bukan
pns"), one held before ("dulu aku pns tapi udah pensiun") or about to be left ("mau pensiun bulan
depan"), and clauses about relatives ("bapak saya kepala desa"), whose jobs do not count."""

from __future__ import annotations

import re

EXCLUDED_JOBS = {
    "asn": r"\b(?:asn|pns|pegawai negeri|p3k|pppk|pegawai pemerintah dengan perjanjian kerja|"
    r"civil servant|public servant|government (?:employee|worker|official))\b"
    r"|\b(?:work|working|employed)\s+(?:for|at|in)\s+(?:the\s+|a\s+)?government\b",
    "tni": r"\b(?:tni|tentara|prajurit|babinsa|soldier|army|armed forces|military)\b",
    "polri": r"\b(?:polri|polisi|police|brimob)\b",
    "official": r"\b(?:pejabat|menteri|official)\b",
    "dprd": r"\b(?:dpr|dprd|anggota dpd|anggota dewan|member of parliament|legislator)\b",
    "village": r"\b(?:kades|kepala desa|perangkat desa|aparat(?:ur)? desa|pamong desa|village|"
    r"sekdes|sekretaris desa|carik|(?<!di )(?<!kab )(?<!kabupaten )kaur|kepala urusan|"
    r"kasi (?:desa|pemerintahan|kesra|pelayanan|kesejahteraan)|kadus|kasun|kepala dusun|kuwu|"
    r"keuchik|geuchik|wali nagari|perbekel|kepala kampung|kepala gampong)(?:nya)?\b",
    "bumn": r"\b(?:direksi|komisaris|dewan pengawas)\b"
    r"|\b(?:direktur|dirut) (?:\w+ )?(?:bumn|bumd)\b"
    r"|\b(?:director|commissioner) (?:of |at )?(?:an? )?(?:bumn|bumd|state[- ]owned)\b",
}
"""Jobs that exclude ("bumn" alone does not: only its directors and commissioners)."""
NO_EXCLUDED_JOB = re.compile(
    r"\b(?:tidak ada|bukan|bkn|nggak|ngga|enggak|engga|gak|gk|ga|tidak|tdk|ndak|nda|mboten|henteu|"
    r"none|wiraswasta|swasta|karyawan|buruh|"
    r"pengangguran|nganggur|freelance\w*|belum kerja|usaha|"
    r"no|nope|nah|not|neither|nothing|never|private|employee|company|self[- ]employed|"
    r"unemployed|jobless|entrepreneur|business|worker|labou?rer|farmer|student|housewife|"
    r"homemaker)\b"
)
"""Answers to the job question that name none of the excluded jobs (read after ``job``: "no,
I'm a police officer" is Polri)."""
_NOT_WORKING = re.compile(
    r"\b(?:(?:belum|tidak|gak|ga|nggak|blm|gk) (?:be)?kerja|nganggur|menganggur|pengangguran|"
    r"wiraswasta|karyawan|buruh|freelance\w*|pedagang|jualan|ojol|unemployed|jobless|"
    r"ibu rumah tangga|irt|housewife|homemaker|honorer|staf|staff|pegawai kontrak|"
    r"outsourcing|serabutan|pekerja lepas|petani|nelayan|kurir|driver|sopir|supir|satpam|"
    r"kasir|ojek|ketua (?:rt|rw)|pengurus (?:rt|rw)|pak rt|pak rw|"
    r"self[- ]employed|freelancer|farmer|fisherman|labou?rer|factory worker|online seller|"
    r"shop ?keeper|entrepreneur|(?:i'?m|i am) not working|"
    r"(?:i )?(?:don'?t|do not) (?:have a job|work)\b|"
    r"private (?:\w+ )?(?:company|sector|firm|employee|worker|school|business))\b"
    r"|\b(?:work|working|employed|employee|staff)\s+(?:at|in|for)\s+(?:an?\s+|the\s+)?"
    r"(?:private\b|factory|shop|store|restaurant|startup|cafe|hotel|warehouse|farm|bank\b)"
    r"|\b(?:kerja|bekerja|kerjanya|karyawan|pegawai|buruh)\s+(?:di\s+|sebagai\s+|jadi\s+)?"
    r"(?:pabrik|toko|warung|swasta|perusahaan|pt|cv|restoran|rumah makan|kafe|cafe|bengkel|"
    r"konveksi|gudang|mall|minimarket|indomaret|alfamart|hotel|salon|pasar|laundry|startup|"
    r"kebun|sawah|proyek|konter|percetakan|ekspedisi)\b"
)
"""Facts about work that answer the job question even when it was not asked yet."""
_DENIED = re.compile(
    r"\b(?:bukan|bkn|not|non|tidak|tdk|gak|ga|gk|g|nggak|ngga|enggak|engga|ndak|nda|belum|blm|"
    r"no longer|never)[\s/]+(?:(?:pernah|prnh|jadi|jd|sebagai|sbg|seorang|anggota|a|an)[\s/]+)*"
    r"(?:\w+[\s/]+)?$"
)
"""Words just before a fact that deny it ("bukan direksi", "non pns", "belum pernah dapat", "bkn
tni/polri", "ga pernah jd anggota dprd")."""

_RELATIVE = re.compile(
    r"\b(?:(?:suami|istri|bini|mertua|ortu|orang ?tua)(?:ku|nya)?(?:\s+(?:saya|aku|sy|gw|gue))?\b"
    r"|laki(?:ku\b|\s+(?:saya|aku|sy|gw|gue|gua|ku)\b)"
    r"|(?:bapak|ayah|ibu|mama|papa|emak|kakak|adik|adek|anak|abang|saudara|paman|om|tante|bibi|"
    r"keluarga|teman|temen)(?:ku\b|\s+(?:saya|aku|sy|gw|gue|gua|ku)\b)"
    r"|my (?:husband|wife|father|dad|mother|mom|mum|parents?|brother|sister|son|daughter|"
    r"family|friend|uncle|aunt|auntie|grandfather|grandmother|grandpa|grandma|cousin)\b)"
    r"[^,.;!?]*?(?=[,.;!?]|\s(?:saya|aku|sy|gw|gue|i)\s|\s(?:i'm|i’m|im)\b|$)"
    r"|\b(?:she|he)\b[^,.;!?]*?(?=[,.;!?]|\s(?:i|i'm|i’m|im)\b|$)"
    r"|\b(?:husband|wife|son|daughter|child|children|kids?|family|relatives?|brother|sister|"
    r"father|mother|parents?)\s+of\b[^,.;!?]*?(?=[,.;!?]|\s(?:i|i'm|i’m|im)\b|$)"
)
"""A clause about a relative ("bapak saya kepala desa", "suami kerja di bumn ..."), up to the
end of the clause or the next "saya" ("my wife is indonesian and i'm a foreigner": the user's
part kept); an English "she"/"he" clause is someone else's too ("my wife, she is a
housewife"); so is "the wife of a village head" (someone else's relative)."""


def about_self(lowered: str) -> str:
    """The message without its clauses about relatives."""
    return _RELATIVE.sub(" ", lowered)


def affirmed(pattern: str | re.Pattern[str], lowered: str) -> re.Match[str] | None:
    """The first match of ``pattern`` that the words before it do not deny."""
    for found in re.finditer(pattern, lowered):
        if not _DENIED.search(lowered[: found.start()]):
            return found
    return None


_KIN = (
    r"(?:suami|istri|bini|mertua|ayah|bapak|bapa|bokap|ibu|ibuk|emak|mama|mamah|mamak|papa|papah|"
    r"nyokap|kakak|kaka|abang|adik|adek|anak|saudara|sodara|paman|om|tante|bibi|kakek|nenek|"
    r"sepupu|keponakan|ponakan|ortu|orang ?tua|keluarga|husband|wife|father|dad|mother|mom|mum|"
    r"brother|sister|son|daughter|parents?|family|cousin)"
)
_ONE_KIN = rf"(?:my\s+)?{_KIN}(?:ku|nya)?(?:\s+(?:saya|aku|sy|gw|gue|gua|ku|ane))?"
_KIN_GROUP = (
    rf"{_ONE_KIN}(?:(?:\s*[,&+/]\s*(?:dan\s+|sama\s+)?|\s+(?:sama|sm|ama|dan|dn|dgn|dengan|"
    rf"and|serta)\s+|\s+){_ONE_KIN})*"
)
_KIN_RECEIVED = re.compile(
    rf"\b(?P<kin>{_KIN_GROUP})\b(?P<gap>(?:\s+\w+){{0,3}}?)\s+"
    r"(?:(?:sudah|udah|udh|dah|sdh|pernah|prnh|dulu|already|has|have|had)\s+(?:\w+\s+){0,2}?"
    r"(?:dapat|dapet|dpt|terima|nerima|menerima|penerima|lolos|ikut|got|gotten|received|"
    r"joined|been)|penerima|alumni)\b"
)
"""Relatives who received Prakerja ("kakak sama bapak udh dapet prakerja", "ibu sy udh pernah
dapet", "bapak sama kakak sy udh penerima prakerja", "my brother already got prakerja")."""
_ALSO_RECEIVED = re.compile(
    rf"\b{_KIN}(?:ku|nya)?(?:\s+(?:saya|aku|sy|ku))?\s+(?:jg|juga|also|too)\s+"
    r"(?:udah|udh|sudah|sdh|dah|pernah|already)\b"
)
"""One more relative after the first, in short ("kakak ku udh dpt, ibu jg udh")."""
_PLURAL_KIN = re.compile(r"\b(?:ortu|orang ?tua|keluarga|parents|family)\b")
_SELF = re.compile(r"\b(?:aku|saya|sy|gw|gue|gua|i|me)\b")
_SELF_BEFORE = re.compile(r"\b(?:aku|saya|sy|gw|gue|gua|i)\s*(?:,|&|\+|sama|sm|ama|dan|dn|and)\s*$")
SAME_KK = re.compile(
    r"\b(?:(?:1|satu|se|one)\s*-?\s*(?:kk|kartu keluarga|family card)|sekk|"
    r"(?:kk|kartu keluarga)(?:nya)?\s+(?:yg\s+|yang\s+)?sama|same (?:kk|family card))\b"
)
"""The relatives are on the user's own family card ("1 KK", "satu KK", "se-KK", "KK-nya sama")."""


_GAP_DENIED = re.compile(
    r"\b(?:belum|blm|tidak|tdk|ga|gak|gk|nggak|ngga|enggak|gada|gaada|never|not|no)\b"
)


def relatives_received(lowered: str) -> int | None:
    """How many relatives the message says received Prakerja (not counting the user): 0 for
    none named, -1 for a number it does not tell ("ortu", "keluarga"); None when the user is
    one of them ("aku sama kakak udh dapet": their own receipt)."""
    found = next(
        (kin for kin in _KIN_RECEIVED.finditer(lowered) if not _GAP_DENIED.search(kin["gap"])),
        None,
    )  # "keluarga aku blm ada yg pernah dapet": nobody received it
    if found is None:
        return 0
    if _SELF_BEFORE.search(lowered[: found.start()]) or _SELF.search(found.group("gap")):
        return None
    kin = found.group("kin")
    if _PLURAL_KIN.search(kin):
        return -1
    named = len(re.findall(rf"\b{_KIN}(?:ku|nya)?\b", kin))  # "adikku" is one
    return named + len(_ALSO_RECEIVED.findall(lowered[found.end() :]))


def without_relatives_received(lowered: str) -> str:
    """The message without the clauses saying that relatives received Prakerja (their receipt
    is not the user's), unless the user says they are one of them."""
    if relatives_received(lowered) is None:
        return lowered
    return _KIN_RECEIVED.sub(_unless_denied, lowered)


def _unless_denied(found: re.Match[str]) -> str:
    """A relatives' receipt clause removed; a denied one ("keluarga blm ada yg dapet") kept."""
    return found.group(0) if _GAP_DENIED.search(found["gap"]) else " "


def relative_job(lowered: str) -> bool:
    """A relative's excluded job, held now or before, is named ("bapak saya kepala desa",
    "bapak aku pensiunan TNI")."""
    clauses = [clause.group(0) for clause in _RELATIVE.finditer(lowered)]
    return any(
        affirmed(pattern, clause) for clause in clauses for pattern in EXCLUDED_JOBS.values()
    )


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
    named = any(affirmed(pattern, lowered) for pattern in EXCLUDED_JOBS.values())
    return named and _left(lowered)


def denied_job(lowered: str) -> bool:
    """An excluded job denied and none held ("bukan PNS kok", "non pns"): none of them, as the
    job question reads it."""
    named = [m for pattern in EXCLUDED_JOBS.values() for m in re.finditer(pattern, lowered)]
    return bool(named) and all(_DENIED.search(lowered[: m.start()]) for m in named)


def job(lowered: str) -> str | None:
    """An excluded job the user has (not one they deny or left), or plainly none."""
    for value, pattern in EXCLUDED_JOBS.items():
        if affirmed(pattern, lowered):
            return "none" if _left(lowered) else value
    return "none" if _NOT_WORKING.search(lowered) else None


__all__ = [
    "EXCLUDED_JOBS",
    "LEAVING",
    "NO_EXCLUDED_JOB",
    "SAME_KK",
    "about_self",
    "affirmed",
    "denied_job",
    "former_job",
    "job",
    "relative_job",
    "relatives_received",
    "without_relatives_received",
]
