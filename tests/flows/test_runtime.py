"""The flow runtime's declarations, validators and pure steps (no database, no event loop)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from flows import FLOWS, FlowContext, Message, Outbound, ProgrammeConfig, Query, respond, views
from flows import date_answers as dates
from flows import queries as q
from flows import validators as v
from flows.handoff import staff_back_at, staff_on_duty
from flows.responses import LANGUAGES, has
from flows.result import Invalid, Valid
from flows.runtime.diagram import document
from flows.runtime.machine import Flow, Go, State
from flows.safety import secret_kind, strip_secrets
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())
ROOT = Path(__file__).resolve().parents[2]


def drive(session: Session, message: Message, answer: Any = None) -> list[Outbound]:
    steps = respond(session, message, CTX)
    try:
        query = next(steps)
        while True:
            query = steps.send(answer(query) if answer else None)
    except StopIteration as done:
        return list(done.value)


@pytest.mark.parametrize("flow", list(FLOWS.values()), ids=lambda f: f.name)
def test_every_prompt_and_option_has_a_response_in_both_languages(flow: Flow) -> None:
    for state in flow.states:
        keys = []
        if state.slot is not None:
            keys += [f"{flow.name}.{state.name}.ask", f"{flow.name}.{state.name}.simple"]
            keys += [option.label for option in state.slot.options]
        if state.final and (state.params or state.buttons):
            keys.append(f"{flow.name}.{state.name}.say")
        for language in LANGUAGES:
            missing = [key for key in keys if not has(key, language)]
            assert not missing, (language, missing)


def test_a_badly_declared_flow_fails_at_import() -> None:
    with pytest.raises(ValueError, match="unknown state"):
        Flow("broken", "a", (State("a", go=(Go("nowhere"),)),))
    with pytest.raises(ValueError, match="dead end"):
        Flow("broken", "a", (State("a"),))


def test_docs_flows_md_is_generated_from_the_flows() -> None:
    assert (ROOT / "docs" / "flows.md").read_text("utf-8") == document(FLOWS.values())


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("327301450501", "nik_length"),
        ("9973014505010003", "nik_region"),
        ("3273013513010003", "nik_date"),
        ("3273014505010000", "nik_serial"),
    ],
)
def test_nik_rejections_say_why(text: str, reason: str) -> None:
    result = v.nik(text)
    assert isinstance(result, Invalid) and result.reason == reason


def test_nik_date_and_gender() -> None:
    assert v.nik("3273 0145 0501 0003") == Valid("3273014505010003")
    born = v.nik_birth_date("3273014505010003")
    assert born is not None and born[0].isoformat() == "2001-05-05" and born[1] == "F"


@pytest.mark.parametrize(
    ("text", "iso"),
    [("5 mei 2001", "2001-05-05"), ("05-05-2001", "2001-05-05"), ("17 Agustus 1999", "1999-08-17"),
     ("eh salah, lahirku 1/2/03", "2003-02-01"), ("2001-05-05", "2001-05-05"),
     ("05052001", "2001-05-05"), ("tgl 5 bulan 5 thn 2001", "2001-05-05"),
     ("May 5th, 2001", "2001-05-05"), ("5th of May 2001", "2001-05-05")],
)  # fmt: skip
def test_dates_in_day_month_year_order(text: str, iso: str) -> None:
    result = dates.birth_date(text)
    assert isinstance(result, Valid) and result.value.isoformat() == iso


def test_numbers_that_are_no_dates() -> None:
    assert dates.parse_date("3273014505010003") is None  # a NIK
    assert dates.parse_date("081234567890") is None  # a phone
    assert isinstance(dates.birth_date("31022001"), Invalid)  # 31 February


def test_phone_email_money() -> None:
    assert v.phone("0812-3456-7890") == Valid("+6281234567890")
    assert isinstance(v.phone("021 555 1234"), Invalid)
    assert v.email("Siti.R@Example.COM") == Valid("siti.r@example.com")
    assert isinstance(v.email("siti@gmail"), Invalid)
    assert v.money("maks 750rb") == 750_000 and v.money("1,5 juta") == 1_500_000


def test_secrets_are_detected_and_stripped() -> None:
    assert secret_kind("password aku Rahasia123") == "password"
    assert secret_kind("kode otp nya 123456") == "otp"
    assert secret_kind("kode redeem AB12CD34 gagal") == "code"
    assert secret_kind("NIK saya 3273014505010003") is None
    assert secret_kind("sandinya budi2024") == "password"
    assert secret_kind("pin dana saya 123456") == "password"
    # talking about a password gives none: the question is answered, not warned about
    assert secret_kind("min sy lupa password akun prakerja, email jg udh ga aktif") is None
    assert secret_kind("ganti password 2 kali gagal") is None
    assert "AB12CD34" not in strip_secrets("kode redeem AB12CD34 gagal")


def test_staff_hours_and_when_staff_are_back() -> None:
    hours = ProgrammeConfig().staff_hours
    monday_ten = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # 10:00 WIB
    sunday_night = datetime(2026, 3, 1, 14, 0, tzinfo=UTC)  # 21:00 WIB
    assert staff_on_duty(monday_ten, hours) and not staff_on_duty(sunday_night, hours)
    back = staff_back_at(sunday_night, hours)
    assert back.weekday() == 0 and back.hour == 8


def test_agent_holding_the_chat_means_silence() -> None:
    assert drive(Session(handoff="agent"), Message(text="halo?")) == []


def test_registration_steps_are_pure_and_yield_their_writes() -> None:
    session = Session()
    seen: list[Query] = []

    def answer(query: Query) -> Any:
        seen.append(query)
        if isinstance(query, q.NikRegistered | q.ContactInUse):
            return False
        if isinstance(query, q.SendOtp):
            from flows.registration_checks import otp_digest

            return views.OtpTicket("salt", otp_digest("salt", "123456"), 4_000_000_000.0)
        if isinstance(query, q.CreateParticipant):
            return 7
        if isinstance(query, q.WaveQuery):
            return (None, None)
        raise AssertionError(query)

    for message in (
        Message(payload="flow:registration"),
        Message(payload="opt:yes"),
        Message(text="Siti Rahmawati"),
        Message(text="3273014505010003"),
        Message(text="3273010101150001"),
        Message(text="5 mei 2001"),
        Message(text="081234567890"),
        Message(text="123456"),
        Message(text="siti@example.com"),
        Message(payload="opt:yes"),
    ):
        drive(session, message, answer)
    assert session.step == "summary"
    replies = drive(session, Message(payload="opt:confirm"), answer)
    created = [x for x in seen if isinstance(x, q.CreateParticipant)]
    assert len(created) == 1 and created[0].gender == "F" and created[0].consent_version
    assert session.participant_id == 7 and session.flow is None and session.slots == {}
    assert "Siti" in replies[0].text


def test_the_states_a_turn_entered_are_noted_for_funnels() -> None:
    """Final states too, although finishing clears the session's flow and step."""
    session = Session()
    drive(session, Message(payload="flow:registration"))
    assert session.entered == ["registration/consent"]
    session.entered = []  # what the engine does after recording a turn
    drive(session, Message(payload="opt:no"))
    assert session.entered == ["registration/declined"]
    assert session.flow is None and session.step is None


@pytest.mark.parametrize(
    ("text", "unsure"),
    [
        ("ga tau", True),
        ("gatau kak", True),
        ("nggak yakin sih", True),
        ("lupa", True),
        ("not sure", True),
        ("I don't know", True),
        ("ga", False),  # a plain "no"
        ("gak kerja", False),
        ("ga tau kenapa insentif saya belum cair juga", False),  # a question, not an answer
    ],
)
def test_not_knowing_is_told_apart_from_no(text: str, unsure: bool) -> None:
    from flows.runtime import controls

    assert controls.is_unsure(Message(text=text)) is unsure


def test_a_follow_up_refines_only_a_search_shown_in_the_last_half_hour() -> None:
    from datetime import timedelta

    from flows.course_followups import refines
    from flows.runtime.machine import FlowTurn

    shown = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    session = Session()
    session.profile["search"] = {"words": "menjahit", "at": shown.isoformat()}

    @dataclass
    class Found:  # what the NLU gives the flows
        entity: str
        value: object
        start: int
        end: int

    def follow_up(text: str, minutes: int, *entities: Found) -> bool:
        at = shown + timedelta(minutes=minutes)
        return refines(FlowTurn(session, Message(text=text, at=at, entities=entities), CTX))

    assert follow_up("yang online aja", 5)
    assert follow_up("kalo yang di bandung", 5, Found("region", "Kota Bandung", 14, 21))
    assert not follow_up("kalo yang di rumah", 5)  # no known place, no class mode
    assert not follow_up("yang online aja", 31)  # a new conversation, not a refinement
    assert not follow_up("makasih ya", 5)  # names no mode, city or price


def test_a_complaint_takes_its_topic_only_from_a_recent_previous_message() -> None:
    from datetime import timedelta

    from flows.complaint_context import context
    from flows.runtime.machine import FlowTurn

    asked = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)

    def category_after(minutes: int) -> object:
        session = Session()
        session.last_activity = asked.timestamp()
        session.profile["recent"] = ["sertifikat blm keluar", "mau lapor aja"]
        message = Message(text="mau lapor aja", at=asked + timedelta(minutes=minutes))
        turn = FlowTurn(session, message, CTX)
        list(context(turn))
        return turn.slots.get("category")

    assert category_after(2) == "certificate"
    assert category_after(45) is None  # another conversation: ask what it is about


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("when is the next wave?", "en"),
        ("how do i sign up", "en"),
        ("I forgot my password", "en"),  # English verbs count too
        ("my OTP never arrived", "en"),
        ("what is prakerja?", "en"),  # short: two of its three words are English
        ("is it free", "en"),
        ("check eligibility", "en"),  # the programme's English nouns count
        ("link account", "en"),
        ("link zoom nya mana", "id"),  # "link" is Indonesian chat's word too
        ("training apa aja yg ada", "id"),  # the programme's English nouns: Indonesian chat too
        ("status aku gmn", "id"),
        ("mau join training", None),  # one Indonesian word is not enough
        ("mau join prakerja", None),
        ("i want daftar prakerja lewat hp", None),  # two English words of six
        ("lupa password min", None),  # one chat word is not Indonesian enough to decide
        ("gmn cara daftar min", "id"),
        ("insentif saya belum masuk", "id"),
        ("gmn cara register", None),  # code-mixed chat decides nothing
        ("ok", None),
        ("Budi Santoso", None),
    ],
)
def test_the_language_a_message_is_written_in(text: str, language: str | None) -> None:
    from flows.language import language_of

    assert language_of(text) == language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("nama saya Rina Kartika", "Rina Kartika"),
        ("namaku budi santoso kak", "Budi Santoso"),
        ("my name is Ayu Lestari", "Ayu Lestari"),
        ("Imam Syafii", "Imam Syafii"),  # a name that starts like "im" is still the name
        ("Siti Aminah", "Siti Aminah"),
        ("Tyo", "Tyo"),  # short, though its letters sit on one keyboard row
    ],
)
def test_a_name_without_its_introduction(text: str, expected: str) -> None:
    assert v.name(text) == Valid(expected)


@pytest.mark.parametrize("text", ["asdfghjkl", "qwerty", "Asdfg Hjkl"])
def test_a_keyboard_mash_is_no_name(text: str) -> None:
    assert v.name(text) == Invalid("name")


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("kelas tatap muka di kota batu", {"city": "Batu", "mode": "offline"}),
        ("cari kelas desain grafis online dong", {"topic": "desain grafis", "mode": "online"}),
        ("kursus yang bisa diakses di hp", {"topic": "diakses hp"}),  # "di hp" is no city
        ("I want to find a sewing course", {"topic": "menjahit"}),  # in the catalogue's words
        ("are there graphic design classes online?", {"topic": "desain grafis", "mode": "online"}),
        ("looking for a baking course", {"topic": "roti"}),
        ("kelas excel paling murah", {"topic": "spreadsheet", "max_price": 0, "cheapest": True}),
        ("cheapest barista course", {"topic": "barista", "max_price": 0, "cheapest": True}),
        ("kursus barista dibawah 500rb", {"topic": "barista", "max_price": 500_000}),
    ],
)
def test_what_an_opening_course_search_says(text: str, slots: dict[str, object]) -> None:
    from flows.course_query import prefill

    assert prefill(Message(text=text), CTX) == slots


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("sertifikat ku namanya salah ketik", "kb.certificate_name"),
        ("cara download sertifikat", "kb.certificate_download"),
        ("sertifikat bisa dipake buat ngelamar kerja?", "kb.certificate_use"),
        ("gimana cara kasih rating pelatihan", "kb.certificate_rating"),
        ("rating wajib ga sih", "kb.certificate_rating"),
        ("sertifikat belum muncul padahal udah kasih rating", "kb.certificate"),  # not about rating
    ],
)
def test_what_a_certificate_question_is_about(text: str, key: str) -> None:
    from flows.my_data import _certificate_key

    assert _certificate_key(text) == key


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("aku lupa nik ku", "nik"),
        ("nik saya berapa ya lupa", "nik"),
        ("ga tau nomor kk", "kk"),
        ("kartu keluarga ga tau dimana", "kk"),
        ("nik ku terdaftar tapi aku lupa password", None),  # the password is forgotten
        ("nik ku 3273014505010003", None),
    ],
)
def test_a_forgotten_number(text: str, number: str | None) -> None:
    from flows.number_asked import forgotten_number

    assert forgotten_number(Message(text=text)) == number


@pytest.mark.parametrize(
    ("text", "missing"),
    [
        ("min aku mau daftar tapi ga punya email", "email"),
        ("belum punya alamat email gimana daftarnya", "email"),
        ("ktp saya hilang, tidak ada ktp bisa daftar?", "ktp"),
        ("aku blm punya kk sendiri", "kk"),
        ("I don't have an email, can I register?", "email"),
        ("ini no hp saya 081234567890", None),  # "no hp" is the number, not "no phone"
        ("mau daftar prakerja", None),
        ("udah daftar tapi belum ada email verifikasi", None),  # an email awaited
        ("belum ada email masuk dari prakerja", None),
    ],
)
def test_a_missing_requirement(text: str, missing: str | None) -> None:
    from flows.registration_help import lacking

    assert lacking(Message(text=text)) == missing


@pytest.mark.parametrize(
    ("text", "taken"),
    [
        ("nik saya sudah terdaftar padahal belum pernah daftar", True),
        ("pas daftar muncul nik udah dipakai", True),
        ("my nik is already registered?", True),
        ("nik saya sudah terdaftar di instansi lain", False),  # an eligibility question
        ("mau daftar, nik saya 3273015708950003", False),
        ("nik ku belum terdaftar di dukcapil", False),
    ],
)
def test_a_nik_reported_as_taken(text: str, taken: bool) -> None:
    from flows.registration_help import reports_nik_taken

    assert reports_nik_taken(Message(text=text)) is taken


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("iya", True),
        ("udah kak", True),
        ("udah kak tetep ga bisa", False),  # a negation anywhere in a short answer
        ("blm", False),
        ("ya gk bisa", False),
        ("iya ga papa", True),  # "it's fine" is no negation
        ("gak apa-apa", None),  # ... and no answer on its own
        ("ya, jangan lupa kabari", True),  # "jangan" counts only first
        ("jangan", False),
        ("ya no hp saya yang baru", True),  # "no" inside is "nomor"
        ("hmm", None),
        ("bentar, data saya aman ga?", None),  # a question is no answer
        ("data saya aman ga", None),  # ... nor is a question tag
        ("gak, belum pernah", False),
        ("iya tapi aku masih bingung sama caranya kak", None),  # too long to be a plain answer
    ],
)
def test_a_typed_yes_or_no(text: str, expected: bool | None) -> None:
    from flows.yes_no import yes_no

    assert yes_no(text) is expected


@pytest.mark.parametrize(
    ("text", "slots"),
    [
        ("aku masih kuliah, bisa ikut prakerja?", {"school": "yes"}),
        ("saya lulusan smk bisa ikut ga?", {}),  # a graduate, not a student
        ("udah ga kuliah, umur 23", {"age": 23, "school": "no"}),
        ("saya belum kerja", {"occupation": "none"}),
        ("aku pns boleh daftar?", {"occupation": "asn"}),
        ("bisa ikut ga kak?", {}),  # "ga" asks; it says nothing about work
        ("umur 17 masih sma", {"age": 17, "school": "yes"}),
        ("udah lulus kuliah tapi masih tercatat di pddikti", {"school": "graduate_listed"}),
        ("yes i'm still in university", {"school": "yes"}),  # English
        ("I'm a college student, age 20", {"age": 20, "school": "yes"}),
        ("I'm not in school anymore", {}),
        ("I dropped out of college last year", {}),
        ("high school graduate", {}),
    ],
)
def test_what_a_message_says_about_eligibility(text: str, slots: dict[str, object]) -> None:
    from flows.eligibility import facts

    assert facts(Message(text=text), CTX) == slots


@pytest.mark.parametrize(
    ("text", "erase"),
    [
        ("hapus data saya", True),
        ("tolong datanya dihapus", True),
        ("I want my data erased", True),
        ("data saya aman ga di sini?", False),
        ("data ktp ku dipake buat apa aja?", False),
    ],
)
def test_asking_for_erasure_is_told_apart_from_asking_about_data(text: str, erase: bool) -> None:
    from flows.account import wants_erasure

    assert wants_erasure(Message(text=text)) is erase


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("mau lapor ada yang jual beli akun prakerja di fb", "fraud"),
        ("ada yang jual saldo prakerja", "fraud"),
        ("someone is selling prakerja accounts", "fraud"),
        ("mau beli pelatihan tapi gagal", "purchase_redeem"),  # buying a course is no fraud
        ("insentif saya belum masuk", "incentive"),
        ("ada akun ig ngaku prakerja minta kode otp", "fraud"),  # impersonation, not OTP trouble
        ("saya ditelpon dan dimintai kode otp", "fraud"),
        ("gimana minta otp ulang", "otp_login"),  # asking for one's own OTP is no fraud
        ("link ovo gagal terus", "payout_link"),
        ("linkaja ga bisa disambung", "payout_link"),
        ("mau lapor, link zoom webinarnya ga dikasih lembaga", "provider"),  # no account link
        ("link verifikasi email ga masuk", "otp_login"),
        ("my face verification keeps failing", "ktp_face"),
        ("verifikasi muka gagal", "ktp_face"),
        ("mau lapor kelas tatap muka nya dibatalkan lembaga", "provider"),  # no face here
        ("nomor hp saya hangus, gimana ganti", "account_recovery"),  # the number, not the card
        ("no hp lama udah ga aktif", "account_recovery"),
        ("my phone number is dead", "account_recovery"),
        ("kartu prakerja saya hangus", "revoked"),
        (  # the certificate is what it is about, though the incentive is named
            "sertifikat saya sudah 2 minggu belum muncul di dashboard, kata temen insentif baru "
            "cair kalau sertifikat sudah ada, tolong dicek sertifikatnya",
            "certificate",
        ),
    ],
)
def test_what_a_complaint_is_about(text: str, category: str) -> None:
    from flows.complaint_topics import category_for

    assert category_for(text) == category


def test_a_long_complaint_story_is_kept_whole_and_previewed_short() -> None:
    from flows.complaint_story import PREVIEW, description, preview
    from flows.result import Valid

    story = "insentif saya belum masuk padahal semua syarat sudah saya penuhi. " * 60
    kept = description(Message(text=story), {}, CTX)
    assert isinstance(kept, Valid) and len(str(kept.value)) == len(story.strip()) > 1500
    shown = preview(str(kept.value), "id")
    assert len(shown) <= PREVIEW + 1 and shown.endswith("…")
    assert preview("pendek saja", "id") == "pendek saja"


def test_every_correctable_slot_has_a_label_to_say_it_was_corrected() -> None:
    from flows.flow_table import FLOWS
    from flows.responses import LANGUAGES, has

    for flow in FLOWS.values():
        for state in flow.states:
            if state.slot is not None and state.slot.correctable:
                for language in LANGUAGES:
                    assert has(f"slots.{state.slot.name}", language), (flow.name, state.name)


@pytest.mark.parametrize(
    ("text", "code"),
    [("123456", "123456"), ("123 456", "123456"), ("kodenya 654321", "654321"),
     ("kodenya 1 2 3 4 5 6", "123456"), ("otp: 123-456", "123456"), ("kode 1234567", None),
     ("umur 25 kode 123456", None), ("gelombang 71", None), ("", None)],
)  # fmt: skip
def test_the_otp_code_in_a_message(text: str, code: str | None) -> None:
    assert v.otp_code(text, 6) == code


def test_a_person_is_offered_once_then_later_misses_ask_again_with_the_person_button() -> None:
    from flows.runtime import controls

    session = Session()
    drive(session, Message(payload="flow:eligibility"))
    offers = 0
    for mash in ("qwerty", "zzz", "asdf", "hjkl", "uiop", "vbnm"):
        replies = drive(session, Message(text=mash))
        offered = any(r.text == respond_text("common.offer_person") for r in replies)
        offers += offered
        if session.misses > CTX.programme.dialogue.offer_human_after_misses:
            assert not offered and replies[-1].text == respond_text("eligibility.age.simple")
            assert controls.HUMAN in [b.payload for b in replies[-1].buttons]
    assert offers == 1 and session.step == "age"


def respond_text(key: str) -> str:
    from flows.responses import text

    return text("id", key)


def test_a_birth_date_kept_without_its_question_may_be_corrected_but_back_skips_it() -> None:
    from flows.registration import REGISTRATION
    from flows.runtime import history
    from flows.runtime.machine import FlowTurn

    session = Session(flow="registration", step="phone")
    session.slots = {"name": "Rina", "nik": "3273014505010003", "kk": "3273010101150001",
                     "dob": "2001-05-05", "_history": ["consent", "name", "nik", "kk"]}  # fmt: skip
    turn = FlowTurn(session, Message(text="eh tanggal lahirku salah, harusnya 5 mei 2001"), CTX)
    phone = REGISTRATION.state("phone")
    assert [s.name for s in history.answered(REGISTRATION, phone, turn)] == [
        "kk", "nik", "name", "consent", "dob"
    ]  # fmt: skip
    assert history.named(REGISTRATION, phone, turn) is REGISTRATION.state("dob")
    drive(session, Message(text="kembali"))
    assert session.step == "kk" and session.slots.get("dob") == "2001-05-05"
