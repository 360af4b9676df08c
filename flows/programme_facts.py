"""Questions about the programme itself that its general text does not answer, read from the
words whatever the NLU makes of them (what Prakerja is, its benefits, "no", a bot question):

- whether it is a loan to pay back ("prakerja itu utang ya? ntar ditagih ga", "kalo aku ga
  lulus pelatihan harus balikin duit?"): no, nothing is paid back; not finishing a training
  only means no incentive (it needs the first course's certificate, rating and review);
- who runs it ("prakerja itu dari kemnaker ya?", "yg ngadain siapa", "pemerintah apa
  swasta"): a government programme run by its management office, moving to Kemnaker;
- who pays for it ("yang bayarin siapa", "duit prakerja dari mana? dari APBN?"): the
  government, so it is free for participants;
- whether it still runs ("masih jalan ga taun 2026 ini"): the waves open or scheduled in the
  database, never a guessed date.

Before, these got the general programme text, the benefits list, the Sisnaker platform's
buying guide, "I am a bot" or "belum paham". A request for a loan ("kalo pinjol?") is no
question about the programme: ``flows.small_talk`` declines it."""

from __future__ import annotations

import re

from flows import disability_help, eligibility_relatives, era_amounts, era_totals
from flows.complaint_topics import category_for
from flows.course_followups import asks_hours, course_hours
from flows.messages import Outbound
from flows.programme_scale import asks_scale
from flows.queries import WaveQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.waves import waves_text

LOAN, WHO, FUNDING, RUNNING = "loan", "who", "funding", "running"
SCALE = "scale"  # "udah berapa orang yg dapet prakerja?": ``flows.programme_scale``

_DEBT = re.compile(
    r"\b(?:utang|hutang|ngutang|pinjaman|debt|loan)\b"
    r"|\b(?:nanti|ntar|nti|bakal|akan|apa)\s+(?:di)?tagih\w*|\bditagih\s*(?:\?|ga|gak|gk|nggak|ngga|"
    r"tidak|kah|nanti|ntar)|\b(?:prakerja|program\w*)\b.{0,25}\bpinjol\b"
)
"""A debt named: "prakerja itu utang ya?", "ntar ditagih ga", "itu pinjaman bukan?"."""
_NO_DEBT = re.compile(
    r"\b(?:hp|hape|handphone|ponsel|laptop|nomor|no|akun|email|kartu|ktp|rekening)\s+pinjaman\b"
    r"|\b(?:punya|ada|lagi|sedang|masih|bayar|lunasin|lunasi)\s+(?:utang|hutang|pinjaman|cicilan)\w*"
    r"|\b(?:terlilit|nunggak|galbay|gagal bayar)\b"
)
"""A borrowed phone, or the user's own debts ("aku punya utang pinjol, bisa daftar?"): no
question whether the programme is a loan."""
_OBLIGED = (
    r"(?:harus|hrs|wajib|perlu|disuruh|diminta|dituntut|kena|kudu|mesti|musti|must|have to|"
    r"need to)"
)
_REPAY = re.compile(
    rf"\b{_OBLIGED}\b.{{0,30}}\b(?:balikin|dibalikin|ngembaliin|dikembaliin|kembaliin|"
    r"kembalikan|dikembalikan|mengembalikan|ganti rugi|ganti uang|gantiin|denda|didenda|"
    r"bayar balik|nyicil|dicicil|give (?:it )?back|return (?:it|the money))\b"
    r"|\b(?:bayar balik|repay\w*|pay (?:it |the money )?back|paid back)\b"
)
"""Paying back asked ("harus balikin duit?", "disuruh ganti rugi ga"), not a refund wanted
("saldonya dikembalikan ga kalau kelas batal?", "minta ganti rugi")."""
_LOAN_WANTED = re.compile(
    r"\b(?:mau|pengen|pgn|ingin|butuh|cari|nyari|ajukan|ngajuin|minta|get|need|want|apply for)"
    r"\s+(?:\w+\s+)?(?:pinjam|minjem|pinjem|pinjaman|ngutang|utang|hutang|loan)\b"
)
"""A loan wished for ("mau pinjam uang"): no question about the programme."""
_UNFINISHED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm)\s+(?:lulus|selesai|kelar|tamat|"
    r"beres|lolos ujian|ikut pelatihan)\b|\b(?:gagal|putus|berhenti|drop ?out|mundur)\b"
    r"|\b(?:don'?t|didn'?t|do not|did not|fail\w*)\s+(?:finish|complete|pass)\w*"
)
"""A training not finished or failed ("kalo aku ga lulus pelatihan")."""

_ASKS_WHO = r"(?:siapa|sapa|sp|who|lembaga|instansi|kementerian\w*|kemnaker|pemerintah|swasta)"
_WHO = re.compile(
    r"\b(?:yg|yang)\s+(?:ngadain|ngadakan|mengadakan|adain|ngelola|kelola|mengelola|"
    rf"nyelenggarain|menyelenggarakan|menjalankan)\b(?=.*\b{_ASKS_WHO}\b)"
    r"|\b(?:dikelola|diadakan|diselenggarakan|dijalankan|dipegang)\s+(?:oleh\s+)?"
    r"(?:siapa|sapa|apa|lembaga|instansi|kementerian|kemnaker|pemerintah)\b"
    r"|\b(?:penyelenggara|pengelola|pelaksana)\w*\b(?=.*\b(?:prakerja|program\w*|siapa|sapa)\b)"
    r"|\b(?:dari|punya|milik|bagian|dibawah|di bawah|urusan|programnya|program)\s+"
    r"(?:kemnaker|kementerian\w*|kemenaker)\b"
    r"|\b(?:pemerintah|negara)\s+(?:apa|atau|ato|or)\s+swasta\b"
    r"|\bswasta\s+(?:apa|atau|ato|or)\s+(?:pemerintah|negara)\b"
    r"|\bwho (?:runs|organi[sz]es|manages|is behind|owns)\b|\b(?:run|organi[sz]ed|managed) by\b"
)
"""Who runs the programme: "yg ngadain siapa", "prakerja itu dari kemnaker ya?"."""
_NOT_THE_PROGRAMME = re.compile(
    r"\b(?:data|akun|pelatihan\w*|kelas|kursus|lpk|tiket|pengaduan|sertifikat|webinar)\b"
)
"""Who runs something else ("yg ngadain pelatihan ini siapa": its training provider)."""
_FUNDING = re.compile(
    r"\b(?:yg|yang)\s+(?:bayar|bayarin|biayain|biayai|danain|modalin|nanggung|menanggung)\b"
    r"(?=.*\b(?:siapa|sapa|who)\b)"
    r"|\b(?:duit|uang|dananya|anggaran|biaya|modal)\w*\s+(?:\w+\s+){0,2}?(?:dari|dr)\s*"
    r"(?:mana|mn)\b"
    r"|\b(?:dibayarin|dibayari|dibiayai|dibiayain|didanai|dibayar)\s+(?:oleh\s+)?"
    r"(?:siapa|sapa|negara|pemerintah)\b"
    r"|\bapbn\b|\banggaran (?:negara|pemerintah)\b|\bsumber (?:dana|duit|uang|anggaran)\w*"
    r"|\bwho (?:pays|funds|is paying)\b|\bfunded by\b|\bwhere does the money come from\b"
)
"""Who pays for it: "yang bayarin siapa", "duit prakerja dari mana sih? dari APBN?"."""
_STILL = re.compile(
    r"\bmasih\s+(?:ada|jalan|berjalan|buka|dibuka|berlanjut|lanjut|aktif|eksis)\b"
    r"|\b(?:udah|sudah|udh|sdh|dah)\s+(?:berhenti|dihentikan|ditutup|bubar|dibubarkan|tamat|"
    r"ga ada|gak ada|nggak ada|tidak ada|gaada|gada)\b|\b(?:dihentikan|dibubarkan|bubar)\b"
    r"|\bstill (?:running|open|on|going|available|exists?)\b|\bdiscontinued\b"
)
"""Whether it still runs: "masih jalan ga", "prakerja udah bubar?"."""
_THE_PROGRAMME = re.compile(
    r"\b(?:prakerja|program\w*|20\d\d|tahun ini|taun ini|thn ini|sekarang|skrg|skrang|now)\b"
)
"""What still runs is the programme, or runs now ("taun 2026 ini")."""
_OTHER_TOPIC = re.compile(
    r"\b(?:saldo\w*|insentif\w*|gelombang|gel|wave|kuota|pelatihan\w*|kelas|kursus|sertifikat\w*|"
    r"akun\w*|tiket\w*|pengaduan\w*|laporan\w*|rekening\w*|ovo|gopay|linkaja|kode\w*|voucher\w*|"
    r"nik|kk|email|otp|link|pendaftaran|daftar|promo|diskon|survei|jadwal\w*|sesi|webinar|"
    r"lowongan|loker|status\w*|kepesertaan\w*|dicabut|nonaktif\w*|kartu\s*(?:ku|aku|saya|sy|gw)|"
    r"prakerja\s*(?:ku|aku|saya|sy|gw))\b"
)
"""Another subject that "masih ada" is about ("sisa saldo aku masih ada ga?")."""


def asked(text: str) -> list[str]:
    """What a message asks about the programme itself (``LOAN``, ``WHO``, ``FUNDING``,
    ``RUNNING``), in that order; empty for none."""
    lowered = " ".join(text.lower().split())
    if not lowered:
        return []
    kinds = []
    debt = _DEBT.search(_NO_DEBT.sub(" ", lowered)) or _REPAY.search(lowered)
    if debt and not _LOAN_WANTED.search(lowered):
        kinds.append(LOAN)
    if _WHO.search(lowered) and not _NOT_THE_PROGRAMME.search(lowered):
        kinds.append(WHO)
    if _FUNDING.search(lowered):
        kinds.append(FUNDING)
    still = _STILL.search(lowered) and _THE_PROGRAMME.search(lowered)
    if still and not _OTHER_TOPIC.search(lowered):
        kinds.append(RUNNING)
    if asks_scale(lowered):
        kinds.append(SCALE)
    return kinds


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The answer to such a question typed (a fraud story aside), else None."""
    message = turn.message
    if message.payload is not None or not message.text:
        return None
    kinds = asked(message.text)
    if not kinds or category_for(message.text.lower()) == "fraud":
        return None  # "ada yg nawarin pinjaman atas nama prakerja": the fraud warning
    lines = []
    for kind in kinds:
        lines.append((yield from _said(turn, kind)))
    return [Outbound("\n\n".join(lines), (turn.menu_button(),))]


def whole(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """``answer`` for a message outside a flow whose questions are all about the programme
    itself; one that asks other things as well is left to ``flows.several_questions``."""
    message = turn.message
    if turn.session.flow is not None:
        return None
    package = era_amounts.answer(turn)  # "aku gelombang 17, insentifnya brp", "saldo 1 juta kan?"
    package = package or era_totals.answer(turn)  # "temenku dapet 4,2jt aku cuma 3,55jt"
    if package is not None:
        return package
    disabled = disability_help.answer(turn)  # "saya tunanetra, bisa ikut?", "gak bisa liat
    if disabled is not None:  # kamera", "pelatihan buat disabilitas?", "dibantu keluarga?"
        return disabled
    if message.payload is None and asks_hours(message.text or ""):  # "durasi pelatihan minimal
        return [course_hours(turn)]  # brp jam": whatever the NLU read (benefits, a search)
    young = eligibility_relatives.age_in_words(turn)  # "adek saya ... umurnya tujuh belas"
    if young is not None:
        lowered = (message.text or "").lower()
        if _STILL.search(lowered) and _THE_PROGRAMME.search(lowered):  # "masih buka ga": first
            young.insert(0, Outbound((yield from running(turn))))
        return young
    if len(message.parts) > 1 and not all(asked(text) for text, _, _ in message.parts):
        return None
    if message.intent == "program_info" and asked(message.text or "") == [RUNNING]:
        return None  # "apakah prakerja masih ada tahun 2026": what it is, and that it runs
    return (yield from answer(turn))


def running(turn: FlowTurn) -> Ask[str]:
    """Whether the programme runs: yes with a wave open or scheduled (that wave), else that
    none is (no date guessed)."""
    open_wave, next_wave = yield WaveQuery()
    waves = yield from waves_text(turn.lang)
    if open_wave is None and next_wave is None:
        return waves
    return turn.say("kb.programme_running") + " " + waves


def _said(turn: FlowTurn, kind: str) -> Ask[str]:
    facts = turn.ctx.programme.facts()
    if kind == RUNNING:
        return (yield from running(turn))
    if kind == SCALE:
        return turn.say("kb.programme_scale")
    if kind == LOAN:
        lines = [turn.say("kb.not_a_loan", **facts)]
        if _UNFINISHED.search((turn.message.text or "").lower()):
            lines.append(turn.say("kb.not_a_loan_unfinished", **facts))
        return "\n".join(lines)
    return turn.say("kb.programme_who" if kind == WHO else "kb.programme_funding", **facts)


__all__ = ["FUNDING", "LOAN", "RUNNING", "SCALE", "WHO", "answer", "asked", "running", "whole"]
