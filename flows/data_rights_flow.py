"""A data subject's right asked for while the erasure is being confirmed (``flows.account``'s
``data_deletion``), and the erasure's status asked after it.

- At any of its questions (consent withdrawn, "Yakin mau hapus?", the code): restriction ("jangan
  proses data aku lagi tapi akun jangan dihapus"), a copy of the data, someone else's data, a
  correction or one complaint erased alone are no erasure: the flow ends with nothing erased,
  and the right is answered (``flows.data_rights``). Before, the restriction went on to "Yakin
  mau hapus? [Ya|Tidak]" and "minta salinan data aku" got "belum menangkap".
- A question (who reads the data, how long it is kept, whether the complaints go too, when the
  erasure happens: "kapan dihapusnya" at the code; what goes with the account: "trus sertifikat
  aku ilang dong", ``deletion_losses``) is answered, then the question asked again.
- After it, "udah dihapus?" / "status penghapusan gmn": done at once (with the request's number
  right after an erasure); an erasure never waits in a queue."""

from __future__ import annotations

import re

from flows import data_rights, deletion_losses, deletion_scope, deletion_which
from flows.contact_centre_aside import pending, then_resume
from flows.data_safety import ERASED
from flows.deletion_link import REQUEST
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.transitions import finish

FLOW = "data_deletion"
_LEAVE = ("restrict", "access", "others", "correct", "ticket_erase")
"""Rights that ask for no erasure at all: the erasure's questions end, nothing erased."""
_WHEN = re.compile(
    r"\bkapan\b.{0,30}(?:hapus|dihapus|terhapus|kehapus|diproses)"
    r"|\b(?:hapus|dihapus|terhapus|diproses)\w*\s+(?:\w+\s+)?kapan\b"
    r"|\bwhen\b.{0,30}\b(?:deleted|erased|delete|erase)\b"
)
"""When the erasure happens ("kapan dihapusnya", "when will it be deleted")."""


def aside(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """A right asked at the erasure's pending question; else None (the runner reads it)."""
    if flow.name != FLOW:
        return None
    state = pending(flow, turn)
    if state is None:
        return None
    text = turn.message.text or ""
    asked = data_rights.right(text)
    if asked in _LEAVE:
        finish(turn)
        said = data_rights.reply(turn, asked)
        if asked in ("restrict", "access"):  # their answers say nothing was erased
            return [said]
        return [Outbound(turn.say("data_rights.nothing_erased")), said]
    if asked is None and _WHEN.search(text.lower()):
        return then_resume(flow, state, turn, Outbound(turn.say("data_rights.when")))
    lost = deletion_losses.losses(turn) if asked is None else None
    lost = lost or (deletion_which.answer(turn) if asked is None else None)  # "data yg mana aja"
    if lost is not None:  # "trus sertifikat aku ilang dong"
        return then_resume(flow, state, turn, lost)
    if asked is None or asked == "status":
        return None
    said = data_rights.reply(turn, asked)
    return then_resume(flow, state, turn, said)


def status(turn: FlowTurn) -> list[Outbound] | None:
    """ "udah dihapus?" right after an erasure: done, with its number; else None."""
    message = turn.message
    if message.payload is not None or data_rights.right(message.text or "") != "status":
        return None
    done = just_said(turn)
    if done not in ERASED:
        return None
    remember(turn, str(done))  # "apa aja yg dihapus?" next: still that erasure
    request = turn.session.profile.get(REQUEST, "-")
    key = "data_rights.status_erased" if done == "data_erased" else "data_rights.status_recorded"
    return [turn.reply(key, turn.menu_button(), request=request)]


_OFFICIAL = ("data_rights.restrict", "data_rights.access")
"""Topics of the rights handled by staff through a complaint."""


def official_time(turn: FlowTurn) -> list[Outbound] | None:
    """ "brp lama diprosesnya" right after a right handled through a complaint: the law's
    3×24 hours (not the erasure's "at once", nor an incentive's schedule)."""
    topic = just_said(turn)
    text = (turn.message.text or "").lower()
    if topic not in _OFFICIAL or not (_HOW_LONG.search(text) or _WHEN_ONLY.search(text)):
        return None
    remember(turn, str(topic))
    return [turn.reply("data_rights.official_time", *data_rights.buttons(turn, "ticket_erase"))]


_HOW_LONG = re.compile(r"\b(?:berapa|brp|brapa|how)\s+(?:lama|long)\b")
_WHEN_ONLY = re.compile(r"\b(?:kapan|when)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """A right asked outside any form: the erasure's status first, then the rights."""
    if turn.session.flow is not None or turn.message.payload is not None:
        return None
    replies = status(turn) or official_time(turn) or deletion_scope.part_again(turn)
    return replies or data_rights.answer(turn)


__all__ = ["answer", "aside", "status"]
