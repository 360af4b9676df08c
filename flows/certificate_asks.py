"""What a certificate question is about beyond "where is it" (the general answer): a wrong name
("nama di sertifikat salah", "ganti nama bisa?"), downloading it ("ga bisa didownload"),
whether employers or the civil service recognise it ("diakui perusahaan ga", "bisa buat daftar
cpns?"), how long it is valid ("berlaku selamanya?": no expiry is stated in the programme's
facts the assistant has, so it says so and where to ask), what it is for ("bisa dipake
ngelamar kerja?"), and the rating after it. Each has its
``kb.certificate_<kind>`` answer; a wrong name or a failing download is also the problem a
certificate complaint is about (``PROBLEMS``: its own fix, not "not there yet"). "how do I
rate the course?" is the rating (before, where the certificate is)."""

from __future__ import annotations

import re

CERTIFICATE_ASKS = (
    (
        "name",
        r"\bnama\w*\b.{0,30}\b(?:salah|keliru|typo)\b|salah (?:ketik|nama|tulis)|typo|"
        r"wrong name|\b(?:ganti|ubah|rubah|ngubah|benerin|betulin|betulkan|perbaiki|"
        r"perbaikan|koreksi|revisi|edit|change|correct|fix)\w*\s+(?:\w+\s+)?(?:nama|name)\b|"
        r"\bnama\w*\s+(?:\w+\s+)?(?:beda|(?:ga|gak|gk|tidak|tdk|nggak) sesuai)\b",
    ),
    (
        "download",
        r"download|unduh|donlot|cetak|print|\bpdf\b|hilang|\bilang|kehapus|terhapus|"
        r"\blost\b",
    ),
    (
        "recognition",
        r"\bdiakui\b|\bakui\b|\bpengakuan\b|\bditerima (?:di |oleh |sama )?(?:perusahaan|"
        r"kantor|instansi|hrd|pemerintah|pabrik|bumn)|\b(?:c?pns|asn|pppk|bumn|bnsp)\b|"
        r"\bsetara\b|\bkompetensi\b|\brecogni[sz]\w*|\baccepted by\b|\bcivil service\b",
    ),
    (
        "validity",
        r"\bberlaku\b|\bmasa (?:berlaku|aktif)\b|\bkadaluarsa\b|\bkedaluwarsa\b|\bkadaluwarsa\b|"
        r"\bexpir\w*|\bselamanya\b|\bseumur hidup\b|\bvalid (?:for|until|forever)\b|"
        r"\bvalidity\b|\bforever\b|\b(?:bisa|akan) (?:hangus|mati)\b",
    ),
    (
        "use",
        r"buat apa|untuk apa|\bguna\w*|dipake|dipakai|melamar|ngelamar|lamaran|\bcv\b|"
        r"used for",
    ),
    (
        "rating_value",
        r"\b(?:rating|ulasan|review|bintang|stars?)\b.{0,40}\b(?:ngaruh|pengaruh|"
        r"berpengaruh|memengaruhi|mempengaruhi|affect\w*|matter\w*)\b|"
        r"\b(?:\d|satu|one|low|jelek|rendah)\s*(?:bintang|stars?)\b",
    ),
    (
        "rating",
        r"\b(?:cara|gimana|gmn|bagaimana|dimana|di mana|wajib|harus|how|have to|need to|"
        r"must)\b.{0,60}"
        r"\b(?:rating|ulasan|review|rate\b)|\b(?:rating|ulasan|review)\b.{0,60}"
        r"\b(?:dimana|di mana|wajib|harus|caranya|gimana|where|required)\b",
    ),
)
"""What a certificate question is about beyond "where is it", first match wins."""
PROBLEMS = ("name", "download")
"""The kinds that are problems with an issued certificate (a complaint's own fix)."""


def certificate_kind(text: str) -> str | None:
    """The first kind of ``CERTIFICATE_ASKS`` that ``text`` asks about, else None."""
    lowered = text.lower()
    for kind, pattern in CERTIFICATE_ASKS:
        if re.search(pattern, lowered):
            return kind
    return None


def certificate_key(text: str) -> str:
    """The answer's key: ``kb.certificate_<kind>``, or ``kb.certificate`` (where it is)."""
    kind = certificate_kind(text)
    return "kb.certificate" if kind is None else f"kb.certificate_{kind}"


def certificate_problem(text: str) -> str | None:
    """A wrong name or a failing download told ("sertifikat ga bisa didownload"), else None."""
    kind = certificate_kind(text)
    return kind if kind in PROBLEMS else None


__all__ = ["CERTIFICATE_ASKS", "PROBLEMS", "certificate_key", "certificate_kind",
           "certificate_problem"]  # fmt: skip
