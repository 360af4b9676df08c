"""Probe 7, courses: the readings behind a purchase asked about at its confirmation, a course
taken back, a refinement's new city, questions about the courses shown, one more course on a
topic, and the platform of the courses bought (pure: plain data, no database)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from flows import FlowContext, Message, ProgrammeConfig
from flows.course_answers import or_changed, topic
from flows.course_browsing import takes_back
from flows.course_buy_more import asks as asks_one_more
from flows.course_confirm import asks_done, reopen
from flows.course_filters import named_filters
from flows.course_shown_questions import CERTIFICATE, SCHEDULE, asked
from flows.my_course_platforms import asks_platform
from flows.result import Valid
from flows.runtime.machine import FlowTurn
from storage.sessions import Session

CTX = FlowContext(ProgrammeConfig())


def region(text: str, name: str, value: str) -> tuple[SimpleNamespace, ...]:
    start = text.index(name)
    found = SimpleNamespace(entity="region", value=value, start=start, end=start + len(name))
    return (found,)


@pytest.mark.parametrize(
    "said", ["jadi beli ga tadi?", "udah kebeli belum?", "pembeliannya berhasil ga?",
             "did it go through? did I buy it?"]
)  # fmt: skip
def test_the_purchase_asked_about_at_its_confirmation(said: str) -> None:
    assert asks_done(said)


@pytest.mark.parametrize("said", ["beli", "mau beli yg ini", "ya", "brp harganya?"])
def test_a_wish_to_buy_or_another_question_is_no_question_about_the_purchase(said: str) -> None:
    assert not asks_done(said)


def test_a_purchase_asked_before_linking_is_confirmed_at_its_details_again() -> None:
    session = Session()
    reopen(session, "enrol:7", Message(text="x").at)
    assert (session.flow, session.step, session.slots) == ("courses", "detail", {"course": 7})
    other = Session()
    reopen(other, "intent:training_balance", Message(text="x").at)
    assert other.flow is None


def at_detail(text: str) -> FlowTurn:
    session = Session()
    session.flow, session.step, session.slots = "courses", "detail", {"course": 3}
    return FlowTurn(session, Message(text=text), CTX)


@pytest.mark.parametrize(
    "said", ["ga jadi deh", "gak jadi", "batal aja", "nanti dulu", "oke ga jadi beli"]
)
def test_a_course_taken_back_with_nothing_else(said: str) -> None:
    assert takes_back(at_detail(said))


@pytest.mark.parametrize("said", ["ga jadi, mau yg jahit aja", "jadi", "ga jadi daftar"])
def test_a_change_of_mind_asking_for_something_else_is_not_only_taken_back(said: str) -> None:
    assert not takes_back(at_detail(said))


def test_a_new_city_in_the_topic_answer_replaces_the_one_said_before() -> None:
    said = "yg menjahit di bandung"
    message = Message(text=said, entities=region(said, "bandung", "Kota Bandung"))
    slots: dict[str, object] = {"city": "Surabaya", "mode": "offline"}
    assert or_changed(topic)(message, slots, CTX) == Valid("menjahit")
    assert slots == {"city": "Bandung", "mode": "offline"}  # the mode said before is kept


def test_named_filters_imply_nothing() -> None:
    assert named_filters(Message(text="bebas")) == {}  # "any" replaces no mode said before
    assert named_filters(Message(text="yg online dibawah 500rb")) == {
        "mode": "online",
        "max_price": 500_000,
    }


@pytest.mark.parametrize(
    ("said", "kind"),
    [("ini sertifikatnya diakui ga?", CERTIFICATE), ("sertifikatnya bisa buat ngelamar kerja?",
      CERTIFICATE), ("jadwalnya kapan aja?", SCHEDULE), ("kelasnya kapan?", SCHEDULE),
     ("jadwal insentif kapan?", None), ("sertifikatnya kapan keluar?", None),
     ("jadwal gelombang berikutnya", None), ("jadwal webinar ku kapan", None)],
)  # fmt: skip
def test_questions_about_the_courses_shown(said: str, kind: str | None) -> None:
    assert asked(said) == kind


@pytest.mark.parametrize(
    ("said", "wished"),
    [("mau beli satu lagi, yg masak2", True), ("mau ambil kelas lagi yang jahit", True),
     ("aku mau beli pelatihan kedua", False), ("bisa beli satu lagi ga?", False)],
)  # fmt: skip
def test_one_more_course_on_a_topic(said: str, wished: bool) -> None:
    turn = FlowTurn(Session(), Message(text=said, intent="out_of_scope", confidence=0.3), CTX)
    assert asks_one_more(turn) is wished


@pytest.mark.parametrize(
    ("said", "where"),
    [("pelatihan yg aku beli itu di platform apa?", True), ("pelatihanku belinya dimana", True),
     ("pelatihan aku apa aja", False)],
)  # fmt: skip
def test_the_platform_of_the_courses_bought_asked(said: str, where: bool) -> None:
    assert asks_platform(said) is where
