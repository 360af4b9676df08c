"""The normaliser: slang, typos, glued words, elongations; negations are never dropped."""

from __future__ import annotations

import pytest

from nlu import TrainingDataError
from nlu.lexicon import LEXICON_PATH, NEGATIONS, load_lexicon, parse_lexicon
from nlu.normalise import CAPITALISED, Normaliser

LEXICON = load_lexicon()
VOCABULARY = {"daftar": 9, "cara": 9, "insentif": 9, "cair": 9, "akun": 5, "cek": 5,
              "sertifikat": 5, "pelatihan": 5, "masuk": 5, "bisa": 5, "pendaftaran": 4,
              "tanya": 4, "masih": 3, "alamat": 2, "balas": 2, "bulus": 1}  # fmt: skip
NORMALISE = Normaliser(LEXICON, VOCABULARY)

INFORMAL_NEGATIONS = ["ga", "gak", "gk", "g", "nggak", "ngga", "enggak", "kagak", "ndak", "tdk",
                      "blm", "blom", "belom", "bkn", "jgn", "ora", "teu", "not",
                      # regional: Javanese, Sundanese, Minang, Betawi, Manado, eastern Malay
                      "dereng", "durung", "mboten", "ojo", "dudu", "henteu", "sanes", "indak",
                      "alun", "belon", "nda", "tra", "sonde", "teu acan",
                      # English, apostrophes already gone
                      "didnt", "doesnt", "isnt", "havent", "never"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("gmn cara daftar min", "bagaimana cara daftar admin"),
        ("insentif blm cair2 knp ya", "insentif belum cair cair kenapa ya"),
        ("NIK ku terdaftar di kemendikbud gk isa dftar",
         "nik saya terdaftar di kemendikbud tidak bisa daftar"),
        ("bangeeet makasihhh kakk", "banget terima kasih kak"),
        ("gabisa login, otp ga masukkk", "tidak bisa login otp tidak masuk"),
        ("saldo 600rb?? gelombang70", "saldo <num> ribu ? gelombang <num>"),
        ("wkwkwk ngecek akunku", "haha cek akun saya"),
        ("caradaftar", "cara daftar"),
        ("insentf", "insentif"),
        ("sertifkat", "sertifikat"),
        ("nyariin pelatihan", "cari pelatihan"),
        ("e-KTP 3273015708950003 hp 0812-3456-7890", "ktp <idnum> hp <phone>"),
        ("email a@b.com https://x.y/z", "email <email> <url>"),
        ("Ｄａｆｔａｒ", "daftar"),
        ("thanks 🙏🙏🙏", "terima kasih 🙏"),
        ("sign me up please", "langganan tolong"),
        ("👍 sip", "oke oke"),  # an emoji with one usual meaning
        ("👎", "tidak"),
        ("hellow", "halo"),  # one edit from a lexicon key ("hello")
        ("farewell, see ya", "dadah sampai jumpa"),
        ("dapat blt juga", "dapat bansos blt juga"),  # aid programmes share "bansos"
        ("aku bosen", "saya bosan perasaan"),  # small talk shares a concept word
        ("lulusan smk", "lulusan pendidikan smk pendidikan"),
        ("formasi cpns", "formasi layananlain cpns"),  # other services share one too
        ("seleksi pppk", "seleksi layananlain pppk"),  # a lexicon key is no elongation
        ("ada yang ngaku petugas", "ada yang mengaku petugas"),  # not "ng" + "aku" (saya)
        ("aduin aja", "adukan saja"),  # not one edit from "admin"
        ("akun gmail saya", "akun email saya"),  # not "g" + "mail": tidak email
        ("daftar layanan", "menu layanan"),  # a list, not registering
        ("jangan2 aku ga lolos", "kayaknya saya tidak lolos"),  # "perhaps", no negation
        ("jgn-jgn akun diblokir", "kayaknya akun diblokir"),
        ("cair-cair", "cair cair"),
        ("jangan, jangan hapus", "jangan jangan hapus"),  # a repeated "don't" stays one
        ("wilujeng wengi", "selamat malam"),  # Sundanese
        ("iyo, sepakat", "ya setuju"),
        # English reaches the model as the Indonesian the training data uses
        ("how do i sign up", "bagaimana cara daftar"),
        ("cancel subscription", "batal langganan"),
        ("is there an age limit", "apakah ada an batas umur"),
        ("can you walk me through signing up", "apakah kamu bisa jelasin langkah daftar"),
        # so does formal Indonesian, and regional words
        ("Bagaimanakah prosedur pendaftaran program ini?",
         "bagaimana cara pendaftaran program ini ?"),
        ("Mohon informasi mengenai jadwal gelombang", "tolong info tentang jadwal gelombang"),
        ("kulo badhe lapor, insentif kulo dereng mlebet",
         "saya mau lapor insentif saya belum masuk"),
        ("ambo alun dapek insentif", "saya belum dapat insentif"),
        # vowels left out: towards a known word with the same consonants in the same order
        ("gmn cr pndftrn", "bagaimana cara pendaftaran"),
        ("mau tny, insntf msih blm msk", "mau tanya insentif masih belum masuk"),
        ("daftr plthn", "daftar pelatihan"),
        ("almt", "alamat"),
        ("bls", "balas"),  # "bulus" is seen once: too rare to be read into an abbreviation
        ("krt", "krt"),  # no known word has these consonants: kept as written
        # abbreviations that are dictionary words too, read by the lexicon
        ("kn udh dtg, ko blm ny", "kan sudah datang kok belum nya"),
        ("lupa pass", "lupa password"),
        ("nah insentif tu kapan", "nah insentif itu kapan"),  # "nah" is no "no" here
        # a word typed over and over counts twice: a plea must not outweigh the topic
        ("tolong tolong tolong tolong insentif gagal", "tolong tolong insentif gagal"),
    ],
)  # fmt: skip
def test_normalises_informal_text(text: str, expected: str) -> None:
    assert NORMALISE(text) == expected


@pytest.mark.parametrize("form", INFORMAL_NEGATIONS)
def test_informal_negations_become_standard_negations(form: str) -> None:
    tokens = NORMALISE.tokens(f"insentif {form} cair")
    assert set(tokens) & NEGATIONS, tokens


@pytest.mark.parametrize(
    "text",
    ["tidak bisa daftar", "belum cair", "bukan saya", "jangan kirim lagi", "gak jadi",
     "gabisa login", "blmcair", "ga ada", "nggak usah", "tdk mau", "gausah kabari", "not yet",
     "i didnt get the otp", "my incentive hasn't arrived", "dont want these messages",
     "it doesnt work", "no longer interested"],
)  # fmt: skip
def test_negations_are_never_dropped(text: str) -> None:
    assert set(NORMALISE.tokens(text)) & NEGATIONS


def test_every_lexicon_negation_maps_to_a_negation() -> None:
    for form, standard in LEXICON.unigrams.items():
        if form in INFORMAL_NEGATIONS:
            assert set(standard) & NEGATIONS, form


def test_lexicon_has_at_least_500_entries_written_for_the_project() -> None:
    changing = [k for k, v in LEXICON.unigrams.items() if (k,) != v]
    assert len(changing) + len(LEXICON.phrases) >= 500


def test_no_lexicon_form_is_defined_twice() -> None:
    """A repeated form silently overrides the earlier line; each form has one meaning."""
    forms = [line.split("\t")[0].lower() for line in LEXICON_PATH.read_text("utf-8").splitlines()
             if line.strip() and not line.startswith("#")]  # fmt: skip
    assert sorted(f for f in set(forms) if forms.count(f) > 1) == []


def test_lexicon_format_errors_name_the_line() -> None:
    with pytest.raises(TrainingDataError, match="line 2"):
        parse_lexicon("ok\toke\nbroken line without tab\n")


def test_nothing_but_punctuation_is_dropped() -> None:
    assert NORMALISE.tokens("!!! ... ,,,") == []
    assert NORMALISE.tokens("??") == ["?"]


def test_unknown_words_are_kept_as_they_are() -> None:
    assert NORMALISE.tokens("zorblax qwerty") == ["zorblax", "qwerty"]


@pytest.mark.parametrize(
    ("text", "marked"),
    [("Bambang Susilo", True), ("Siti Nur Aminah", True), ("bambang susilo", False),
     ("Bambang", False), ("Cek saldo", False), ("Saya Udh Daftar Tp Blm Ada Kabar", False),
     ("Bambang 0812", False)],
)  # fmt: skip
def test_a_message_of_capitalised_words_only_is_marked(text: str, marked: bool) -> None:
    """A short message of capitalised words and nothing else is nearly always a name."""
    assert (NORMALISE.tokens(text)[-1] == CAPITALISED) is marked


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names and titles inside a sentence are not translated or "repaired"
        ("saya tinggal di Batam", "saya tinggal di batam"),
        ("putar lagu Good Morning Sunshine", "putar lagu good morning sunshine"),
        ("film I Think I Do tayang jam berapa", "film i think i do tayang jam berapa"),
        # lower case, the same words are normalised as usual
        ("saya tinggal di batam", "saya tinggal di batal"),
        ("putar lagu good morning sunshine", "putar lagu selamat pagi sunshine"),
        # a message in Title Case says nothing by its capitals
        ("Saya Udh Daftar Tp Blm Ada Kabar", "saya sudah daftar tapi belum ada kabar"),
        # the first word of a sentence and a lone known word are ordinary words
        ("Makasih ya. Gmn cara daftar", "terima kasih ya bagaimana cara daftar"),
        ("apakah Anda bot", "apakah kamu bot"),
        # negations still become negations inside a capitalised run
        ("NIK saya Gak Valid Katanya", "nik saya tidak valid katanya"),
    ],
)  # fmt: skip
def test_capitalised_names_keep_their_form(text: str, expected: str) -> None:
    normaliser = Normaliser(LEXICON, {**VOCABULARY, "batal": 9, "tinggal": 9, "tayang": 9})
    assert normaliser(text) == expected


def test_dictionary_words_are_never_repaired() -> None:
    vocabulary = {**VOCABULARY, "ubah": 9, "jauh": 9, "tinggal": 9}
    text = "rumah saya kebanjiran, hp jatuh"
    assert Normaliser(LEXICON, vocabulary)(text) == "ubah saya kebanjiran hp jauh"
    guarded = Normaliser(LEXICON, vocabulary, frozenset({"rumah", "jatuh", "ngecek", "gabisa"}))
    assert guarded(text) == "rumah saya kebanjiran hp jatuh"
    # informal affixes and glued negations are still read, dictionary word or not
    assert guarded("ngecek gabisa") == "cek tidak bisa"
    # words outside the dictionary are still repaired
    assert guarded("cara dafar akun") == "cara daftar akun"


def test_dictionary_words_keep_their_double_letters() -> None:
    text = "hapus data sesuai uu pdp, toko di pinggir jalan"
    assert NORMALISE(text) == "hapus data sesuai kamu pdp toko di ingin jalan"  # "u", "pingir"
    guarded = Normaliser(LEXICON, VOCABULARY, frozenset({"uu", "pinggir"}))
    assert guarded(text) == "hapus data sesuai uu pdp toko di pinggir jalan"
    assert guarded("kakk minn") == "kak admin"  # a doubled letter outside it is still single
