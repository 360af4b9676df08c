"""Whether one's payout account is linked ("rekening aku udh nyambung blm?"), read by the NLU as
the general payout question: answered from the participant's records by
``flows.helpers.answered_first`` (the bank or e-wallet their payments go to; how to link one when
none is on record); a chat not linked gets the general answer and how to link the chat."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, views
from flows import queries as q
from flows.helpers import answered_first
from flows.my_payout import asks_linked
from flows.responses import text
from flows.runtime.machine import FlowTurn
from storage.sessions import Session
from tests.flows.drive import drive

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)
ASKED = ["rekening aku udh nyambung blm?", "e-wallet ku udah terhubung belum?",
         "is my bank account linked yet?", "rekening saya sudah terhubung belum",
         "gopay aku udah nyambung ke prakerja blm", "is my e-wallet connected?",
         "rekening yg terhubung ke akun aku apa ya"]  # fmt: skip


def paid(channel: str, status: str = "berhasil", reason: str | None = None) -> views.IncentiveView:
    return views.IncentiveView(1, date(2025, 5, 2), 600_000, status, status, channel, reason, None)


@dataclass
class Records:
    """Answers the queries like the data layer would, for one linked participant (or none)."""

    linked: bool = True
    status: str = "completed"
    payments: list[views.IncentiveView] = field(default_factory=lambda: [paid("DANA")])
    seen: list[Query] = field(default_factory=list)

    def __call__(self, query: Query) -> Any:
        self.seen.append(query)
        if isinstance(query, q.ParticipantQuery):
            return views.ParticipantView(7, self.status, 0, None, None, 71) if self.linked else None
        if isinstance(query, q.IncentivesQuery):
            return self.payments
        raise AssertionError(f"unexpected query {query}")


def ask(
    said: str, records: Records, intent: str = "payment_account", language: str = "id"
) -> list[Outbound] | None:
    session = Session()
    session.language = language
    turn = FlowTurn(session, Message(text=said, intent=intent, confidence=0.99, at=AT), CTX)
    return drive(answered_first(turn, intent), records)


def joined(replies: list[Outbound] | None) -> str:
    assert replies is not None
    return "\n".join(reply.text for reply in replies)


@pytest.mark.parametrize("message", ASKED)
def test_the_account_paid_to_is_named_from_the_records(message: str) -> None:
    reply = joined(ask(message, Records()))
    assert "DANA" in reply and "e-wallet" in reply
    assert text("id", "kb.payment_account") not in reply


def test_a_bank_is_called_a_bank_account_in_english() -> None:
    records = Records(payments=[paid("BNI")])
    reply = joined(ask("is my bank account linked yet?", records, language="en"))
    assert "your BNI bank account" in reply and "2 May 2025" in reply


def test_the_latest_payment_names_the_account() -> None:
    older = views.IncentiveView(1, date(2025, 1, 2), 600_000, "berhasil", "", "OVO", None, None)
    newer = views.IncentiveView(2, date(2025, 2, 2), 600_000, "berhasil", "", "BCA", None, None)
    reply = joined(ask("rekening aku udh nyambung blm?", Records(payments=[older, newer])))
    assert "rekening BCA" in reply and "OVO" not in reply


def test_a_failed_last_payment_gives_its_cause_and_the_complaint() -> None:
    failed = paid("GoPay", "gagal", "Akun e-wallet belum di-upgrade (belum KYC/premium)")
    replies = ask("e-wallet ku udah terhubung belum?", Records(payments=[failed]))
    reply = joined(replies)
    assert "GoPay" in reply and "upgrade" in reply
    assert replies is not None and replies[0].buttons[0].payload == "flow:complaints"


@pytest.mark.parametrize("status", ["selected", "enrolled", "completed"])
def test_no_account_on_record_says_how_to_link_one(status: str) -> None:
    reply = joined(ask("rekening aku udh nyambung blm?", Records(status=status, payments=[])))
    assert reply == text("id", "kb.my_payout.none")


@pytest.mark.parametrize("status", ["registered", "applied", "not_selected"])
def test_before_selection_it_is_not_needed_yet(status: str) -> None:
    reply = joined(ask("rekening aku udh nyambung blm?", Records(status=status, payments=[])))
    assert reply == text("id", "kb.my_payout.not_yet")


def test_an_unlinked_chat_gets_the_general_answer_and_linking() -> None:
    replies = ask("rekening aku udh nyambung blm?", Records(linked=False))
    assert replies is not None and len(replies) == 2
    assert replies[0].text == text("id", "kb.payment_account", **CTX.programme.facts())
    assert replies[1].text == text("id", "kb.not_linked")
    assert replies[1].buttons[0].payload == "flow:link_account"


@pytest.mark.parametrize(
    "message",
    ["gimana cara nyambungin rekening?", "e-wallet apa aja yg bisa disambungkan?",
     "kenapa gopay aku gagal terhubung?", "mau ganti rekening yg terhubung",
     "rekening aku blm nyambung", "insentif dikirim ke rekening apa?", "rekening istri boleh?"],
)  # fmt: skip
def test_other_payout_questions_are_left_to_their_answers(message: str) -> None:
    assert not asks_linked(message)
    records = Records()
    replies = ask(message, records)
    assert q.IncentivesQuery not in {type(query) for query in records.seen}
    assert replies is None or text("id", "kb.my_payout.none") not in joined(replies)
