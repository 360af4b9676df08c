"""Readings the router takes before the complaint form answers a typed message:

- ``category_typed``: a category named at the category question with a word that also says
  "I'm not sure" ("yg lupa email": "lupa" is forgot) is that category's button, not the
  "not sure? pick one" answer it got before;
- ``left_for``: the complaint given up for another request in the same message ("eh gajadi,
  hapus aja semua data aku" at the story question): the form is left and the request done.
  Before, it became the complaint's story and was filed with the next "ya";
- ``unchosen``: "udah" and "gajadi deh" at "did this help?", taken for its buttons;
- ``done_at_story``: "udah semua" at the story question, read as a goodbye before."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.complaint_form_words import already_done, changed_mind
from flows.complaint_topics import category_for
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn
from flows.turn import Message
from storage.sessions import Session

FLOW = "complaints"


def reread(flow: Flow, turn: FlowTurn) -> FlowTurn:
    """The turn as the complaint form should read it (``category_typed``, ``done_at_story``)."""
    return done_at_story(flow, category_typed(flow, turn))


def done_at_story(flow: Flow, turn: FlowTurn) -> FlowTurn:
    """ "udah semua" at the story question (the tips done already) is no goodbye to answer
    ("Sampai jumpa!" before): read as told, for the story question to say so and ask on."""
    message = turn.message
    if flow.name != FLOW or turn.session.step != "description" or message.payload is not None:
        return turn
    if not message.text or not already_done(message.text):
        return turn
    return FlowTurn(turn.session, replace(message, intent="inform"), turn.ctx)


def category_typed(flow: Flow, turn: FlowTurn) -> FlowTurn:
    """At the category question, "yg lupa email" is the "Lupa email/sandi" button; else
    ``turn`` as it is."""
    message = turn.message
    if flow.name != FLOW or turn.session.step != "category" or message.payload is not None:
        return turn
    if not message.text or not controls.is_unsure(message):
        return turn
    found = category_for(message.text)
    if found is None:
        return turn
    chosen = replace(message, payload=controls.OPTION + found, text=None)  # as if tapped
    return FlowTurn(turn.session, chosen, turn.ctx)


def unchosen(session: Session, message: Message) -> Message:
    """At "did this help?", a typed "udah" taken for its "Ya" button is "no" (done already,
    not solved: judgement call), and "gajadi deh" taken for "Tidak" is no button (the
    complaint's cancel, not "it did not help"); else ``message`` as it is."""
    if session.flow != FLOW or session.step != "fix" or not message.text:
        return message
    if message.payload not in (controls.OPTION + "yes", controls.OPTION + "no"):
        return message
    if already_done(message.text):
        return replace(message, payload=controls.OPTION + "no")
    if changed_mind(message.text):
        return replace(message, payload=None, intent="cancel", confidence=1.0)
    return message


_CANCEL_THEN = re.compile(
    r"^(?:(?:eh+|oh+|hmm+|ya+|yah|yaudah|ya udah|udah|udh|ok|oke|wah)[\s,.!]+)*"
    r"(?:(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|ndak) ?(?:jadi|jd)|never ?mind|nvm|"
    r"batal(?:in|kan)?|cancel)(?:\s+(?:deh|dah|aja|ah|sih|ya|lapor\w*|ngadu\w*|komplain\w*))*"
    r"\s*[,.!;]\s*\w+(?:\W+\w+)+"
)
"""A change of mind as a clause of its own, then more words: "eh gajadi, hapus aja data aku"."""
_STAYS = frozenset(
    {"complaint", "complaint_status", "cancel", "affirm", "deny", "inform", "out_of_scope",
     "greet", "goodbye", "thanks", "human_agent", "bot_challenge", "nlu_fallback"}
)  # fmt: skip
"""Readings that are no other request: the form's own handling answers them."""
SURE = 0.9


def left_for(flow: Flow | None, turn: FlowTurn) -> str | None:
    """The request the complaint is given up for ("delete_my_data"), or None."""
    message = turn.message
    if flow is None or flow.name != FLOW or message.payload is not None or not message.text:
        return None
    intent = message.intent
    if intent is None or intent in _STAYS or message.confidence < SURE or message.ambiguous:
        return None
    words = " ".join(message.text.lower().split())
    return intent if _CANCEL_THEN.match(words) else None


__all__ = ["category_typed", "done_at_story", "left_for", "reread", "unchosen"]
