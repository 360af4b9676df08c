"""A button's title typed instead of tapped is that button."""

from __future__ import annotations

from bot.runtime import Runtime
from bot.typed_choice import chosen, offered
from flows.messages import Button, Inbound, Outbound
from flows.responses import text as response_text
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptRepository
from storage.sessions import Session

SEND = Button("Kirim", "opt:send")
REWRITE = Button("Tulis ulang", "opt:rewrite")
MENU = Button("Menu utama", "menu")


def _typed(text: str) -> Inbound:
    return Inbound("webchat", "u", "m1", text=text)


def test_a_typed_title_is_its_button_whatever_its_case_and_trimmings() -> None:
    choices = offered([Outbound("Kirim sekarang?", (SEND, REWRITE)), Outbound("", (MENU,))])
    for text in ("Kirim", "kirim", " KIRIM! ", "👉 kirim", "tulis  ulang", "menu utama."):
        picked = chosen(_typed(text), choices)
        assert picked.payload is not None, text
        assert picked.text == text  # kept for the transcript
    assert chosen(_typed("kirim"), choices).payload == "opt:send"
    assert chosen(_typed("Tulis ulang"), choices).payload == "opt:rewrite"


def test_other_text_stays_text() -> None:
    choices = offered([Outbound("Kirim sekarang?", (SEND, REWRITE))])
    for text in ("ya kirim", "kirim aja", "jangan kirim", "k", "", "kirim " * 20):
        assert chosen(_typed(text), choices).payload is None, text
    assert chosen(_typed("kirim"), []).payload is None  # nothing offered


def test_a_title_two_buttons_share_chooses_neither() -> None:
    choices = offered(
        [Outbound("a", (Button("Lanjut", "x"),)), Outbound("b", (Button("lanjut", "y"),))]
    )
    assert chosen(_typed("lanjut"), choices).payload is None
    same = offered([Outbound("a", (MENU,)), Outbound("b", (MENU,))])  # one button, twice
    assert chosen(_typed("menu utama"), same).payload == "menu"


def test_an_expired_session_forgets_what_it_offered() -> None:
    session = Session(flow="complaints", step="confirm", offered=[["Kirim", "opt:send"]])
    session.expire()
    assert session.offered == []
    assert Session.loads(Session(offered=[["Ya", "yes"]]).dumps()).offered == [["Ya", "yes"]]


async def test_the_engine_takes_a_typed_title_as_the_button_but_not_while_a_person_holds_the_chat(
    runtime: Runtime,
) -> None:
    key = ConversationKey("webchat", "typed-1")
    await runtime.sessions.save(key, Session(offered=[["Menu utama", "menu"]], turns=1))
    menu = await runtime.engine.handle(Inbound("webchat", "typed-1", "m1", text="menu utama!"))
    assert menu[0].text == response_text("id", "menu.again")

    held = Session(handoff="agent", offered=[["Menu utama", "menu"]], turns=1)
    await runtime.sessions.save(key, held)
    assert await runtime.engine.handle(Inbound("webchat", "typed-1", "m2", text="Menu utama")) == []
    await runtime.transcript.flush()
    repository = TranscriptRepository(create_session_factory(runtime.database))
    typed = [e for e in await repository.history(key) if e.direction == "in"]
    assert [(e.text, e.payload) for e in typed] == [("menu utama!", "menu"), ("Menu utama", None)]


def test_a_plain_yes_or_no_is_the_one_button_that_means_it() -> None:
    buy = Button("Ya, beli", "enrol_yes:1", "yes")
    later = Button("Nanti dulu", "menu", "no")
    choices = offered([Outbound("Beli?", (buy, later))])
    for text in ("ya", "iya beli", "yes", "iya kak"):
        assert chosen(_typed(text), choices).payload == "enrol_yes:1", text
    for text in ("tidak", "ga"):
        assert chosen(_typed(text), choices).payload == "menu", text
    for text in ("udah dicoba masih gagal", "ya tapi mahal", "gimana?", "ya?"):
        assert chosen(_typed(text), choices).payload is None, text  # the flow reads these
    two = offered([Outbound("a", (buy, Button("Ya, simpan", "save", "yes")))])
    assert chosen(_typed("ya"), two).payload is None  # which "yes"? neither
    assert chosen(_typed("ya"), offered([Outbound("a", (SEND, REWRITE))])).payload is None


def test_a_buttons_meaning_survives_the_stored_replies() -> None:
    reply = Outbound("Beli?", (Button("Ya, beli", "enrol_yes:1", "yes"), MENU))
    assert Outbound.from_dict(reply.to_dict()) == reply


def test_a_question_chooses_nothing_and_one_word_of_one_title_chooses_it() -> None:
    buy = Button("Ya, beli", "enrol_yes:1", "yes")
    choices = offered([Outbound("Beli?", (buy, Button("Nanti dulu", "menu", "no")))])
    assert chosen(_typed("ya?"), choices).payload is None  # asks back
    assert chosen(_typed("Ya, beli?"), choices).payload is None
    assert chosen(_typed("beli"), choices).payload == "enrol_yes:1"
    assert chosen(_typed("ga jadi"), choices).payload == "menu"
    both = offered([Outbound("a", (Button("Daftar sekarang", "x"), Button("Cara daftar", "y")))])
    assert chosen(_typed("daftar"), both).payload is None  # a word of two titles


def test_a_yes_put_off_is_no_yes_and_one_word_chooses_only_a_button_that_means_yes_or_no() -> None:
    buy = Button("Ya, beli", "enrol_yes:1", "yes")
    choices = offered([Outbound("Beli?", (buy, Button("Nanti dulu", "menu", "no")))])
    for text in ("ya udah nanti aja", "iya nanti dulu", "oke deh nanti dulu kak"):
        assert chosen(_typed(text), choices).payload != "enrol_yes:1", text
    assert chosen(_typed("ya？"), choices).payload is None  # a full-width question mark
    stop, go_on = Button("Ya, batalkan", "yes", "yes"), Button("Lanjutkan", "no", "no")
    cancel = offered([Outbound("Batal?", (stop, go_on))])
    assert chosen(_typed("lanjut"), cancel).payload == "no"  # goes on, it is no "yes"
    listed = Button("Sudah lulus, tapi masih tercatat", "opt:g")
    school = offered([Outbound("Sekolah?", (Button("Tidak", "opt:no", "no"), listed))])
    assert chosen(_typed("lulus"), school).payload is None  # a word of a button meaning nothing


def test_a_listed_course_typed_without_its_price_is_its_button() -> None:
    listed = Outbound(
        "Hasil pencarian",
        (
            Button("Membuat Kue Kering untuk Dijual · Rp450.000", "course:7"),
            Button("Membuat Kue Kering untuk Pemula · Rp325.000", "course:8"),
        ),
    )
    choices = offered([listed])
    assert chosen(_typed("membuat kue kering untuk pemula"), choices).payload == "course:8"
    assert chosen(_typed("Membuat Kue Kering"), choices).payload is None  # both begin so


def test_a_whole_title_with_only_a_wish_around_it_is_its_button() -> None:
    again = Button("Coba lagi", "link:retry")
    person = Button("Hubungi petugas", "human")
    choices = offered([Outbound("Gagal.", (again, person))])
    for text in ("mau coba lagi", "coba lagi aja kak", "Mau hubungi petugas dong"):
        assert chosen(_typed(text), choices).payload is not None, text
    for text in ("ga mau coba lagi", "coba lagi besok", "kenapa harus coba lagi"):
        assert chosen(_typed(text), choices).payload is None, text


def test_a_number_or_ordinal_named_as_a_choice_is_that_button() -> None:
    courses = Outbound(
        "Hasil pencarian",
        tuple(Button(f"Kursus {n} · Rp100.000", f"course:{n}") for n in (7, 8, 9)),
    )
    choices = offered([courses, Outbound("", (MENU,))])
    for text in ("nomor 3", "No.3 kak", "pilih 3", "yg ke-3", "ke3 aja", "yang ketiga", "3rd"):
        assert chosen(_typed(text), choices).payload == "course:9", text
    assert chosen(_typed("yang pertama dong"), choices).payload == "course:7"
    assert chosen(_typed("nomor 4"), choices).payload == "menu"  # counted over all replies
    for text in ("3", "nomor 5", "kedua orang tua saya", "nomor 3 sama 4", "no"):
        assert chosen(_typed(text), choices).payload is None, text


def test_a_number_does_not_point_at_a_button_whose_title_two_buttons_share() -> None:
    twice = Button("Menu utama", "menu:a")
    choices = offered([Outbound("", (SEND, twice)), Outbound("", (Button("Menu utama", "b"),))])
    assert chosen(_typed("nomor 1"), choices).payload == "opt:send"
    assert chosen(_typed("nomor 2"), choices).payload is None
    assert chosen(_typed("nomor 3"), choices).payload is None


def test_a_number_chooses_only_among_a_real_choice_not_a_lone_menu_button() -> None:
    """After an answer offering only "Menu utama", "yg ke 1" still means the search results
    shown before (``flows.course_results``), not the menu."""
    alone = offered([Outbound("Manfaat Kartu Prakerja ...", (MENU,))])
    for text in ("yg ke 1", "nomor 1", "yang pertama"):
        assert chosen(_typed(text), alone).payload is None, text
    assert chosen(_typed("menu utama"), alone).payload == "menu"  # its title still chooses it
    beside = offered([Outbound("Gagal.", (Button("Coba lagi", "link:retry"), MENU))])
    assert chosen(_typed("nomor 1"), beside).payload is None  # one button and the menu
    buy = Button("Ya, beli", "enrol_yes:1", "yes")
    two = offered([Outbound("Beli?", (buy, Button("Nanti dulu", "menu", "no")))])
    assert chosen(_typed("yg ke 2"), two).payload == "menu"  # "Nanti dulu" is a choice
    one_result = Outbound("Hasil", (Button("Kursus 7 · Rp100.000", "course:7"),), style="list")
    listed = offered([one_result, Outbound("", (MENU,))])
    assert chosen(_typed("yg ke 1"), listed).payload == "course:7"  # a list is numbered
