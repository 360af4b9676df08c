"""A person asked for inside the complaint form ("bentar, mau tanya petugas dulu boleh?" at
the summary, "mending ngobrol sama petugas aja deh" at the story question). Before, the chat was
queued with the form left open at its question: "kirim" then went to the queue's answers
("belum menangkap", "masih di antrean") and the complaint was never filed.

Now, while staff are on duty, the form is settled before the queue:

- at the summary (the story told and shown): the complaint is filed first and its reference
  said, then the chat is queued (the reference in the handoff's reason, for the person);
- at an earlier question: the form is closed, said so, and the chat queued (what was filled
  in goes to the person with the handoff's summary, as for any handoff).

The same for the [Hubungi petugas] button the form offers after several misses (or "ya" to its
"Mau dihubungkan dengan petugas?"): tapped, it reaches ``answer`` from ``flows.route_payload``
(before, the chat was queued with the form still open at its question).

Off duty nothing is queued (the off-duty answer offers a complaint): the form stays as it was.
Judgement call: a person asked for at the summary files the complaint (it was ready to send)
rather than dropping it."""

from __future__ import annotations

from flows import handoff
from flows.complaint_bot_refused import refuses_bot
from flows.complaint_form_words import sends
from flows.complaint_ticket import create
from flows.complaint_to_staff import send_to_staff
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.transitions import finish
from flows.turn import Ask

FLOW = "complaints"


def _asks_person(flow: Flow, turn: FlowTurn) -> bool:
    message, step = turn.message, turn.session.step
    if flow.name != FLOW or step is None:
        return False
    if message.payload is not None or not message.text:  # [Hubungi petugas] (or "ya" to it,
        return message.payload == controls.HUMAN  # after misses): asked as clearly as in words
    if sends(message.text) or send_to_staff(message.text):
        return False  # "iya langsung kirim aja min", "kirim ke cs aja": the summary's send
    state = flow.state(step)
    slot = state.slot
    if not controls.wants_human(message, clearly=slot is not None) and not refuses_bot(
        message.text
    ):  # "gausah pake bot bot an": a person wanted, no answer to the question
        return False
    long = len(message.text.split()) > controls.SMALL_TALK_MAX_WORDS
    return not (slot is not None and slot.free_text and long)  # a story that names staff


def answer(flow: Flow, turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The complaint filed or closed, then the chat queued; None when this is no such turn."""
    if not _asks_person(flow, turn):
        return None
    session = turn.session
    if not handoff.staff_on_duty(turn.message.at, turn.ctx.programme.staff_hours):
        return None  # nothing is queued: the form goes on as before
    step = str(session.step)
    if step == "confirm" and turn.slots.get("description"):
        yield from create(turn)
        reference = str(turn.slots["reference"])
        said = Outbound(turn.say("complaints.filed_before_staff", reference=reference))
        queued = yield from handoff.request(turn, f"complaint filed {reference}")
    else:
        said = Outbound(turn.say("complaints.closed_for_staff"))
        queued = yield from handoff.request(turn, f"{FLOW}.{step}")
        draft = {"flow": FLOW, "step": step, "slots": dict(session.slots), "back_at": None}
        finish(turn)
        session.suspended = draft  # "lanjutkan pengaduan tadi" after the wait: resumed
        return [said, *queued]
    finish(turn)
    return [said, *queued]


__all__ = ["answer"]
