"""What personal data is held about a linked participant ("data saya apa aja yg disimpan", "liat
data diri sy dong"): each field, masked, and how to have it erased. A chat not linked gets the
general answer on how data is kept."""

from __future__ import annotations

import re

from flows import account
from flows.messages import Outbound
from flows.my_data import Answer, own_records
from flows.queries import PersonalDataQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Message
from flows.validators import region_name
from flows.views import PersonalDataView

INTENTS = ("delete_my_data", "account_access", "help", "out_of_scope", "registration_status")
"""The intents such a question is read as."""

_OWN = r"(?:saya|sy|aku|ak|ku|gue|gw|gua|my)"
_DATA = rf"(?:data|info\w*|details?)(?:\s+(?:diri|pribadi|personal))?(?:\s*{_OWN})?"
_PERSONAL = re.compile(rf"\bdata\b|\b(?:info\w*|details?)\s+(?:diri|pribadi|personal|{_OWN})\b")
"""Data, or information about oneself ("info apa aja" asks what the assistant can tell)."""
_HELD = re.compile(
    rf"\b{_DATA}\b.{{0,12}}\b(?:apa aja|apa saja|apa|(?:yang|yg) (?:disimpan|tersimpan|"
    r"dicatat|tercatat|ada))\b"
    rf"|\b(?:lihat|liat|cek|tampilkan|tunjukkan|tunjukin|show|see|view)\b.{{0,15}}\b{_DATA}\b"
    r"|\bwhat (?:data|information|details)\b.{0,30}\b(?:keep|store|hold|have)\b"
)


def asks_held_data(message: Message) -> bool:
    """Which personal data is held (not whether it is safe, nor to erase it)."""
    said = (message.text or "").lower()
    asked = _HELD.search(said) and _PERSONAL.search(said)
    return bool(asked) and not account.wants_erasure(message)


def held(turn: FlowTurn) -> Answer:
    """The fields held about the linked participant, masked, when the message asks for them;
    else None."""
    if not asks_held_data(turn.message):
        return None
    return (yield from _held(turn))


@own_records
def _held(turn: FlowTurn) -> Answer:
    found: PersonalDataView | None = yield PersonalDataQuery(
        turn.message.channel, turn.message.user_id
    )
    if found is None:
        return [account.privacy(turn)]
    erase = turn.button("intents.delete_my_data", f"flow:{account.FLOW}")
    return [Outbound(_listing(turn, found), (erase, turn.menu_button()))]


def _listing(turn: FlowTurn, found: PersonalDataView) -> str:
    region = region_name(found.region_code or "") or "-"
    return turn.say(
        "kb.my_data",
        name=found.name or "-",
        nik=found.nik or "-",
        phone=found.phone or "-",
        email=found.email or "-",
        region=region,
    )


__all__ = ["INTENTS", "asks_held_data", "held"]
