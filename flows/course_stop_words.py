"""Words of a course search that name no topic, Indonesian and English: what is left of a
message without them is what is searched ("yaudah cariin kelas yg murah dong" names no topic;
before, it searched "cariin").

Kinds, not one-off strings: requests and the verbs of finding or showing ("cari", "cariin",
"nyariin", "find", "show"); function words (pronouns, possessives, demonstratives,
conjunctions, particles, question words, auxiliaries); words of time and state ("baru",
"skrg", "current", "udh"); filters said in words (a mode, a city, a price, the cheapest first);
and the programme's own matters ("saldo", "sertifikat", "gelombang"). English contraction
endings go too ("what's my current course": before, it searched "s current")."""

from __future__ import annotations

import re

_REQUESTS = (
    "cari carikan cariin cariian nyari nyariin mencari dicari carik temukan temukanin nemu "
    "menemukan ketemu pilih pilihin pilihkan milih kasih kasi kasihin kasitau kasih tau tau "
    "tahu info infoin infokan tunjukin tunjukkan tampilkan tampilin liat lihat liatin lihatin "
    "bantu bantuin tolong coba mau ingin pengen pingin pgn butuh perlu maunya mauku pengennya "
    "inginnya ikut ikutan belajar beli membeli beliin ambil ngambil daftar "
    "learn learning study studying mempelajari pelajari "
    "urut urutkan urutin diurutkan "
    "want would like find search looking look show get need help give tell buy purchase take "
    "swap tukar tuker ganti gantiin change switch naikin naikkan turunin turunkan raise increase"
)
"""Asking, finding, showing, wanting, buying: what the user does, not what they learn."""
_COURSE = (
    "pelatihan kursus kelas training course courses class classes trainings les "
    "language languages "
    "kategori bidang category"
)
"""The course itself named."""
_FUNCTION = (
    "aku saya sy aq ak gue gw gua ane kamu km kau dia ia beliau mereka kami kita ku mu nya "
    "ini itu tsb tersebut yang yg soal tentang untuk utk buat bwt dari dr dengan dgn di ke "
    "dan atau sama serta juga jg aja aj saja kalo kalau klo kl jika tp tapi tetapi soalnya "
    "soale soalny karena karna krn sebab terus trs trus jadi jd pokoknya biar supaya agar "
    "apa apaan siapa mana dimana gimana gmn gmana bagaimana berapa brp kah "
    "dong donk min kak gan kk sis bang mas mba mbak nih tuh deh sih ya yah kok lho loh kan "
    "teh mah atuh euy nah dulu dlu duluan satu kedua another second "
    "ga gak gk nggak ngga enggak tidak tdk bukan gpp gapapa gapopo yaudah yauda "
    "i im me my mine your you he she it its we our they their his her this that these those "
    "a an the in on at about to for of with by from and or but because coz cuz "
    "what whats which who how is are was were be been am do does did can could should will "
    "please pls plz some any there just only one ones first "
    "hi hello hey maybe perhaps fine ok okay eh ehh btw "
    "mending mendingan enakan better rather prefer instead masalah lah dmn dimn dmna "
    "tempatnya lokasi lokasinya alamat alamatnya jgn jangan ttg tntg mengenai kapan kpn kenapa "
    "knp mengapa why where when "
    "salah ralat koreksi typo sorry sori balik kembali tadi barusan back again"
)
"""Pronouns and possessives, demonstratives, prepositions, conjunctions, particles, question
words, auxiliaries, greetings, and a preference ("mending yg excel aja" searches "excel";
before, "mending spreadsheet"); a correction or a return ("eh salah, maunya tatap muka", "balik
ke pelatihan tadi") names no topic either (before, it searched "salah", "balik tadi")."""
_TIME_AND_STATE = (
    "baru skrg sekarang skg lagi lg masih sedang nanti besok kemarin kmrn current currently "
    "now today tomorrow yet still already belum blm blom belom udh udah sudah sdh dah pernah "
    "lolos nemu cocok gampang mudah easy bingung bisa bs boleh emang memang berarti brarti "
    "maksud maksudnya ada ad adakah mikir pikir dipikir deadline batas cepet cepat cepetan kilat "
    "singkat quick fast quickly start started mulai have haven has not"
)
"""When and in which state: "aku baru mau beli" says when, not what (before, it searched
"baru")."""
_FILTERS = (
    "online daring offline luring hybrid campuran kota daerah wilayah dekat sekitar near city "
    "harga harganya biaya maks maksimal max dibawah bawah rp idr juta jt ribu rb million "
    "millions mio thousand thousands enough cukup under below less than budget maximum "
    "murah termurah lebih hemat terjangkau cheap cheaper cheapest lowest affordable "
    "paling plg pling sort sorted price prices beginner beginners "
    "around about approx approximately roughly kisaran kira kiranya an deket dkt sekitaran "
    "mahal expensive sejuta sejutaan jutaan ratusan ribuan kurang zoom"
)
"""A mode, a place, a price or the cheapest first: filters, read by ``flows.course_filters``."""
_CIRCUMSTANCES = (
    "kampung desa dusun kabupaten provinsi kecamatan sinyal jaringan kuota seminggu sebulan "
    "setahun pulang pergi berangkat merantau melaut diulang mengulang kapanpun mantan purna "
    "eks khusus dijamin jaminan terjamin pasti dapat dapet dpt "
    "pelatihannya kursusnya kelasnya trainingnya"
)
"""A situation told around a course question ("di kampung saya gak ada sinyal", "saya melaut
seminggu, pulang baru bisa belajar", "dijamin dapat kerja gak?"): where, when, who one was,
what is promised; no course topic (before, 'Belum ada pelatihan "sinyal"')."""
_PROGRAMME = (
    "sertifikat certificate certificates insentif incentive incentives saldo balance dana "
    "pencairan masuk rating ulasan review berbayar kepake kepakai terpakai dipake dipakai "
    "pake pakai kelar beres ngapain prakerja kartu gelombang wave waves batch angkatan"
)
"""The programme's own matters: a balance, a certificate, a wave ("aku mau ikut lagi gelombang
yg skrg" is about joining again; before, it searched "gelombang")."""
_STEMS = (
    r"sertifikat\w*|insentif\w*|saldo\w*|cair\w*|dicair\w*|bayar\w*|pembayaran\w*|selesai\w*|"
    r"maksud\w*|metode\w*"
)
"""Words whose every form names no topic ("sertifikatnya", "dicairkan")."""
_CONTRACTIONS = r"(?<=[a-z])'(?:s|re|m|ll|ve|d|t)\b|n't\b"
"""English contraction endings ("what's", "i'm", "don't")."""
_NUMBERS = r"\d+[\d.,]*(?:rb|k|jt|m)?"


def _words(*kinds: str) -> str:
    return "|".join(sorted({word for kind in kinds for word in kind.split()}, key=len)[::-1])


FILLER = re.compile(
    rf"{_CONTRACTIONS}|\b(?:{_words(_REQUESTS, _COURSE, _FUNCTION, _FILTERS)}|{_NUMBERS})2?\b"
)
"""Requests, the course named, function words and filters: never a topic, nor said twice the
short way ("mahal2", "mikir2")."""
PROGRAMME = re.compile(
    rf"\b(?:{_words(_TIME_AND_STATE, _PROGRAMME, _CIRCUMSTANCES)}|{_STEMS})2?\b"
)
"""Time, state and the programme's matters ("sertifikat aku udah ada tapi insentif blm masuk",
"udh selesai pelatihan nih terus ngapain"): no course topic (before, such a message searched
'pelatihan "sertifikat insentif belum masuk"')."""

__all__ = ["FILLER", "PROGRAMME"]
